// The tool's files (configuration, sessions, caches, simulator state, locks) are read and written through these
// functions only: a JSON read that tells "absent" from "damaged", an atomic write (temp file + rename, so a crash or a
// concurrent reader never sees half a file), and an exclusive create (for locks and owner files). Writes never go
// through a symbolic link, and the directories they go in are private (0700).
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
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

/** One of the tool's own directories (under its config, state or cache directory): created 0700; an existing one
 *  that group or others can write is made private when it is the user's own (anyone could otherwise swap the files
 *  in it), else refused. Never used on a directory the user named (`--state /tmp/x.json`). */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = statSync(dir);
  if ((st.mode & 0o022) === 0) return;
  if (typeof process.getuid === 'function' && st.uid === process.getuid() && (st.mode & 0o1000) === 0) {
    chmodSync(dir, 0o700);
    return;
  }
  throw new CliError('usage', `the directory ${dir} can be written by other users, and is not yours: zstack-cli does not keep its files there`, [
    'point XDG_CONFIG_HOME / XDG_STATE_HOME / XDG_CACHE_HOME (or HOME) at a directory of your own',
  ]);
}

/** Refuses to write where a symbolic link stands: the tool's files are its own, never a link's target (a link to
 *  another file would have that file rewritten, and its mode changed). */
export function refuseLink(path: string): void {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    return; // absent: nothing to follow
  }
  if (link) {
    throw new CliError('usage', `${path} is a symbolic link: zstack-cli does not write through links`, ['replace it with a regular file (or remove it), then run the command again']);
  }
}

/** Writes `text` to `path` atomically with the given mode (default 0600); the directory is created 0700. A symbolic
 *  link at `path` is refused, not followed or replaced. */
export function writeFileAtomic(path: string, text: string, mode = 0o600): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  refuseLink(path);
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
