// Types of java.mjs, for the TypeScript tests.
export interface TypeRef { name: string; args: TypeRef[]; dims: number }
export type Value = string | number | bigint | boolean | Value[] | Annotation | { class: string } | { ref: string } | { expr: string };
export interface Annotation { name: string; args: Record<string, Value> }
export interface Field { name: string; type: TypeRef; annotations: Annotation[]; modifiers: string[] }
export interface AnnotationElement { name: string; type: TypeRef; default?: Value }
export interface TypeDecl {
  kind: 'class' | 'interface' | 'enum' | '@interface';
  name: string;
  annotations: Annotation[];
  modifiers: string[];
  extends: TypeRef | null;
  implements: TypeRef[];
  fields: Field[];
  elements: AnnotationElement[];
  constants: string[];
  types: TypeDecl[];
}
export interface CompilationUnit { package: string; imports: string[]; types: TypeDecl[] }
export function tokenize(src: string): { k: 'id' | 'num' | 'str' | 'chr' | 'op'; v: string }[];
export function unquote(literal: string): string;
export function parseNumber(text: string): number | bigint;
export function typeText(t: TypeRef): string;
export function simpleName(name: string): string;
export function parseJava(src: string): CompilationUnit;
export function allTypes(unit: CompilationUnit): { local: string; decl: TypeDecl }[];
export function findAnnotation(annotations: Annotation[], name: string): Annotation | undefined;
export function repeated(annotations: Annotation[], container: string, single: string): Annotation[];
export function sameValue(a: unknown, b: unknown): boolean;
export function literalAssignments(src: string, method: string): Record<string, Value> | null;
