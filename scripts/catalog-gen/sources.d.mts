// Types of sources.mjs, for the TypeScript tests.
import type { CompilationUnit, TypeDecl } from './java.mjs';
export interface TypeEntry { fqcn: string; path: string; text: string; decl: TypeDecl; unit: CompilationUnit; local: string }
export class SourceTree {
  constructor(files: { path: string; text: string }[]);
  types: Map<string, TypeEntry>;
  duplicates: string[];
  unparsable: string[];
  get(fqcn: string): TypeEntry | undefined;
  resolve(name: string, from: TypeEntry): TypeEntry | undefined;
  superclass(entry: TypeEntry): TypeEntry | undefined;
  lineage(entry: TypeEntry): TypeEntry[];
}
