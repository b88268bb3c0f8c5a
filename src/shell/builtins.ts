// The shell's own commands (described in src/commands.ts): they work on the session of the shell they run in.
import { writeFileSync } from 'node:fs';
import { usageError } from '../errors.js';
import { checkFormat } from '../output/formats.js';
import type { Io } from '../output/io.js';
import type { KeptResult, ShellSession } from './shell.js';

/** How to render a kept result again (`more 3 -o table -c name`); nothing given: as it was printed. */
export interface RenderAgain {
  output?: string;
  columns?: string[];
  query?: string;
}

export async function more(io: Io, session: ShellSession, n: string | undefined, how: RenderAgain): Promise<void> {
  await io.page(await rendered(resultAt(session, n), how));
}

export async function save(io: Io, session: ShellSession, n: string, file: string, how: RenderAgain): Promise<void> {
  const text = await rendered(resultAt(session, n), how);
  try {
    writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
  } catch (e) {
    throw usageError(`cannot write ${file}: ${(e as Error).message}`);
  }
  io.say('info', `saved result ${n} to ${file}`);
}

export function history(io: Io, session: ShellSession): void {
  io.out(session.history.map((h, i) => `${String(i + 1).padStart(5)}  ${h}`).join('\n'));
}

async function rendered(kept: KeptResult, how: RenderAgain): Promise<string> {
  if (how.output === undefined && !how.columns?.length && how.query === undefined) return kept.text;
  if (kept.data === undefined) throw usageError('this result was kept as text only; it can be shown again as it was (without -o, -c or --query)');
  const f = await import('../output/format.js');
  const data = how.query ? f.applyQuery(kept.data, how.query) : kept.data;
  return f.renderResult(data, { format: checkFormat(how.output ?? 'json', '--output'), columns: how.columns });
}

function resultAt(session: ShellSession, n: string | undefined): KeptResult {
  const { results } = session;
  if (!results.length) throw usageError('no results yet');
  const index = n === undefined ? results.length : Number(n);
  if (!Number.isInteger(index) || index < 1 || index > results.length) throw usageError(`no result ${n}: results are numbered 1 to ${results.length}`);
  return results[index - 1];
}
