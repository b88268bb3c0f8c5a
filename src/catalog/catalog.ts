// The catalog: one read-only view over the API and inventory records, from one or more sources (an imported
// catalog first, then the built-in one), read lazily, with the derived facts every room needs.
import { dataSource, type CatalogIndex, type CatalogSource, type IndexEntry } from './shards.js';
import type { ApiSpec, CatalogData, InventorySpec, ParamLocation, ParamSpec } from './types.js';

export { TAG_PARAMS } from './merge.js';

/** Query conditions on these pseudo-fields match tags; every inventory has them. `__tagUuid__` matches resources
 *  carrying a user tag made from the tag pattern with that uuid. */
export const TAG_FIELDS = ['__systemTag__', '__userTag__', '__tagUuid__'] as const;

export class Catalog {
  private readonly sources: readonly CatalogSource[];
  private readonly apiCache = new Map<string, ApiSpec | null>();
  private readonly inventoryCache = new Map<string, InventorySpec | null>();
  private mergedIndex?: CatalogIndex;
  private allApis?: readonly ApiSpec[];

  /** From data in memory, or from sources (earlier ones win). */
  constructor(data: CatalogData | readonly CatalogSource[]) {
    this.sources = Array.isArray(data) ? data : [dataSource(data as CatalogData)];
  }

  /** Case-insensitive verb lookup. */
  find(verb: string): ApiSpec | undefined {
    const lower = verb.toLowerCase();
    let hit = this.apiCache.get(lower);
    if (hit === undefined) {
      hit = null;
      for (const s of this.sources) if ((hit = s.api(lower) ?? null)) break;
      this.apiCache.set(lower, hit);
    }
    return hit ?? undefined;
  }

  inventory(name: string): InventorySpec | undefined {
    let hit = this.inventoryCache.get(name);
    if (hit === undefined) {
      hit = null;
      for (const s of this.sources) if ((hit = s.inventory(name) ?? null)) break;
      this.inventoryCache.set(name, hit);
    }
    return hit ?? undefined;
  }

  /** Every verb's name, family, summary and query inventory, without reading their records. */
  index(): CatalogIndex {
    if (!this.mergedIndex) {
      const verbs = new Map<string, IndexEntry>();
      const inventories = new Set<string>();
      for (const s of [...this.sources].reverse()) {
        const idx = s.index();
        for (const v of idx.verbs) verbs.set(v[0].toLowerCase(), v);
        for (const i of idx.inventories) inventories.add(i);
      }
      this.mergedIndex = { verbs: [...verbs.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)), inventories: [...inventories].sort() };
    }
    return this.mergedIndex;
  }

  /** Every API record (reads them all: the simulator and integrity checks, not the start-up path). */
  get apis(): readonly ApiSpec[] {
    return (this.allApis ??= this.index().verbs.map((v) => this.find(v[0])!));
  }

  /** Every inventory record (reads them all). */
  get inventories(): ReadonlyMap<string, InventorySpec> {
    return new Map(this.index().inventories.map((n) => [n, this.inventory(n)!]));
  }

  verbNames(): string[] {
    return this.index().verbs.map((v) => v[0]);
  }
}

export const isTagParam = (name: string): boolean => name === 'systemTags' || name === 'userTags';

const PATH_VAR = /\{([A-Za-z0-9_]+)\}/g;

export function pathVariables(path: string): string[] {
  return [...path.matchAll(PATH_VAR)].map((m) => m[1]);
}

/** Where a parameter travels, derived from the method and path unless the catalog says otherwise. */
export function paramLocation(api: ApiSpec, param: ParamSpec): ParamLocation {
  if (param.location) return param.location;
  if (api.path.includes(`{${param.name}}`)) return 'path';
  return api.method === 'GET' || api.method === 'DELETE' ? 'query' : 'body';
}

export const needsSession = (api: ApiSpec): boolean => api.session !== false;

/** ZStack answers 202 and a job for every non-GET API that needs a session; the other providers answer at once. */
export const isAsync = (api: ApiSpec): boolean => api.async ?? ((api.provider ?? 'zstack') === 'zstack' && api.method !== 'GET' && needsSession(api));

/** A parameter by the name a user typed: the exact name, else the same name in another case, else a parameter of a
 *  pattern the name matches (`volumes_hdd` of `volumes_<type>`), named as typed. */
export function findParam(api: ApiSpec, key: string): ParamSpec | undefined {
  const known = api.params.find((p) => p.name === key) ?? api.params.find((p) => p.name.toLowerCase() === key.toLowerCase());
  if (known) return known;
  const pattern = api.paramPatterns?.find((p) => patternRegExp(p.name).test(key));
  return pattern ? { ...pattern, name: key } : undefined;
}

const patternRegExp = (name: string): RegExp => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]*>/g, '[A-Za-z0-9_.-]+')}$`);

/** Required parameters first, then the rest, each group in catalog order. */
export function orderedParams(api: ApiSpec): ParamSpec[] {
  return [...api.params.filter((p) => p.required), ...api.params.filter((p) => !p.required)];
}
