// Help text, built from the catalog and the command table alone. Pure: returns strings.
import { isAsync, needsSession, orderedParams, paramLocation, TAG_FIELDS, type Catalog } from '../catalog/catalog.js';
import type { ApiSpec, ParamSpec } from '../catalog/types.js';
import { availableIn, COMMANDS, GLOBAL_OPTIONS, optionLabel, optionsOf, usageOf, type CommandSpec, type Text } from '../commands.js';
import { QUERY_SPECIALS } from '../invocation/parse.js';
import { shellQuote } from '../util/quote.js';
import { PROVIDER_DEFAULTS, type Provider } from '../session/settings.js';
import { displayWidth, padEnd } from '../util/width.js';

export interface HelpOptions {
  chinese: boolean;
  contextPath: string;
}

/** The words of help, in English and in Chinese (LANG=zh*). */
const LABELS = {
  en: { session: 'needs a session', token: 'needs a token', noSession: 'no session needed', async: 'asynchronous (polls the job)', sync: 'synchronous', params: 'Parameters:', example: 'Example:', examples: 'Examples:', required: 'required', optional: 'optional', secret: 'secret', valid: 'valid', range: 'range', since: 'since', default: 'default', conditions: (inv: string) => `Query conditions on ${inv} (ANDed; no spaces around the operator):`, fields: 'Fields:', related: (e: string) => `Related resources (cross-resource fields, e.g. ${e}.<field>):`, specials: 'Special parameters:', usage: 'Usage:', commands: 'Commands:', options: 'Options:', args: 'Arguments:', globals: 'Global options (see zstack-cli help):', builtins: 'Shell built-ins:', shellOnly: 'Works only inside the interactive shell; start it with: zstack-cli shell', cliOnly: 'Runs as its own command, not inside the interactive shell.', byFamily: 'Commands by family:', exitCodes: 'Exit codes: 0 success, 1 API error, 2 usage error, 3 server unreachable or not understood, 4 not logged in, 124 gave up waiting (wait), 130 interrupted.', title: (v: string) => `zstack-cli ${v}: the ZStack command line (REST v1)`, runVerb: 'run one API, e.g. zstack-cli LogInByAccount accountName=admin password=...', runQuery: "e.g. zstack-cli QueryVmInstance name=vm1 'cpuNum>4' vmNics.ip=10.0.0.5", more: (p: string) => `run 'zstack-cli help ${p} <command>' for one of them`, body: 'body', operators: 'operators: = != > < >= <= ?= (in, a,b,c) !?= (not in) ~= (like, % and _) !~= (not like), <field> is null, <field> not null', tags: 'match system tags, user tags, tags made from a tag pattern', sorting: 'sortBy=<field> sortDirection=asc|desc -> sort=+field/-field (sort=+field, sort=-field and sort=field work too); fields=a,b -> one comma-joined fields parameter', where: { path: 'in path', query: 'in query', header: 'in header' } as Record<string, string>, untranslated: (_verb: string) => '' },
  zh: { session: '需要会话', token: '需要令牌', noSession: '无需会话', async: '异步(轮询任务结果)', sync: '同步', params: '参数:', example: '示例:', examples: '示例:', required: '必填', optional: '可选', secret: '保密', valid: '可选值', range: '范围', since: '起始版本', default: '默认值', conditions: (inv: string) => `${inv} 的查询条件(多个条件为与关系;操作符两侧不能有空格):`, fields: '可查询字段:', related: (e: string) => `可跨表查询的资源(例如 ${e}.<字段>):`, specials: '特殊参数:', usage: '用法:', commands: '命令:', options: '选项:', args: '参数:', globals: '全局选项(见 zstack-cli help):', builtins: '交互式命令行内置命令:', shellOnly: '仅在交互式命令行中可用;用 zstack-cli shell 启动', cliOnly: '需单独运行,不能在交互式命令行中使用。', byFamily: '按类别列出的 API:', exitCodes: '退出码:0 成功,1 API 错误,2 用法错误,3 无法连接或无法理解服务器,4 未登录,124 等待超时(wait),130 被中断。', title: (v: string) => `zstack-cli ${v}:ZStack 命令行工具(REST v1)`, runVerb: '调用一个 API,例如 zstack-cli LogInByAccount accountName=admin password=...', runQuery: "例如 zstack-cli QueryVmInstance name=vm1 'cpuNum>4' vmNics.ip=10.0.0.5", more: (p: string) => `运行 'zstack-cli help ${p} <命令>' 查看其中一个`, body: '请求体', operators: "操作符:= != > < >= <= ?=(属于,a,b,c)!?=(不属于)~=(模糊匹配,% 和 _)!~=(不匹配),'<字段> is null','<字段> not null'", tags: '匹配系统标签、用户标签、由标签模板生成的标签', sorting: 'sortBy=<字段> sortDirection=asc|desc -> sort=+字段/-字段(也可直接写 sort=+字段、sort=-字段、sort=字段);fields=a,b -> 合成一个以逗号分隔的 fields 参数', where: { path: '位于路径', query: '位于查询串', header: '位于请求头' } as Record<string, string>, untranslated: (verb: string) => `英文说明尚无中文译文,此处未显示;英文帮助:LC_ALL=C zstack-cli help ${verb}` },
};
/** What the top of help says when a profile (or --provider) speaks EOS or AC instead of ZStack. */
const PROVIDER_USAGE: Readonly<Record<'eos' | 'ac', { title: [string, string]; examples: string[] }>> = {
  eos: {
    title: ['  speaking EasyStack EOS (Keystone v3 token; --provider eos or a profile with provider=eos)', '  当前对接 EasyStack EOS(Keystone v3 令牌;--provider eos 或 provider=eos 的配置)'],
    examples: ['zstack-cli LogIn user_name=admin project_name=admin      (password asked for on a terminal)', 'zstack-cli GetDomainQuota domain_id=<department id>', 'zstack-cli UpdateDomainQuota domain_id=<id> region=RegionOne cores=100 router=3000'],
  },
  ac: {
    title: ['  speaking AC openapi (token from AC_TOKEN or the profile\'s token=; --provider ac or a profile with provider=ac)', '  当前对接 AC openapi(令牌取自 AC_TOKEN 或配置的 token=;--provider ac 或 provider=ac 的配置)'],
    examples: ['zstack-cli AddMemberUser userName=stest userFullName=stest clusterIds=11112 password=...'],
  },
};
const labels = (chinese: boolean) => (chinese ? LABELS.zh : LABELS.en);
const say = (text: Text, chinese: boolean): string => (chinese ? text.zh : text.en);

