// Help text, built from the catalog alone. Pure: returns strings.
import { isAsync, needsSession, orderedParams, paramLocation, TAG_FIELDS, type Catalog } from '../catalog/catalog.js';
import type { ApiSpec, ParamSpec } from '../catalog/types.js';
import { QUERY_SPECIALS } from '../invocation/parse.js';
import { GLOBAL_OPTIONS, optionLabel } from '../options.js';

export interface HelpOptions {
  chinese: boolean;
  contextPath: string;
}

const COMMANDS: ReadonlyArray<[string, string]> = [
  ['shell', 'the interactive shell with Tab completion (also: zstack-cli with no arguments on a terminal)'],
  ['profile add|use|list|show|remove NAME', 'manage connection profiles (key=value settings)'],
  ['job wait <location-or-id>', 'wait for an asynchronous job again'],
  ['sim [--port N] [--data demo|empty|scale:N] ...', 'run the ZStack simulator in the foreground'],
  ['completion bash|zsh|fish', 'print the completion script for your shell'],
  ['help [Verb]', 'this text, or one command in detail'],
];

/** The words of verb help, in English and in Chinese (LANG=zh*). */
const LABELS = {
  en: { session: 'needs a session', noSession: 'no session needed', async: 'asynchronous (polls the job)', sync: 'synchronous', params: 'Parameters:', example: 'Example:', required: 'required', optional: 'optional', in: 'in', secret: 'secret', valid: 'valid', range: 'range', since: 'since', conditions: (inv: string) => `Query conditions on ${inv} (ANDed; no spaces around the operator):`, fields: 'Fields:', related: (e: string) => `Related resources (cross-resource fields, e.g. ${e}.<field>):`, specials: 'Special parameters:' },
  zh: { session: '需要会话', noSession: '无需会话', async: '异步(轮询任务结果)', sync: '同步', params: '参数:', example: '示例:', required: '必填', optional: '可选', in: '位于', secret: '保密', valid: '可选值', range: '范围', since: '起始版本', conditions: (inv: string) => `${inv} 的查询条件(多个条件为与关系;操作符两侧不能有空格):`, fields: '可查询字段:', related: (e: string) => `可跨表查询的资源(例如 ${e}.<字段>):`, specials: '特殊参数:' },
};
const labels = (chinese: boolean) => (chinese ? LABELS.zh : LABELS.en);

const pad = (s: string, n: number) => (s.length >= n ? `${s}  ` : s + ' '.repeat(n - s.length));

export function globalHelp(catalog: Catalog, version: string): string {
  const lines = [
    `zstack-cli ${version}: the ZStack command line (REST v1)`,
    '',
    'Usage:',
    '  zstack-cli <Verb> [key=value ...] [options]        run one API, e.g. zstack-cli LogInByAccount accountName=admin password=...',
    "  zstack-cli Query<Resource> [condition ...]          e.g. zstack-cli QueryVmInstance name=vm1 'cpuNum>4' vmNics.ip=10.0.0.5",
    '',
    'Commands:',
    ...COMMANDS.map(([c, d]) => `  ${pad(c, 50)}${d}`),
    '',
    'Options:',
    ...GLOBAL_OPTIONS.map((o) => `  ${pad(optionLabel(o), 26)}${o.help}`),
    '',
    'Commands by family:',
  ];
  const families = new Map<string, string[]>();
  for (const api of catalog.apis) {
    const list = families.get(api.family) ?? [];
    list.push(api.name);
    families.set(api.family, list);
  }
  for (const [family, names] of families) {
    lines.push(`  ${family}:`);
    lines.push(...wrap(names, 4, 110));
  }
  lines.push('', 'Exit codes: 0 success, 1 API error, 2 usage error, 3 server unreachable or not understood, 4 not logged in, 130 interrupted.');
  return lines.join('\n');
}

