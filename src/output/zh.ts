// The tool's messages in Chinese. The English text of a message is its id: each `{0}`, `{1}`... stands for what the
// code fills in (a template literal's `${...}`, in order), so `unknown command '${verb}'` is the id
// `unknown command '{0}'`. A test (test/unit/zh.test.ts) finds every message of src/ and fails when one has no entry.
// An id may mark a value `{1+}`: it takes as much as it can (the values after it take as little), for a message whose
// values stand side by side (`waiting for {0}: {1+} {2} s`).
// In the Chinese text, `{1}` is the value as given (itself translated when it is a message of this table),
// `{1?yes:no}` one text when the value is not empty and another when it is, and `{1|a=甲|b=乙}` a value chosen
// from a few English words. Loaded only for a Chinese locale (src/output/locale.ts), as a bundle of its own.

/** A file the tool reads, as `cannot read the {what} {path}` names it (src/util/files.ts). */
const FILES: Readonly<Record<string, string>> = {
  'configuration file': '配置文件',
  'session file': '会话文件',
  'simulator state file': '模拟器状态文件',
  'EOS simulator state file': 'EOS 模拟器状态文件',
  'AC simulator state file': 'AC 模拟器状态文件',
  'built-in overlay': '内置目录的补充数据',
  'built-in catalog': '内置目录',
  'catalog description': '目录说明文件',
  'completion cache': '补全缓存',
};

