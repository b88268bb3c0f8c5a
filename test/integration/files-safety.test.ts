// The tool's files cannot be turned against the user (issue 15): no write through a symbolic link, private
// directories, locks that let every waiter have its turn and are taken over at once from a dead owner.
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/session/config.js';
import { withFileLock } from '../../src/session/lock.js';
import { appendHistory, loadHistory } from '../../src/shell/history.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { cliAsync, runCli, tempHome } from '../helpers/cli.js';

const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('symbolic links are never written through', () => {
  it('a linked config.json is refused: its target keeps its content and mode', async () => {
    const home = tempHome();
    const dir = join(home.XDG_CONFIG_HOME, 'zstack-cli');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const target = join(home.HOME, 'elsewhere.json');
    writeFileSync(target, '{"profiles":{}}\n');
    chmodSync(target, 0o644);
    symlinkSync(target, join(dir, 'config.json'));
    const r = await runCli(['profile', 'add', 'lab', 'host=10.0.0.1'], home);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config\.json is a symbolic link: zstack-cli does not write through links/);
    expect(readFileSync(target, 'utf8')).toBe('{"profiles":{}}\n');
    expect(statSync(target).mode & 0o777).toBe(0o644);
    expect(lstatSync(join(dir, 'config.json')).isSymbolicLink()).toBe(true);
  });

  it('a linked history file is left alone (the line is not written anywhere)', () => {
    const home = tempHome();
    const state = join(home.XDG_STATE_HOME, 'zstack-cli');
    mkdirSync(state, { recursive: true, mode: 0o700 });
    const target = join(home.HOME, 'victim.txt');
    writeFileSync(target, 'precious\n');
    symlinkSync(target, join(state, 'history'));
    appendHistory(join(state, 'history'), 'QueryZone');
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
  });

  it('history masks every spelling of a secret the grammar could read', () => {
    const home = tempHome();
    const file = join(home.XDG_STATE_HOME, 'zstack-cli', 'history');
    for (const line of ['CreateAccount name=a password = s3cret', 'CreateAccount name=a password =s3cret', 'CreateAccount name=a password= s3cret', "CreateAccount name=a 'password'='s3cret'"]) appendHistory(file, line);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('s3cret');
    expect(loadHistory(file).map((h) => h.line)).toEqual([
      'CreateAccount name=a password = ***',
      'CreateAccount name=a password =***',
      'CreateAccount name=a password= ***',
      'CreateAccount name=a password=***',
    ]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('private directories', () => {
  it('a state or config directory that others can write is made private (0700) before anything is written in it', async () => {
    const home = tempHome();
    const state = join(home.XDG_STATE_HOME, 'zstack-cli');
    const config = join(home.XDG_CONFIG_HOME, 'zstack-cli');
    mkdirSync(state, { recursive: true });
    mkdirSync(config, { recursive: true });
    chmodSync(state, 0o777);
    chmodSync(config, 0o775);
    expect((await runCli(['profile', 'add', 'lab', 'host=10.0.0.1'], home)).code).toBe(0);
    expect(statSync(config).mode & 0o777).toBe(0o700);
    appendHistory(join(state, 'history'), 'QueryZone');
    expect(statSync(state).mode & 0o777).toBe(0o700);
  });

  it('new directories are created 0700', async () => {
    const home = tempHome();
    expect((await runCli(['profile', 'add', 'lab', 'host=10.0.0.1'], home)).code).toBe(0);
    expect(statSync(join(home.XDG_CONFIG_HOME, 'zstack-cli')).mode & 0o777).toBe(0o700);
  });
});

describe('locks', () => {
  it("a lock left by a process that has gone is taken over at once (not after 10 s)", async () => {
    const dir = join(tempHome().HOME, 'locks');
    mkdirSync(dir, { recursive: true });
    const lock = join(dir, 'x.lock');
    writeFileSync(lock, `${deadPid()}:crashed`);
    const started = Date.now();
    expect(await withFileLock(lock, () => 'mine')).toBe('mine');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('waiters behind a busy lock all get their turn: 24 concurrent profile adds, all stored', async () => {
    const home = tempHome();
    const runs = await Promise.all(Array.from({ length: 24 }, (_, i) => cliAsync(['profile', 'add', `p${i}`, `host=10.0.0.${i + 1}`], home)));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(readConfig(home).profiles).sort()).toEqual(Array.from({ length: 24 }, (_, i) => `p${i}`).sort());
  }, 60_000);
});

describe('sessions the server granted', () => {
  let sim: RunningSim;
  beforeAll(async () => {
    sim = await startSim({ port: 0, data: { kind: 'empty' }, sim: { jobDelayMs: 0 } });
  });
  afterAll(() => sim.close());

  it('12 concurrent logins to one profile: every one succeeds and the stored session is one of theirs, valid', async () => {
    const home = tempHome();
    const at = ['-H', '127.0.0.1', '-p', String(sim.port)];
    const runs = await Promise.all(Array.from({ length: 12 }, () => cliAsync(['LogInByAccount', 'accountName=admin', 'password=password', ...at], home)));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const uuids = runs.map((r) => JSON.parse(r.stdout).inventory.uuid);
    const stored = JSON.parse(readFileSync(join(home.XDG_STATE_HOME, 'zstack-cli', 'sessions', 'default.json'), 'utf8')).uuid;
    expect(uuids).toContain(stored);
    expect((await runCli(['QueryZone', 'count=true', ...at], home)).code).toBe(0);
  }, 60_000);
});
