// Reading a server's own API definitions: the `zssdk.py` a management node ships (one class per API) and,
// optionally, the classic zstack-cli's `inventory.py` query metadata (formats: shared/docs/zstack-rest.md).
// Pure: text in, generated records and a report out. A file of another format or a broken one is an error that names
// the line.
import type { Catalog } from './catalog.js';
import type { GeneratedApi, GeneratedCatalog, GeneratedInventory, GeneratedParam } from './merge.js';

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

export interface ImportReport {
  apis: number;
  inventories: number;
  /** What was left out, and why. */
  skipped: string[];
}

/** Parameters every SDK action carries; the tool adds tags itself and handles sessions and keys. */
const COMMON = new Set(['systemTags', 'userTags', 'sessionId', 'accessKeyId', 'accessKeySecret', 'requestIp']);
/** The special parameters of QueryAction (conditions, paging, ...): the tool's query grammar covers them. */
const QUERY_SPECIAL = new Set(['conditions', 'limit', 'start', 'count', 'groupBy', 'replyWithCount', 'sortBy', 'sortDirection', 'fields', 'filterName']);

export type SourceKind = 'zssdk' | 'inventory';

/** Which of the two formats a file is, from its content; undefined for anything else. */
export function detectKind(text: string): SourceKind | undefined {
  if (/^class \w+Action\((AbstractAction|QueryAction)\):/m.test(text)) return 'zssdk';
  if (/^class QueryObject\w+Inventory\(object\):/m.test(text) || /^queryMessageInventoryMap\s*=/m.test(text)) return 'inventory';
  return undefined;
}

// ---- Python literals: the values of ParamAnnotation(...) and the lists of inventory.py ----

type PyValue = string | number | boolean | null | PyValue[];

