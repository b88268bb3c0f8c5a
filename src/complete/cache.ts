// Live completion values (resource UUIDs and names) from an on-disk cache, one file per profile and inventory:
// <stateDir>/cache/<profile>/<Inventory>.json = { fetchedAt, items: [{uuid, name}] }.
// Reading is synchronous and never touches the network, so Tab is instant; a stale or missing file is refreshed by a
// detached background process (spawnRefresh) that the next Tab press benefits from.
import { rmSync, statSync } from 'node:fs';
import { importedCatalogNames, isImportedCatalog } from '../catalog/index.js';
import { join } from 'node:path';
import { DEFAULT_PROFILE, SIM_PROFILE, readConfig } from '../session/config.js';
import { privatePath, stateDir } from '../session/paths.js';
import { createExclusive, readJsonFile, writeFileAtomic } from '../util/files.js';
import type { LiveValue, ValueSource } from './engine.js';

type Env = Readonly<Record<string, string | undefined>>;

/** How long fetched values count as fresh. Resources change, but a minute-old list is still what the user wants. */
export const CACHE_TTL_MS = 60_000;
/** A refresh that has not finished by then is presumed dead (or failing: this also spaces out retries). */
const REFRESH_STALE_MS = 30_000;

interface CacheFile {
  fetchedAt: number;
  items: LiveValue[];
}

export const cacheDir = (env: Env, profile: string): string => join(stateDir(env), 'cache', profile);
export const cachePath = (env: Env, profile: string, inventory: string): string => join(cacheDir(env, profile), `${inventory}.json`);
const markerPath = (env: Env, profile: string, inventory: string): string => join(cacheDir(env, profile), `${inventory}.refreshing`);

// Inventory names come from the catalog, profile names from the user; neither may climb out of the cache directory.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function readCache(path: string): CacheFile | undefined {
  try {
    const data = readJsonFile(path, 'completion cache') as CacheFile | undefined;
    return typeof data?.fetchedAt === 'number' && Array.isArray(data.items) ? data : undefined;
  } catch {
    return undefined; // missing or damaged: treated as absent and rewritten by the next refresh
  }
}

/** A ValueSource over the cache of one profile. It remembers which inventories it had no fresh values for, so the
 *  caller can refresh exactly those after answering. */
export class CachedValues implements ValueSource {
  /** Inventories asked for whose cache is stale or missing. */
  readonly stale = new Set<string>();
  /** Inventories asked for with no cache at all (nothing to offer yet). */
  readonly missing = new Set<string>();

  constructor(
    private readonly env: Env,
    private readonly profile: string,
    private readonly now: () => number = Date.now,
    private readonly ttlMs: number = CACHE_TTL_MS,
  ) {}

  uuids(inventory: string): readonly LiveValue[] | undefined {
    if (!SAFE_NAME.test(inventory) || !SAFE_NAME.test(this.profile)) return undefined;
    const data = readCache(cachePath(this.env, this.profile, inventory));
    if (!data) this.missing.add(inventory);
    if (!data || this.now() - data.fetchedAt > this.ttlMs) this.stale.add(inventory);
    // Stale values are still offered: an old list beats an empty one, and the refresh is on its way.
    return data?.items;
  }

  catalogs(): readonly string[] {
    try {
      return importedCatalogNames(this.env).filter((n) => isImportedCatalog(this.env, n));
    } catch {
      return [];
    }
  }

  profiles(): readonly string[] {
    try {
      return [DEFAULT_PROFILE, SIM_PROFILE, ...Object.keys(readConfig(this.env).profiles).filter((p) => p !== DEFAULT_PROFILE && p !== SIM_PROFILE)];
    } catch {
      return [];
    }
  }
}

/** Writes fetched values atomically (write + rename), so a concurrent reader never sees half a file. */
export function writeCache(env: Env, profile: string, inventory: string, items: readonly LiveValue[], now = Date.now()): void {
  privatePath(stateDir(env), cachePath(env, profile, inventory));
  writeFileAtomic(cachePath(env, profile, inventory), JSON.stringify({ fetchedAt: now, items }));
}

/** Claims the right to refresh one inventory: false when another refresh started less than REFRESH_STALE_MS ago. */
function claimRefresh(env: Env, profile: string, inventory: string, now: number): boolean {
  const marker = markerPath(env, profile, inventory);
  if (createExclusive(marker, '')) return true;
  try {
    if (now - statSync(marker).mtimeMs < REFRESH_STALE_MS) return false;
    rmSync(marker, { force: true });
    return createExclusive(marker, ''); // false: someone else won the race
  } catch {
    return false;
  }
}

export function releaseRefresh(env: Env, profile: string, inventory: string): void {
  rmSync(markerPath(env, profile, inventory), { force: true });
}

/** Starts `command... <inventory>` detached with stdio ignored (it outlives this process and never holds the
 *  terminal), unless a refresh of that inventory is already under way. Returns whether one was started. */
export function spawnRefresh(env: Env, profile: string, inventory: string, command: readonly string[]): boolean {
  if (!SAFE_NAME.test(inventory) || !SAFE_NAME.test(profile)) return false;
  try {
    if (!claimRefresh(env, profile, inventory, Date.now())) return false;
    // Loaded only when a refresh starts: child_process costs start-up time that most Tab presses do not need.
    const { spawn } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
    const child = spawn(command[0], [...command.slice(1), inventory], { detached: true, stdio: 'ignore', env: { ...env } });
    child.on('error', () => releaseRefresh(env, profile, inventory));
    child.unref();
    return true;
  } catch {
    return false; // a read-only state directory must not break completion
  }
}

/** Body of the background refresh: fetch, write, release. On failure the marker stays until it goes stale, so a
 *  broken login does not start a new doomed process on every Tab. */
export async function refreshCache(env: Env, profile: string, inventory: string, fetch: () => Promise<LiveValue[]>): Promise<boolean> {
  try {
    writeCache(env, profile, inventory, await fetch());
    releaseRefresh(env, profile, inventory);
    return true;
  } catch {
    return false;
  }
}

/** Reads `{uuid, name}` pairs out of a query answer (`{"inventories": [...]}`). */
export function liveValuesFrom(answer: unknown): LiveValue[] {
  const list = (answer as { inventories?: unknown })?.inventories;
  if (!Array.isArray(list)) throw new Error('the answer has no inventories');
  return list
    .filter((r): r is { uuid: string; name?: unknown } => typeof (r as { uuid?: unknown })?.uuid === 'string')
    .map((r) => (typeof r.name === 'string' ? { uuid: r.uuid, name: r.name } : { uuid: r.uuid }));
}
