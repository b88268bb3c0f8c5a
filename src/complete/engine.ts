// The tab-completion engine. Pure: no fs, network or process access, so every front end (the interactive shell,
// `zstack-cli __complete` behind the bash/zsh/fish scripts, tests, benchmarks) gets the same answers from the catalog.
//
// Exported API
//   completeWords(catalog, words, current, options?) -> Completion
//     `words` are the finished words before the cursor, already split and unquoted (everything after `zstack-cli`,
//     options included: they are read with the command table, src/commands.ts); `current` is the partial word being
//     completed ('' after a space).
//     Each candidate's `value` is the whole new text of the current word (`state=Running`, `vmNics.l3Network.`), so
//     front ends that replace only part of a word (bash after `=`) strip the part they keep themselves.
//     `noSpace`: do not add a space after accepting a candidate (it ends in `=`, `.`, `,` or an operator).
//     `files`: the word is a file name, which the shell completes better than we do.
//   scanWords(words) / completeScan(catalog, scan, current, options?): the same in two steps, for callers that
//     need the --profile or --sim the words give before they choose a value source.
//   complete(catalog, line, cursor, options?) -> LineCompletion
//     For a line editor: splits line[0, cursor) like a POSIX shell (quotes, backslashes; see splitLine), calls
//     completeWords and reports `replaceFrom`, the offset in `line` where the current word (with its opening quote)
//     starts. Candidate values are quoted for re-parsing by the same splitter when they need it (spaces, quotes).
//   splitLine(text) -> { words, current, currentStart }: the splitter itself.
//   ValueSource: where live values come from (UUIDs and names of resources, profile names). Synchronous by design:
//     an implementation answers from a cache (src/complete/cache.ts) so that Tab never waits on the network.
//   CompleteOptions: { values?: ValueSource; where?: 'cli' | 'shell' } — `where` picks the built-in commands offered
//     (the interactive shell has `more`, `save`, `use`, ... and no `shell` or `sim`).
import type { Catalog } from '../catalog/catalog.js';
import { findParam, TAG_FIELDS } from '../catalog/catalog.js';
import type { ApiSpec, ExpansionSpec, FieldSpec, InventorySpec, ParamSpec } from '../catalog/types.js';
import { FIELD_OPS } from '../invocation/condition.js';
import { QUERY_SPECIALS } from '../invocation/parse.js';
import { waitableInventories, waitFields } from '../invocation/wait.js';
import { splitLine as splitWords } from '../invocation/tokens.js';
import { availableIn, COMMANDS, findCommand, GLOBAL_OPTIONS, optionsOf, resolveCommand, type CommandSpec, type OptionSpec, type ValueKind } from '../commands.js';
import { PROFILE_KEYS, settingValues } from '../session/settings.js';
import { quoteWord } from '../util/quote.js';

export interface Candidate {
  value: string;
  description?: string;
}

export interface WordCompletion {
  candidates: Candidate[];
  noSpace: boolean;
}

export interface LineCompletion extends WordCompletion {
  replaceFrom: number;
}

export interface LiveValue {
  uuid: string;
  name?: string;
}

export interface ValueSource {
  /** UUIDs (with names) of an inventory's resources, or undefined when not known (yet). Must not block. */
  uuids(inventory: string): readonly LiveValue[] | undefined;
  /** Profile names, for `--profile` and `profile use`. */
  profiles?(): readonly string[];
  /** The names of the imported catalogs, for `profile add NAME catalog=`. */
  catalogs?(): readonly string[];
  /** The shell's kept results (`more N`, `save N,M`): each number with the line that produced it, newest first. */
  results?(): readonly { n: number; line: string }[];
}

export interface CompleteOptions {
  values?: ValueSource;
  /** Where the line is typed: after `zstack-cli` (the default) or inside the interactive shell. */
  where?: 'cli' | 'shell';
}

/** A completion answer: the candidates, and whether the shell should rather complete a file name. */
export interface Completion extends WordCompletion {
  files?: boolean;
}

