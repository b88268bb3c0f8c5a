// The catalog: one read-only view over the API and inventory data, with the derived facts every room needs.
import type { ApiSpec, CatalogData, InventorySpec, ParamLocation, ParamSpec } from './types.js';

export const TAG_PARAMS: readonly ParamSpec[] = [
  { name: 'systemTags', type: 'list', desc: 'System tags', zh: '系统标签' },
  { name: 'userTags', type: 'list', desc: 'User tags', zh: '用户标签' },
];

/** Query conditions on these pseudo-fields match tags; every inventory has them. */
export const TAG_FIELDS = ['__systemTag__', '__userTag__'] as const;

export class Catalog {
  readonly apis: readonly ApiSpec[];
  readonly inventories: ReadonlyMap<string, InventorySpec>;
  private readonly byLowerName = new Map<string, ApiSpec>();

  constructor(data: CatalogData) {
    this.apis = data.apis.map(withTagParams);
    for (const api of this.apis) this.byLowerName.set(api.name.toLowerCase(), api);
    this.inventories = new Map(data.inventories.map((inv) => [inv.name, inv]));
  }

  /** Case-insensitive verb lookup. */
  find(verb: string): ApiSpec | undefined {
    return this.byLowerName.get(verb.toLowerCase());
  }

  inventory(name: string): InventorySpec | undefined {
    return this.inventories.get(name);
  }

  verbNames(): string[] {
    return this.apis.map((a) => a.name);
  }
}

function withTagParams(api: ApiSpec): ApiSpec {
  const names = new Set(api.params.map((p) => p.name));
  const extra = TAG_PARAMS.filter((p) => !names.has(p.name));
  return extra.length ? { ...api, params: [...api.params, ...extra] } : api;
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

export const isAsync = (api: ApiSpec): boolean => api.async ?? (api.method !== 'GET' && needsSession(api));

/** A parameter by the name a user typed: the exact name, else the same name in another case. */
export function findParam(api: ApiSpec, key: string): ParamSpec | undefined {
  return api.params.find((p) => p.name === key) ?? api.params.find((p) => p.name.toLowerCase() === key.toLowerCase());
}

/** Required parameters first, then the rest, each group in catalog order. */
export function orderedParams(api: ApiSpec): ParamSpec[] {
  return [...api.params.filter((p) => p.required), ...api.params.filter((p) => !p.required)];
}