/** Splits `a=1, b=[1, 2], c='x,y'` at the commas that are not inside brackets or quotes. */
function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      cur += ch;
      if (ch === '\\') cur += text[++i] ?? '';
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '[' || ch === '(' || ch === '{') depth++;
    else if (ch === ']' || ch === ')' || ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function pyLiteral(text: string): PyValue {
  const t = text.trim();
  if (t === 'True') return true;
  if (t === 'False') return false;
  if (t === 'None') return null;
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?[lL]?$/.test(t)) return Number(t.replace(/[lL]$/, ''));
  const str = /^[ruRU]*(['"])([\s\S]*)\1$/.exec(t);
  if (str) return /^[rR]/.test(t) ? str[2] : str[2].replace(/\\(.)/g, '$1');
  if (t.startsWith('[') && t.endsWith(']')) return splitTop(t.slice(1, -1)).map(pyLiteral);
  throw new Error(`not a Python literal: ${t.length > 60 ? `${t.slice(0, 60)}...` : t}`);
}

// ---- zssdk.py ----

/** The API classes of a zssdk.py. `known`: the built-in catalog, for parameter types (zssdk.py has none) and for the
 *  inventories of query verbs that inventory.py does not map. */
export function parseZssdk(file: string, text: string, known?: Catalog): { apis: GeneratedApi[]; skipped: string[] } {
  const lines = text.split('\n');
  const apis = new Map<string, { api: GeneratedApi; line: number }>();
  const skipped: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^class (\w+)Action\((AbstractAction|QueryAction)\):\s*$/.exec(lines[i]);
    if (!head || head[1] === 'Query') continue; // QueryAction itself is the SDK's base class, not an API
    const start = i + 1;
    const [, name, base] = head;
    const attrs: Record<string, PyValue> = {};
    let params: GeneratedParam[] | undefined;
    for (i++; i < lines.length && (lines[i].trim() === '' || /^\s/.test(lines[i])); i++) {
      const line = lines[i];
      const attr = /^ {4}([A-Z_]+)\s*=\s*(.*?)\s*$/.exec(line);
      if (!attr) continue;
      if (attr[1] !== 'PARAMS') {
        try {
          attrs[attr[1]] = pyLiteral(attr[2]);
        } catch (e) {
          throw new ImportError(file, i + 1, `${name}Action.${attr[1]}: ${(e as Error).message}`);
        }
        continue;
      }
      if (attr[2] !== '{') throw new ImportError(file, i + 1, `${name}Action: PARAMS should open a dict ('PARAMS = {'), found '${attr[2]}'`);
      params = [];
      for (i++; ; i++) {
        if (i >= lines.length) throw new ImportError(file, lines.length, `${name}Action: PARAMS is not closed (is the file truncated?)`);
        const pl = lines[i].trim();
        if (pl === '}') break;
        if (pl === '') continue;
        const p = /^'(\w+)'\s*:\s*ParamAnnotation\((.*)\),?$/.exec(pl);
        if (!p) throw new ImportError(file, i + 1, `${name}Action: a parameter should read 'name': ParamAnnotation(...), found '${pl.slice(0, 80)}'`);
        if (COMMON.has(p[1]) || (base === 'QueryAction' && QUERY_SPECIAL.has(p[1]))) continue;
        try {
          params.push(param(name, p[1], p[2], known));
        } catch (e) {
          throw new ImportError(file, i + 1, `${name}Action.${p[1]}: ${(e as Error).message}`);
        }
      }
    }
    i--;
    const method = attrs.HTTP_METHOD;
    const path = attrs.PATH;
    if (typeof method !== 'string' || typeof path !== 'string' || !params) {
      const missing = [typeof method !== 'string' && 'HTTP_METHOD', typeof path !== 'string' && 'PATH', !params && 'PARAMS'].filter(Boolean).join(', ');
      if (i + 1 >= lines.length) throw new ImportError(file, start, `${name}Action ends without ${missing} (is the file truncated?)`);
      skipped.push(`${name} (line ${start}): no ${missing}`);
      continue;
    }
    const builtin = known?.find(name);
    const query = base === 'QueryAction' ? (builtin?.query ?? queryInventoryName(name)) : undefined;
    if (apis.has(name)) skipped.push(`${name} (line ${apis.get(name)!.line}): defined again at line ${start}; the later one is used`);
    apis.set(name, {
      line: start,
      api: {
        name,
        family: builtin?.family ?? familyFromPath(path),
        method: method.toUpperCase(),
        path,
        ...(typeof attrs.PARAM_NAME === 'string' ? { bodyKey: attrs.PARAM_NAME } : {}),
        ...(attrs.NEED_SESSION === false ? { session: false } : {}),
        async: attrs.NEED_POLL === true,
        ...(query ? { query } : {}),
        params,
      },
    });
  }
  if (!apis.size) throw new ImportError(file, 1, 'no API classes (class XxxAction(AbstractAction)) found: is this a zssdk.py?');
  return { apis: [...apis.values()].map((a) => a.api), skipped };
}

const queryInventoryName = (verb: string): string => verb.replace(/^Query/, '');

/** `/vm-instances/{uuid}/actions` -> `vm-instances`. */
const familyFromPath = (path: string): string => path.split('/').filter(Boolean)[0]?.replace(/[^a-z0-9-]/gi, '') || 'other';

const PARAM_KEYS: Record<string, (p: GeneratedParam, v: PyValue) => void> = {
  required: (p, v) => {
    if (v === true) p.required = true;
  },
  valid_values: (p, v) => {
    if (Array.isArray(v) && v.length) p.validValues = v.map(String);
  },
  valid_regex_values: (p, v) => {
    if (typeof v === 'string' && v) p.validRegexValues = v;
  },
  max_length: (p, v) => {
    if (typeof v === 'number') p.maxLength = v;
  },
  min_length: (p, v) => {
    if (typeof v === 'number') p.minLength = v;
  },
  non_empty: (p, v) => {
    if (v === true) p.nonEmpty = true;
  },
  null_elements: () => {},
  empty_string: (p, v) => {
    if (v === false) p.emptyString = false;
  },
  number_range: (p, v) => {
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number') {
      p.numberRange = [v[0], v[1]];
      if (p.type === 'string') p.type = 'long'; // a range makes it a number, which zssdk.py does not say otherwise
    }
  },
  no_trim: () => {},
};