const SPECIAL_DESC: Record<(typeof QUERY_SPECIALS)[number], string> = {
  limit: 'Maximum number of results',
  start: 'Offset of the first result',
  count: 'Return only the number of matches',
  replyWithCount: 'Also return the total number of matches',
  sortBy: 'Field to sort by',
  sortDirection: 'asc or desc',
  sort: 'Sort as the server spells it: +field ascending, -field descending',
  fields: 'Comma-separated fields to return',
  groupBy: 'Field to group by',
  filterName: 'Name of a server-side filter',
  timeout: 'Seconds to wait for the answer',
};

// Endings after which the user keeps typing the same word.
const CONTINUES = /[=.,<>!?~]$/;
const IDENT = '[A-Za-z_][A-Za-z0-9_]*';
// `a.b.par`: a dotted path of expansions and a partial last segment, no operator yet.
const FIELD_STAGE = new RegExp(`^((?:${IDENT}\\.)*)(${IDENT})?$`);
// `a.b.field<op chars><value>`: the field path, then whatever follows it.
const CONDITION_STAGE = new RegExp(`^((?:${IDENT}\\.)*${IDENT})([!?~<>=].*)$`, 's');
const OP_CHARS = /^[!?~<>=]+/;

const startsWithCI = (s: string, prefix: string): boolean => s.length >= prefix.length && s.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase();

function result(candidates: Candidate[], forceNoSpace = false): WordCompletion {
  return { candidates, noSpace: forceNoSpace || candidates.some((c) => CONTINUES.test(c.value)) };
}

const byPrefix = (cands: readonly Candidate[], prefix: string): Candidate[] => cands.filter((c) => startsWithCI(c.value, prefix));

/** Completes `current`, the word after `words` (everything after `zstack-cli`, options included). */
export function completeWords(catalog: Catalog, words: readonly string[], current: string, options: CompleteOptions = {}): Completion {
  return completeScan(catalog, scanWords(words), current, options);
}

/** The words before the cursor, read the way the program will read them. */
export interface Scan {
  /** The positional words: options and their values taken out. */
  words: string[];
  /** The options in force at the end (those of the command named, else the global ones). */
  options: readonly OptionSpec[];
  /** Set when the word being completed is the value of this option. */
  optionValue?: OptionSpec;
  /** The built-in command the words name, if any. */
  command?: { path: string[]; spec: CommandSpec };
  /** The global --profile and --provider values, and whether --sim was given. */
  profile?: string;
  provider?: string;
  sim: boolean;
}

const findOption = (options: readonly OptionSpec[], word: string): OptionSpec | undefined =>
  options.find((o) => word === `--${o.name}` || (o.short !== undefined && word === `-${o.short}`));

export function scanWords(all: readonly string[]): Scan {
  const scan: Scan = { words: [], options: GLOBAL_OPTIONS, sim: false };
  for (let i = 0; i < all.length; i++) {
    const w = all[i];
    if (w === '--') {
      scan.words.push(...all.slice(i + 1));
      break;
    }
    if (w.startsWith('-') && w !== '-') {
      const eq = w.indexOf('=');
      const opt = findOption(scan.options, eq > 0 ? w.slice(0, eq) : w);
      const global = opt !== undefined && GLOBAL_OPTIONS.includes(opt);
      if (global && opt.name === 'sim') scan.sim = true;
      if (!opt?.value) continue;
      const value = eq > 0 ? w.slice(eq + 1) : all[i + 1];
      if (eq < 0) i++;
      if (value === undefined) return { ...scan, optionValue: opt };
      if (global && opt.name === 'profile') scan.profile = value;
      if (global && opt.name === 'provider') scan.provider = value;
      continue;
    }
    scan.words.push(w);
    const sub = scan.words.length === 1 ? findCommand(w) : scan.command && scan.command.path.length === scan.words.length - 1 && scan.command.spec.subcommands ? findCommand(w, scan.command.spec.subcommands) : undefined;
    if (sub) {
      scan.command = { path: [...(scan.command?.path ?? []), sub.name], spec: sub };
      scan.options = optionsOf(sub);
    }
  }
  return scan;
}

