// Who may write a simulator state file: one process at a time. Shared by the ZStack simulator and the EOS and AC
// simulators (which must not load the catalog, so this lives apart from index.ts).
import { readFileSync, rmSync } from 'node:fs';
import { createExclusive } from '../util/files.js';
import { isAlive } from '../util/process.js';

/** One process at a time writes a state file: `<file>.owner` holds its pid. A stale owner (dead pid) is replaced.
 *  Without this, two simulators on one file would each write their own version and the last one would win.
 *  Returns the release function, or undefined when another live process owns the file. */
export function claimState(file: string): (() => void) | undefined {
  const owner = `${file}.owner`;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createExclusive(owner, String(process.pid))) {
      const release = () => rmSync(owner, { force: true });
      process.once('exit', release);
      return () => {
        process.removeListener('exit', release);
        release();
      };
    }
    if (liveOwner(file) !== undefined) return undefined;
    rmSync(owner, { force: true });
  }
  return undefined;
}

/** The pid of the live process that owns a state file, if one does. */
export function liveOwner(file: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(`${file}.owner`, 'utf8').trim());
  } catch {
    return undefined; // no owner (or it let go just now)
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}
