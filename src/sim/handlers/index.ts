// Every catalog API's handler: the family tables, and the generic query for Query verbs not listed there.
import type { Catalog } from '../../catalog/catalog.js';
import type { Handler } from '../sim.js';
import { queryHandler } from './common.js';
import { handlers as identity } from './identity.js';
import { handlers as others } from './others.js';
import { handlers as resources } from './resources.js';

export function handlerTable(catalog: Catalog): Map<string, Handler> {
  const table = new Map<string, Handler>(Object.entries({ ...identity, ...others, ...resources }));
  for (const api of catalog.apis) if (api.query && !table.has(api.name)) table.set(api.name, queryHandler(api.query));
  return table;
}