/** Text in a column `n` wide (display width: a Chinese character takes two columns), or followed by two spaces. */
const pad = (s: string, n: number) => (displayWidth(s) > n - 2 ? `${s}  ` : padEnd(s, n));

/** Everything: usage, the built-in commands (those of the shell inside it), the global options, the verbs. */
export function globalHelp(catalog: Catalog, version: string, opts: { chinese?: boolean; where?: 'cli' | 'shell'; provider?: Provider } = {}): string {
  const chinese = opts.chinese ?? false;
  const where = opts.where ?? 'cli';
  const L = labels(chinese);
  const provider = opts.provider ?? 'zstack';
  const commandLine = (c: CommandSpec) => `  ${pad([c.name, ...(c.subcommands?.length ? [c.subcommands.map((s) => s.name).join('|')] : []), ...(c.args ?? []).map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`))].join(' '), 34)}${say(c.summary, chinese)}`;
  const lines = [
    L.title(version),
    ...(provider === 'zstack' ? [] : [PROVIDER_USAGE[provider].title[chinese ? 1 : 0]]),
    '',
    L.usage,
    ...(provider === 'zstack'
      ? [`  zstack-cli <Verb> [key=value ...] [options]        ${L.runVerb}`, `  zstack-cli Query<Resource> [condition ...]          ${L.runQuery}`]
      : PROVIDER_USAGE[provider].examples.map((e) => `  ${e}`)),
    '',
    L.commands,
    ...COMMANDS.filter((c) => availableIn(c, 'cli') && (where === 'cli' || c.scope !== 'cli')).map(commandLine),
  ];
  if (where === 'shell') lines.push('', L.builtins, ...COMMANDS.filter((c) => c.scope === 'shell').map(commandLine));
  lines.push('', L.options, ...GLOBAL_OPTIONS.map((o) => `  ${pad(optionLabel(o), 26)}${say(o.help, chinese)}`), '', L.byFamily);
  if (provider !== 'zstack') lines.push(`  (${PROVIDER_DEFAULTS[provider].label}: ${chinese ? '本配置的 API;ZStack 的 API 见 --provider zstack' : "this profile's APIs; ZStack's with --provider zstack"})`);
  const families = new Map<string, string[]>();
  for (const [name, family] of catalog.index().verbs) {
    const list = families.get(family) ?? [];
    list.push(name);
    families.set(family, list);
  }
  for (const [family, names] of [...families].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${family}:`);
    lines.push(...wrap(names, 4, 110));
  }
  lines.push('', L.exitCodes);
  return lines.join('\n');
}

