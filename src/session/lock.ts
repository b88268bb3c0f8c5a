// A cross-process lock file (O_EXCL create), so that concurrent shells and scripts never lose an update.
// The file holds a token of its owner (pid:random); a stale lock (its owner is gone) is taken over at once by renaming
// it away, which only one waiter can win, and a lock is removed only by the process whose token it holds.
import { readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { CliError } from '../errors.js';
import { createExclusive } from '../util/files.js';
import { isAlive } from '../util/process.js';

const STALE_MS = 10_000;
/** How long one holder may keep the lock before a waiter gives up (it is stuck). Waiters behind a queue of holders
 *  that come and go keep waiting: each new holder is progress. */
const HELD_MS = 15_000;

export async function withFileLock<T>(lockPath: string, fn: () => T | Promise<T>): Promise<T> {
  const token = `${process.pid}:${Math.random().toString(36).slice(2)}`;
  let holder: string | undefined;
  let since = Date.now();
  let pause = 2;
  while (!createExclusive(lockPath, token)) {
    const owner = readOwner(lockPath);
    if (owner !== undefined && owner !== holder) {
      holder = owner; // someone else's turn now: that is progress, the wait starts again
      since = Date.now();
    }
    if (isStale(lockPath, owner)) {
      const away = `${lockPath}.stale.${token.replace(':', '.')}`;
      try {
        renameSync(lockPath, away);
        rmSync(away, { force: true });
      } catch {
        // another waiter took it over first
      }
      continue;
    }
    if (Date.now() - since > HELD_MS) {
      throw new CliError('usage', `another zstack-cli${holder ? ` (pid ${holder.split(':')[0]})` : ''} has held the lock ${lockPath} for ${HELD_MS / 1000} s`, [
        'nothing was changed; if that process is stuck, stop it (or remove the lock file), then run the command again',
      ]);
    }
    await new Promise((r) => setTimeout(r, pause + Math.random() * pause));
    pause = Math.min(pause * 2, 40);
  }
  try {
    return await fn();
  } finally {
    if (readOwner(lockPath) === token) rmSync(lockPath, { force: true });
  }
}

function readOwner(lockPath: string): string | undefined {
  try {
    return readFileSync(lockPath, 'utf8');
  } catch {
    return undefined;
  }
}

/** A lock whose owner process has gone is taken over at once; one older than STALE_MS too (an owner on another
 *  machine sharing the directory, or one that never wrote its token). */
function isStale(lockPath: string, owner: string | undefined): boolean {
  const pid = Number(owner?.split(':')[0]);
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) return true;
  try {
    return Date.now() - statSync(lockPath).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}
