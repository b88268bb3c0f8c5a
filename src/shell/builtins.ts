// The shell's own commands (described in src/commands.ts): they work on the session of the shell they run in.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { visible } from '../output/server-text.js';
import { join } from 'node:path';
import { usageError } from '../errors.js';
import { checkFormat } from '../output/formats.js';
import type { Io } from '../output/io.js';
import { localize } from '../output/locale.js';
import type { KeptResult, ShellSession } from './shell.js';

/** How to render a kept result again (`more 3 -o table -c name`); nothing given: as it was printed. */
export interface RenderAgain {
  output?: string;
  columns?: string[];
  query?: string;
}

/** `more N`: result N again; `more` alone: the kept results with their numbers (render options alone: the last). */
export async function more(io: Io, session: ShellSession, n: string | undefined, how: RenderAgain): Promise<void> {
  if (n === undefined && how.output === undefined && !how.columns?.length && how.query === undefined) return listResults(io, session);
  const text = await rendered(resultAt(session, n), how);
  // Kept as data: on a terminal, shown as any result is (control characters escaped).
  await io.page(io.stdoutIsTTY ? visible(text, true) : text);
}

function listResults(io: Io, session: ShellSession): void {
  if (!session.results.length) throw usageError('no results yet', ['each command that prints a result keeps it under its history number: more N shows it again']);
  const width = String(session.results.at(-1)!.n).length;
  const lines = session.results.map((r) => {
    const count = r.text.replace(/\n$/, '').split('\n').length;
    return `${String(r.n).padStart(width)}  ${r.line}  (${count} line${count === 1 ? '' : 's'})`;
  });
  io.out(localize(io, lines.join('\n')));
}

/** `save N FILE`, `save N,M DIR`: one file, or one file per result (`result-N.<format>`) in a directory. */
export async function save(io: Io, session: ShellSession, which: string, target: string, how: RenderAgain): Promise<void> {
  const numbers = which.split(',').map((x) => x.trim());
  if (numbers.some((x) => x === '')) throw usageError(`save: '${which}' is not a result number or a comma list of them (save 3,5 DIR)`);
  const kept = numbers.map((x) => resultAt(session, x));
  const intoDir = numbers.length > 1 || isDirectory(target);
  const files: string[] = [];
  if (intoDir) {
    try {
      mkdirSync(target, { recursive: true });
    } catch (e) {
      throw usageError(`cannot create the directory ${target}: ${(e as Error).message}`);
    }
  }
  for (const r of kept) {
    const text = await rendered(r, how);
    const file = intoDir ? join(target, `result-${r.n}.${extensionFor(how.output, text)}`) : target;
    try {
      writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
    } catch (e) {
      throw usageError(`cannot write ${file}: ${(e as Error).message}`);
    }
    files.push(file);
  }
  io.say('info', kept.length === 1 ? `saved result ${kept[0].n} to ${files[0]}` : `saved results ${kept.map((r) => r.n).join(', ')} to ${files.join(', ')}`);
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** A file name extension for a result: its format's, else json for JSON text, else txt. */
function extensionFor(format: string | undefined, text: string): string {
  if (format === 'table' || format === 'value') return 'txt';
  if (format) return format;
  return /^\s*[[{]/.test(text) ? 'json' : 'txt';
}

export function history(io: Io, session: ShellSession): void {
  const width = String(session.history.at(-1)?.n ?? 0).length;
  io.out(session.history.map((h) => `${String(h.n).padStart(Math.max(5, width))}  ${h.line}`).join('\n'));
}

async function rendered(kept: KeptResult, how: RenderAgain): Promise<string> {
  if (how.output === undefined && !how.columns?.length && how.query === undefined) return kept.text;
  if (kept.data === undefined) throw usageError('this result was kept as text only; it can be shown again as it was (without -o, -c or --query)');
  const f = await import('../output/format.js');
  const data = how.query ? f.applyQuery(kept.data, how.query) : kept.data;
  return f.renderResult(data, { format: checkFormat(how.output ?? 'json', '--output'), columns: how.columns });
}

/** Result N by its history number; N left out: the last. */
function resultAt(session: ShellSession, n: string | undefined): KeptResult {
  const { results } = session;
  if (!results.length) throw usageError('no results yet');
  if (n === undefined) return results[results.length - 1];
  const found = /^\d+$/.test(n) ? results.find((r) => r.n === Number(n)) : undefined;
  if (found) return found;
  const numbers = results.map((r) => r.n);
  throw usageError(`no result ${n}: results are kept under the numbers of the lines that printed them`, [
    `kept: ${numbers.length > 12 ? `${numbers.slice(0, 3).join(', ')}, ..., ${numbers.slice(-8).join(', ')}` : numbers.join(', ')} (more lists them)`,
  ]);
}
