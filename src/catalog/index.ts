// The catalog a command uses: the catalog imported for its profile (zstack-cli catalog import), if any, over the
// built-in one, each read from shards as records are asked for.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_NAME } from '../session/config.js';
import { stateDir } from '../session/paths.js';
import { builtinCatalogDir } from './builtin.js';
import { Catalog } from './catalog.js';
import { AC_CATALOG } from './providers/ac.js';
import { EOS_CATALOG } from './providers/eos.js';
import { shardSource, type CatalogSource } from './shards.js';
import type { Provider } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

let builtin: CatalogSource | undefined;
const catalogs = new Map<string, Catalog>();

const importedCatalogsDir = (env: Env): string => join(stateDir(env), 'catalogs');
export const importedCatalogDir = (env: Env, name: string): string => join(importedCatalogsDir(env), name);

/** Whether `name` is an imported catalog that can be used (its index is there). */
export const isImportedCatalog = (env: Env, name: string): boolean => existsSync(join(importedCatalogDir(env, name), 'index.json'));

/** The names under which catalogs are imported (not the directories of an import under way). */
export function importedCatalogNames(env: Env): string[] {
  try {
    return readdirSync(importedCatalogsDir(env)).filter((n) => PROFILE_NAME.test(n) && !/\.(new|old)-\d+$/.test(n));
  } catch {
    return [];
  }
}

/** The built-in catalog, or the one named `catalogName` (imported) over it when it exists. */
export function getCatalog(env: Env = {}, catalogName?: string): Catalog {
  const imported = catalogName && isImportedCatalog(env, catalogName) ? importedCatalogDir(env, catalogName) : '';
  let c = catalogs.get(imported);
  if (!c) {
    builtin ??= shardSource(builtinCatalogDir());
    catalogs.set(imported, (c = new Catalog(imported ? [shardSource(imported), builtin] : [builtin])));
  }
  return c;
}

const small = new Map<Provider, Catalog>();

/** The verbs of a provider: ZStack's catalog (imported over built-in, see getCatalog), or EOS's or AC's own. */
export function catalogOf(provider: Provider, env: Env = {}, catalogName?: string): Catalog {
  if (provider === 'zstack') return getCatalog(env, catalogName);
  let c = small.get(provider);
  if (!c) small.set(provider, (c = new Catalog(provider === 'eos' ? EOS_CATALOG : AC_CATALOG)));
  return c;
}

/** The other provider a verb belongs to, when it is not one of `provider`'s. */
export function providerOfVerb(verb: string, provider: Provider, env: Env = {}): Provider | undefined {
  return (['zstack', 'eos', 'ac'] as const).find((p) => p !== provider && catalogOf(p, env).find(verb));
}
