// The query engine: what a real server does with `q=` conditions, paging, sorting and field selection, over the
// simulator's tables and the catalog's inventory metadata (the same expansions the CLI completes).
// Cross-resource conditions are evaluated inside out: the set of join values matching the inner condition is built
// once, then each outer row is one set lookup, so a 100k-row join costs two linear scans, not a nested loop.
import { TAG_FIELDS, type Catalog } from '../catalog/catalog.js';
import type { ExpansionSpec, FieldSpec, InventorySpec } from '../catalog/types.js';
import { parseDate } from './dates.js';
import { internalError, invalidArgument, RestFailure } from './errors.js';
import { SLICE_ROWS, type Work } from './limits.js';
import type { Rec, Ref, Store, Table } from './store.js';
import { javaBoolean, javaInteger, javaSplit, readCondition } from './wire.js';

export interface Condition {
  field: string;
  /** The server's operator names: `=`, `!=`, `>`, `in`, `not in`, `like`, `not like`, `is null`, `is not null`, ... */
  op: string;
  value?: string;
}

export interface QueryRequest {
  conditions: readonly Condition[];
  limit?: number;
  start?: number;
  count?: boolean;
  replyWithCount?: boolean;
  sortBy?: string;
  sortDirection?: 'asc' | 'desc';
  fields?: readonly string[];
  filterName?: string;
}

/** A query's parameters as the server's REST layer reads them: each name and its first value trimmed (every value
 *  of `q`, and of the name `""`, which the server takes for `q`); booleans the Java way; `limit`/`start` must be
 *  integers and `q` must hold an operator, else a plain-text 400 before the API runs. Other names are ignored
 *  (`sortBy`, `sortDirection`, `condition`, `groupBy` which the query engine never reads). */
export function readQueryRequest(search: URLSearchParams): QueryRequest {
  const req: { -readonly [K in keyof QueryRequest]: QueryRequest[K] } = { conditions: [] };
  const conditions: Condition[] = [];
  const seen = new Set<string>();
  for (const raw of search.keys()) {
    if (seen.has(raw)) continue;
    seen.add(raw);
    const all = search.getAll(raw);
    const name = raw.trim();
    const value = all[0].trim();
    const int = () => {
      const n = javaInteger(value);
      if (n === undefined) throw new RestFailure(400, `Invalid query parameter. '${name}' must be an integer`);
      return n;
    };
    if (name === 'limit') req.limit = int();
    else if (name === 'start') req.start = int();
    else if (name === 'count') req.count = javaBoolean(value);
    else if (name === 'replyWithCount') req.replyWithCount = javaBoolean(value);
    else if (name === 'filterName') req.filterName = value;
    else if (name === 'sort') {
      req.sortDirection = value.startsWith('-') ? 'desc' : 'asc';
      req.sortBy = value.replace(/^(\++|-+)/, '');
    } else if (name === 'q' || name === '') {
      for (const text of all) {
        const read = readCondition(text);
        if ('error' in read) throw new RestFailure(400, read.error);
        conditions.push(read);
      }
    } else if (name === 'fields') {
      const fields = javaSplit(value, ',').map((f) => f.trim());
      if (fields.length === 0) throw new RestFailure(400, "Invalid query parameter. 'fields' contains zero field");
      req.fields = fields;
    }
  }
  // Identical conditions are one (the server collects them in a set).
  const unique = new Map(conditions.map((c) => [`${c.field}\0${c.op}\0${c.value ?? ''}`, c]));
  req.conditions = [...unique.values()];
  return req;
}

/** A query's page as handles on its rows (see Table.refOf: a generated row costs no memory until it is written),
 *  and its total when asked for. */
export interface QueryResult {
  rows?: Ref[];
  total?: number;
}

export const DEFAULT_LIMIT = 1000;

type Pred = (r: Rec) => boolean;

