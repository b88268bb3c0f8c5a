// Build step (scripts/build.mjs runs it): the generated facts plus the hand-written overlay, checked against each
// other, written as shards into dist/catalog/. An overlay entry that names what the facts lack fails the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import apis from './zstack/generated/apis.json' with { type: 'json' };
import inventories from './zstack/generated/inventories.json' with { type: 'json' };
import source from './zstack/generated/source.json' with { type: 'json' };
import { mergeCatalog, type GeneratedCatalog } from './merge.js';
import { writeShards } from './shards.js';
import { overlays } from './zstack/overlay/index.js';

export function buildBuiltinCatalog(outDir: string): { apis: number; inventories: number } {
  const { data, problems } = mergeCatalog({ apis, inventories } as unknown as GeneratedCatalog, overlays);
  if (problems.length) throw new Error(`the catalog overlay does not fit the generated data:\n  ${problems.join('\n  ')}`);
  mkdirSync(outDir, { recursive: true });
  writeShards(outDir, data, source as Record<string, unknown>);
  // For `catalog import`: an imported catalog gets the same descriptions where its verbs are ours too.
  writeFileSync(join(outDir, 'overlay.json'), JSON.stringify(overlays));
  return { apis: data.apis.length, inventories: data.inventories.length };
}