/** One built-in command: usage, what it does, its arguments, subcommands, options and examples. */
export function commandHelp(path: readonly string[], spec: CommandSpec, chinese: boolean): string {
  const L = labels(chinese);
  const lines = [`zstack-cli ${path.join(' ')}: ${say(spec.summary, chinese)}`, '', L.usage, `  ${usageOf(path, spec)}`];
  if (spec.scope === 'shell') lines.push(`  ${L.shellOnly}`);
  if (spec.scope === 'cli') lines.push(`  ${L.cliOnly}`);
  const described = (spec.args ?? []).filter((a) => a.help || a.choices);
  if (described.length) {
    lines.push('', L.args, ...described.map((a) => `  ${pad(a.name, 26)}${a.help ? say(a.help, chinese) : (a.choices ?? []).join(', ')}`));
  }
  if (spec.subcommands?.length) {
    lines.push('', L.commands, ...spec.subcommands.map((c) => `  ${pad(usageOf([c.name], c).replace(/^zstack-cli /, '').replace(/ \[options\]$/, ''), 34)}${say(c.summary, chinese)}`));
    lines.push('', `  ${L.more(path.join(' '))}`);
  }
  const own = optionsOf(spec).filter((o) => !spec.globals || !GLOBAL_OPTIONS.includes(o));
  if (own.length) lines.push('', L.options, ...own.map((o) => `  ${pad(optionLabel(o), 30)}${say(o.help, chinese)}`));
  if (spec.globals) lines.push('', L.globals, ...wrap(GLOBAL_OPTIONS.map(optionLabel), 2, 110));
  for (const note of spec.notes ?? []) lines.push('', say(note, chinese));
  if (spec.examples?.length) lines.push('', L.examples, ...spec.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

function wrap(words: string[], indent: number, width: number): string[] {
  const out: string[] = [];
  let line = ' '.repeat(indent);
  for (const w of words) {
    if (line.trim() && displayWidth(line) + displayWidth(w) + 1 > width) {
      out.push(line.trimEnd());
      line = ' '.repeat(indent);
    }
    line += `${w} `;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

/** A description in the language of help. Chinese help shows the Chinese of the seeds where there is one and no
 *  description otherwise: the other descriptions are English only (README "Chinese"). */
function describe(p: { desc?: string; zh?: string }, chinese: boolean): string {
  return (chinese ? p.zh : p.desc || p.zh) ?? '';
}

/** What the first word of a verb does, for the Chinese title of a verb the seed has no Chinese for. */
const ACTIONS: Readonly<Record<string, string>> = {
  Query: '查询', Get: '获取', Update: '更新', Delete: '删除', Create: '创建', Add: '添加', Change: '更改', Attach: '挂载', Detach: '卸载',
  Remove: '移除', Set: '设置', Sync: '同步', Check: '检查', Reconnect: '重连', Validate: '校验', Clean: '清理', Cleanup: '清理', Refresh: '刷新',
  Recover: '恢复', Start: '启动', Stop: '停止', Reboot: '重启', Restart: '重启', Batch: '批量操作', Expunge: '彻底删除', Revert: '回滚',
  Generate: '生成', Ungenerate: '撤销生成', Login: '登录', Apply: '应用', Calculate: '计算', Execute: '执行', Export: '导出', Import: '导入',
  Inspect: '检查', Is: '判断', List: '列出', Reload: '重新加载', Reset: '重置', Ack: '确认', Backup: '备份', Clone: '克隆', Destroy: '销毁',
  Flatten: '扁平化', Locate: '定位', Move: '移动', Preview: '预览', Provision: '置备', Resize: '调整大小', Resume: '恢复运行', Revoke: '撤销',
  Run: '运行', Subscribe: '订阅', Unsubscribe: '取消订阅', Allocate: '分配', Cancel: '取消', Convert: '转换', Decode: '解码', Describe: '描述',
  Disable: '禁用', Enable: '启用', Discover: '发现', Download: '下载', Upload: '上传', Eject: '弹出', Migrate: '迁移', Mount: '挂载', Unmount: '卸载',
  Pause: '暂停', Publish: '发布', Push: '推送', Reclaim: '回收', Register: '注册', Renew: '续期', Request: '请求', Share: '共享', Shutdown: '关闭',
  Submit: '提交', Terminate: '终止', Trigger: '触发', Undo: '撤销', Unlock: '解锁', Upgrade: '升级', Merge: '合并', Protect: '保护',
  Unprotect: '取消保护', Take: '创建', Put: '写入', Parse: '解析', Bootstrap: '引导', Failover: '故障切换', Identify: '识别', Shrink: '收缩',
};

/** `查询 VmInstance`: the verb's action in Chinese and the rest of its name, or nothing for an action not listed. */
function chineseTitle(verb: string): string {
  if (/^Log[Ii]n/.test(verb)) return `登录${verb.replace(/^Log[Ii]n(By)?/, ' ').trimEnd()}`;
  if (verb === 'LogOut') return '登出';
  const [, action, rest] = /^([A-Z][a-z]+)(.*)$/.exec(verb) ?? [];
  return action && ACTIONS[action] ? `${ACTIONS[action]} ${rest}`.trimEnd() : '';
}

export function verbHelp(catalog: Catalog, api: ApiSpec, opts: HelpOptions): string {
  const title = opts.chinese ? api.zh || chineseTitle(api.name) : api.summary;
  const ctx = opts.contextPath ? `/${opts.contextPath}` : '';
  const L = labels(opts.chinese);
  const flags = [needsSession(api) ? ((api.provider ?? 'zstack') === 'zstack' ? L.session : L.token) : L.noSession, isAsync(api) ? L.async : L.sync];
  const provider = api.provider ?? 'zstack';
  const where = provider === 'zstack' ? `${ctx}/v1${api.path}` : `${ctx}${api.path}`;
  const lines = [`${api.name}${title ? `: ${title}` : ''}${!opts.chinese && api.zh ? ` (${api.zh})` : ''}`, '', `  ${api.method} ${where}   ${[...(provider === 'zstack' ? [] : [PROVIDER_DEFAULTS[provider].label]), ...flags].join(', ')}`];
  if (api.bodyKey && provider === 'zstack') lines.push(`  ${L.body}: {"${api.bodyKey}": {...}, "systemTags": [...], "userTags": [...]}`);
  else if (api.bodyKey) lines.push(`  ${L.body}: {"${api.bodyKey}": {...}}`);
  if (provider === 'ac') lines.push(`  ${opts.chinese ? '所有参数以 HTTP 请求头发送;令牌放在 token 请求头(配置项 token= 或环境变量 AC_TOKEN)' : 'every parameter travels as an HTTP header; the token goes in the token header (profile token= or AC_TOKEN)'}`);
  const params = api.query ? [] : [...orderedParams(api), ...(api.paramPatterns ?? [])];
  if (api.query) lines.push(...queryHelp(catalog, api, opts));
  else lines.push('', L.params, ...params.map((p) => paramLine(api, p, opts.chinese)));
  if (api.example?.length) {
    lines.push('', L.example, `  zstack-cli ${api.name} ${api.example.map((w) => shellQuote(w)).join(' ')}`);
  }
  // English left out of Chinese help: say so, and where to read it
  if (opts.chinese && ((api.summary && !api.zh) || params.some((p) => p.desc && !p.zh))) lines.push('', L.untranslated(api.name));
  return lines.join('\n');
}

function paramLine(api: ApiSpec, p: ParamSpec, chinese: boolean): string {
  const where = paramLocation(api, p);
  const L = labels(chinese);
  const bits = [p.required ? L.required : L.optional, where === 'body' ? '' : (L.where[where] ?? where), p.password ? L.secret : ''].filter(Boolean);
  const extra: string[] = [];
  if (p.validValues) extra.push(`${L.valid}: ${p.validValues.join(', ')}`);
  if (p.numberRange) extra.push(`${L.range}: ${p.numberRange[1] >= Number.MAX_SAFE_INTEGER ? `>= ${p.numberRange[0]}` : `${p.numberRange[0]}..${p.numberRange[1]}`}`);
  if (p.default !== undefined) extra.push(`${L.default} ${p.default === '' ? "''" : String(p.default)}`);
  if (p.since) extra.push(`${L.since} ${p.since}`);
  const desc = describe(p, chinese);
  return `  ${pad(p.name, 26)}${pad(p.type, 9)}${pad(bits.join(', '), 20)}${desc}${extra.length ? ` [${extra.join('; ')}]` : ''}`.trimEnd();
}

function queryHelp(catalog: Catalog, api: ApiSpec, opts: HelpOptions): string[] {
  const inv = catalog.inventory(api.query!);
  if (!inv) return [];
  const L = labels(opts.chinese);
  const lines = ['', L.conditions(inv.name)];
  lines.push(`  ${L.operators}`);
  lines.push('', L.fields);
  for (const f of inv.fields) lines.push(`  ${pad(f.name, 26)}${pad(f.type, 10)}${f.validValues ? `${L.valid}: ${f.validValues.join(', ')}` : ''}`.trimEnd());
  lines.push(`  ${TAG_FIELDS.join(', ')}   ${L.tags}`);
  const related = (inv.expand ?? []).filter((e) => !e.hidden);
  if (related.length) {
    lines.push('', L.related(related[0].name));
    lines.push(...wrap(related.map((e) => `${e.name}.`), 2, 110));
  }
  lines.push('', L.specials, ...wrap(QUERY_SPECIALS.map((s) => `${s}=`), 2, 110));
  lines.push(`  ${L.sorting}`);
  return lines;
}
