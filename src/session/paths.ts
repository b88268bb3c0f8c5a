// Where the tool keeps its files: XDG config (profiles) and XDG state (sessions, history, caches).
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { privateDir } from '../util/files.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The home directory when HOME is not set (node:os loaded only then). */
const homedir = (): string => process.getBuiltinModule('node:os').homedir();

export function configDir(env: Env): string {
  return join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'zstack-cli');
}

export function stateDir(env: Env): string {
  return join(env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state'), 'zstack-cli');
}

/** Makes the tool's directory `root` and every directory from it down to `path`'s private before a file is written
 *  there (see privateDir). */
export function privatePath(root: string, path: string): void {
  const rel = relative(root, dirname(path));
  if (rel.startsWith('..') || isAbsolute(rel)) return; // not under the tool's directory: the user's own choice
  let dir = root;
  privateDir(dir);
  for (const part of rel ? rel.split(sep) : []) privateDir((dir = join(dir, part)));
}
