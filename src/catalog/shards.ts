// The catalog on disk, split so that a command reads only what it needs: ~1,900 verbs in one JSON file would cost
// every start more than the whole start-up budget. A verb's record is in the API shard its lower-cased name hashes
// to, an inventory's in the inventory shard its name hashes to; `index.json` lists every verb (name, family,
// summary) for the few commands that need them all (help, first-word completion, suggestions).
// Used for the built-in catalog (dist/catalog/, written by the build) and for imported ones (catalog import).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/files.js';
import type { ApiSpec, CatalogData, InventorySpec } from './types.js';

export const API_SHARDS = 64;
export const INVENTORY_SHARDS = 16;

/** FNV-1a: stable across builds and platforms. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % shards;
}

const apiFile = (n: number) => `apis-${String(n).padStart(2, '0')}.json`;
const inventoryFile = (n: number) => `inventories-${String(n).padStart(2, '0')}.json`;

/** One line per verb: [name, family, summary, query inventory?]. */
export type IndexEntry = [string, string, string, string?];

export interface CatalogIndex {
  verbs: IndexEntry[];
  inventories: string[];
  /** Where the facts came from (generator or import). */
  source?: Record<string, unknown>;
}

/** Where a catalog's records come from: shards on disk or data in memory. Earlier sources win. */
export interface CatalogSource {
  api(lowerName: string): ApiSpec | undefined;
  inventory(name: string): InventorySpec | undefined;
  index(): CatalogIndex;
}

export function indexOf(data: CatalogData, source?: Record<string, unknown>): CatalogIndex {
  return {
    verbs: data.apis.map((a): IndexEntry => (a.query ? [a.name, a.family, a.summary, a.query] : [a.name, a.family, a.summary])),
    inventories: data.inventories.map((i) => i.name),
    ...(source ? { source } : {}),
  };
}

/** Writes a catalog as shards into `dir` (replacing what was there). */
export function writeShards(dir: string, data: CatalogData, source?: Record<string, unknown>): void {
  const apis: Array<Record<string, ApiSpec>> = Array.from({ length: API_SHARDS }, () => ({}));
  for (const a of data.apis) apis[shardOf(a.name.toLowerCase(), API_SHARDS)][a.name.toLowerCase()] = a;
  const inventories: Array<Record<string, InventorySpec>> = Array.from({ length: INVENTORY_SHARDS }, () => ({}));
  for (const i of data.inventories) inventories[shardOf(i.name, INVENTORY_SHARDS)][i.name] = i;
  try {
    for (const f of readdirSync(dir)) if (/^(apis|inventories)-\d+\.json$|^index\.json$/.test(f)) rmSync(join(dir, f));
  } catch {
    // a new directory
  }
  apis.forEach((shard, n) => writeFileAtomic(join(dir, apiFile(n)), JSON.stringify(shard), 0o644));
  inventories.forEach((shard, n) => writeFileAtomic(join(dir, inventoryFile(n)), JSON.stringify(shard), 0o644));
  writeFileAtomic(join(dir, 'index.json'), JSON.stringify(indexOf(data, source)), 0o644);
}

/** Reads shards from `dir` as they are asked for, each file once. */
export function shardSource(dir: string): CatalogSource {
  const cache = new Map<string, Record<string, unknown>>();
  const read = <T>(file: string): T => {
    let v = cache.get(file);
    if (!v) cache.set(file, (v = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>));
    return v as T;
  };
  // Own properties only: a verb typed as `__proto__` or `constructor` must not find Object's.
  const own = <T>(shard: Record<string, T>, key: string): T | undefined => (Object.hasOwn(shard, key) ? shard[key] : undefined);
  return {
    api: (lower) => own(read<Record<string, ApiSpec>>(apiFile(shardOf(lower, API_SHARDS))), lower),
    inventory: (name) => own(read<Record<string, InventorySpec>>(inventoryFile(shardOf(name, INVENTORY_SHARDS))), name),
    index: () => read<CatalogIndex>('index.json'),
  };
}

/** The same interface over data in memory (tests, benchmarks, the simulator's own catalogs). */
export function dataSource(data: CatalogData): CatalogSource {
  const apis = new Map(data.apis.map((a) => [a.name.toLowerCase(), a]));
  const inventories = new Map(data.inventories.map((i) => [i.name, i]));
  let index: CatalogIndex | undefined;
  return {
    api: (lower) => apis.get(lower),
    inventory: (name) => inventories.get(name),
    index: () => (index ??= indexOf(data)),
  };
}