const MESSAGES: Record<string, string> = {
  // How every error, detail and warning line starts (src/output/report.ts)
  'zstack-cli: {0}': 'zstack-cli: {0}',
  '  {0}': '  {0}',
  'zstack-cli: internal error: {0}': 'zstack-cli: 内部错误:{0}',
  '  run again with --debug for the stack trace': '  加 --debug 重新运行可查看堆栈',
  'did you mean: {0}?': '您是否要输入:{0}?',
  'did you mean: --{0}?': '您是否要输入:--{0}?',
  interrupted: '已中断',

  // The command line (src/cli/main.ts, program.ts) and commander's own words
  "unknown option '{0}'": "未知选项 '{0}'",
  "run 'zstack-cli help' for the options": "运行 'zstack-cli help' 查看选项",
  'option {0} needs a value': '选项 {0} 需要一个值',
  "option --{0} does not take a value": "选项 --{0} 不接受值",
  "a value that begins with '-' follows an '=': --{0}={1}": "以 '-' 开头的值须写在 '=' 之后:--{0}={1}",
  "option '{0}' argument missing": "选项 '{0}' 缺少值",
  "'{0}' is {1} {2} API, and this command speaks {3} (provider {4})": "'{0}' 是 {2} 的 API,而此命令对接的是 {3}(provider {4})",
  'run it with --provider {0}, or with a profile whose provider is {1} (zstack-cli profile add NAME provider={2} host=...)':
    '请加 --provider {0} 运行,或使用 provider 为 {1} 的配置(zstack-cli profile add NAME provider={2} host=...)',
  "unknown command '{0}'": "未知命令 '{0}'",
  "run 'zstack-cli help' for the list of commands": "运行 'zstack-cli help' 查看命令列表",
  "'{0}' works inside the interactive shell": "'{0}' 只能在交互式命令行中使用",
  "start it with 'zstack-cli shell' (or zstack-cli --sim shell)": "用 'zstack-cli shell'(或 zstack-cli --sim shell)启动",
  "'{0}' needs a command: {1}": "'{0}' 需要一个子命令:{1}",
  "run 'zstack-cli help {0}' for details": "运行 'zstack-cli help {0}' 查看详情",
  "run 'zstack-cli help{0}' for its {1}": "运行 'zstack-cli help{0}' 查看其{1}",
  'arguments and options': '参数和选项',
  'commands and options': '命令和选项',
  "missing required argument '{0}'": "缺少必需的参数 '{0}'",
  "too many arguments for '{0}'. Expected {1} argument{2} but got {3}": "'{0}' 的参数过多:应为 {1} 个,实际为 {3} 个",
  'too many arguments. Expected {0} argument{1} but got {2}': '参数过多:应为 {0} 个,实际为 {2} 个',
  "command-argument value '{0}' is invalid for argument '{1}'. Allowed choices are {2}": "参数 '{1}' 的值 '{0}' 无效,可选值为 {2}",
  "option '{0}' argument '{1}' is invalid. Allowed choices are {2}": "选项 '{0}' 的值 '{1}' 无效,可选值为 {2}",
  'this is the shell already': '已经在交互式命令行中了',
  'the simulator runs in the foreground: start `zstack-cli sim` in another terminal (this shell can use --sim or `use sim`)':
    '模拟器在前台运行:请在另一个终端中启动 `zstack-cli sim`(本交互式命令行可使用 --sim 或 `use sim`)',

  // Options and the context of a command (src/cli/context.ts)
  "--job-uuid: '{0}' is not a UUID v4 without dashes (32 lowercase hex characters)": "--job-uuid:'{0}' 不是不带连字符的 UUID v4(32 个小写十六进制字符)",
  'choose one of --dry-run and --curl': '--dry-run 和 --curl 只能选一个',
  "--webhook: '{0}' is not an http(s) URL": "--webhook:'{0}' 不是 http(s) 地址",
  "{0}: '{1}' is not a provider": "{0}:'{1}' 不是有效的 provider",
  'valid values: {0}': '可选值:{0}',
  'valid values: zstack, eos, ac': '可选值:zstack, eos, ac',
  'valid values: asc, desc': '可选值:asc, desc',
  "no profile named '{0}'": "没有名为 '{0}' 的配置",
  "{0}: '{1}' is not one of {2}": "{0}:'{1}' 不是 {2} 之一",
  "{0}: '{1}' is not true or false": "{0}:'{1}' 不是 true 或 false",
  'LogIn takes user_name=... or user_id=..., not both': 'LogIn 只接受 user_name=... 或 user_id=... 之一,不能同时给出',
  "catalog: no imported catalog named '{0}'": "catalog:没有名为 '{0}' 的已导入目录",
  'import one: zstack-cli catalog import zssdk.py --name NAME': '导入一个:zstack-cli catalog import zssdk.py --name NAME',
  "serverTimeZone: '{0}' is not an offset such as +08:00 or -05:30": "serverTimeZone:'{0}' 不是 +08:00 或 -05:30 这样的时区偏移",
  "the management node's UTC offset": '管理节点的 UTC 偏移',
  '{0}: cannot read {1}: {2}': '{0}:无法读取 {1}:{2}',
  "catalog: '{0}' is not a catalog name": "catalog:'{0}' 不是目录名",
  'cannot read the CA certificate {0}: {1}': '无法读取 CA 证书 {0}:{1}',
  "it is given by --ca-cert, ZSTACK_CA_CERT or the profile's caCert= (a relative name is read from the current directory)":
    '它来自 --ca-cert、ZSTACK_CA_CERT 或配置项 caCert=(相对路径从当前目录读取)',
  "ZSTACK_PROFILE names no profile '{0}'": "ZSTACK_PROFILE 指定的配置 '{0}' 不存在",
  'create it: zstack-cli profile add {0} host=<host>, or unset ZSTACK_PROFILE': '创建它:zstack-cli profile add {0} host=<host>,或取消设置 ZSTACK_PROFILE',
  'create it: zstack-cli profile add {0} host=<host>': '创建它:zstack-cli profile add {0} host=<host>',
  'list them: zstack-cli profile list': '列出配置:zstack-cli profile list',
  'list them: profile list': '列出配置:profile list',
  "port: '{0}' is not a port number (1-65535)": "port:'{0}' 不是端口号(1-65535)",
  "host: '{0}' is not a host name or address": "host:'{0}' 不是主机名或地址",
  'give the bare host, e.g. -H 10.0.0.1 (the scheme, port and path have their own options)': '只给出主机,例如 -H 10.0.0.1(协议、端口和路径各有各的选项)',
  "--timeout: '{0}' is not a number of seconds": "--timeout:'{0}' 不是秒数",
  "--page-size: '{0}' is not a number from 1 to 100000": "--page-size:'{0}' 不是 1 到 100000 之间的数",
  'zstack-cli: {0}; log in again to replace it': 'zstack-cli: {0};重新登录即可替换它',
  'no session uuid': '没有会话 UUID',

  // Profiles (src/cli/profile.ts, src/session/config.ts)
  "'{0}' is the built-in simulator profile; choose another name": "'{0}' 是内置的模拟器配置,请换一个名称",
  "profile '{0}' saved ({1})": "配置 '{0}' 已保存({1})",
  "now using profile '{0}'": "现在使用配置 '{0}'",
  "'{0}' is built in and cannot be removed": "'{0}' 是内置配置,不能删除",
  "profile '{0}' removed": "配置 '{0}' 已删除",
  "'{0}' is not a valid profile name": "'{0}' 不是有效的配置名",
  'use letters, digits, _ . - (up to 64 characters)': '只能使用字母、数字、_ . -(最多 64 个字符)',
  '{0} needs a value: {1}=<value>': '{0} 需要一个值:{1}=<value>',
  '{0}={1} is a mask, not the {2}: a recalled or copied line holds it where the secret was': '{0}={1} 是遮盖符,不是 {2} 本身:调出或复制的命令行在密钥的位置上保留的是它',
  'give the {0} itself: profile add NAME {1}=<value>': '请给出 {0} 本身:profile add NAME {1}=<value>',
  "unknown profile setting '{0}'": "未知的配置项 '{0}'",
  'settings: {0}': '配置项:{0}',
  '{0}: use true or false': '{0}:请使用 true 或 false',
  "output: '{0}' is not an output format": "output:'{0}' 不是输出格式",
  'formats: {0}': '格式:{0}',
  "provider: '{0}' is not valid": "provider:'{0}' 无效",
  'invalid profile settings: {0}': '配置项无效:{0}',
  'another zstack-cli holds the lock {0}': '另一个 zstack-cli 持有锁文件 {0}',
  'another zstack-cli{0} has held the lock {1} for {2} s': '另一个 zstack-cli{0} 已持有锁文件 {1} {2} 秒',
  ' (pid {0})': '(pid {0})',
  'nothing was changed; if that process is stuck, stop it (or remove the lock file), then run the command again': '未做任何更改;如果那个进程卡住了,请停止它(或删除锁文件),然后重新运行命令',
  'the directory {0} can be written by other users, and is not yours: zstack-cli does not keep its files there': '目录 {0} 可被其他用户写入,且不属于您:zstack-cli 不会在那里保存文件',
  'point XDG_CONFIG_HOME / XDG_STATE_HOME / XDG_CACHE_HOME (or HOME) at a directory of your own': '请把 XDG_CONFIG_HOME / XDG_STATE_HOME / XDG_CACHE_HOME(或 HOME)指向您自己的目录',
  '{0} is a symbolic link: zstack-cli does not write through links': '{0} 是符号链接:zstack-cli 不会通过链接写入',
  'replace it with a regular file (or remove it), then run the command again': '请把它换成普通文件(或删除它),然后重新运行命令',
  'if no other zstack-cli is running, remove that file': '如果没有其他 zstack-cli 在运行,请删除该文件',
  'not a JSON object': '不是 JSON 对象',
  'currentProfile is not a string': 'currentProfile 不是字符串',
  'profiles is not an object': 'profiles 不是对象',
  "profile '{0}' is not an object": "配置 '{0}' 不是对象",
  "profile '{0}': {1} {2} is not valid": "配置 '{0}':{1} 的值 {2} 无效",
  'fix it by hand or move it away; it was left as it is': '请手工修复或把它移走;文件保持原样',
  'embedded simulator (built in)': '内置模拟器',
  'not logged in': '未登录',
  'logged in as {0}': '已登录:{0}',
  "session of {0} at {1} (not this profile's endpoint)": '{0} 在 {1} 的会话(不是此配置的地址)',
  "{0} session of {1} (not this profile's provider)": '{1} 的 {0} 会话(不是此配置的 provider)',
  'logged in as admin': '已登录:admin',
  'session expired (was {0})': '会话已过期(原为 {0})',
  'token expired for {0}': '{0} 的令牌已过期',
  'no token': '无令牌',
  'token': '令牌',

  // API verbs (src/cli/api.ts)
  '--all pages through the rows of a Query verb; {0} is not one': '--all 用于分页取回 Query 类 API 的全部结果;{0} 不是查询',
  "zstack-cli: warning: no row has a column '{0}' (did you mean: {1}?)": "zstack-cli: 警告:没有任何一行含有列 '{0}'(您是否要输入:{1}?)",
  "zstack-cli: warning: no row has a column '{0}'": "zstack-cli: 警告:没有任何一行含有列 '{0}'",
  "zstack-cli: warning: '{0}' is not in the catalog of {1}; sent as given (--allow-unknown)": "zstack-cli: 警告:'{0}' 不在 {1} 的 API 目录中;已按原样发送(--allow-unknown)",
  'job submitted; wait for it with: zstack-cli job wait {0}': '任务已提交;等待结果:zstack-cli job wait {0}',
  'zstack-cli: {0} rows: the {1}limit; more may exist': 'zstack-cli: 共 {0} 行,已达到{1}上限;可能还有更多',
  'zstack-cli: {0} of {1} rows: the {2}limit': 'zstack-cli: 共 {1} 行中的 {0} 行,已达到{2}上限',
  'job wait sends nothing but GET {0} until the job ends: {1} has no request of its own to show': 'job wait 只会反复 GET {0} 直到任务结束:{1} 没有可展示的请求',
  "zstack-cli: profile '{0}' is gone; back to the shell's first profile": "zstack-cli: 配置 '{0}' 已不存在;回到交互式命令行最初的配置",
  'zstack-cli: total: {0}': 'zstack-cli: 总数:{0}',
  "zstack-cli: warning: a later row has a field '{0}' that is not among the columns written first; choose the columns with -c":
    "zstack-cli: 警告:后面的行含有字段 '{0}',它不在先输出的列中;请用 -c 指定列",
  'zstack-cli: 1 row: the {0}limit; more may exist': 'zstack-cli: 共 1 行,已达到{0}上限;可能还有更多',
  "server's default ": '服务器默认的',
  '  every row: add --all (or count them: {0} ... count=true); the next page: start={1}': '  取回全部:加 --all(或统计行数:{0} ... count=true);下一页:start={1}',
  '--all writes rows; count=true and replyWithCount=true answer a total (use one or the other)': '--all 输出行,而 count=true 和 replyWithCount=true 只返回总数(二者择一)',
  '--all pages through every row: leave out limit= (set the page size with --page-size)': '--all 会分页取回全部行:请去掉 limit=(每页行数用 --page-size 设置)',
  '(--all: then start={0}, ... until a page has fewer than {1} rows)': '(--all:之后依次 start={0}, ...,直到某一页少于 {1} 行)',
  '{0}=@ needs a file name (or - for stdin); write {1}=@@ for a value that starts with @': '{0}=@ 需要文件名(- 表示标准输入);以 @ 开头的值请写成 {1}=@@',
  '{0}=@{1}: cannot read the file: {2}': '{0}=@{1}:无法读取文件:{2}',
  'write {0}=@@... for a value that starts with @': '以 @ 开头的值请写成 {0}=@@...',
  'waiting for job {0} ({1} s)': '正在等待任务 {0}({1} 秒)',
  '--password-stdin: {0} takes no password or secret': '--password-stdin:{0} 没有密码或保密参数',
  '--password-stdin: {0} is given on the command line too; give it one way': '--password-stdin:命令行中也给出了 {0};只能用一种方式给出',
  "--password-stdin: stdin is empty; pipe the {0} in, e.g. printf '%s\\n' \"$PW\" | zstack-cli ...": "--password-stdin:标准输入为空;请通过管道传入 {0},例如 printf '%s\\n' \"$PW\" | zstack-cli ...",
  '{0} needs password=...': '{0} 需要 password=...',
  'without a terminal the password cannot be asked for: pipe it in with --password-stdin (it stays out of `ps`), or pass password=<secret>':
    '没有终端,无法询问密码:请用 --password-stdin 通过管道传入(不会出现在 `ps` 中),或给出 password=<secret>',
  'Password for {0}:': '{0} 的密码:',
  'type the {0} in its place, or pipe it in with --password-stdin and leave {1}= out': '请在该处输入 {0},或用 --password-stdin 通过管道传入并去掉 {1}=',
  '{0} (the line holds {1} in its place):': '{0}(命令行中该处为 {1}):',
  "no AC token (profile '{0}', {1})": "没有 AC 令牌(配置 '{0}',{1})",
  'set one: AC_TOKEN=<token>, or zstack-cli profile add {0} token=<token>': '请设置:AC_TOKEN=<token>,或 zstack-cli profile add {0} token=<token>',
  "the token of profile '{0}' expired at {1}": "配置 '{0}' 的令牌已于 {1} 过期",
  "not logged in (profile '{0}', {1})": "未登录(配置 '{0}',{1})",
  'log in: zstack-cli{0} LogIn user_name=<name> project_name=<project>': '登录:zstack-cli{0} LogIn user_name=<name> project_name=<project>',
  "the session of profile '{0}'{1} expired: the server refused it at {2}": "配置 '{0}'{1} 的会话已过期:服务器于 {2} 拒绝了它",
  'the session stored for this profile belongs to {0}': '此配置保存的会话属于 {0}',
  'log in {0}: zstack-cli{1} LogInByAccount accountName=admin': '{0|again=重新登录|first=请先登录}:zstack-cli{1} LogInByAccount accountName=admin',
  'or configure an AccessKey: ZSTACK_ACCESS_KEY_ID and ZSTACK_ACCESS_KEY_SECRET': '或配置 AccessKey:ZSTACK_ACCESS_KEY_ID 和 ZSTACK_ACCESS_KEY_SECRET',
  'the login answered without a token (no X-Subject-Token header)': '登录应答中没有令牌(缺少 X-Subject-Token 请求头)',
  "logged in to {0} as {1}{2} (profile '{3}'; the token expires {4})": "已登录 {0},用户 {1}{2}(配置 '{3}';令牌过期时间 {4})",
  ', project {0}': ',项目 {0}',
  'the user': '该用户',
  'when the server says': '以服务器为准',
  '{0} answered without a session uuid': '{0} 的应答中没有会话 UUID',
  "logged in to {0} as {1} (profile '{2}')": "已登录 {0},用户 {1}(配置 '{2}')",

  // batch, call, job, catalog, completion (src/cli/)
  "-j: '{0}' is not a number from 1 to 64": "-j:'{0}' 不是 1 到 64 之间的数",
  'cannot read {0}: {1}': '无法读取 {0}:{1}',
  'a line failed (exit {0})': '有一行执行失败(退出码 {0})',
  'zstack-cli: line {0}: {1}': 'zstack-cli: 第 {0} 行:{1}',
  "zstack-cli: line {0}: '{1}' cannot run in a batch": "zstack-cli: 第 {0} 行:'{1}' 不能在批处理中运行",
  "call: '{0}' is not an HTTP method": "call:'{0}' 不是 HTTP 方法",
  'use one of {0}': '请使用其中之一:{0}',
  "call: '{0}' is not key=value or key:=json": "call:'{0}' 既不是 key=value 也不是 key:=json",
  'key=value sends a string, key:=json a JSON value (number, true/false, array, object)': 'key=value 发送字符串,key:=json 发送 JSON 值(数字、true/false、数组、对象)',
  'call: the value of {0} is not valid JSON ({1})': 'call:{0} 的值不是有效的 JSON({1})',
  'call: the path needs {0}=...': 'call:路径需要 {0}=...',
  "call: the path '{0}' must start with /": "call:路径 '{0}' 必须以 / 开头",
  'e.g. zstack-cli call GET /zones or /v1/zones': '例如 zstack-cli call GET /zones 或 /v1/zones',
  'call: give query parameters as key=value words, not in the path': 'call:查询参数请以 key=value 的形式给出,不要写在路径中',
  '--body: cannot read {0}: {1}': '--body:无法读取 {0}:{1}',
  '--body: not valid JSON ({0})': '--body:不是有效的 JSON({0})',
  '--body: a {0} carries no body; give key=value words for its query string': '--body:{0} 请求没有请求体;请以 key=value 给出查询串参数',
  "job wait: asynchronous jobs are ZStack's; {0} APIs answer at once": 'job wait:异步任务是 ZStack 的;{0} 的 API 会立即应答',
  'run it with --provider zstack, or with a ZStack profile': '请加 --provider zstack 运行,或使用 ZStack 的配置',
  "'{0}' is not a valid catalog name": "'{0}' 不是有效的目录名",
  'cannot import: {0}': '无法导入:{0}',
  'nothing was changed{0}': '未做任何更改{0}',
  "; the catalog '{0}' imported before stays as it was": ";之前导入的目录 '{0}' 保持原样",
  'nothing was changed': '未做任何更改',
  "cannot store the catalog '{0}': {1}": "无法保存目录 '{0}':{1}",
  // why a catalog import failed: `FILE:LINE: reason` (src/catalog/importer.ts)
  '{0}:{1}: {2}': '{0}:{1}: {2}',
  '{0}Action.{1}: {2}': '{0}Action.{1}:{2}',
  "{0}Action: PARAMS should open a dict ('PARAMS = {'), found '{1}'": "{0}Action:PARAMS 应当以字典开始('PARAMS = {'),实际为 '{1}'",
  '{0}Action: PARAMS is not closed (is the file truncated?)': '{0}Action:PARAMS 没有结束(文件是否被截断?)',
  "{0}Action: a parameter should read 'name': ParamAnnotation(...), found '{1}'": "{0}Action:参数应为 'name': ParamAnnotation(...) 的形式,实际为 '{1}'",
  '{0}Action ends without {1} (is the file truncated?)': '{0}Action 结束时缺少 {1}(文件是否被截断?)',
  'no API classes (class XxxAction(AbstractAction)) found: is this a zssdk.py?': '没有找到 API 类(class XxxAction(AbstractAction)):这是 zssdk.py 吗?',
  '{0} is not closed (is the file truncated?)': '{0} 没有结束(文件是否被截断?)',
  'no QueryObject...Inventory classes and no queryMessageInventoryMap found: is this an inventory.py?': '没有找到 QueryObject...Inventory 类,也没有 queryMessageInventoryMap:这是 inventory.py 吗?',
  'neither a zssdk.py (class XxxAction(AbstractAction)) nor an inventory.py (class QueryObjectXxxInventory(object))': '既不是 zssdk.py(class XxxAction(AbstractAction)),也不是 inventory.py(class QueryObjectXxxInventory(object))',
  'no zssdk.py among the files: inventory.py alone describes no APIs': '文件中没有 zssdk.py:只有 inventory.py 无法描述任何 API',
  'not a Python literal: {0}': '不是 Python 字面量:{0}',
  "'{0}' is not keyword=value": "'{0}' 不是 keyword=value 的形式",
  "unknown ParamAnnotation keyword '{0}'": "未知的 ParamAnnotation 关键字 '{0}'",
  "not a 'key': value entry: {0}": "不是 'key': value 形式的条目:{0}",
  "no imported catalog named '{0}'": "没有名为 '{0}' 的已导入目录",
  'list them: zstack-cli catalog list': '列出目录:zstack-cli catalog list',
  "catalog '{0}' removed; its profiles use the built-in catalog again": "目录 '{0}' 已删除;使用它的配置恢复使用内置目录",
  "imported '{0}' in {1} s: {2} verbs, {3} inventories from {4}": "已导入 '{0}',用时 {1} 秒:{2} 个 API,{3} 个资源类型,来自 {4}",
  'overrides {0} built-in verb{1}{2}': '覆盖了 {0} 个内置 API{2}',
  'overrides {0} built-in verbs: {1}': '覆盖了 {0} 个内置 API:{1}',
  'overrides {0} built-in verb: {1}': '覆盖了 {0} 个内置 API:{1}',
  'overrides {0} built-in verbs': '覆盖了 {0} 个内置 API',
  ', ... ({0} more)': ', ...(另有 {0} 个)',
  '{0}, ... ({1} more)': '{0}, ...(另有 {1} 个)',
  '  built-in': '  内置',
  'skipped {0}{1}': '跳过 {0} 项{1}',
  'skipped {0}:': '跳过 {0} 项:',
  'skipped {0}': '跳过 {0} 项',
  '{0} (line {1}): no {2}': '{0}(第 {1} 行):缺少 {2}',
  '{0} (line {1}): defined again at line {2}; the later one is used': '{0}(第 {1} 行):第 {2} 行再次定义;使用后者',
  '{0}.{1}: no inventory in QUERY_OBJECT_MAP': '{0}.{1}:QUERY_OBJECT_MAP 中没有资源类型',
  "queryMessageInventoryMap: '{0}' -> '{1}' is not a query message and an inventory class": "queryMessageInventoryMap:'{0}' -> '{1}' 不是查询消息与资源类型类的对应",
  '{0} API message classes (their parameters come from zssdk.py)': '{0} 个 API 消息类(其参数取自 zssdk.py)',
  '{0}.{1}: its inventory {2} is not defined': '{0}.{1}:其资源类型 {2} 没有定义',
  '{0}: no query metadata for {1} (give inventory.py; until then its conditions need --allow-unknown)': '{0}:没有 {1} 的查询元数据(请提供 inventory.py;在此之前它的查询条件需要 --allow-unknown)',
  '  ... ({0} more in {1})': '  ...(另有 {0} 项,见 {1})',
  "profile '{0}' uses it from now on": "配置 '{0}' 从现在起使用它",
  'a profile uses it with: zstack-cli profile add <profile> catalog={0}': '配置使用它的方法:zstack-cli profile add <profile> catalog={0}',
  '{0} verbs, {1} inventories': '{0} 个 API,{1} 个资源类型',
  'from {0} {1} ({2})': '来自 {0} {1}({2})',
  'imported {0} from {1}': '导入于 {0},来自 {1}',
  "no completion script for '{0}'": "没有 '{0}' 的补全脚本",
  'completion: name the shell': 'completion:请指明 shell',
  'usage: zstack-cli completion bash|zsh|fish': '用法:zstack-cli completion bash|zsh|fish',
  'bash: source <(zstack-cli completion bash)   zsh: source <(zstack-cli completion zsh)   fish: zstack-cli completion fish | source':
    'bash:source <(zstack-cli completion bash)   zsh:source <(zstack-cli completion zsh)   fish:zstack-cli completion fish | source',

  // The simulator (src/cli/sim.ts, src/cli/embedded.ts, src/sim/)
  "--provider: '{0}' is not a provider": "--provider:'{0}' 不是有效的 provider",
  '--{0} is an option of the ZStack simulator, not of the {1} one': '--{0} 是 ZStack 模拟器的选项,{1} 模拟器没有',
  "--{0} must be an integer from {1} to {2}, got '{3}'": "--{0} 必须是 {1} 到 {2} 之间的整数,实际为 '{3}'",
  "run 'zstack-cli help sim' for the options": "运行 'zstack-cli help sim' 查看选项",
  '--host needs a value': '--host 需要一个值',
  '--state needs a file name': '--state 需要文件名',
  "--data must be demo, empty or scale:N (N from 1 to 1000000), got '{0}'": "--data 必须是 demo、empty 或 scale:N(N 为 1 到 1000000),实际为 '{0}'",
  "--time-zone must be an offset such as +08:00, UTC, or an IANA name such as Asia/Shanghai, got '{0}'": "--time-zone 必须是 +08:00 这样的偏移、UTC 或 Asia/Shanghai 这样的 IANA 名称,实际为 '{0}'",
  'zstack simulator listening on http://{0}:{1}{2} (admin/password)': 'ZStack 模拟器正在监听 http://{0}:{1}{2}(admin/password)',
  'EasyStack EOS simulator listening on http://{0}:{1} (LogIn user_name={2} password={3} project_name={4})': 'EasyStack EOS 模拟器正在监听 http://{0}:{1}(LogIn user_name={2} password={3} project_name={4})',
  '  e.g. zstack-cli profile add eos-sim provider=eos host={0} port={1}': '  例如 zstack-cli profile add eos-sim provider=eos host={0} port={1}',
  'AC simulator listening on http://{0}:{1} (token {2})': 'AC 模拟器正在监听 http://{0}:{1}(令牌 {2})',
  '  e.g. zstack-cli profile add ac-sim provider=ac host={0} port={1} https=false token={2}': '  例如 zstack-cli profile add ac-sim provider=ac host={0} port={1} https=false token={2}',
  "the embedded simulator's state ({0}) is held by another process that does not say where it listens (pid {1})": '内置模拟器的状态({0})被另一个进程(pid {1})占用,而它没有说明自己在哪里监听',
  'a `zstack-cli sim --state` run on this file, or an older zstack-cli: stop it, or talk to it with -H/-p': '可能是在此文件上运行的 `zstack-cli sim --state`,或旧版 zstack-cli:请停止它,或用 -H/-p 连接它',
  'nothing was sent: working on a copy would lose the changes': '未发送任何请求:在副本上操作会丢失更改',
  'the embedded simulator answered the login without a session': '内置模拟器的登录应答中没有会话',
  'the embedded simulator refused the admin login ({0}): was the admin password changed?': '内置模拟器拒绝了 admin 登录({0}):admin 的密码是否被改过?',
  'to start afresh from the demo data, move away {0}': '要从演示数据重新开始,请移走 {0}',
  'the simulator state file {0} is damaged ({1}); it was left untouched': '模拟器状态文件 {0} 已损坏({1});文件保持原样',
  'move it away to start afresh (the embedded simulator then starts from the demo data again)': '把它移走即可重新开始(内置模拟器随后会从演示数据重新开始)',
  'the simulator state file {0} is in use by another simulator': '模拟器状态文件 {0} 正被另一个模拟器使用',
  'stop that one, or use another --state file': '请停止那个模拟器,或换一个 --state 文件',
  'the simulator cannot listen on {0}:{1}: {2}': '模拟器无法监听 {0}:{1}:{2}',
  'choose another --port (0 picks a free one)': '请换一个 --port(0 表示任选空闲端口)',
  '{0} simulator state file': '{0} 模拟器状态文件',
  'cannot read the {0} {1}: {2}': '无法读取{0} {1}:{2}',
  'the {0} {1} is damaged ({2})': '{0} {1} 已损坏({2})',
  'the {0} simulator state file {1} is in use by another simulator': '{0} 模拟器状态文件 {1} 正被另一个模拟器使用',
  'the {0} {1} is damaged ({2}); it was left untouched': '{0} {1} 已损坏({2});文件保持原样',
  'the {0} simulator state file {1} is damaged ({2}); it was left untouched': '{0} 模拟器状态文件 {1} 已损坏({2});文件保持原样',
  'move it away to start afresh from the seed data': '把它移走即可从初始数据重新开始',
  'the {0} simulator cannot listen on {1}:{2}: {3}': '{0} 模拟器无法监听 {1}:{2}:{3}',

  // Parameters and conditions (src/invocation/)
  'the condition \'{0}\' cannot be sent as written: a ZStack server would read it as {1}': "条件 '{0}' 不能按原样发送:ZStack 服务器会把它理解为 {1}",
  "for a value that contains '!=' , '>=' or '<=', match it with '~=' and '_' in place of the operator, e.g. name~=a_=b": "值中含有 '!='、'>=' 或 '<=' 时,请用 '~=' 并以 '_' 代替操作符来匹配,例如 name~=a_=b",
  'rephrase the value, e.g. with ~= and _ or % wildcards': '请改写该值,例如使用 ~= 和 _ 或 % 通配符',
  "field '{0}', operator '{1}', value '{2}'": "字段 '{0}'、操作符 '{1}'、值 '{2}'",
  'no operator at all': '没有任何操作符',
  'the server splits a condition at the first of {0} that it finds, so the value must not contain an operator that the server tries before yours':
    '服务器在找到的第一个 {0} 处拆分条件,因此值中不能含有服务器会先于您的操作符尝试的操作符',
  "unknown field '{0}': {1} has no related resource '{2}'{3}": "未知字段 '{0}':{1} 没有关联资源 '{2}'{3}",
  " (after '{0}.')": "(在 '{0}.' 之后)",
  'related resources of {0}: {1}': '{0} 的关联资源:{1}',
  '{0} has no related resources': '{0} 没有关联资源',
  'to send it anyway (a newer server may know it), add --allow-unknown': '如仍要发送(较新的服务器可能认识它),请加 --allow-unknown',
  "cannot check '{0}': the catalog has no query metadata for {1} (the SDK does not say what it holds)": "无法检查 '{0}':API 目录中没有 {1} 的查询元数据(SDK 未说明其字段)",
  "unknown field '{0}': {1} has no field '{2}'": "未知字段 '{0}':{1} 没有字段 '{2}'",
  'try: zstack-cli help Query{0} (or press Tab)': '试试:zstack-cli help Query{0}(或按 Tab)',
  "'{0}' is not a key=value parameter": "'{0}' 不是 key=value 形式的参数",
  'parameters of {0}: {1}': '{0} 的参数:{1}',
  "{0} has no parameter '{1}'": "{0} 没有参数 '{1}'",
  "run 'zstack-cli help {0}' for its parameters": "运行 'zstack-cli help {0}' 查看其参数",
  '{0} cannot be empty: it is part of the URL': '{0} 不能为空:它是 URL 的一部分',
  '{0} is given more than once': '{0} 给出了不止一次',
  '{0} is missing required parameter{1}: {2}': '{0} 缺少必填参数:{2}',
  'usage: zstack-cli {0} {1}': '用法:zstack-cli {0} {1}',
  '{0} cannot be empty': '{0} 不能为空',
  '{0} cannot be an empty string': '{0} 不能是空字符串',
  '{0} is {1} characters long: at most {2} are allowed': '{0} 长 {1} 个字符:最多允许 {2} 个',
  '{0} is {1} characters long: at least {2} are needed': '{0} 长 {1} 个字符:至少需要 {2} 个',
  '{0}: {1} does not match the pattern {2}': '{0}:{1} 不符合模式 {2}',
  '{0} cannot be empty: it is required': '{0} 不能为空:它是必填参数',
  "{0}: '{1}' is not a UUID": "{0}:'{1}' 不是 UUID",
  'a ZStack UUID is 32 hexadecimal characters, e.g. 4d45e6c7787733979415760d2077fca0 (press Tab for the ones the server has)': 'ZStack 的 UUID 是 32 个十六进制字符,例如 4d45e6c7787733979415760d2077fca0(按 Tab 可列出服务器上已有的)',
  "{0}: the catalog has no inventory '{1}'": "{0}:API 目录中没有资源类型 '{1}'",
  "'{0}' is neither a query condition nor a key=value parameter": "'{0}' 既不是查询条件也不是 key=value 形式的参数",
  "a condition is <field><operator><value> with no spaces around the operator, e.g. name=vm1 'cpuNum>4' 'name~=web%'": "条件的形式是 <字段><操作符><值>,操作符两侧不能有空格,例如 name=vm1 'cpuNum>4' 'name~=web%'",
  "operators: = != > < >= <= ?= !?= ~= !~= and '<field> is null', '<field> not null'": "操作符:= != > < >= <= ?= !?= ~= !~= 以及 '<字段> is null'、'<字段> not null'",
  'sortDirection needs sortBy=<field>': 'sortDirection 需要 sortBy=<字段>',
  'sort= and {0} both choose the order: give one of them': 'sort= 与 {0} 都指定排序:只能给出其中一个',
  'sort=+field (ascending), sort=-field (descending), or sortBy=field sortDirection=asc|desc': 'sort=+字段(升序)、sort=-字段(降序),或 sortBy=字段 sortDirection=asc|desc',
  'sort: give a field, e.g. sort=-createDate (descending) or sort=+name (ascending)': 'sort:请给出字段,例如 sort=-createDate(降序)或 sort=+name(升序)',
  "{0} is a number: '{1}' cannot be compared with it": "{0} 是数值:不能与 '{1}' 比较",
  "{0} is a boolean: use true or false, not '{1}'": "{0} 是布尔值:请使用 true 或 false,而不是 '{1}'",
  "{0}: '{1}' is not one of the known values": "{0}:'{1}' 不是已知的值",
  'known values: {0}': '已知的值:{0}',
  '{0}: {1} is not a valid value': '{0}:{1} 不是有效的值',
  "sortDirection: '{0}' is not valid": "sortDirection:'{0}' 无效",
  'fields: give at least one field name, e.g. fields=uuid,name': 'fields:至少给出一个字段名,例如 fields=uuid,name',
  "{0}: '{1}' is not a whole number >= 0": "{0}:'{1}' 不是大于等于 0 的整数",
  '{0}: {1} is too large': '{0}:{1} 太大',
  '{0}: {1} is too large: at most {2} (the server reads it as a 32-bit integer)': '{0}:{1} 太大:最大为 {2}(服务器按 32 位整数读取)',
  "timeout: '{0}' is not a number of seconds": "timeout:'{0}' 不是秒数",
  'timeout=SECONDS: how long to wait for the answer, 1 or more': 'timeout=SECONDS:等待应答的秒数,至少为 1',
  "{0}: {1} has no field '{2}'": "{0}:{1} 没有字段 '{2}'",
  "{0} takes one of the resource's own fields: {1}": '{0} 只接受该资源自身的字段:{1}',
  'unclosed {0} quote': '{0|single=单|double=双}引号没有闭合',
  "{0}: '{1}' is not a number": "{0}:'{1}' 不是数值",
  "{0}: '{1}' is not a whole number": "{0}:'{1}' 不是整数",
  '{0}: {1} is outside the valid range {2} to {3}': '{0}:{1} 不在有效范围 {2} 到 {3} 之内',
  "{0}: '{1}' is not a boolean (use true or false)": "{0}:'{1}' 不是布尔值(请使用 true 或 false)",
  '{0}: expected {1}, but the text is not valid JSON ({2})': '{0}:应为 {1},但文本不是有效的 JSON({2})',
  '{0}: expected {1}': '{0}:应为 {1}',
  'a JSON array': 'JSON 数组',
  'a JSON object or array': 'JSON 对象或数组',
  'a JSON object, e.g. {"key":"value"}': 'JSON 对象,例如 {"key":"value"}',

  // Output (src/output/)
  '--query: {0}': '--query:{0}',
  "a JMESPath expression, e.g. --query \"inventories[?state=='Running'].name\"": "应为 JMESPath 表达式,例如 --query \"inventories[?state=='Running'].name\"",
  "{0}: '{1}' is not an output format": "{0}:'{1}' 不是输出格式",
  '(no rows)': '(没有数据)',
  '{0} item{1}': '{0} 项',

  // Requests of the providers (src/request/)
  "{0}: the AC API takes its parameters as HTTP headers, which carry only ASCII text; '{1}' has other characters": "{0}:AC 的 API 以 HTTP 请求头传递参数,只能携带 ASCII 文本;'{1}' 含有其他字符",
  '(the value given)': '(所给的值)',
  'the value given': '所给的值',
  'the API documents no encoding for other characters: use ASCII (e.g. pinyin for a name)': '该 API 没有规定其他字符的编码方式:请使用 ASCII(例如名称用拼音)',
  "userName: '{0}' must be 4-16 letters, digits or underscores, starting with a letter (用户名规则:4~16位数字、字母或下划线,不能以数字、下划线开头)": "userName:'{0}' 不符合用户名规则:4~16位数字、字母或下划线,不能以数字、下划线开头",
  'password: spaces are not allowed (密码不可有空格)': 'password:密码不可有空格',
  'password: {0} characters; 6 to 30 are needed (密码为6~30位字符)': 'password:{0} 个字符;密码为6~30位字符',
  'password: use at least two of upper case, lower case, digits and symbols (大写字母、小写字母、数字、符号至少包含2种)': 'password:大写字母、小写字母、数字、符号至少包含2种',
  'AddMemberUser without a password needs email=... or mobilephoneNum=... (密码不填时,邮箱或手机号至少填一项)': 'AddMemberUser:密码不填时,邮箱(email=...)或手机号(mobilephoneNum=...)至少填一项',
  'LogIn needs user_name=... or user_id=... (one of them)': 'LogIn 需要 user_name=... 或 user_id=...(二者之一)',
  'e.g. zstack-cli LogIn user_name=admin project_name=admin': '例如 zstack-cli LogIn user_name=admin project_name=admin',
  'LogIn takes project_name=... or project_id=..., not both': 'LogIn 只接受 project_name=... 或 project_id=... 之一,不能同时给出',
  "the server time zone '{0}' is not an offset such as +08:00 or -05:30": "服务器时区 '{0}' 不是 +08:00 或 -05:30 这样的偏移",
  "set ZSTACK_SERVER_TIMEZONE or the profile key serverTimeZone to the management node's UTC offset": '请把 ZSTACK_SERVER_TIMEZONE 或配置项 serverTimeZone 设为管理节点的 UTC 偏移',

  // The shell (src/shell/)
  'cannot write {0}: {1}': '无法写入 {0}:{1}',
  'saved result {0} to {1}': '结果 {0} 已保存到 {1}',
  'this result was kept as text only; it can be shown again as it was (without -o, -c or --query)': '此结果只以文本形式保存;只能按原样再次显示(不能加 -o、-c 或 --query)',
  'no results yet': '还没有结果',
  'no result {0}: results are numbered 1 to {1}': '没有结果 {0}:结果编号为 1 到 {1}',
  'each command that prints a result keeps it under its history number: more N shows it again': '每个打印结果的命令都以其历史编号保存结果:more N 可再次显示',
  "save: '{0}' is not a result number or a comma list of them (save 3,5 DIR)": "save:'{0}' 不是结果编号,也不是以逗号分隔的编号列表(save 3,5 DIR)",
  'cannot create the directory {0}: {1}': '无法创建目录 {0}:{1}',
  'saved results {0} to {1}': '结果 {0} 已保存到 {1}',
  'no result {0}: results are kept under the numbers of the lines that printed them': '没有结果 {0}:结果以打印它们的命令行的编号保存',
  'kept: {0} (more lists them)': '已保存:{0}(more 可列出)',
  '{0}  {1}  ({2} line{3})': '{0}  {1}  ({2} 行)',
  'the history is kept in {0}': '命令历史保存在 {0}',
  'the shell keeps results across sessions: type `more` in it to list them': '交互式命令行会跨会话保存结果:在其中输入 `more` 可列出',
  '{0} possibilities: type a few more letters, or press Tab again to list them all': '共 {0} 个候选项:再输入几个字母,或再按一次 Tab 全部列出',
  'zstack-cli shell: Tab completes, `help` lists commands, Ctrl-D exits.': 'zstack-cli 交互式命令行:Tab 补全,`help` 列出命令,Ctrl-D 退出。',
  '[result {0}]': '[结果 {0}]',

  // Waiting for a resource (src/cli/wait.ts, src/invocation/wait.ts)
  "wait: the resources waited for are ZStack's; {0} has no query verbs to read them with": 'wait:可等待的资源是 ZStack 的;{0} 没有可读取它们的查询 API',
  'wait: --all pages through the rows of a Query verb; wait prints one resource': 'wait:--all 用于分页取回 Query 类 API 的全部结果;wait 只打印一个资源',
  '(wait: sent again until {0})': '(wait:重复发送,直到 {0})',
  'interrupted: stopped waiting for {0}': '已中断:停止等待 {0}',
  'no {0}': '没有 {0}',
  '{0} is gone (deleted or expunged) before {1}': '{0} 在 {1} 之前就已消失(被删除或彻底删除)',
  'check the uuid: zstack-cli {0} uuid={1} (or press Tab after uuid=)': '请检查 uuid:zstack-cli {0} uuid={1}(或在 uuid= 之后按 Tab)',
  '{0} is {1}: it will not become {2} by itself': '{0} 的状态是 {1}:它不会自行变为 {2}',
  'also: {0}': '另外:{0}',
  'waiting for {0}: {1+} {2} s': '正在等待 {0}:{1} {2} 秒',
  '{0} (want {1})': '{0}(目标 {1})',
  '{0} (want {1}), {2}': '{0}(目标 {1}),{2}',
  '{0} and {1}': '{0} 且 {1}',
  'gave up waiting for {0} after {1} s: {2} did not happen': '等待 {0} {1} 秒后放弃:{2} 没有出现',
  'now: {0}': '当前:{0}',
  'wait longer with --timeout SECONDS': '可用 --timeout SECONDS 等待更久',
  "wait: '{0}' is not a <field>=<value> condition": "wait:'{0}' 不是 <field>=<value> 形式的条件",
  'wait compares with = only: uuid=<uuid> then one or more field=value (field=null: no value), e.g. state=Running': 'wait 只用 = 比较:先给 uuid=<uuid>,再给一个或多个 field=value(field=null 表示没有值),例如 state=Running',
  "wait: '{0}' is a field of a related resource; wait compares {1}'s own fields": "wait:'{0}' 是关联资源的字段;wait 只比较 {1} 自身的字段",
  'wait for that resource itself, or check it with zstack-cli {0} uuid=<uuid> {1}=...': '请等待那个资源本身,或用 zstack-cli {0} uuid=<uuid> {1}=... 检查',
  "wait: {0}'s {1} is a {2}: it cannot be compared with a value": 'wait:{0} 的 {1} 是 {2} 类型:不能与值比较',
  "wait: {0} has no field '{1}'": "wait:{0} 没有字段 '{1}'",
  'fields of {0}: {1}': '{0} 的字段:{1}',
  'wait: uuid is given more than once; wait for one resource at a time': 'wait:uuid 给出了不止一次;一次只能等待一个资源',
  "wait: '{0}' is not a UUID (32 hexadecimal characters)": "wait:'{0}' 不是 UUID(32 个十六进制字符)",
  'wait: {0} is given more than once': 'wait:{0} 给出了不止一次',
  'wait: which {0}? give uuid=<uuid>': 'wait:哪一个 {0}?请给出 uuid=<uuid>',
  'e.g. zstack-cli wait {0} uuid=<uuid> {1}': '例如 zstack-cli wait {0} uuid=<uuid> {1}',
  'wait: what for? give one or more field=value after uuid=': 'wait:等待什么?请在 uuid= 之后给出一个或多个 field=value',
  'e.g. zstack-cli wait {0} uuid={1} {2}': '例如 zstack-cli wait {0} uuid={1} {2}',
  'wait: {0} cannot be waited for: no query verb reads it': 'wait:无法等待 {0}:没有读取它的查询 API',
  "wait: unknown resource '{0}'": "wait:未知资源 '{0}'",
  'the resources are the inventories of the Query verbs (VmInstance for QueryVmInstance); press Tab for the list': '资源即 Query 类 API 的资源类型(QueryVmInstance 对应 VmInstance);按 Tab 可列出',
  "wait: {0}: '{1}' is not a valid value": "wait:{0}:'{1}' 不是有效的值",
  "wait: {0} is a number, not '{1}'": "wait:{0} 是数值,不是 '{1}'",
  "wait: {0} is a boolean: use true or false, not '{1}'": "wait:{0} 是布尔值:请使用 true 或 false,而不是 '{1}'",

  // Talking to servers (src/transport/)
  'the AC token was refused (HTTP {0})': 'AC 令牌被拒绝(HTTP {0})',
  'set a valid token: AC_TOKEN=... or the profile setting token=...': '请设置有效的令牌:AC_TOKEN=... 或配置项 token=...',
  'AC error {0}: {1}': 'AC 错误 {0}:{1}',
  'the API failed': 'API 执行失败',
  'the request failed': '请求失败',
  'the token was refused ({0}): it expired or is not valid': '令牌被拒绝({0}):已过期或无效',
  'log in again: zstack-cli{0} LogIn user_name=<name> project_name=<project>': '重新登录:zstack-cli{0} LogIn user_name=<name> project_name=<project>',
  "the token's user lacks the role this API needs (an administrator's, for quotas and passwords)": '令牌所属用户没有此 API 需要的角色(配额和密码需要管理员角色)',
  '--ca-cert: cannot read {0}: {1}': '--ca-cert:无法读取 {0}:{1}',
  'cannot connect to {0}: connection refused': '无法连接 {0}:连接被拒绝',
  'check the host and port (-H/--host, -p/--port, ZSTACK_HOST, the profile) and that the management node is running': '请检查主机和端口(-H/--host、-p/--port、ZSTACK_HOST、配置),以及管理节点是否在运行',
  'cannot resolve the host of {0}': '无法解析 {0} 的主机名',
  'connecting to {0} timed out': '连接 {0} 超时',
  // Time and size limits (src/transport/limits.ts, http.ts)
  'no answer from {0}: {1} ran out after {2} s': '{0} 没有应答:{2} 秒后{1}已用完',
  'the answer of {0} did not come whole: {1} ran out after {2} s, {3} bytes in': '{0} 的应答没有完整到达:{2} 秒后{1}已用完,只收到 {3} 字节',
  'the {0} request may have reached the server and taken effect: check before sending it again': '该 {0} 请求可能已到达服务器并已生效:再次发送前请先确认',
  '--timeout {0} (the whole command)': '--timeout {0}(整个命令的上限)',
  'timeout={0} (one request)': 'timeout={0}(单个请求的上限)',
  'ZSTACK_REQUEST_TIMEOUT={0} (one request)': 'ZSTACK_REQUEST_TIMEOUT={0}(单个请求的上限)',
  'the default limit of {0} s for one request': '单个请求的默认上限 {0} 秒',
  'the default limit of {0} s for a job': '任务的默认上限 {0} 秒',
  'the default limit of {0} s for wait': 'wait 的默认上限 {0} 秒',
  'raise --timeout SECONDS, or check the server': '请调大 --timeout SECONDS,或检查服务器',
  'raise timeout=SECONDS, or check the server': '请调大 timeout=SECONDS,或检查服务器',
  'raise ZSTACK_REQUEST_TIMEOUT (seconds for one request), or check the server': '请调大 ZSTACK_REQUEST_TIMEOUT(单个请求的秒数),或检查服务器',
  'raise it with --timeout SECONDS (the whole command) or ZSTACK_REQUEST_TIMEOUT=SECONDS (each request), or check the server':
    '可用 --timeout SECONDS(整个命令)或 ZSTACK_REQUEST_TIMEOUT=SECONDS(每个请求)调大,或检查服务器',
  'check the server': '请检查服务器',
  "ZSTACK_REQUEST_TIMEOUT: '{0}' is not a number of seconds": "ZSTACK_REQUEST_TIMEOUT:'{0}' 不是秒数",
  "{0}: '{1}' is not a size (bytes, or a number with K, M or G: 64M)": "{0}:'{1}' 不是有效的大小(字节数,或带 K、M、G 的数字:64M)",
  'the answer of {0} is larger than the limit of {1} for one answer ({2})': '{0} 的应答超过了单个应答的上限 {1}({2})',
  '{0} bytes': '{0} 字节',
  'more than {0} bytes': '超过 {0} 字节',
  'ask for less (limit=, fields=, or --all for one page at a time), or raise the limit: ZSTACK_MAX_RESPONSE=SIZE (e.g. 256M)':
    '请少取一些(limit=、fields=,或用 --all 每次取一页),或调大上限:ZSTACK_MAX_RESPONSE=SIZE(如 256M)',
  'raise the limit: ZSTACK_MAX_RESPONSE=SIZE (e.g. 256M)': '请调大上限:ZSTACK_MAX_RESPONSE=SIZE(如 256M)',
  'the server answered {0+} for {1}': '服务器对 {1} 的应答有误:{0}',
  'a row larger than the limit of {0} for one answer': '一行超过了单个应答的上限 {0}',
  'JSON nested more than {0} levels deep': 'JSON 嵌套超过 {0} 层',
  'malformed JSON ({0})': 'JSON 格式错误({0})',
  '{0} where a JSON object was expected': '应为 JSON 对象,实际为{0|null=null|an array=数组|a string=字符串|a number=数字|a boolean=布尔值}',
  'a 202 answer whose job location is not a URL': '202 应答中的任务地址不是 URL',
  'the server answered {0} rows for limit={1} (start={2}): it does not honour limit=, so --all cannot page': '服务器对 limit={1}(start={2})应答了 {0} 行:它不遵守 limit=,因此 --all 无法分页',
  'leave out --all, or check the server': '请去掉 --all,或检查服务器',
  // What a server wrote, as it is shown (src/output/server-text.ts)
  'an HTML page titled "{0}"': '一个标题为 "{0}" 的 HTML 页面',
  'an HTML page without a title': '一个没有标题的 HTML 页面',
  '{0}... ({1} more characters; --debug shows them all)': '{0}...(另有 {1} 个字符未显示;--debug 可显示全部)',
  'TLS failure talking to {0}: {1}': '与 {0} 通信时 TLS 出错:{1}',
  'trust the server with --ca-cert FILE, or skip verification explicitly with --insecure': '用 --ca-cert FILE 信任该服务器,或用 --insecure 明确跳过校验',
  'or check --https against the server port': '或检查 --https 是否与服务器端口相符',
  'the connection to {0} was closed unexpectedly': '与 {0} 的连接意外关闭',
  'is the scheme right (--https)?': '协议是否正确(--https)?',
  'cannot talk to {0}: {1}{2}': '无法与 {0} 通信:{1}{2}',
  'the server answered HTTP {0} for {1}': '服务器对 {1} 的应答是 HTTP {0}',
  'the server answered HTTP {0} for {1}: {2}': '服务器对 {1} 的应答是 HTTP {0}:{2}',
  'the server answered HTTP {0} ({1}) for {2}': '服务器对 {2} 的应答是 HTTP {0}({1})',
  'the server answered HTTP {0} ({1}) for {2}: {3}': '服务器对 {2} 的应答是 HTTP {0}({1}):{3}',
  'malformed JSON': 'JSON 格式错误',
  'no code in the answer': '应答中没有 code',
  'a 202 answer without a job location': '202 应答中没有任务地址',
  'HTTP 503 without an error record': 'HTTP 503 应答中没有错误记录',
  'check the host, port and --provider: is this the server of that provider?': '请检查主机、端口和 --provider:这是该 provider 的服务器吗?',
  "'{0}' is not a valid job location": "'{0}' 不是有效的任务地址",
  "'{0}' is neither a job location nor a job id": "'{0}' 既不是任务地址也不是任务 ID",
  'job {0}: no result at {1}': '任务 {0}:{1} 处没有结果',
  'the result has expired (servers keep it about 3 hours) or the location is wrong': '结果已过期(服务器约保留 3 小时)或地址有误',
  'gave up waiting for job {0} after {1} s: {2} ran out; the job goes on': '等待任务 {0} {1} 秒后放弃:{2}已用完;任务仍在继续',
  'location: {0}': '任务地址:{0}',
  'wait again: zstack-cli job wait {0}': '再次等待:zstack-cli job wait {0}',
  'interrupted: stopped waiting; the job goes on on the server': '已中断:停止等待;任务在服务器上继续运行',
  "session expired or invalid for profile '{0}' ({1}: {2})": "配置 '{0}' 的会话已过期或无效({1}:{2})",
  'log in again: zstack-cli{0} LogInByAccount accountName=<name>': '重新登录:zstack-cli{0} LogInByAccount accountName=<name>',
  'details: {0}': '详情:{0}',
  'caused by {0}: {1}{2}': '原因 {0}:{1}{2}',
  'check the context path (--context-path, default zstack) and the port: is this a ZStack management node?': '请检查上下文路径(--context-path,默认 zstack)和端口:这是 ZStack 管理节点吗?',
  'the server refused the request before running the API': '服务器在执行 API 之前拒绝了请求',
  'the server does not accept this method on this path: is the server version older than the API?': '服务器在此路径上不接受该方法:服务器版本是否比该 API 旧?',
  'check the credentials (session or AccessKey)': '请检查凭据(会话或 AccessKey)',
  'internal error of the AC platform': 'AC 平台内部错误',
  'a parameter is missing': '参数不全',
  'a parameter is not valid': '参数无效',
  "not enough permission: the token is not a user group administrator's": '权限不足:该令牌不属于用户组管理员',
  'no permission to call this API (check the token)': '没有权限访问接口(请检查令牌)',
  'setting the quota failed': '配额设置失败',
  'the platform user name exists already: choose another user name': '平台用户名已经存在,请修改用户名重新尝试',
  'no user group of this administrator in that computing centre: clusterIds must be centres this administrator may grant': '查询不到当前用户组管理员在计算中心下的用户组信息:clusterIds 必须是该管理员可以授权的计算中心',
  "the user group's member quota is reached: ask for more members": '用户组名额已达上限,请申请增加用户组名额',

  // Words of Node.js and of the libraries that reach a message (file errors, JSON)
  'ENOENT: no such file or directory, {0}': 'ENOENT:文件或目录不存在({0})',
  'EACCES: permission denied, {0}': 'EACCES:权限不足({0})',
  'EISDIR: illegal operation on a directory, {0}': 'EISDIR:不能对目录执行此操作({0})',
  'ENOTDIR: not a directory, {0}': 'ENOTDIR:不是目录({0})',
  'EEXIST: file already exists, {0}': 'EEXIST:文件已存在({0})',
  'EROFS: read-only file system, {0}': 'EROFS:只读文件系统({0})',
  'ENOSPC: no space left on device, {0}': 'ENOSPC:设备空间不足({0})',
  'EADDRINUSE: address already in use {0}': 'EADDRINUSE:地址已被占用 {0}',
  'listen EADDRINUSE: address already in use {0}': 'listen EADDRINUSE:地址已被占用 {0}',
  'Unexpected end of JSON input': 'JSON 输入意外结束',
  'Unexpected token {0} in JSON at position {1}': 'JSON 第 {1} 个字符处有意外的符号 {0}',
  "Unexpected token '{0}', {1} is not valid JSON": "意外的符号 '{0}',{1} 不是有效的 JSON",
  "Unexpected token '{0}', \"{1}\"... is not valid JSON": "意外的符号 '{0}',\"{1}\"... 不是有效的 JSON",
  'Unexpected non-whitespace character after JSON at position {0}': 'JSON 第 {0} 个字符之后有多余的内容',
  "Expected property name or '}' in JSON at position {0}": "JSON 第 {0} 个字符处应为属性名或 '}'",
  "Expected ',' or '}' after property value in JSON at position {0}": "JSON 第 {0} 个字符处的属性值之后应为 ',' 或 '}'",
  "Expected ',' or ']' after array element in JSON at position {0}": "JSON 第 {0} 个字符处的数组元素之后应为 ',' 或 ']'",
  "Expected ':' after property name in JSON at position {0}": "JSON 第 {0} 个字符处的属性名之后应为 ':'",
  'Unterminated string in JSON at position {0}': 'JSON 第 {0} 个字符处的字符串没有结束',
  'Bad control character in string literal in JSON at position {0}': 'JSON 第 {0} 个字符处的字符串中有非法控制字符',
  'Expected double-quoted property name in JSON at position {0}': 'JSON 第 {0} 个字符处的属性名应使用双引号',
  // JMESPath (--query)
  'Syntax error: invalid token ({0}): "{1}"': '语法错误:无效的符号({0}):"{1}"',
  'Syntax error: unknown character: {0}': '语法错误:未知字符:{0}',
  'Syntax error: unexpected token type: {0}, value: {1}': '语法错误:意外的符号类型 {0},值为 {1}',
  'Syntax error: expected {0}, got: {1}': '语法错误:应为 {0},实际为 {1}',
  'Syntax error: unexpected end of JSON input or invalid format for a JSON literal: {0}': '语法错误:JSON 字面量意外结束或格式无效:{0}',
  'Syntax error: unexpected token Rbracket': '语法错误:意外的 ]',
  'Syntax error: expecting an identifier token, got: {0}': '语法错误:应为标识符,实际为 {0}',
  'Syntax error: quoted identifier not allowed for function names.': '语法错误:函数名不能是带引号的标识符。',
  'Syntax error: expected a Field node': '语法错误:应为字段',
  'Unknown function: {0}()': '未知函数:{0}()',
  'Invalid arity: {0}() takes {1} argument{2} but received {3}': '参数个数无效:{0}() 需要 {1} 个参数,实际为 {3} 个',
  'Invalid arity: {0}() takes at least {1} argument{2} but received {3}': '参数个数无效:{0}() 至少需要 {1} 个参数,实际为 {3} 个',
  'Invalid type: {0}() expected argument {1} to be type ({2}) but received type {3} instead.': '类型无效:{0}() 的第 {1} 个参数应为 {2} 类型,实际为 {3} 类型。',
  'Invalid type: unexpected type ({0})': '类型无效:意外的类型({0})',
  'Error referencing undefined variable {0}': '引用了未定义的变量 {0}',
};

