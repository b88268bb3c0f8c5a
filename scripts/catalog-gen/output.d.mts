// Types of output.mjs, for the TypeScript tests.
export function toJson(value: unknown): string;
export function jsonLines(records: unknown[]): string;
