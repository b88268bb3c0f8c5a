// The catalog a command uses: the catalog imported for its profile (zstack-cli catalog import), if any, over the
// built-in one, each read from shards as records are asked for.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stateDir } from '../session/paths.js';
import { builtinCatalogDir } from './builtin.js';
import { Catalog } from './catalog.js';
import { shardSource, type CatalogSource } from './shards.js';

type Env = Readonly<Record<string, string | undefined>>;

let builtin: CatalogSource | undefined;
const catalogs = new Map<string, Catalog>();

export const importedCatalogsDir = (env: Env): string => join(stateDir(env), 'catalogs');
export const importedCatalogDir = (env: Env, name: string): string => join(importedCatalogsDir(env), name);

/** The built-in catalog, or the one named `catalogName` (imported) over it when it exists. */
export function getCatalog(env: Env = {}, catalogName?: string): Catalog {
  const dir = catalogName ? importedCatalogDir(env, catalogName) : undefined;
  const imported = dir && existsSync(join(dir, 'index.json')) ? dir : '';
  let c = catalogs.get(imported);
  if (!c) {
    builtin ??= shardSource(builtinCatalogDir());
    catalogs.set(imported, (c = new Catalog(imported ? [shardSource(imported), builtin] : [builtin])));
  }
  return c;
}