export class QueryEngine {
  private readonly indexes = new Map<string, { stamp: number; map: Map<unknown, Rec[]> }>();

  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
  ) {}

  /** Runs a query on one inventory; `visible` restricts the primary rows (account scoping). Work in slices: it may
   *  pause every SLICE_ROWS rows it looks at (a count or a sort over a million generated rows takes a while). */
  *run(inventory: string, req: QueryRequest, visible?: Pred): Work<QueryResult> {
    const inv = this.inv(inventory);
    const preds: Pred[] = [];
    for (const c of req.conditions) preds.push(yield* this.pathPred(inv, c.field.split('.'), c.op, c.value ?? '', c.field));
    const sortKey = req.sortBy !== undefined ? this.sortKey(inv, req.sortBy) : undefined;
    if (req.fields) for (const f of req.fields) if (!inv.fields.some((x) => x.name === f)) throw unknownField(inv, f);
    if (req.filterName) {
      // The part before ':' names a filter; the open-source server registers none.
      if (javaSplit(req.filterName, ':').length < 2) throw invalidArgument('filterName must be formatted as [filterType:condition(s)]');
      throw internalError(`no query filter named '${req.filterName.split(':')[0]}'`);
    }
    const start = req.start ?? 0;
    const limit = req.limit ?? DEFAULT_LIMIT;
    // The REST layer passes negative numbers on; the database then refuses the SQL.
    if (start < 0 || limit < 0) throw internalError(`the database refuses LIMIT ${limit} OFFSET ${start}`);
    const all = visible ? [visible, ...preds] : preds;
    const keep = (r: Rec) => all.every((p) => p(r));
    const table = this.store.table(inventory);
    if (req.count) {
      // Every row counts: the table knows how many it has without making them.
      if (all.length === 0) return { total: table.size };
      let total = 0;
      yield* visit(table.scan(), (r) => {
        if (keep(r)) total++;
      });
      return { total };
    }
    if (sortKey) {
      const page = yield* this.sorted(table, keep, sortKey, req.sortDirection === 'desc' ? -1 : 1, start, limit);
      return req.replyWithCount ? page : { rows: page.rows };
    }
    // Without a total, stop scanning once the page is full.
    const rows: Ref[] = [];
    let skipped = 0;
    let total = 0;
    const early = !req.replyWithCount;
    // Nothing to filter: the offset is a position, and the table jumps to it.
    if (early && all.length === 0) skipped = start;
    yield* visit(table.scan(early && all.length === 0 ? start : 0), (r) => {
      if (!keep(r)) return true;
      total++;
      if (skipped < start) skipped++;
      else if (rows.length < limit) rows.push(table.refOf(r));
      else if (early) return false;
      return true;
    });
    return req.replyWithCount ? { rows, total } : { rows };
  }

  /** A sorted page: the first start+limit matching rows in sort order are kept in a heap (ties in table order, as a
   *  stable sort leaves them), so memory follows the page, not the table. */
  private *sorted(table: Table, keep: Pred, key: (r: Rec) => Scalar, dir: number, start: number, limit: number): Work<QueryResult> {
    const wanted = start + limit;
    const heap = new MaxHeap<{ key: Scalar; seq: number; ref: Ref }>((a, b) => compareScalars(a.key, b.key, dir) || a.seq - b.seq);
    let total = 0;
    yield* visit(table.scan(), (r) => {
      if (!keep(r)) return;
      const entry = { key: key(r), seq: total++, ref: table.refOf(r) };
      if (heap.size < wanted) heap.push(entry);
      else if (wanted > 0 && heap.compare(entry, heap.top!) < 0) heap.replaceTop(entry);
    });
    const order: Ref[] = new Array<Ref>(heap.size);
    for (let i = heap.size - 1; i >= 0; i--) {
      if (i % SLICE_ROWS === 0) yield;
      order[i] = heap.pop()!.ref;
    }
    return { rows: order.slice(start), total };
  }

  /** The metadata of an inventory; the simulator only queries inventories the catalog knows. */
  inv(name: string): InventorySpec {
    const inv = this.catalog.inventory(name);
    if (!inv) throw invalidArgument(`unknown inventory ${name}`);
    return inv;
  }

  /** Rows of `to` joined to `rec` of `from` through an expansion (an alias follows its path of expansions). */
  joined(from: InventorySpec, rec: Rec, exp: ExpansionSpec): Rec[] {
    if (exp.via) {
      let rows = [rec];
      let at = from;
      for (const step of exp.via) {
        const e = at.expand?.find((x) => x.name === step);
        if (!e) return [];
        rows = rows.flatMap((r) => this.joined(at, r, e));
        at = this.inv(e.inventory);
      }
      return rows;
    }
    const [localKey, foreignKey] = keysOf(exp);
    const table = this.store.table(exp.inventory);
    const direct = table.canLookup(foreignKey);
    const index = direct ? undefined : this.index(exp.inventory, foreignKey);
    const out: Rec[] = [];
    for (const v of this.valuesOf(from, rec, localKey)) for (const r of index ? (index.get(v) ?? []) : table.lookup(foreignKey, v)) out.push(r);
    return out;
  }

  private *pathPred(inv: InventorySpec, path: string[], op: string, value: string, whole: string): Work<Pred> {
    const [head, ...rest] = path;
    if (rest.length === 0) return yield* this.fieldPred(inv, head, op, value, whole);
    const exp = inv.expand?.find((e) => e.name === head);
    if (!exp) throw unknownField(inv, whole);
    // An alias (`cluster` = `clusterRef.cluster`) is its path of expansions.
    if (exp.via) return yield* this.pathPred(inv, [...exp.via, ...rest], op, value, whole);
    const [localKey, foreignKey] = keysOf(exp);
    const target = this.inv(exp.inventory);
    const inner = yield* this.pathPred(target, rest, op, value, whole);
    const table = this.store.table(target.name);
    // A generated (large) table that can look up the join key is probed per outer row: a page that stops early
    // then touches a few thousand rows instead of generating the whole table.
    if (table.source && table.canLookup(foreignKey)) {
      return (r) => this.valuesOf(inv, r, localKey).some((v) => table.lookup(foreignKey, v).some(inner));
    }
    const keys = new Set<unknown>();
    yield* visit(table.scan(), (r) => {
      if (inner(r)) for (const v of this.valuesOf(target, r, foreignKey)) keys.add(v);
    });
    return (r) => this.valuesOf(inv, r, localKey).some((v) => keys.has(v));
  }

  private *fieldPred(inv: InventorySpec, name: string, op: string, value: string, whole: string): Work<Pred> {
    if ((TAG_FIELDS as readonly string[]).includes(name)) return yield* this.tagPred(name, op, value);
    const spec = inv.fields.find((f) => f.name === name);
    if (!spec) throw unknownField(inv, whole);
    const test = compare(spec, op, value, whole);
    return (r) => test(r[name]);
  }

  /** Tag pseudo-fields: the resource matches when one of its tags does (`__tagUuid__`: a user tag made from that tag
   *  pattern); negative operators mean "has no such tag". */
  private *tagPred(name: string, op: string, value: string): Work<Pred> {
    const column = name === '__tagUuid__' ? 'tagPatternUuid' : 'tag';
    const spec: FieldSpec = { name: column, type: 'string' };
    const negate: Record<string, string> = { '!=': '=', 'not in': 'in', 'not like': 'like' };
    const tagged = new Set<unknown>();
    const positive = op === 'is null' || op === 'is not null' ? undefined : compare(spec, negate[op] ?? op, value, name);
    yield* visit(this.store.table(name === '__systemTag__' ? 'SystemTag' : 'UserTag').scan(), (t) => {
      if (!positive || positive(t[column])) tagged.add(t.resourceUuid);
    });
    const wantTagged = !(op in negate) && op !== 'is null';
    return (r) => tagged.has(r.uuid) === wantTagged;
  }

  /** The values a join key takes on a row: a field, the elements of a `*Uuids` list, or values through an expansion. */
  private valuesOf(inv: InventorySpec, rec: Rec, key: string): unknown[] {
    const dot = key.indexOf('.');
    if (dot < 0) {
      const v = rec[key];
      return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
    }
    const exp = inv.expand?.find((e) => e.name === key.slice(0, dot));
    if (!exp) return [];
    const target = this.inv(exp.inventory);
    return this.joined(inv, rec, exp).flatMap((r) => this.valuesOf(target, r, key.slice(dot + 1)));
  }

  /** value -> rows of `inventory` whose `key` takes that value; rebuilt when any table changed. */
  private index(inventory: string, key: string): Map<unknown, Rec[]> {
    const stamp = this.stamp(inventory, key);
    const id = `${inventory}|${key}`;
    const cached = this.indexes.get(id);
    if (cached && cached.stamp === stamp) return cached.map;
    const inv = this.inv(inventory);
    const map = new Map<unknown, Rec[]>();
    for (const r of this.store.table(inventory).scan()) {
      for (const v of this.valuesOf(inv, r, key)) {
        const list = map.get(v);
        if (list) list.push(r);
        else map.set(v, [r]);
      }
    }
    this.indexes.set(id, { stamp, map });
    return map;
  }

  /** Sum of the versions of the tables an index reads (the inventory and those a dotted key walks through):
   *  versions only grow, so any change to one of them changes the sum. */
  private stamp(inventory: string, key: string): number {
    let s = this.store.table(inventory).version;
    let inv = this.catalog.inventory(inventory);
    for (const step of key.split('.').slice(0, -1)) {
      const exp = inv?.expand?.find((e) => e.name === step);
      if (!exp) break;
      s += this.store.table(exp.inventory).version;
      inv = this.catalog.inventory(exp.inventory);
    }
    return s;
  }

  private sortKey(inv: InventorySpec, name: string): (r: Rec) => Scalar {
    const spec = inv.fields.find((f) => f.name === name);
    if (!spec) throw unknownField(inv, name);
    return (r) => typed(spec, r[name]);
  }
}

