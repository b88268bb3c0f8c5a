// The tool's own commands and the global options, described once as data. The option parser of the verb path
// (cli/main), the commander tree of the built-in commands (cli/program), help (output/help), completion
// (complete/engine) and the interactive shell all read this table; each command's handler is in cli/handlers.
// Pure: no I/O, so the completion bundle can carry it.

/** What completes a value: the live profiles, a file name (left to the shell), a fixed list, nothing. */
export type ValueKind = 'profile' | 'file' | 'dir' | 'verb' | 'command' | 'setting' | 'result' | 'inventory' | 'wait-condition' | 'none';

export interface Text {
  en: string;
  zh: string;
}

export interface OptionSpec {
  /** Long name without dashes. */
  name: string;
  short?: string;
  /** Placeholder when the option takes a value. */
  value?: string;
  help: Text;
  /** How its value completes (default: nothing, or `choices`). */
  complete?: ValueKind;
  choices?: readonly string[];
  /** May be given more than once (each value kept, in order). */
  multiple?: boolean;
}

export interface ArgSpec {
  name: string;
  required?: boolean;
  variadic?: boolean;
  complete?: ValueKind;
  choices?: readonly string[];
  help?: Text;
}

/** Where a command runs: one-shot and in the shell (default), only one-shot, or only inside the shell. */
export type Scope = 'both' | 'cli' | 'shell';

export interface CommandSpec {
  name: string;
  summary: Text;
  args?: readonly ArgSpec[];
  /** Options of its own. */
  options?: readonly OptionSpec[];
  /** Whether the global options (connection, profile, debug, ...) apply to it. */
  globals?: boolean;
  scope?: Scope;
  subcommands?: readonly CommandSpec[];
  examples?: readonly string[];
  /** Extra help lines (after the options). */
  notes?: readonly Text[];
}

const t = (en: string, zh: string): Text => ({ en, zh });

