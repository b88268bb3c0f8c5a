// The shell's own commands (described in src/commands.ts): they work on the session of the shell they run in.
import { writeFileSync } from 'node:fs';
import { usageError } from '../errors.js';
import type { Io } from '../output/io.js';
import type { ShellSession } from './shell.js';

export async function more(io: Io, session: ShellSession, n: string | undefined): Promise<void> {
  await io.page(resultAt(session, n));
}

export function save(io: Io, session: ShellSession, n: string, file: string): void {
  const text = resultAt(session, n);
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

function resultAt(session: ShellSession, n: string | undefined): string {
  const { results } = session;
  if (!results.length) throw usageError('no results yet');
  const index = n === undefined ? results.length : Number(n);
  if (!Number.isInteger(index) || index < 1 || index > results.length) throw usageError(`no result ${n}: results are numbered 1 to ${results.length}`);
  return results[index - 1];
}
