// Reads a commit of a (bare) git repository: its file list and, in one `git cat-file --batch` call, file contents.
import { execFileSync, spawnSync } from 'node:child_process';

function git(repo, args, input) {
  const res = spawnSync('git', ['-C', repo, ...args], { input, maxBuffer: 2 ** 31 - 1 });
  if (res.status !== 0) throw new Error(`git ${args.join(' ')}: ${res.stderr.toString().trim()}`);
  return res.stdout;
}

/** The full sha and the committer date (ISO 8601) of a commit-ish. */
export function commitInfo(repo, rev) {
  const [sha, date] = execFileSync('git', ['-C', repo, 'show', '-s', '--format=%H%n%cI', `${rev}^{commit}`], {
    encoding: 'utf8',
  }).trim().split('\n');
  return { sha, date };
}

/** Every blob of the commit as `{ path, sha }`, in git's (sorted) order. */
export function listFiles(repo, sha) {
  const out = git(repo, ['ls-tree', '-r', '-z', '--full-tree', sha]).toString('utf8');
  const files = [];
  for (const entry of out.split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [, type, blob] = entry.slice(0, tab).split(' ');
    if (type === 'blob') files.push({ path: entry.slice(tab + 1), sha: blob });
  }
  return files;
}

/** The UTF-8 text of each blob, keyed by sha. Objects absent from the repository are left out. */
export function readBlobs(repo, shas) {
  const unique = [...new Set(shas)];
  const buf = git(repo, ['cat-file', '--batch'], unique.join('\n') + '\n');
  const texts = new Map();
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(10, at);
    const header = buf.toString('utf8', at, nl).split(' ');
    at = nl + 1;
    if (header[1] === 'missing') continue;
    const size = Number(header[2]);
    texts.set(header[0], buf.toString('utf8', at, at + size));
    at += size + 1;
  }
  return texts;
}