export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'dry-run', help: t('print the request as JSON instead of sending it (secrets masked)', '只打印请求(JSON,密钥已遮盖),不发送') },
  { name: 'curl', help: t('print the request as a curl command line instead of sending it', '以 curl 命令行打印请求,不发送') },
  { name: 'sim', help: t('run on the embedded simulator (same as --profile sim)', '在内置模拟器上运行(等同于 --profile sim)') },
  {
    name: 'profile',
    value: 'name',
    complete: 'profile',
    help: t('use this profile (env ZSTACK_PROFILE; default: the one chosen with `profile use`)', '使用此配置(环境变量 ZSTACK_PROFILE;默认为 `profile use` 选定的配置)'),
  },
  {
    name: 'provider',
    value: 'name',
    choices: ['zstack', 'eos', 'ac'],
    help: t('whose API: zstack (default), eos (EasyStack EOS) or ac (env ZSTACK_PROVIDER; profile provider=)', 'API 提供方:zstack(默认)、eos(EasyStack EOS)或 ac(环境变量 ZSTACK_PROVIDER;配置项 provider=)'),
  },
  { name: 'host', short: 'H', value: 'host', help: t('management node host (env ZSTACK_HOST; default localhost)', '管理节点地址(环境变量 ZSTACK_HOST;默认 localhost)') },
  { name: 'port', short: 'p', value: 'port', help: t('management node port (env ZSTACK_PORT; default 8080)', '管理节点端口(环境变量 ZSTACK_PORT;默认 8080)') },
  { name: 'context-path', value: 'path', help: t("REST context path (env ZSTACK_CONTEXT_PATH; default 'zstack', may be empty)", "REST 上下文路径(环境变量 ZSTACK_CONTEXT_PATH;默认 'zstack',可为空)") },
  { name: 'https', help: t('use https (env ZSTACK_HTTPS=true)', '使用 https(环境变量 ZSTACK_HTTPS=true)') },
  { name: 'insecure', help: t('skip TLS certificate verification (explicit opt-in)', '跳过 TLS 证书校验(需明确指定)') },
  { name: 'ca-cert', value: 'file', complete: 'file', help: t('trust this CA certificate (env ZSTACK_CA_CERT)', '信任此 CA 证书(环境变量 ZSTACK_CA_CERT)') },
  {
    name: 'timeout',
    value: 'seconds',
    help: t(
      'a bound on the whole command: its requests and the wait for a job or for `wait` (default: 300 a request, 1800 a job or wait; sent as X-API-Timeout); exit 124 when it runs out',
      '整个命令的时间上限(秒):包括其所有请求以及等待异步任务或 `wait` 的时间(默认每个请求 300、每个任务或 wait 1800;作为 X-API-Timeout 发送);超时退出码 124',
    ),
  },
  { name: 'no-wait', help: t('print the job location at once instead of waiting', '立即打印任务地址,不等待结果') },
  { name: 'job-uuid', value: 'hex32', help: t('name the job (X-Job-UUID)', '指定任务 UUID(X-Job-UUID)') },
  { name: 'webhook', value: 'url', help: t('have the server POST the result there (X-Web-Hook)', '由服务器把结果 POST 到此地址(X-Web-Hook)') },
  {
    name: 'output',
    short: 'o',
    value: 'format',
    choices: ['json', 'table', 'yaml', 'csv', 'tsv', 'value', 'ndjson'],
    help: t('json (default), table, yaml, csv, tsv, value or ndjson (env ZSTACK_OUTPUT; profile output=)', 'json(默认)、table、yaml、csv、tsv、value 或 ndjson(环境变量 ZSTACK_OUTPUT;配置项 output=)'),
  },
  {
    name: 'column',
    short: 'c',
    value: 'name',
    multiple: true,
    help: t('a column to show, repeatable or comma-separated (-c uuid,name); dotted paths reach into lists (vmNics.ip)', '要显示的列,可重复或以逗号分隔(-c uuid,name);点号路径可深入列表(vmNics.ip)'),
  },
  { name: 'query', value: 'jmespath', help: t('a JMESPath expression over the result, before formatting', '在格式化之前对结果应用 JMESPath 表达式') },
  { name: 'all', help: t('query verbs: page through every row, printing as they come', '查询类 API:分页取回全部结果,边取边输出') },
  { name: 'page-size', value: 'n', help: t('rows per page with --all (default 500)', '--all 时每页的行数(默认 500)') },
  { name: 'no-color', help: t('no colour, even on a terminal (also NO_COLOR=1)', '不使用颜色,即使在终端中(也可设 NO_COLOR=1)') },
  {
    name: 'password-stdin',
    help: t("read the verb's secret (password=...) from the first line of stdin, so it is never on the command line", '从标准输入的第一行读取密码等保密参数,使其不出现在命令行中'),
  },
  {
    name: 'allow-unknown',
    help: t('send parameters and query fields the catalog does not know, as given (with a warning)', '按原样发送目录中没有的参数和查询字段(并给出警告)'),
  },
  { name: 'debug', help: t('log each request and response to stderr (secrets masked); stack traces', '在标准错误输出每个请求和响应(密钥已遮盖)及堆栈') },
  { name: 'help', short: 'h', help: t('show help; `zstack-cli help <command>` for one command', '显示帮助;`zstack-cli help <命令>` 查看单个命令') },
  { name: 'version', short: 'V', help: t('print the version', '打印版本号') },
];

/** The options every command answers, whether or not it takes the global ones. */
export const HELP_OPTION = GLOBAL_OPTIONS.find((o) => o.name === 'help')!;

const SIM_OPTIONS: readonly OptionSpec[] = [
  { name: 'provider', value: 'name', choices: ['zstack', 'eos', 'ac'], help: t('which system: zstack (default), eos (EasyStack EOS) or ac', '模拟哪个系统:zstack(默认)、eos(EasyStack EOS)或 ac') },
  { name: 'host', value: 'address', help: t('where to listen (default 127.0.0.1)', '监听地址(默认 127.0.0.1)') },
  { name: 'port', value: 'port', help: t('port to listen on; 0 picks a free one (default 8080; EOS 5000, AC 65102)', '监听端口;0 表示任选空闲端口(默认 8080;EOS 5000,AC 65102)') },
  { name: 'state', value: 'file', complete: 'file', help: t('keep the state in FILE and resume from it', '把状态保存在文件中并从中恢复') },
  { name: 'data', value: 'set', choices: ['demo', 'empty', 'scale:'], help: t('initial data: demo (default), empty or scale:N', '初始数据:demo(默认)、empty 或 scale:N') },
  { name: 'job-delay', value: 'ms', help: t('how long asynchronous APIs take (default 100)', '异步 API 的耗时(毫秒,默认 100)') },
  { name: 'session-timeout', value: 'seconds', help: t('session lifetime (default 7200; EOS tokens 3600)', '会话有效期(秒,默认 7200;EOS 令牌 3600)') },
  { name: 'time-zone', value: 'zone', help: t('the node\'s local time zone, +08:00 (default), UTC or an IANA name', '节点本地时区:+08:00(默认)、UTC 或 IANA 名称') },
  { name: 'max-body', value: 'MiB', help: t('the largest request body accepted; larger ones get 413 (default 10)', '接受的最大请求体(MiB),更大的回答 413(默认 10)') },
];