/** Sort order of two typed values (a missing value first, ascending). */
function compareScalars(x: Scalar, y: Scalar, dir: number): number {
  if (x === y) return 0;
  if (x === undefined) return -dir;
  if (y === undefined) return dir;
  return (x < y ? -1 : 1) * dir;
}

/** A binary heap with the greatest element (by `compare`) on top. */
class MaxHeap<T> {
  private readonly items: T[] = [];

  constructor(readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  get top(): T | undefined {
    return this.items[0];
  }

  push(x: T): void {
    const a = this.items;
    let i = a.push(x) - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (this.compare(a[up], x) >= 0) break;
      a[i] = a[up];
      i = up;
    }
    a[i] = x;
  }

  replaceTop(x: T): void {
    this.items[0] = x;
    this.down();
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      this.down();
    }
    return top;
  }

  private down(): void {
    const a = this.items;
    const x = a[0];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= a.length) break;
      if (child + 1 < a.length && this.compare(a[child + 1], a[child]) > 0) child++;
      if (this.compare(a[child], x) <= 0) break;
      a[i] = a[child];
      i = child;
    }
    a[i] = x;
  }
}

/** Calls `each` on rows until it returns false, pausing every SLICE_ROWS rows. */
function* visit(rows: Iterable<Rec>, each: (r: Rec) => boolean | void): Work<void> {
  let seen = 0;
  for (const r of rows) {
    if (++seen % SLICE_ROWS === 0) yield;
    if (each(r) === false) return;
  }
}

