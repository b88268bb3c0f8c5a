// A cross-process lock file (O_EXCL create), so that concurrent shells and scripts never lose an update.
// The file holds a token of its owner; a stale lock (its owner crashed) is taken over by renaming it away, which
// only one waiter can win, and a lock is removed only by the process whose token it holds.
import { readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { CliError } from '../errors.js';
import { createExclusive } from '../util/files.js';

const STALE_MS = 10_000;
const WAIT_MS = 15_000;

export async function withFileLock<T>(lockPath: string, fn: () => T | Promise<T>): Promise<T> {
  const token = `${process.pid}:${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + WAIT_MS;
  while (!createExclusive(lockPath, token)) {
    if (isStale(lockPath)) {
      const away = `${lockPath}.stale.${token.replace(':', '.')}`;
      try {
        renameSync(lockPath, away);
        rmSync(away, { force: true });
      } catch {
        // another waiter took it over first
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw new CliError('usage', `another zstack-cli holds the lock ${lockPath}`, ['if no other zstack-cli is running, remove that file']);
    }
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
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

function isStale(lockPath: string): boolean {
  try {
    return Date.now() - statSync(lockPath).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}
