// The hand-written overlay over the generated facts, in order (a later one wins where two say the same thing).
import type { CatalogOverlay } from '../../types.js';
import { overlay as columns } from './columns.js';
import { overlay as everyday } from './everyday.js';
import { overlay as seeds } from './seeds.js';
import { summaries } from './summaries.js';

const summaryOverlay: CatalogOverlay = { apis: Object.fromEntries(Object.entries(summaries).map(([name, summary]) => [name, { summary }])) };

export const overlays: readonly CatalogOverlay[] = [summaryOverlay, everyday, seeds, columns];
