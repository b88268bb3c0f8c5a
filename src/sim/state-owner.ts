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
    const pid = Number(readFileSync(owner, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return undefined;
    rmSync(owner, { force: true });
  }
  return undefined;
}