export function completeScan(catalog: Catalog, scan: Scan, current: string, options: CompleteOptions = {}): Completion {
  const where = options.where ?? 'cli';
  // A command that does not run here (`sim` inside the shell) has nothing to offer.
  if (scan.command && !availableIn(findCommand(scan.command.path[0])!, where)) return result([]);
  if (scan.optionValue) return optionValues(scan.optionValue, current, options.values);
  if (current.startsWith('-')) {
    return result(scan.options.flatMap((o) => [`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])].filter((n) => n.startsWith(current)).map((n) => ({ value: n, description: o.help.en }))));
  }
  if (scan.words.length === 0) return result(firstWord(catalog, where, current));
  if (scan.command) return commandArgs(catalog, scan.command, scan.words.slice(scan.command.path.length), current, options);
  const [first, ...args] = scan.words;
  const api = catalog.find(first);
  if (!api) return result([]);
  if (api.query) {
    const inventory = catalog.inventory(api.query);
    return inventory ? queryWord(catalog, inventory, args, current, options.values) : result([]);
  }
  return paramWord(catalog, api, args, current, options.values);
}

function optionValues(opt: OptionSpec, current: string, values?: ValueSource): Completion {
  if (opt.choices) return result(byPrefix(opt.choices.map((value) => ({ value })), current));
  return valuesOfKind(opt.complete, current, values);
}

function valuesOfKind(kind: ValueKind | undefined, current: string, values?: ValueSource): Completion {
  if (kind === 'profile') return result(byPrefix((values?.profiles?.() ?? []).map((value) => ({ value })), current));
  if (kind === 'file' || kind === 'dir') return { candidates: [], noSpace: false, files: true };
  if (kind === 'result') {
    // `save 3,5`: the number after the last comma.
    const before = current.slice(0, current.lastIndexOf(',') + 1);
    return result(byPrefix((values?.results?.() ?? []).map((r) => ({ value: `${before}${r.n}`, description: r.line })), current));
  }
  return result([]);
}

// Built once per catalog: the first word is completed on every line, and catalogs are immutable.
const verbCandidates = new WeakMap<Catalog, readonly Candidate[]>();

/** Commands available here, then the catalog's verbs. */
function firstWord(catalog: Catalog, where: 'cli' | 'shell', current: string): Candidate[] {
  let verbs = verbCandidates.get(catalog);
  if (!verbs) verbCandidates.set(catalog, (verbs = catalog.index().verbs.map(([value, , description]) => ({ value, description }))));
  const commands = COMMANDS.filter((c) => availableIn(c, where)).map((c) => ({ value: c.name, description: c.summary.en }));
  const all: readonly Candidate[] = [...commands, ...verbs];
  const prefixed = byPrefix(all, current);
  if (prefixed.length || current === '') return prefixed;
  // Nobody remembers whether it is QueryVmInstance or GetVmInstance: `vmins` finds both.
  const needle = current.toLowerCase();
  return all.filter((c) => c.value.toLowerCase().includes(needle));
}

/** The positional words of a built-in command: its subcommands, then its arguments by kind. */
function commandArgs(catalog: Catalog, command: { path: string[]; spec: CommandSpec }, args: readonly string[], current: string, options: CompleteOptions): Completion {
  const { spec } = command;
  if (spec.subcommands) {
    return args.length ? result([]) : result(byPrefix(spec.subcommands.map((c) => ({ value: c.name, description: c.summary.en })), current));
  }
  const list = spec.args ?? [];
  const last = list[list.length - 1];
  const arg = list[args.length] ?? (last?.variadic ? last : undefined);
  if (!arg) return result([]);
  if (arg.choices) return result(byPrefix(arg.choices.map((value) => ({ value })), current));
  switch (arg.complete) {
    case 'command': {
      // `help profile <Tab>`: the subcommands of the command named so far, else every command and verb.
      const named = args.length ? resolveCommand(args) : undefined;
      if (named?.spec.subcommands && named.path.length === args.length) return result(byPrefix(named.spec.subcommands.map((c) => ({ value: c.name, description: c.summary.en })), current));
      return args.length ? result([]) : result(firstWord(catalog, options.where ?? 'cli', current));
    }
    case 'setting':
      return settingWord(args, current, options.values);
    case 'verb':
      return result(byPrefix(catalog.index().verbs.map(([value, , description]) => ({ value, description })), current));
    case 'inventory':
      return result(byPrefix([...waitableInventories(catalog)].map(([value, [, description]]) => ({ value, description })), current));
    case 'wait-condition': {
      const name = [...waitableInventories(catalog).keys()].find((n) => n.toLowerCase() === args[0]?.toLowerCase());
      const inventory = name && catalog.inventory(name);
      return inventory ? waitWord(catalog, inventory, args.slice(1), current, options.values) : result([]);
    }
    default:
      return valuesOfKind(arg.complete, current, options.values);
  }
}

/** `profile add NAME host=... https=true`: the settings not given yet, and the values of those with a fixed set. */
function settingWord(args: readonly string[], current: string, values?: ValueSource): Completion {
  const eq = current.indexOf('=');
  if (eq > 0) {
    const key = current.slice(0, eq);
    const head = current.slice(0, eq + 1);
    const choices = key === 'catalog' ? (values?.catalogs?.() ?? []) : (settingValues(key) ?? []);
    return result(byPrefix(choices.map((v) => ({ value: v })), current.slice(eq + 1)).map((c) => ({ value: head + c.value })));
  }
  const given = new Set(args.map((a) => a.slice(0, Math.max(0, a.indexOf('=')))));
  return result(byPrefix(Object.keys(PROFILE_KEYS).filter((k) => !given.has(k)).map((k) => ({ value: `${k}=` })), current));
}

// ---- non-query verbs: key=value parameters ----

function paramWord(catalog: Catalog, api: ApiSpec, args: readonly string[], current: string, values?: ValueSource): WordCompletion {
  const eq = current.indexOf('=');
  if (eq > 0) {
    const key = current.slice(0, eq);
    const spec = findParam(api, key);
    if (!spec) return result([]);
    return paramValues(catalog, api, spec, current.slice(0, eq + 1), current.slice(eq + 1), values);
  }
  const given = new Set(args.map((a) => a.slice(0, Math.max(0, a.indexOf('='))).toLowerCase()).filter(Boolean));
  const ordered = [...api.params.filter((p) => p.required), ...api.params.filter((p) => !p.required)];
  const cands = ordered
    .filter((p) => !given.has(p.name.toLowerCase()) && startsWithCI(p.name, current))
    .map((p) => ({ value: `${p.name}=`, description: p.required ? `${p.desc ?? p.type} (required)` : p.desc ?? p.type }));
  return result(cands);
}

function paramValues(catalog: Catalog, api: ApiSpec, spec: ParamSpec, head: string, typed: string, values?: ValueSource): WordCompletion {
  const isList = spec.type === 'list';
  const inventory = spec.resource ?? paramInventory(catalog, api, spec.name);
  const known = spec.validValues ?? spec.knownValues;
  const pool: Candidate[] = known
    ? known.map((v) => ({ value: v }))
    : spec.type === 'boolean'
      ? [{ value: 'true' }, { value: 'false' }]
      : inventory
        ? liveUuids(values, inventory)
        : [];
  return isList ? listValues(head, typed, pool) : result(byPrefix(pool, typed).map((c) => ({ ...c, value: head + c.value })));
}

/** For a parameter named `uuid` without a catalog hint: the inventory the verb acts on (DeleteVmInstance -> VmInstance). */
function paramInventory(catalog: Catalog, api: ApiSpec, name: string): string | undefined {
  if (name === 'uuid') {
    // The longest camel-case tail of the verb that names an inventory.
    const words = api.name.match(/[A-Z][a-z0-9]*/g) ?? [];
    for (let i = 1; i < words.length; i++) if (catalog.inventory(words.slice(i).join(''))) return words.slice(i).join('');
    return undefined;
  }
  return inventoryFromName(catalog, name);
}

// ---- wait: uuid= and field=value of one inventory ----

function waitWord(catalog: Catalog, inv: InventorySpec, args: readonly string[], current: string, values?: ValueSource): WordCompletion {
  const fields = waitFields(inv);
  const eq = current.indexOf('=');
  if (eq > 0) {
    const name = current.slice(0, eq);
    const field = fields.find((f) => f.name === name) ?? fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (!field) return result([]);
    return result(byPrefix(fieldValuePool(catalog, inv, field, values), current.slice(eq + 1)).map((c) => ({ ...c, value: current.slice(0, eq + 1) + c.value })));
  }
  const given = new Set(args.map((a) => a.slice(0, Math.max(0, a.indexOf('='))).toLowerCase()));
  return result(fields.filter((f) => !given.has(f.name.toLowerCase()) && startsWithCI(f.name, current)).map((f) => ({ value: `${f.name}=`, description: f.name === 'uuid' ? `the ${inv.name} to wait for (required)` : fieldDescription(f) })));
}

// ---- query verbs: conditions, expansions, special parameters ----

function queryWord(catalog: Catalog, root: InventorySpec, args: readonly string[], current: string, values?: ValueSource): WordCompletion {
  const eq = current.indexOf('=');
  const special = eq > 0 ? QUERY_SPECIALS.find((s) => s.toLowerCase() === current.slice(0, eq).toLowerCase()) : undefined;
  if (special) return specialValues(root, special, current.slice(0, eq + 1), current.slice(eq + 1));

  const fieldStage = FIELD_STAGE.exec(current);
  if (fieldStage) {
    const [, path, partial = ''] = fieldStage;
    const inv = path ? resolvePath(catalog, root, path.slice(0, -1)) : root;
    if (!inv) return result([]);
    const cands = fieldCandidates(inv, path, partial);
    if (!path) {
      const given = new Set(args.map((a) => a.slice(0, Math.max(0, a.indexOf('='))).toLowerCase()));
      // sort= and sortBy=/sortDirection= are two spellings of one choice: once one is given, not the other.
      if (given.has('sort')) given.add('sortby').add('sortdirection');
      if (given.has('sortby') || given.has('sortdirection')) given.add('sort');
      for (const s of QUERY_SPECIALS) {
        if (!given.has(s.toLowerCase()) && startsWithCI(s, partial)) cands.push({ value: `${s}=`, description: SPECIAL_DESC[s] });
      }
    }
    return result(cands);
  }

  const cond = CONDITION_STAGE.exec(current);
  if (!cond) return result([]);
  const [, fieldPath, rest] = cond;
  const dot = fieldPath.lastIndexOf('.');
  const inv = dot < 0 ? root : resolvePath(catalog, root, fieldPath.slice(0, dot));
  const fieldName = fieldPath.slice(dot + 1);
  const field = inv?.fields.find((f) => f.name === fieldName) ?? inv?.fields.find((f) => f.name.toLowerCase() === fieldName.toLowerCase());
  if (!inv || (!field && !(TAG_FIELDS as readonly string[]).includes(fieldName))) return result([]);
  const opText = OP_CHARS.exec(rest)![0];
  const op = FIELD_OPS.find((o) => rest.startsWith(o));
  const value = op ? rest.slice(op.length) : '';
  // Still choosing the operator: `cpuNum>` may become `cpuNum>=`, `name!` is the start of `!=`, `!?=` or `!~=`.
  if (!op || (value === '' && rest === opText && FIELD_OPS.some((o) => o !== op && o.startsWith(rest)))) {
    return result(operatorCandidates(fieldPath, field).filter((c) => c.value.startsWith(fieldPath + rest)), true);
  }
  if (!field) return result([]);
  const pool = fieldValuePool(catalog, inv, field, values);
  const head = fieldPath + op;
  if (op === '?=' || op === '!?=') return listValues(head, value, pool);
  if (op === '=' || op === '!=') return result(byPrefix(pool, value).map((c) => ({ ...c, value: head + c.value })));
  return result([]);
}

function fieldCandidates(inv: InventorySpec, path: string, partial: string): Candidate[] {
  const out: Candidate[] = [];
  for (const f of inv.fields) {
    if (!startsWithCI(f.name, partial)) continue;
    // A complete field name: offer its operators, so `cpuNum<Tab>` shows `cpuNum=`, `cpuNum>`, `cpuNum>=` ...
    if (f.name === partial) out.push(...operatorCandidates(path + f.name, f));
    else out.push({ value: `${path}${f.name}=`, description: fieldDescription(f) });
  }
  for (const t of TAG_FIELDS) if (startsWithCI(t, partial)) out.push({ value: `${path}${t}=`, description: TAG_DESC[t] });
  for (const e of inv.expand ?? []) if (!e.hidden && startsWithCI(e.name, partial)) out.push({ value: `${path}${e.name}.`, description: `related ${e.inventory}` });
  return out;
}

const TAG_DESC: Record<(typeof TAG_FIELDS)[number], string> = {
  __systemTag__: 'has system tag',
  __userTag__: 'has user tag',
  __tagUuid__: 'has a tag made from the tag pattern with this UUID',
};

const OP_DESC: Record<(typeof FIELD_OPS)[number], string> = {
  '=': 'equals',
  '!=': 'differs from',
  '>': 'greater than',
  '>=': 'at least',
  '<': 'less than',
  '<=': 'at most',
  '?=': 'is one of (a,b,c)',
  '!?=': 'is none of (a,b,c)',
  '~=': 'is like (% and _ wildcards)',
  '!~=': 'is not like',
};

// In the order a person reads them, not the parser's longest-first order.
const OP_ORDER = ['=', '!=', '>', '>=', '<', '<=', '?=', '!?=', '~=', '!~='] as const;

function operatorCandidates(fieldPath: string, field: FieldSpec | undefined): Candidate[] {
  const ordered = field?.type === 'boolean' ? (['=', '!='] as const) : OP_ORDER;
  return ordered.map((o) => ({ value: fieldPath + o, description: OP_DESC[o] }));
}

function fieldDescription(f: FieldSpec): string {
  if (f.desc) return f.desc;
  return f.validValues ? `${f.type}: ${f.validValues.join('|')}` : f.type;
}

/** Follows `zone.cluster` through the expansions; case-insensitive as a fallback for hand-typed paths. */
function resolvePath(catalog: Catalog, root: InventorySpec, path: string): InventorySpec | undefined {
  let inv: InventorySpec | undefined = root;
  for (const seg of path.split('.')) {
    const exp: ExpansionSpec | undefined = inv.expand?.find((e) => e.name === seg) ?? inv.expand?.find((e) => e.name.toLowerCase() === seg.toLowerCase());
    inv = exp && catalog.inventory(exp.inventory);
    if (!inv) return undefined;
  }
  return inv;
}

function fieldValuePool(catalog: Catalog, inv: InventorySpec, field: FieldSpec, values?: ValueSource): Candidate[] {
  const known = field.validValues ?? field.knownValues;
  if (known) return known.map((v) => ({ value: v }));
  if (field.type === 'boolean') return [{ value: 'true' }, { value: 'false' }];
  const target = fieldInventory(catalog, inv, field.name);
  return target ? liveUuids(values, target) : [];
}

/** The inventory whose UUIDs a field holds: `uuid` -> its own, `zoneUuid` -> the `zone` expansion's, else by name. */
export function fieldInventory(catalog: Catalog, inv: InventorySpec, name: string): string | undefined {
  if (name === 'uuid') return inv.name;
  const exp = inv.expand?.find((e) => e.localKey === name && e.foreignKey === 'uuid' && catalog.inventory(e.inventory));
  return exp?.inventory ?? inventoryFromName(catalog, name);
}

/** `l3NetworkUuid` -> L3Network, `defaultL3NetworkUuid` -> L3Network, `lastHostUuid` -> Host, `policyUuids` -> Policy. */
export function inventoryFromName(catalog: Catalog, name: string): string | undefined {
  const m = /^(.+)Uuids?$/.exec(name);
  if (!m) return undefined;
  // camelCase words, keeping digits with their word: default|L3|Network.
  const parts = m[1].match(/[A-Z]?[a-z0-9]+|[A-Z0-9]+(?![a-z])/g) ?? [];
  for (let i = 0; i < parts.length; i++) {
    const candidate = parts.slice(i).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    if (catalog.inventory(candidate)) return candidate;
  }
  return undefined;
}

/** A resource's UUIDs with their names as descriptions, by name (as a person looks for them: `vm-9` before `vm-10`;
 *  nameless ones last, then by UUID). */
function liveUuids(values: ValueSource | undefined, inventory: string): Candidate[] {
  return [...(values?.uuids(inventory) ?? [])].sort(byName).map((v) => ({ value: v.uuid, description: v.name }));
}

// Made on first use: most completions never sort names, and every Tab starts a process.
let nameOrder: Intl.Collator | undefined;
const byName = (a: LiveValue, b: LiveValue): number =>
  Number(a.name === undefined) - Number(b.name === undefined) ||
  (nameOrder ??= new Intl.Collator('en', { numeric: true })).compare(a.name ?? '', b.name ?? '') ||
  (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0);

function specialValues(inv: InventorySpec, special: (typeof QUERY_SPECIALS)[number], head: string, typed: string): WordCompletion {
  const own = inv.fields.map((f) => ({ value: f.name, description: fieldDescription(f) }));
  switch (special) {
    case 'sortBy':
    case 'groupBy':
      return result(byPrefix(own, typed).map((c) => ({ ...c, value: head + c.value })));
    case 'sortDirection':
      return result(byPrefix([{ value: 'asc' }, { value: 'desc' }], typed).map((c) => ({ value: head + c.value })));
    case 'sort': {
      // `sort=-cre` -> `sort=-createDate`; without a sign the fields themselves (ascending).
      const sign = typed[0] === '+' || typed[0] === '-' ? typed[0] : '';
      return result(byPrefix(own, typed.slice(sign.length)).map((c) => ({ ...c, value: head + sign + c.value })));
    }
    case 'count':
    case 'replyWithCount':
      return result(byPrefix([{ value: 'true' }, { value: 'false' }], typed).map((c) => ({ value: head + c.value })));
    case 'fields':
      return listValues(head, typed, own);
    default:
      return result([]);
  }
}

/** A comma-separated list: completes the last element, never offers one already in the list, and leaves the
 *  cursor after it (no space) so that `,` and the next element can follow. */
function listValues(head: string, typed: string, pool: readonly Candidate[]): WordCompletion {
  const comma = typed.lastIndexOf(',');
  const done = typed.slice(0, comma + 1);
  const partial = typed.slice(comma + 1);
  const taken = new Set(done.split(',').filter(Boolean));
  const cands = byPrefix(pool, partial)
    .filter((c) => !taken.has(c.value))
    .map((c) => ({ ...c, value: head + done + c.value }));
  return result(cands, true);
}

// ---- line-based wrapper ----

export interface SplitLine {
  /** Finished words, unquoted. */
  words: string[];
  /** The word under the cursor, unquoted ('' after whitespace). */
  current: string;
  /** Offset where the current word starts (its opening quote, if any). */
  currentStart: number;
  /** The text ends inside a `#` comment: nothing to complete there. */
  inComment?: boolean;
}

/** POSIX-shell-like splitting: whitespace separates words, '...' is literal, "..." honours \" \\ \$ \`, a backslash
 *  outside quotes escapes the next character. An unterminated quote simply runs to the end (the user is typing). */
export function splitLine(text: string): SplitLine {
  // One splitter for the whole tool (src/invocation/tokens.ts); here the last word is the one being completed,
  // unless the text ends in white space.
  const { words, comment } = splitWords(text);
  if (comment !== undefined) return { words: words.map((w) => w.text), current: '', currentStart: text.length, inComment: true };
  const last = words[words.length - 1];
  if (last && last.end === text.length) return { words: words.slice(0, -1).map((w) => w.text), current: last.text, currentStart: last.start };
  return { words: words.map((w) => w.text), current: '', currentStart: text.length };
}


/** Line-editor entry: completes the word that ends at `cursor`. */
export function complete(catalog: Catalog, line: string, cursor: number = line.length, options: CompleteOptions = {}): LineCompletion {
  const { words, current, currentStart, inComment } = splitLine(line.slice(0, cursor));
  if (inComment) return { candidates: [], noSpace: true, replaceFrom: cursor };
  const r = completeWords(catalog, words, current, options);
  return { candidates: r.candidates.map((c) => ({ ...c, value: quoteWord(c.value) })), noSpace: r.noSpace, replaceFrom: currentStart };
}