/** The join keys of a plain expansion (an alias has none: it goes through others). */
const keysOf = (exp: ExpansionSpec): [string, string] => [exp.localKey ?? 'uuid', exp.foreignKey ?? 'uuid'];

/** An unknown field fails deep in the real query engine: an internal error, not an argument error. */
function unknownField(inv: InventorySpec, field: string) {
  return internalError(`the query field '${field}' is not a field of ${inv.name}Inventory nor a path through its expanded queries`);
}

export function pick(r: Rec, fields: readonly string[]): Rec {
  const out: Rec = {};
  for (const f of fields) if (f in r) out[f] = r[f];
  return out;
}

type Scalar = string | number | boolean | undefined;

/** A stored value as the field's type compares it: numbers numerically, timestamps as epoch milliseconds, strings
 *  without case. */
function typed(spec: FieldSpec, v: unknown): Scalar {
  if (v === undefined || v === null) return undefined;
  switch (spec.type) {
    case 'integer':
    case 'long':
    case 'float':
      return typeof v === 'number' ? v : Number(v);
    case 'boolean':
      return typeof v === 'boolean' ? v : String(v) === 'true';
    case 'timestamp':
      return parseDate(v);
    default:
      return foldCase(String(v));
  }
}

/** Strings compare case-insensitively (=, !=, ?=, <, >, sorting), as MySQL's default collation does. */
const foldCase = (s: string): string => s.toLowerCase();

/** A condition's value text as the field's type reads it; a number field given text is an argument error. */
function parseValue(spec: FieldSpec, text: string, whole: string): Scalar {
  const t = spec.type;
  if (t === 'integer' || t === 'long' || t === 'float') {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) throw internalError(`the value '${text}' of '${whole}' is not a number`);
    return n;
  }
  if (t === 'boolean') {
    return javaBoolean(text);
  }
  if (t === 'timestamp') {
    const n = parseDate(text);
    if (!Number.isFinite(n)) throw internalError(`the value '${text}' of '${whole}' is not a timestamp`);
    return n;
  }
  return foldCase(text);
}