const PROFILE_ARG: ArgSpec = { name: 'name', required: true, complete: 'profile' };

/** How `more` and `save` render a kept result again: the same options as any command's output. */
const RENDER_OPTIONS: readonly OptionSpec[] = GLOBAL_OPTIONS.filter((o) => o.name === 'output' || o.name === 'column' || o.name === 'query');

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'shell',
    summary: t('the interactive shell with Tab completion (also: zstack-cli with no arguments on a terminal)', '带 Tab 补全的交互式命令行(在终端中不带参数运行 zstack-cli 也会进入)'),
    globals: true,
    scope: 'cli',
    examples: ['zstack-cli shell', 'zstack-cli --sim shell', 'zstack-cli --profile lab shell'],
  },
  {
    name: 'profile',
    summary: t('manage connection profiles (key=value settings)', '管理连接配置(key=value 形式的设置)'),
    globals: true,
    subcommands: [
      {
        name: 'add',
        summary: t('create a profile, or update its settings', '创建配置或更新其设置'),
        args: [
          { name: 'name', required: true, complete: 'profile' },
          { name: 'settings', variadic: true, complete: 'setting', help: t('host= port= https= contextPath= provider= insecure= caCert= accessKeyId= accessKeySecret= serverTimeZone= token= catalog= output=', '可设置项同左') },
        ],
        globals: true,
        examples: ['zstack-cli profile add lab host=10.0.0.1 port=8080'],
      },
      { name: 'use', summary: t('make a profile the current one', '设为当前配置'), args: [PROFILE_ARG], globals: true, examples: ['zstack-cli profile use lab'] },
      { name: 'list', summary: t('list the profiles and who is logged in to each', '列出配置及各自的登录身份'), globals: true },
      { name: 'show', summary: t('show a profile (secrets masked)', '显示一个配置(密钥已遮盖)'), args: [{ name: 'name', complete: 'profile' }], globals: true },
      { name: 'remove', summary: t('delete a profile and its session', '删除配置及其会话'), args: [PROFILE_ARG], globals: true },
    ],
  },
  {
    name: 'job',
    summary: t('asynchronous API jobs', '异步 API 任务'),
    globals: true,
    subcommands: [
      {
        name: 'wait',
        summary: t('wait for an asynchronous job again and print its result', '再次等待异步任务并打印其结果'),
        args: [{ name: 'location-or-id', required: true }],
        globals: true,
        examples: ['zstack-cli job wait http://10.0.0.1:8080/zstack/v1/api-jobs/4f2f0d8e1b7a4c0f9e0c2b6d1a3e5f7c'],
      },
    ],
  },
  {
    name: 'wait',
    summary: t('wait until a resource has the values given (a VM Running, say), printing it then', '等待资源达到给定的值(例如云主机变为 Running),然后打印该资源'),
    args: [
      { name: 'resource', required: true, complete: 'inventory', help: t('what a Query verb reads: VmInstance, Volume, Image, Host, ...', 'Query 类 API 查询的资源:VmInstance、Volume、Image、Host 等') },
      {
        name: 'conditions',
        required: true,
        variadic: true,
        complete: 'wait-condition',
        help: t('uuid=<uuid>, then field=value (field=null: no value), all of which must hold', 'uuid=<uuid>,然后是 field=value(field=null 表示无值),须全部满足'),
      },
    ],
    globals: true,
    notes: [
      t(
        'Reads the resource with its Query verb, 250 ms apart at first, then up to 3 s apart. --timeout SECONDS: how long to wait (default 1800).',
        '用资源的 Query API 反复读取,起初间隔 250 毫秒,之后逐渐延长至 3 秒。--timeout 秒数:最长等待时间(默认 1800)。',
      ),
      t(
        'Exit 0: every value holds (the resource is printed). 1: it is gone, or in a state it does not leave by itself (a VM Destroyed or Expunging, Deleted, a job Failed...). 124: time is up. 130: Ctrl-C.',
        '退出码 0:全部满足(打印该资源);1:资源已不存在,或处于不会自行离开的状态(云主机 Destroyed 或 Expunging、Deleted、任务 Failed 等);124:超时;130:Ctrl-C。',
      ),
    ],
    examples: [
      'zstack-cli StartVmInstance uuid=0f7e8e1b2c3d4e5f6a7b8c9d0e1f2a3b --no-wait && zstack-cli wait VmInstance uuid=0f7e8e1b2c3d4e5f6a7b8c9d0e1f2a3b state=Running --timeout 300',
      'zstack-cli wait Volume uuid=4f2f0d8e1b7a4c0f9e0c2b6d1a3e5f7c status=Ready vmInstanceUuid=null -o table',
    ],
  },
  {
    name: 'catalog',
    summary: t("the API catalog: import a server's own SDK, list, show, remove", 'API 目录:导入服务器自带的 SDK、列出、查看、删除'),
    globals: true,
    subcommands: [
      {
        name: 'import',
        summary: t("read a server's zssdk.py (and optionally inventory.py) as this profile's catalog", '读取服务器的 zssdk.py(可选 inventory.py)作为此配置的 API 目录'),
        args: [{ name: 'file', required: true, variadic: true, complete: 'file' }],
        options: [{ name: 'name', value: 'name', help: t('store it under this name (default: the profile name)', '以此名称保存(默认:配置名)') }],
        globals: true,
        examples: ['zstack-cli --profile lab catalog import zssdk.py inventory.py', 'zstack-cli catalog import zssdk.py --name zstack-4.8 && zstack-cli profile add lab catalog=zstack-4.8'],
      },
      { name: 'list', summary: t('the built-in catalog and the imported ones', '内置目录与已导入的目录'), globals: true },
      {
        name: 'show',
        summary: t("one verb as the profile's catalog describes it (JSON)", '按当前配置的目录显示一个 API(JSON)'),
        args: [{ name: 'verb', required: true, complete: 'verb' }],
        globals: true,
      },
      {
        name: 'remove',
        summary: t('delete an imported catalog', '删除已导入的目录'),
        args: [{ name: 'name', required: true }],
        globals: true,
      },
    ],
  },
  {
    name: 'call',
    summary: t('send any API request, known to the catalog or not (the same endpoint, session, polling and exit codes)', '发送任意 API 请求,无论目录中是否有(同样的地址、会话、任务轮询和退出码)'),
    args: [
      { name: 'method', required: true, choices: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] },
      { name: 'path', required: true, help: t('the API path, e.g. /zones or /v1/zones; {var} takes var=...', 'API 路径,如 /zones 或 /v1/zones;{var} 由 var=... 填入') },
      { name: 'params', variadic: true, help: t('key=value (a string) or key:=json; GET/DELETE: query string, else the body', 'key=value(字符串)或 key:=json;GET/DELETE 放在查询串中,其余放在请求体中') },
    ],
    options: [
      { name: 'body-key', value: 'key', help: t('the key the body parameters go under (default params)', '请求体参数所在的键(默认 params)') },
      { name: 'body', value: 'json', complete: 'file', help: t('the whole JSON body, or @FILE', '整个 JSON 请求体,或 @文件') },
    ],
    globals: true,
    examples: [
      'zstack-cli call GET /zones q=name=ZONE-1 limit:=1',
      "zstack-cli call PUT /vm-instances/{uuid}/actions uuid=0f7e... --body-key stopVmInstance type=grace",
      `zstack-cli call POST /zones --body '{"params":{"name":"zone-1"}}'`,
    ],
  },
  {
    name: 'batch',
    summary: t('run commands from a file or stdin, one per line, several at once', '从文件或标准输入逐行运行命令,可并发'),
    args: [{ name: 'file', complete: 'file', help: t('the commands, one per line (# comments); - or none: stdin', '命令文件,每行一条(# 为注释);- 或省略:标准输入') }],
    options: [
      { name: 'jobs', short: 'j', value: 'n', help: t('run up to N lines at once (default 1)', '最多同时运行 N 行(默认 1)') },
      { name: 'continue-on-error', help: t('run every line even after one fails (default: stop starting new ones)', '某行失败后仍继续运行其余行(默认:不再启动新行)') },
    ],
    globals: true,
    notes: [
      t(
        'Output comes in line order. With -o ndjson every line is one record {"line", "command", "ok", "result" | "error"}. The exit code is the worst line\'s.',
        '输出按行序给出。使用 -o ndjson 时每行一条记录 {"line", "command", "ok", "result" | "error"}。退出码取最差的一行。',
      ),
    ],
    examples: ['zstack-cli batch commands.txt -j 4', "printf 'QueryZone count=true\\nQueryHost count=true\\n' | zstack-cli batch -o ndjson"],
  },
  {
    name: 'sim',
    summary: t('run the ZStack (or EOS, AC) simulator in the foreground until Ctrl-C', '在前台运行 ZStack(或 EOS、AC)模拟器,按 Ctrl-C 退出'),
    options: SIM_OPTIONS,
    scope: 'cli',
    examples: ['zstack-cli sim --port 8080', 'zstack-cli sim --port 0 --data scale:100000 --state /tmp/sim.json', 'zstack-cli sim --provider eos', 'zstack-cli sim --provider ac --port 8443'],
  },
  {
    name: 'completion',
    summary: t('print the completion script for your shell', '打印 shell 的补全脚本'),
    args: [{ name: 'shell', required: true, choices: ['bash', 'zsh', 'fish'] }],
    examples: ['source <(zstack-cli completion bash)', 'zstack-cli completion fish > ~/.config/fish/completions/zstack-cli.fish'],
  },
  {
    name: 'help',
    summary: t('help for everything, or for one command or API verb', '全部帮助,或单个命令/API 的帮助'),
    args: [{ name: 'command', variadic: true, complete: 'command' }],
    examples: ['zstack-cli help QueryVmInstance', 'zstack-cli help profile add'],
  },
  {
    name: 'more',
    summary: t(
      'show result N again (N: the history number of the line that printed it), through $PAGER on a terminal; alone: list the kept results',
      '再次显示结果 N(N 为打印它的命令的历史编号),终端中经 $PAGER 分页;不带参数:列出保留的结果',
    ),
    args: [{ name: 'N', complete: 'result' }],
    options: RENDER_OPTIONS,
    scope: 'shell',
    examples: ['more', 'more 3 -o table', 'more -o csv -c name -c state'],
  },
  {
    name: 'save',
    summary: t('write result N to FILE, or results N,M,... to DIR (one file each: result-N.<format>)', '把结果 N 写入文件,或把结果 N,M,... 写入目录(每个一个文件:result-N.<格式>)'),
    args: [
      { name: 'N[,M...]', required: true, complete: 'result' },
      { name: 'FILE|DIR', required: true, complete: 'file' },
    ],
    options: RENDER_OPTIONS,
    scope: 'shell',
    examples: ['save 2 vms.csv -o csv', 'save 3,5,8 results/'],
  },
  { name: 'history', summary: t('the command history, numbered (secrets masked)', '命令历史,带编号(密钥已遮盖)'), scope: 'shell' },
  { name: 'use', summary: t('run the next commands with this profile', '之后的命令使用此配置'), args: [PROFILE_ARG], scope: 'shell' },
  { name: 'exit', summary: t('leave the shell (also quit, Ctrl-D)', '退出(也可用 quit 或 Ctrl-D)'), scope: 'shell' },
  { name: 'quit', summary: t('leave the shell', '退出'), scope: 'shell' },
];

