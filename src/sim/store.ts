// The simulator's state: one table per inventory, holding records shaped exactly as the real API returns them,
// plus what the real server keeps outside inventories (password digests, ownership, access keys).
import { randomUUID } from 'node:crypto';

export type Rec = Record<string, unknown>;

/** Rows produced on demand from their index (the `scale:N` data set), so a million VMs need no memory until touched. */
export interface RowSource {
  readonly count: number;
  uuidAt(i: number): string;
  /** The index of a generated uuid, or -1. */
  indexOf(uuid: string): number;
  gen(i: number): Rec;
  /** Fields the source can look up without a scan (a generated NIC's `vmInstanceUuid` follows from its index). */
  readonly lookupFields?: readonly string[];
  /** Indexes of the generated rows whose field, as generated, equals the value. */
  lookup?(field: string, value: unknown): number[];
}

/** A handle on a row (Table.refOf): a generated row's index (it is made again when needed), or a stored record. */
export type Ref = number | Rec;

export const newUuid = (): string => randomUUID().replace(/-/g, '');

/** The key of a record: its uuid, its numeric id, or (reference rows) the values that identify it. */
export function keyOf(rec: Rec): string {
  if (typeof rec.uuid === 'string') return rec.uuid;
  if (rec.id !== undefined) return `#${String(rec.id)}`;
  return Object.keys(rec)
    .filter((k) => k.endsWith('Uuid') || k === 'name')
    .sort()
    .map((k) => `${k}=${String(rec[k])}`)
    .join('&');
}

export class Table {
  /** Bumped on every change; indexes built over the table are valid for one version. */
  version = 0;
  private readonly rows = new Map<string, Rec>();
  private readonly removed = new Set<string>();

  constructor(
    readonly inventory: string,
    readonly source?: RowSource,
  ) {}

  get(key: string): Rec | undefined {
    const own = this.rows.get(key);
    if (own || !this.source || this.removed.has(key)) return own;
    const i = this.source.indexOf(key);
    return i >= 0 ? this.source.gen(i) : undefined;
  }

  /** A handle on a row this table yielded that costs (almost) no memory for a generated row: its index. */
  refOf(rec: Rec): Ref {
    const i = this.source && typeof rec.uuid === 'string' && !this.rows.has(rec.uuid) ? this.source.indexOf(rec.uuid) : -1;
    return i >= 0 ? i : rec;
  }

  /** The row behind a handle: the stored version if there is one now, else the row as generated. */
  row(ref: Ref): Rec {
    if (typeof ref !== 'number') return ref;
    const src = this.source!;
    return this.rows.get(src.uuidAt(ref)) ?? src.gen(ref);
  }

  /** Rows whose field equals the value: looked up where the table can (a generated NIC by its VM), else a scan. */
  where(field: string, value: unknown): Rec[] {
    return this.canLookup(field) ? this.lookup(field, value) : this.filter((r) => r[field] === value);
  }

  /** Whether lookup() answers this field without a scan. */
  canLookup(field: string): boolean {
    return field === 'uuid' || (this.source?.lookupFields?.includes(field) ?? false);
  }

  /** Rows whose field equals the value, for a field canLookup() accepts; materialised rows override generated ones. */
  lookup(field: string, value: unknown): Rec[] {
    if (field === 'uuid') {
      const r = this.get(String(value));
      return r ? [r] : [];
    }
    const src = this.source!;
    const out: Rec[] = [];
    const seen = new Set<string>();
    for (const i of src.lookup!(field, value)) {
      const uuid = src.uuidAt(i);
      seen.add(uuid);
      if (this.removed.has(uuid)) continue;
      const r = this.rows.get(uuid) ?? src.gen(i);
      if (r[field] === value) out.push(r);
    }
    // Materialised rows are few (what the API changed), so checking them all is cheap.
    for (const [key, r] of this.rows) if (!seen.has(key) && r[field] === value) out.push(r);
    return out;
  }

  /** Every row, in a stable order. `skip` rows are passed over without being made: a deep page of generated rows
   *  (start=900000) starts at its own index instead of generating everything before it. */
  *scan(skip = 0): IterableIterator<Rec> {
    const src = this.source;
    let first = 0;
    // Generated rows can be jumped over only while none before them was removed (they would shift the count).
    if (src && this.removed.size === 0) {
      first = Math.min(skip, src.count);
      skip -= first;
    }
    if (src) {
      for (let i = first; i < src.count; i++) {
        const uuid = src.uuidAt(i);
        if (this.removed.has(uuid)) continue;
        if (skip > 0) {
          skip--;
          continue;
        }
        yield this.rows.get(uuid) ?? src.gen(i);
      }
    }
    for (const [key, rec] of this.rows) {
      if (src && src.indexOf(key) >= 0) continue;
      if (skip > 0) skip--;
      else yield rec;
    }
  }

