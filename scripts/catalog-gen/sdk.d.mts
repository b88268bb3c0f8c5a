// Types of sdk.mjs, for the TypeScript tests.
import type { Field } from './java.mjs';
import type { InventoryRecord } from './inventories.mjs';
import type { SourceTree, TypeEntry } from './sources.mjs';
export const QUERY_RULES: { id: string; what: string }[];
export function camelWords(name: string): string[];
export function relatedName(queryWords: string[], classWords: string[]): boolean;
export function sourceClassPairs(source: string): [string, string][];
export interface SdkIndex {
  all: TypeEntry[];
  byName: Map<string, TypeEntry[]>;
  serverOf: Map<string, string>;
  isInventory(entry: TypeEntry | undefined): boolean;
}
export function sdkIndex(tree: SourceTree): SdkIndex;
export function serverCounterpart(tree: SourceTree, index: SdkIndex, sdkEntry: TypeEntry): { fqcn?: string; entry?: TypeEntry; queryable: boolean };
export function mapQueries(
  tree: SourceTree,
  api: { records: Record<string, unknown>[]; queryNames: string[]; actions: Map<string, TypeEntry> },
  headerByName: Map<string, TypeEntry>,
  index: SdkIndex,
): {
  records: Record<string, unknown>[];
  counts: Record<string, number>;
  mapped: number;
  sdkTargets: Map<string, TypeEntry>;
  toHeader: string[];
  unmapped: { name: string; notes: string[]; candidates: { name: string; why: string[] }[] }[];
  crossCheck: { agree: string[]; disagree: string[]; ambiguous: string[]; none: string[] };
  evidence: Record<string, { same: number; other: string[]; none: number }>;
  skipped: string[];
};
export interface SdkInventoryRecord {
  name: string;
  source: 'sdk';
  sdkClass: string;
  parent?: string;
  fields: { name: string; type: string; validValues?: string[] }[];
  nested?: { name: string; inventory: string; list: boolean }[];
}
export function sdkFieldKind(tree: SourceTree, field: Field, from: TypeEntry, index: SdkIndex): { type?: string; validValues?: string[]; inventory?: TypeEntry; list?: boolean };
export function sdkInventoryRecord(tree: SourceTree, entry: TypeEntry, index: SdkIndex): { record: SdkInventoryRecord; leftOut: string[] };
export function compareWithSdk(
  tree: SourceTree,
  headerEntry: TypeEntry,
  headerRecord: InventoryRecord,
  sdkRecord: SdkInventoryRecord,
  notColumns: Set<string>,
): { sdkOnly: { name: string; type: string; why: string }[]; headerOnly: string[]; types: { name: string; header: string; sdk: string }[]; sharedLists: string[] };
