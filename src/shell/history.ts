// Shell history: one line per command in the XDG state directory, mode 0600, secrets replaced by *** first.
import { closeSync, constants, fchmodSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitLine } from '../invocation/tokens.js';
import { HISTORY_MASK } from '../request/render.js';
import { privatePath, stateDir } from '../session/paths.js';

const MAX = 1000;
const SECRET_KEY = /^[A-Za-z0-9_.]*(password|secret|token)$/i;

export const historyPath = (env: Readonly<Record<string, string | undefined>>): string => join(stateDir(env), 'history');

/** Replaces the value of every secret-like word (any key ending in password, secret or token) by ***, in every
 *  spelling a line could hold one: `password=s`, `password = s`, `password =s`, `password= s` (the value in the next
 *  word, when that word is not a key=value of its own). */
export function maskSecrets(line: string): string {
  const { words } = splitLine(line, { comments: false }); // a secret in a comment is masked too
  const spans: Array<[number, number, string]> = []; // [start, end, replacement] of raw text, in order
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const eq = w.text.indexOf('=');
    const key = eq > 0 ? w.text.slice(0, eq) : w.text;
    if (!SECRET_KEY.test(key)) continue;
    const next = words[i + 1];
    if (eq > 0 && eq < w.text.length - 1) {
      spans.push([w.start, w.end, `${key}=${HISTORY_MASK}`]); // password=s
    } else if (eq > 0) {
      if (next && !next.text.includes('=')) spans.push([next.start, next.end, HISTORY_MASK]); // password= s
    } else if (next?.text === '=' && words[i + 2]) {
      spans.push([words[i + 2].start, words[i + 2].end, HISTORY_MASK]); // password = s
      i += 2;
    } else if (next && next.text.startsWith('=') && next.text.length > 1) {
      spans.push([next.start, next.end, `=${HISTORY_MASK}`]); // password =s
      i += 1;
    }
  }
  let out = line;
  for (const [a, b, text] of spans.reverse()) out = `${out.slice(0, a)}${text}${out.slice(b)}`;
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

/** Appends a line (secrets masked), never through a symbolic link (O_NOFOLLOW), the file kept 0600. */
export function appendHistory(path: string, line: string, root = dirname(path)): void {
  try {
    privatePath(root, path);
    const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
    try {
      fchmodSync(fd, 0o600);
      writeSync(fd, `${maskSecrets(line).replace(/\n/g, ' ')}\n`);
    } finally {
      closeSync(fd);
    }
  } catch {
    // History is a convenience: a read-only home (or a link where the file should be) must not break the shell.
  }
}