function wrap(words: string[], indent: number, width: number): string[] {
  const out: string[] = [];
  let line = ' '.repeat(indent);
  for (const w of words) {
    if (line.trim() && line.length + w.length + 1 > width) {
      out.push(line.trimEnd());
      line = ' '.repeat(indent);
    }
    line += `${w} `;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

function describe(p: { desc?: string; zh?: string }, chinese: boolean): string {
  return (chinese ? p.zh || p.desc : p.desc || p.zh) ?? '';
}

export function verbHelp(catalog: Catalog, api: ApiSpec, opts: HelpOptions): string {
  const title = opts.chinese ? api.zh || api.summary : api.summary;
  const ctx = opts.contextPath ? `/${opts.contextPath}` : '';
  const L = labels(opts.chinese);
  const flags = [needsSession(api) ? L.session : L.noSession, isAsync(api) ? L.async : L.sync];
  const lines = [`${api.name}: ${title}${!opts.chinese && api.zh ? ` (${api.zh})` : ''}`, '', `  ${api.method} ${ctx}/v1${api.path}   ${flags.join(', ')}`];
  if (api.bodyKey) lines.push(`  body: {"${api.bodyKey}": {...}, "systemTags": [...], "userTags": [...]}`);
  if (api.query) lines.push(...queryHelp(catalog, api, opts));
  else lines.push('', L.params, ...orderedParams(api).map((p) => paramLine(api, p, opts.chinese)));
  if (api.example?.length) {
    lines.push('', L.example, `  zstack-cli ${api.name} ${api.example.map(quoteForShell).join(' ')}`);
  }
  return lines.join('\n');
}

function paramLine(api: ApiSpec, p: ParamSpec, chinese: boolean): string {
  const where = paramLocation(api, p);
  const L = labels(chinese);
  const bits = [p.required ? L.required : L.optional, where === 'body' ? '' : `${L.in} ${where}`, p.password ? L.secret : ''].filter(Boolean);
  const extra: string[] = [];
  if (p.validValues) extra.push(`${L.valid}: ${p.validValues.join(', ')}`);
  if (p.numberRange) extra.push(`${L.range}: ${p.numberRange[0]}..${p.numberRange[1]}`);
  if (p.since) extra.push(`${L.since} ${p.since}`);
  const desc = describe(p, chinese);
  return `  ${pad(p.name, 26)}${pad(p.type, 9)}${pad(bits.join(', '), 20)}${desc}${extra.length ? ` [${extra.join('; ')}]` : ''}`;
}

function queryHelp(catalog: Catalog, api: ApiSpec, opts: HelpOptions): string[] {
  const inv = catalog.inventory(api.query!);
  if (!inv) return [];
  const L = labels(opts.chinese);
  const lines = ['', L.conditions(inv.name)];
  lines.push('  operators: = != > < >= <= ?= (in, a,b,c) !?= (not in) ~= (like, % and _) !~= (not like), <field> is null, <field> not null');
  lines.push('', L.fields);
  for (const f of inv.fields) lines.push(`  ${pad(f.name, 26)}${pad(f.type, 10)}${f.validValues ? `${L.valid}: ${f.validValues.join(', ')}` : ''}`.trimEnd());
  lines.push(`  ${TAG_FIELDS.join(', ')}   match system/user tags`);
  if (inv.expand?.length) {
    lines.push('', L.related(inv.expand[0].name));
    lines.push(...wrap(inv.expand.map((e) => `${e.name}.`), 2, 110));
  }
  lines.push('', L.specials, ...wrap(QUERY_SPECIALS.map((s) => `${s}=`), 2, 110));
  lines.push('  sortBy=<field> sortDirection=asc|desc -> sort=+field/-field; fields=a,b -> one comma-joined fields parameter');
  return lines;
}

function quoteForShell(token: string): string {
  return /^[A-Za-z0-9_.,:=@%+\-/]+$/.test(token) ? token : `'${token.replace(/'/g, `'\\''`)}'`;
}