  get size(): number {
    let n = this.rows.size + (this.source ? this.source.count - this.removed.size : 0);
    if (this.source) for (const key of this.rows.keys()) if (this.source.indexOf(key) >= 0) n--;
    return n;
  }

  put(rec: Rec): Rec {
    const key = keyOf(rec);
    this.rows.set(key, rec);
    this.removed.delete(key);
    this.version++;
    return rec;
  }

  delete(key: string): boolean {
    const had = this.get(key) !== undefined;
    this.rows.delete(key);
    if (this.source && this.source.indexOf(key) >= 0) this.removed.add(key);
    if (had) this.version++;
    return had;
  }

  deleteWhere(pred: (r: Rec) => boolean): number {
    const doomed = [...this.scan()].filter(pred).map(keyOf);
    for (const k of doomed) this.delete(k);
    return doomed.length;
  }

  find(pred: (r: Rec) => boolean): Rec | undefined {
    for (const r of this.scan()) if (pred(r)) return r;
    return undefined;
  }

  filter(pred: (r: Rec) => boolean): Rec[] {
    const out: Rec[] = [];
    for (const r of this.scan()) if (pred(r)) out.push(r);
    return out;
  }

  /** What persistence keeps: materialised rows and deletions of generated ones. */
  dump(): { rows: Rec[]; removed: string[] } {
    return { rows: [...this.rows.values()], removed: [...this.removed] };
  }

  restore(d: { rows: Rec[]; removed: string[] }): void {
    for (const r of d.rows) this.rows.set(keyOf(r), r);
    for (const k of d.removed) this.removed.add(k);
    this.version++;
  }
}

export interface AccessKey {
  id: string;
  secret: string;
  accountUuid: string;
  userUuid?: string;
}

/** The persisted part of the simulator besides the tables. */
export interface Extras {
  /** account or user uuid -> hex SHA-512 of its password (the server never sees plain passwords). */
  passwords: Record<string, string>;
  /** resource uuid -> owning account uuid; resources of generated data sets default to the admin. */
  owners: Record<string, string>;
  accessKeys: AccessKey[];
  /** The `scale:N` count, so a restart regenerates the same rows. */
  scale?: number;
  /** Next AccountResourceRef-like numeric id. */
  nextId: number;
}

export const ADMIN_UUID = '36c27e8ff05c4780bf6d2fa65700f22e';

export class Store {
  readonly tables = new Map<string, Table>();
  extras: Extras = { passwords: {}, owners: {}, accessKeys: [], nextId: 1 };
  private readonly sources = new Map<string, RowSource>();
  /** Called after every change (persistence hooks in here). */
  onChange: () => void = () => {};

  table(inventory: string): Table {
    let t = this.tables.get(inventory);
    if (!t) {
      t = new Table(inventory, this.sources.get(inventory));
      this.tables.set(inventory, t);
    }
    return t;
  }

  /** Attaches generated rows to a table; must happen before the table is first used. */
  setSource(inventory: string, source: RowSource): void {
    this.sources.set(inventory, source);
    this.tables.delete(inventory);
  }

  ownerOf(uuid: string): string {
    return this.extras.owners[uuid] ?? ADMIN_UUID;
  }

  setOwner(uuid: string, accountUuid: string): void {
    this.extras.owners[uuid] = accountUuid;
  }

  /** Finds a record by uuid in any table (resource uuids are unique across a ZStack installation). */
  findAny(uuid: string): { inventory: string; rec: Rec } | undefined {
    for (const [name, t] of this.tables) {
      const rec = t.get(uuid);
      if (rec) return { inventory: name, rec };
    }
    return undefined;
  }

  dump(): unknown {
    const tables: Record<string, { rows: Rec[]; removed: string[] }> = {};
    for (const [name, t] of this.tables) tables[name] = t.dump();
    return { format: 'zstack-cli-sim/1', extras: this.extras, tables };
  }
}

/** Restores a dump into a fresh store (whose generated sources, if any, are already attached). Throws on a bad shape. */
export function restoreStore(store: Store, data: unknown): void {
  const d = data as { format?: unknown; extras?: Extras; tables?: Record<string, { rows: Rec[]; removed: string[] }> };
  if (!d || d.format !== 'zstack-cli-sim/1' || typeof d.extras !== 'object' || typeof d.tables !== 'object' || !d.tables) {
    throw new Error('not a zstack-cli simulator state file (missing or unknown "format")');
  }
  store.extras = { ...d.extras };
  for (const [name, t] of Object.entries(d.tables)) {
    if (!Array.isArray(t.rows) || !Array.isArray(t.removed)) throw new Error(`table ${name} is damaged`);
    store.table(name).restore(t);
  }
}