export const findCommand = (name: string, list: readonly CommandSpec[] = COMMANDS): CommandSpec | undefined => list.find((c) => c.name === name);

/** Whether a command is offered where the user is (one-shot or inside the shell). */
export const availableIn = (c: CommandSpec, where: 'cli' | 'shell'): boolean => (c.scope ?? 'both') === 'both' || c.scope === where;

/** Options a command accepts: its own, the global ones when they apply, and always --help. */
export function optionsOf(c: CommandSpec | undefined): readonly OptionSpec[] {
  if (!c || c.globals) return [...(c?.options ?? []), ...GLOBAL_OPTIONS];
  return [...(c.options ?? []), HELP_OPTION];
}

/** `-H, --host <host>` */
export const optionLabel = (o: OptionSpec): string => `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` <${o.value}>` : ''}`;

/** `profile add <name> [settings...]` */
export function usageOf(path: readonly string[], c: CommandSpec): string {
  const args = (c.args ?? []).map((a) => (a.required ? `<${a.name}${a.variadic ? '...' : ''}>` : `[${a.name}${a.variadic ? '...' : ''}]`));
  const sub = c.subcommands?.length ? ['<command>'] : [];
  const opts = optionsOf(c).length > 1 ? ['[options]'] : [];
  return ['zstack-cli', ...path, ...sub, ...args, ...opts].join(' ');
}

/** Walks `profile add ...` down the tree: the deepest command named by the leading words, and how many it used. */
export function resolveCommand(words: readonly string[]): { path: string[]; spec: CommandSpec } | undefined {
  let spec = findCommand(words[0] ?? '');
  if (!spec) return undefined;
  const path = [spec.name];
  for (let i = 1; i < words.length && spec.subcommands; i++) {
    const sub = findCommand(words[i], spec.subcommands);
    if (!sub) break;
    spec = sub;
    path.push(sub.name);
  }
  return { path, spec };
}
