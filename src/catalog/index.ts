import { Catalog } from './catalog.js';
import { zstackData } from './zstack/index.js';

let cached: Catalog | undefined;

/** The built-in catalog, built once per process. */
export function getCatalog(): Catalog {
  cached ??= new Catalog(zstackData);
  return cached;
}