function param(api: string, name: string, args: string, known?: Catalog): GeneratedParam {
  const builtin = known?.find(api)?.params.find((p) => p.name === name);
  const p: GeneratedParam = { name, type: builtin?.type ?? guessType(name) };
  for (const kv of splitTop(args)) {
    const m = /^(\w+)\s*=\s*([\s\S]+)$/.exec(kv);
    if (!m) throw new Error(`'${kv}' is not keyword=value`);
    const set = PARAM_KEYS[m[1]];
    if (!set) throw new Error(`unknown ParamAnnotation keyword '${m[1]}'`);
    set(p, pyLiteral(m[2]));
  }
  return p;
}

/** zssdk.py carries no types: a list by its name (`l3NetworkUuids`), else a string. */
const guessType = (name: string): string => (/(Uuids|Tags|Ids|Names|List)$/.test(name) ? 'list' : 'string');

// ---- inventory.py ----

/** The query metadata of inventory.py: inventories with their fields and related inventories, and which query
 *  message searches which inventory. */
export function parseInventoryPy(file: string, text: string, known?: Catalog): { inventories: GeneratedInventory[]; queries: Map<string, string>; skipped: string[] } {
  const lines = text.split('\n');
  const inventories = new Map<string, GeneratedInventory>();
  const queries = new Map<string, string>();
  const skipped: string[] = [];
  let apiMessages = 0;
  const listAt = (i: number, what: string): { value: PyValue | Record<string, string>; end: number } => {
    // A list or dict may run over several lines: collect to its closing bracket.
    let text = lines[i].slice(lines[i].indexOf('=') + 1).trim();
    let end = i;
    const open = text[0];
    const close = open === '[' ? ']' : '}';
    while (!balanced(text, open, close)) {
      if (++end >= lines.length) throw new ImportError(file, i + 1, `${what} is not closed (is the file truncated?)`);
      text += ` ${lines[end].trim()}`;
    }
    try {
      return { value: open === '[' ? pyLiteral(text) : pyDict(text), end };
    } catch (e) {
      throw new ImportError(file, i + 1, `${what}: ${(e as Error).message}`);
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const cls = /^class QueryObject(\w+)Inventory\(object\):\s*$/.exec(lines[i]);
    if (cls) {
      const name = cls[1];
      const inv: GeneratedInventory = { name, fields: [] };
      const targets: Record<string, string> = {};
      let expanded: string[] = [];
      for (i++; i < lines.length && (lines[i].trim() === '' || /^\s/.test(lines[i])); i++) {
        const m = /^\s+(PRIMITIVE_FIELDS|EXPANDED_FIELDS|QUERY_OBJECT_MAP)\s*=/.exec(lines[i]);
        if (!m) continue;
        const { value, end } = listAt(i, `QueryObject${name}Inventory.${m[1]}`);
        i = end;
        if (m[1] === 'PRIMITIVE_FIELDS') {
          const builtin = known?.inventory(name);
          inv.fields = (value as string[])
            .filter((f) => !f.startsWith('__'))
            .map((f) => ({ name: f, type: builtin?.fields.find((x) => x.name === f)?.type ?? 'string' }));
        } else if (m[1] === 'EXPANDED_FIELDS') expanded = value as string[];
        else Object.assign(targets, value as unknown as Record<string, string>);
      }
      i--;
      const builtin = known?.inventory(name);
      inv.expand = expanded.flatMap((e) => {
        const target = /^QueryObject(\w+)Inventory$/.exec(targets[e] ?? '')?.[1];
        if (!target) {
          skipped.push(`${name}.${e}: no inventory in QUERY_OBJECT_MAP`);
          return [];
        }
        const same = builtin?.expand?.find((x) => x.name === e && !x.via);
        return [{ name: e, inventory: target, localKey: same?.localKey ?? '', foreignKey: same?.foreignKey ?? '' }];
      });
      inventories.set(name, inv);
      continue;
    }
    if (/^queryMessageInventoryMap\s*=/.test(lines[i])) {
      const { value, end } = listAt(i, 'queryMessageInventoryMap');
      i = end;
      for (const [msg, cls] of Object.entries(value as unknown as Record<string, string>)) {
        const verb = /^API(Query\w+)Msg$/.exec(msg)?.[1];
        const inv = /^QueryObject(\w+)Inventory$/.exec(cls)?.[1];
        if (verb && inv) queries.set(verb, inv);
        else skipped.push(`queryMessageInventoryMap: '${msg}' -> '${cls}' is not a query message and an inventory class`);
      }
      continue;
    }
    if (/^class API\w+Msg\(object\):/.test(lines[i])) apiMessages++;
  }
  if (apiMessages) skipped.push(`${apiMessages} API message classes (their parameters come from zssdk.py)`);
  if (!inventories.size && !queries.size) throw new ImportError(file, 1, 'no QueryObject...Inventory classes and no queryMessageInventoryMap found: is this an inventory.py?');
  // Targets that the file names but does not define cannot be joined.
  for (const inv of inventories.values()) {
    inv.expand = inv.expand?.filter((e) => {
      if (inventories.has(e.inventory) || known?.inventory(e.inventory)) return true;
      skipped.push(`${inv.name}.${e.name}: its inventory ${e.inventory} is not defined`);
      return false;
    });
  }
  return { inventories: [...inventories.values()], queries, skipped };
}

function balanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  let quote = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === open) depth++;
    else if (ch === close) depth--;
  }
  return depth === 0 && text.includes(open);
}

