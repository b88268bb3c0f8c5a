// Where the built-in catalog's shards are: dist/catalog/ (written by the build). The bundle replaces this module
// with one that looks next to itself (scripts/build.mjs); run from the sources (tests), it is the repo's dist/.
import { fileURLToPath } from 'node:url';

export const builtinCatalogDir = (): string => fileURLToPath(new URL('../../dist/catalog/', import.meta.url));
