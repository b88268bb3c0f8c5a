// Types of inventories.mjs, for the TypeScript tests.
import type { Field } from './java.mjs';
import type { SourceTree, TypeEntry } from './sources.mjs';
export interface InventoryRecord {
  name: string;
  resourceType?: string;
  parent?: string;
  fields: { name: string; type: string; validValues?: string[] }[];
  expand?: { name: string; inventory: string; localKey: string; foreignKey: string; hidden?: true }[];
  aliases?: { name: string; path: string }[];
}
export function inventoryName(className: string): string;
export function buildInventories(tree: SourceTree): {
  records: InventoryRecord[];
  byName: Map<string, TypeEntry>;
  problems: Record<string, string[]>;
  extensionOnly: string[];
};
export function classifyField(tree: SourceTree, field: Field, from: TypeEntry): { type?: string; validValues?: string[]; inventory?: TypeEntry };
export function extensionStructs(tree: SourceTree, entry: TypeEntry, source: string): { kind: 'expand' | 'alias'; toExpand: TypeEntry; item: Record<string, unknown>; source: string }[];