for (const [en, zh] of Object.entries(FILES)) {
  MESSAGES[`cannot read the ${en} {0}: {1}`] = `无法读取${zh} {0}:{1}`;
  MESSAGES[`the ${en} {0} is damaged ({1})`] = `${zh} {0} 已损坏({1})`;
  MESSAGES[`the ${en} {0} is damaged ({1}); it was left untouched`] = `${zh} {0} 已损坏({1});文件保持原样`;
}

interface Entry {
  /** The English text around the values. */
  parts: string[];
  zh: string;
  /** Which values may be messages themselves: not those in quotes or after `=` (what the user typed). */
  nested: boolean[];
  /** Which values take as much text as they can. */
  greedy: boolean[];
  /** Built when a text first looks like it could match (V8 compiles each regular expression on first use, and
   *  trying a few hundred of them would cost a Chinese command milliseconds). */
  re?: RegExp;
}

let entries: Entry[] | undefined;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The table, the most specific entries (most literal text) first. */
function table(): Entry[] {
  if (entries) return entries;
  const all = Object.entries(MESSAGES).map(([id, zh]) => {
    const parts = id.split(/\{\d+\+?\}/);
    const nested = parts.slice(0, -1).map((before, i) => !/['"=@]$/.test(before) && !/^['"]/.test(parts[i + 1]));
    const greedy = [...id.matchAll(/\{\d+(\+?)\}/g)].map((m) => m[1] === '+');
    return { parts, zh, nested, greedy, literal: parts.join('').length };
  });
  return (entries = all.sort((a, b) => b.literal - a.literal));
}

/** The values of `text` read as this entry, or undefined when it is not one. */
function match(e: Entry, text: string): string[] | undefined {
  const { parts } = e;
  if (!text.startsWith(parts[0]) || !text.endsWith(parts[parts.length - 1])) return undefined;
  if (parts.length === 1) return text === parts[0] ? [] : undefined;
  for (let i = 1; i < parts.length - 1; i++) if (!text.includes(parts[i])) return undefined;
  e.re ??= new RegExp(`^${parts.map((part, i) => (i === 0 ? '' : e.greedy[i - 1] ? '([\\s\\S]*)' : '([\\s\\S]*?)') + escape(part)).join('')}$`);
  return e.re.exec(text)?.slice(1);
}

const FILL = /\{(\d+)(?:\?([^:}]*):([^}]*)|((?:\|[^=|}]*=[^|}]*)+))?\}/g;

