// The tool's files (configuration, sessions, caches, simulator state, locks) are read and written through these
// three functions only: a JSON read that tells "absent" from "damaged", an atomic write (temp file + rename, so a
// crash or a concurrent reader never sees half a file), and an exclusive create (for locks and owner files).
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from '../errors.js';

/** The parsed JSON of a file, or undefined when it does not exist. A file that cannot be read or parsed is a usage
 *  error naming it (`what`: "configuration file", ...), and the file is left as it is. */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError('usage', `cannot read the ${what} ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw damagedFile(what, path, (e as Error).message);
  }
}

export function damagedFile(what: string, path: string, why: string): CliError {
  return new CliError('usage', `the ${what} ${path} is damaged (${why})`, ['fix it by hand or move it away; it was left as it is']);
}

/** Writes `text` to `path` atomically with the given mode (default 0600); the directory is created 0700. */
export function writeFileAtomic(path: string, text: string, mode = 0o600): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    const fd = openSync(tmp, 'wx', mode);
    try {
      writeAll(fd, Buffer.from(text, 'utf8'));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Creates `path` holding `text` only if it does not exist yet: true when this call created it. */
export function createExclusive(path: string, text: string, mode = 0o600): boolean {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  let fd: number;
  try {
    fd = openSync(path, 'wx', mode);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeAll(fd, Buffer.from(text, 'utf8'));
  } finally {
    closeSync(fd);
  }
  return true;
}

function writeAll(fd: number, data: Buffer): void {
  for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
}
