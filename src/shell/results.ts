// Results the shell keeps for `more` and `save`, across shell sessions: the last ones, each under the number of the
// history line that produced it, in the XDG state directory (mode 0600). Bounded in count and size.
import { dirname, join } from 'node:path';
import { privatePath, stateDir } from '../session/paths.js';
import { readJsonFile, writeFileAtomic } from '../util/files.js';

/** A result kept by the shell: as it was printed, and as data (to render again in another format). */
export interface KeptResult {
  /** The number of the history line that produced it. */
  n: number;
  /** That line (secrets masked). */
  line: string;
  text: string;
  data?: unknown;
}

const KEEP = 50;
/** A result larger than this (as text, or as JSON data) is kept for this session only. */
const MAX_CHARS = 1_000_000;

export const resultsPath = (env: Readonly<Record<string, string | undefined>>): string => join(stateDir(env), 'results.json');

/** The kept results, oldest first; a missing or damaged file is no results (they are a convenience). */
export function loadResults(path: string): KeptResult[] {
  let data: unknown;
  try {
    data = readJsonFile(path, 'results file');
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.filter(
    (r): r is KeptResult => typeof r === 'object' && r !== null && Number.isInteger(r.n) && typeof r.line === 'string' && typeof r.text === 'string',
  );
}

/** Writes the last results that are small enough; a read-only home must not break the shell. */
export function saveResults(path: string, results: readonly KeptResult[], root = dirname(path)): void {
  const small = results
    .filter((r) => r.text.length <= MAX_CHARS)
    .map((r) => (r.data !== undefined && JSON.stringify(r.data).length > MAX_CHARS ? { n: r.n, line: r.line, text: r.text } : r))
    .slice(-KEEP);
  try {
    privatePath(root, path);
    writeFileAtomic(path, JSON.stringify(small));
  } catch {
    // results are a convenience
  }
}