/** The Chinese text with the values put in. */
function fill(zh: string, values: readonly string[]): string {
  return zh.replace(FILL, (_, n: string, yes?: string, no?: string, choices?: string) => {
    const v = values[Number(n)] ?? '';
    if (yes !== undefined) return v.trim() ? yes : (no ?? '');
    if (choices !== undefined) {
      for (const c of choices.slice(1).split('|')) {
        const eq = c.indexOf('=');
        if (c.slice(0, eq) === v.trim()) return c.slice(eq + 1);
      }
    }
    return v;
  });
}

/** One line (or one tab-separated field) of a message in Chinese; text the table does not know stays as it is.
 *  A value that is a phrase of its own (the reason after `cannot read FILE:`) is translated too. */
function line(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  for (const e of table()) {
    const values = match(e, text);
    if (values) return fill(e.zh, values.map((v, i) => (e.nested[i] && /\S\s+\S/.test(v) ? line(v) : v)));
  }
  return text;
}

/** A message in Chinese, line by line. */
export function translate(text: string): string {
  return text.includes('\n') || text.includes('\t') ? text.split('\n').map((l) => l.split('\t').map(line).join('\t')).join('\n') : line(text);
}

let ids: Set<string> | undefined;

/** Whether the table has an entry for this message id, as the code writes it (the test that every message of src/
 *  is translated). */
export const hasMessage = (id: string): boolean => (ids ??= new Set(Object.keys(MESSAGES).map((k) => k.replace(/\{(\d+)\+\}/g, '{$1}')))).has(id);
