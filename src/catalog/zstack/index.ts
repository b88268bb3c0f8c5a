// The built-in ZStack catalog: every family file, concatenated. A new family is a new file listed here.
import type { CatalogData } from '../types.js';
import * as billing from './billing.js';
import * as consoleFamily from './console.js';
import * as identity from './identity.js';
import * as ldap from './ldap.js';
import * as resources from './resources.js';
import * as scheduler from './scheduler.js';

const families = [identity, billing, scheduler, ldap, consoleFamily, resources];

export const zstackData: CatalogData = {
  apis: families.flatMap((f) => f.apis),
  inventories: families.flatMap((f) => f.inventories),
};
