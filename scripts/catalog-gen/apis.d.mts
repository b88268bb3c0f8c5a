// Types of apis.mjs, for the TypeScript tests.
import type { AnnotationElement, Field, TypeDecl, TypeRef, Value } from './java.mjs';
import type { SourceTree, TypeEntry } from './sources.mjs';
export interface ParamRecord { name: string; type: string; elementType?: string; required?: true; validValues?: string[]; [keyword: string]: unknown }
export const COMMON_PARAMS: string[];
export function paramType(t: TypeRef, enumType?: (name: string) => string[] | undefined): { type: string; elementType?: string; validValues?: string[] };
export function paramRecord(field: Field, defaults: Record<string, Value>, enumType?: (name: string) => string[] | undefined): ParamRecord;
export function annotationDefaults(decl: TypeDecl | { elements: AnnotationElement[] }): Record<string, Value>;
export function restInfo(source: string): Record<string, Value>;
export function familyFromPackage(pkg: string): string;
export function pathKey(path: string | undefined): string;
export function buildApis(tree: SourceTree, inventoryByName: Map<string, TypeEntry>): {
  records: Record<string, unknown>[];
  problems: Record<string, string[]>;
  actionCount: number;
  queryActions: number;
  queryNames: string[];
  outsideSdkPackage: string[];
  actions: Map<string, TypeEntry>;
};
export function resultClass(tree: SourceTree, action: TypeEntry): TypeEntry | undefined;
