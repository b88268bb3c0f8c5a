// Shell history: one line per command in the XDG state directory, mode 0600, secrets replaced by *** first.
import { appendFileSync, chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitLine } from '../invocation/tokens.js';
import { HISTORY_MASK } from '../request/render.js';
import { stateDir } from '../session/paths.js';

const MAX = 1000;
const SECRET_KEY = /^[A-Za-z0-9_.]*(password|secret|token)$/i;

export const historyPath = (env: Readonly<Record<string, string | undefined>>): string => join(stateDir(env), 'history');

/** Replaces the value of every `password=...`-like word (any key ending in password, secret or token) by ***. */
export function maskSecrets(line: string): string {
  const { words } = splitLine(line);
  let out = line;
  for (const w of [...words].reverse()) {
    const eq = w.text.indexOf('=');
    if (eq > 0 && SECRET_KEY.test(w.text.slice(0, eq))) out = `${out.slice(0, w.start)}${w.text.slice(0, eq)}=${HISTORY_MASK}${out.slice(w.end)}`;
  }
  return out;
}

/** One history line and its number: its line number in the history file, so numbers stay the same from one shell
 *  session to the next (and results kept with them keep their numbers). */
export interface HistoryEntry {
  n: number;
  line: string;
}

/** The last lines of the history file, oldest first, numbered. */
export function loadHistory(path: string): HistoryEntry[] {
  let lines: string[];
  try {
    lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
  const first = Math.max(0, lines.length - MAX);
  return lines.slice(first).map((line, i) => ({ n: first + i + 1, line }));
}

export function appendHistory(path: string, line: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    appendFileSync(path, `${maskSecrets(line).replace(/\n/g, ' ')}\n`, { mode: 0o600 });
    chmodSync(path, 0o600);
  } catch {
    // History is a convenience: a read-only home must not break the shell.
  }
}