/** `{'a' : 'X', 'b': Y}` (values may be bare names, as inventory.py writes class references). */
function pyDict(text: string): Record<string, string> {
  const body = text.trim().replace(/^\{|\},?$/g, '');
  const out: Record<string, string> = {};
  for (const entry of splitTop(body)) {
    const m = /^(['"])(.+?)\1\s*:\s*(.+)$/.exec(entry.trim());
    if (!m) throw new Error(`not a 'key': value entry: ${entry.slice(0, 60)}`);
    const v = m[3].trim();
    out[m[2]] = /^['"]/.test(v) ? String(pyLiteral(v)) : v;
  }
  return out;
}

/** Both files into one set of generated records: inventory.py's query mapping wins over the verb-name guess. */
export function importCatalog(sources: ReadonlyArray<{ file: string; text: string }>, known?: Catalog): { catalog: GeneratedCatalog; report: ImportReport } {
  const apis: GeneratedApi[] = [];
  const inventories: GeneratedInventory[] = [];
  const queries = new Map<string, string>();
  const skipped: string[] = [];
  for (const { file, text } of sources) {
    const kind = detectKind(text);
    if (!kind) {
      const first = text.split('\n').findIndex((l) => l.trim() !== '');
      throw new ImportError(file, first + 1, "neither a zssdk.py (class XxxAction(AbstractAction)) nor an inventory.py (class QueryObjectXxxInventory(object))");
    }
    if (kind === 'zssdk') {
      const r = parseZssdk(file, text, known);
      apis.push(...r.apis);
      skipped.push(...r.skipped);
    } else {
      const r = parseInventoryPy(file, text, known);
      inventories.push(...r.inventories);
      for (const [k, v] of r.queries) queries.set(k, v);
      skipped.push(...r.skipped);
    }
  }
  if (!apis.length) throw new ImportError(sources[0]?.file ?? '-', 1, 'no zssdk.py among the files: inventory.py alone describes no APIs');
  const defined = new Set(inventories.map((i) => i.name));
  for (const api of apis) {
    if (!api.query) continue;
    api.query = queries.get(api.name) ?? api.query;
    if (!defined.has(api.query)) {
      const builtin = known?.inventory(api.query);
      if (builtin) {
        inventories.push({ name: builtin.name, fields: builtin.fields.map((f) => ({ name: f.name, type: f.type, ...(f.validValues ? { validValues: [...f.validValues] } : {}) })) });
      } else {
        skipped.push(`${api.name}: no query metadata for ${api.query} (give inventory.py; until then its conditions need --allow-unknown)`);
        inventories.push({ name: api.query, fields: [] });
      }
      defined.add(api.query);
    }
  }
  // Joins into inventories defined neither here nor built in are dropped above; joins into built-in ones need them.
  for (const inv of [...inventories]) {
    for (const e of inv.expand ?? []) {
      if (!defined.has(e.inventory)) {
        const builtin = known?.inventory(e.inventory);
        if (builtin) inventories.push({ name: builtin.name, fields: builtin.fields.map((f) => ({ name: f.name, type: f.type })) });
        defined.add(e.inventory);
      }
    }
  }
  return { catalog: { apis, inventories }, report: { apis: apis.length, inventories: inventories.length, skipped } };
}
