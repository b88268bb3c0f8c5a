// Result formatting for stdout. JSON today; table/yaml/csv/tsv/value/ndjson build on this.
export function formatResult(result: unknown): string {
  return JSON.stringify(result, null, 2);
}