/** SQL LIKE: `%` any run, `_` one character, case-insensitive as MySQL's default collation compares. Matched
 *  without backtracking: the pattern is cut at each `%`; the first piece must start the text, the last must end it, and
 *  each piece between is taken at its first place after the previous one (taking the first place never loses a
 *  match). At most one pass of the text per piece, whatever the pattern: `%a%a%a%a%b` over a long value costs what
 *  `%b` does, where a regular expression tried every way to split the text. */
export function likeMatcher(pattern: string): (text: string) => boolean {
  const pieces = foldCase(pattern).split('%');
  // `_` is one character: a code point, so texts or patterns with surrogate pairs are compared as code points.
  const wide = pieces.some(hasSurrogates);
  const pointPieces = pieces.map((p) => Array.from(p));
  return (given) => {
    const text = foldCase(given);
    return wide || hasSurrogates(text) ? likeMatches(Array.from(text), pointPieces) : likeMatches(text, pieces);
  };
}

const hasSurrogates = (s: string): boolean => /[\uD800-\uDFFF]/.test(s);

/** A text (string or code points) against the pieces of a LIKE pattern between its `%`s. */
function likeMatches<S extends string | readonly string[]>(text: S, pieces: readonly S[]): boolean {
  const first = pieces[0];
  if (pieces.length === 1) return text.length === first.length && fitsAt(text, 0, first);
  const last = pieces[pieces.length - 1];
  const end = text.length - last.length;
  if (end < first.length || !fitsAt(text, 0, first) || !fitsAt(text, end, last)) return false;
  let at = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const found = firstFit(text, pieces[i], at, end - pieces[i].length);
    if (found < 0) return false;
    at = found + pieces[i].length;
  }
  return true;
}

/** Whether a piece (where `_` stands for any character) matches the text at a position. */
function fitsAt(text: string | readonly string[], at: number, piece: string | readonly string[]): boolean {
  for (let j = 0; j < piece.length; j++) if (piece[j] !== '_' && piece[j] !== text[at + j]) return false;
  return true;
}

/** The first position from `from` to `to` where the piece matches, or -1. */
function firstFit(text: string | readonly string[], piece: string | readonly string[], from: number, to: number): number {
  if (typeof text === 'string' && typeof piece === 'string' && !piece.includes('_')) {
    const i = text.indexOf(piece, from);
    return i <= to ? i : -1;
  }
  for (let i = from; i <= to; i++) if (fitsAt(text, i, piece)) return i;
  return -1;
}

function compare(spec: FieldSpec, op: string, value: string, whole: string): (v: unknown) => boolean {
  // List-valued fields (e.g. SchedulerJob triggersUuid) match when any element does.
  const each = (test: (x: Scalar) => boolean) => (v: unknown) =>
    Array.isArray(v) ? v.some((x) => test(typed(spec, x))) : test(typed(spec, v));
  switch (op) {
    case 'is null':
      return (v) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
    case 'is not null':
      return (v) => !(v === undefined || v === null || (Array.isArray(v) && v.length === 0));
    case '=':
    case '!=': {
      const want = parseValue(spec, value, whole);
      const eq = each((x) => x === want);
      return op === '=' ? eq : (v) => v !== undefined && v !== null && !eq(v);
    }
    case '>':
    case '<':
    case '>=':
    case '<=': {
      const want = parseValue(spec, value, whole) as string | number;
      const cmp = (x: Scalar) =>
        x !== undefined && (op === '>' ? x > want : op === '<' ? x < want : op === '>=' ? x >= want : x <= want);
      return each(cmp);
    }
    case 'in':
    case 'not in': {
      const set = new Set(value.split(',').map((s) => parseValue(spec, s, whole)));
      const inSet = each((x) => set.has(x));
      return op === 'in' ? inSet : (v) => v !== undefined && v !== null && !inSet(v);
    }
    case 'like':
    case 'not like': {
      const matches = likeMatcher(value);
      const like = each((x) => x !== undefined && matches(String(x)));
      return op === 'like' ? like : (v) => v !== undefined && v !== null && !like(v);
    }
    default:
      throw invalidArgument(`unknown query operator '${op}' in '${whole}'`);
  }
}
