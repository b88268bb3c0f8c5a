// Deterministic JSON: keys in insertion order, integers beyond the JS safe range written digit for digit.

/** Compact JSON of one value; bigints are written as plain JSON numbers. */
export function toJson(value) {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const parts = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A JSON array with one element per line, so that diffs show one record per changed line. */
export function jsonLines(records) {
  return records.length ? `[\n${records.map(toJson).join(',\n')}\n]\n` : '[]\n';
}
