// The built binary in bash pipelines against a `zstack-cli sim` process, as a script would use it: xargs, jq,
// while read, csv back through a parser, no escape codes when piped, colour only on a terminal.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, startSimProcess, tempHome } from '../helpers/cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const hasJq = spawnSync('jq', ['--version']).status === 0;

const startSim = (args: string[]) => startSimProcess(['--job-delay', '0', ...args]);

let demo: { child: ChildProcess; port: number };
let scale: { child: ChildProcess; port: number };
let home: Record<string, string>;
/** Each simulator with a home of its own: a session belongs to the endpoint it came from. */
const homes = new Map<number, Record<string, string>>();
const bash = (script: string, port: number, input?: string, own = homes.get(port)) =>
  spawnSync('bash', ['-c', `set -o pipefail; z() { ${process.execPath} ${BIN} -H 127.0.0.1 -p ${port} "$@"; }; ${script}`], {
    encoding: 'utf8',
    input,
    env: { PATH: process.env.PATH, ...own },
    timeout: 120_000,
    maxBuffer: 64 << 20,
  });

beforeAll(async () => {
  home = tempHome();
  [demo, scale] = await Promise.all([startSim(['--data', 'demo']), startSim(['--data', 'scale:20000'])]);
  homes.set(demo.port, home).set(scale.port, tempHome());
  for (const { port } of [demo, scale]) expect(bash('z LogInByAccount accountName=admin --password-stdin', port, 'password\n').status).toBe(0);
}, 60_000);
afterAll(() => {
  demo?.child.kill('SIGTERM');
  scale?.child.kill('SIGTERM');
});

describe('zstack-cli in bash pipelines', () => {
  it('starts the stopped VMs: -o value -c uuid | xargs', () => {
    const before = bash('z QueryVmInstance state=Stopped count=true -o value', demo.port);
    expect(Number(before.stdout)).toBeGreaterThan(0);
    const r = bash('z QueryVmInstance state=Stopped -o value -c uuid | xargs -I{} ' + `${process.execPath} ${BIN}` + ` -H 127.0.0.1 -p ${demo.port} StartVmInstance uuid={} -o value -c state`, demo.port);
    expect(r.status, r.stderr).toBe(0);
    expect(new Set(r.stdout.trim().split('\n'))).toEqual(new Set(['Running']));
    expect(bash('z QueryVmInstance state=Stopped count=true -o value', demo.port).stdout).toBe('0\n');
  });

  it('while read: one row per line, fields split on tabs', () => {
    const r = bash('z QueryVmInstance limit=5 -o value -c uuid -c name 2>/dev/null | while IFS=$\'\\t\' read -r uuid name; do echo "$name=${#uuid}"; done', demo.port);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(['vm-0001=32', 'vm-0002=32', 'vm-0003=32', 'vm-0004=32', 'vm-0005=32']);
  });

  it.skipIf(!hasJq)('--all -o ndjson | jq counts every VM of scale:20000', () => {
    const r = bash('z QueryVmInstance --all -o ndjson | jq -r .name | wc -l', scale.port);
    expect(r.status, r.stderr).toBe(0);
    expect(Number(r.stdout.trim())).toBe(20000);
    const ids = bash('z QueryVmInstance --all --page-size 3000 -o ndjson -c uuid | jq -r .uuid | sort -u | wc -l', scale.port);
    expect(Number(ids.stdout.trim())).toBe(20000);
  });

  it('a reader that is slow to start gets every byte: the command ends after its last write, not with its output queued', () => {
    const prompt = bash('z QueryVmInstance limit=3000 -o json 2>/dev/null | wc -c', scale.port);
    const slow = bash('z QueryVmInstance limit=3000 -o json 2>/dev/null | (sleep 1; wc -c)', scale.port);
    expect(slow.status, slow.stderr).toBe(0);
    expect(Number(prompt.stdout)).toBeGreaterThan(1 << 20); // far more than a pipe holds
    expect(slow.stdout).toBe(prompt.stdout);
  });

  it('--all -o csv parses back with a CSV parser', () => {
    const r = bash('z QueryVmInstance --all -o csv -c uuid -c name -c vmNics.ip', scale.port);
    expect(r.status, r.stderr).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(20000);
    expect(Object.keys(rows[0])).toEqual(['uuid', 'name', 'vmNics.ip']);
    expect(rows.every((row) => /^[0-9a-f]{32}$/.test(row.uuid))).toBe(true);
  });

  it('prints no escape codes when piped, whatever the format', () => {
    for (const format of ['table', 'json', 'yaml', 'csv', 'value']) {
      const r = bash(`z QueryVmInstance limit=3 -o ${format} | cat`, demo.port);
      expect(r.status).toBe(0);
      expect(r.stdout, format).not.toMatch(/\x1b\[/);
    }
    expect(bash('z NoSuchVerb 2>&1 | cat', demo.port).stdout).not.toMatch(/\x1b\[/);
  });

  it('a failing line sets the exit code of a batch and of lines piped into the shell', () => {
    expect(bash("printf 'QueryZone count=true\\nQueryVmInstnace\\n' | z shell", demo.port).status).toBe(2);
    expect(bash("printf 'QueryZone count=true\\nQueryVmInstnace\\n' | z", demo.port).status).toBe(2);
    expect(bash("printf 'QueryZone count=true\\nQueryVmInstnace\\n' | z batch", demo.port).status).toBe(2);
    expect(bash("printf 'QueryZone count=true\\n' | z batch", demo.port).status).toBe(0);
  });

  it('--password-stdin: the password is in no file, no history and no --debug output', () => {
    const secret = 'Qw-7-unique-secret';
    expect(bash(`z CreateAccount name=stdin-acct --password-stdin`, demo.port, `${secret}\n`).status).toBe(0);
    const own = tempHome(); // logged in as the new account, apart from the other tests
    const login = bash('z LogInByAccount accountName=stdin-acct --password-stdin --debug 2>&1', demo.port, `${secret}\n`, own);
    expect(login.status, login.stdout).toBe(0);
    expect(login.stdout).not.toContain(secret);
    const shell = bash(`printf 'LogInByAccount accountName=stdin-acct password=${secret}\\n' | z shell`, demo.port, undefined, own);
    expect(shell.status).toBe(0);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(home.HOME);
    walk(own.HOME);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toContain(secret);
  });
});

describe.skipIf(!hasTmux)('colour on a terminal', () => {
  it('states in colour under a pty; none with NO_COLOR or --no-color', async () => {
    const shot = async (extra: string, env: Record<string, string> = {}) => {
      const dir = join(home.HOME, `tty-${Math.random().toString(36).slice(2)}`);
      mkdirSync(dir);
      const t = new TmuxSession(`${process.execPath} ${BIN} -H 127.0.0.1 -p ${demo.port} QueryVmInstance limit=3 -o table ${extra}`, { ...home, PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env });
      try {
        await t.waitFor(/└/);
        return execSync(`tmux capture-pane -e -p -t ${t.name}`, { encoding: 'utf8' });
      } finally {
        t.kill();
      }
    };
    expect(await shot('')).toMatch(/\x1b\[32mRunning/);
    expect(await shot('', { NO_COLOR: '1' })).not.toMatch(/\x1b\[3\dm/);
    expect(await shot('--no-color')).not.toMatch(/\x1b\[3\dm/);
  });
});
