// Bad input and damaged files: clear messages, the right exit code, nothing stored lost.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync, runCli, startSimProcess, tempHome } from '../helpers/cli.js';
import { fakeServer, json } from '../helpers/fake-server.js';

describe('damaged or hand-edited configuration', () => {
  it.each([
    ['{"profiles":{"lab":{"host":5}},"currentProfile":"lab"}', /profile 'lab': host 5 is not valid/],
    ['{"profiles":{"lab":{"port":"abc"}}}', /port "abc" is not valid/],
    ['{"profiles":{"lab":"str"}}', /profile 'lab' is not an object/],
    ['null', /not a JSON object/],
  ])('%s is reported as damaged (exit 2) and left as it is', async (text, message) => {
    const home = tempHome();
    const file = join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json');
    mkdirSync(join(home.XDG_CONFIG_HOME, 'zstack-cli'), { recursive: true });
    writeFileSync(file, text);
    for (const args of [['profile', 'list'], ['QueryZone', '--dry-run']]) {
      const r = await runCli(args, home);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is damaged/);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/internal error/);
    }
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('hosts and parameters that would change the URL', () => {
  it.each([['evil.com/x?'], ['http://x'], ['a b'], ['']])('-H %j is refused', async (host) => {
    const r = await runCli(['QueryZone', '--dry-run', '-H', host]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a host name or address/);
  });

  it('an empty path parameter is refused before sending', async () => {
    const r = await runCli(['StartVmInstance', 'uuid=', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/uuid cannot be empty/);
  });
});

describe('a session belongs to its endpoint', () => {
  it('is not sent to another server when the profile points elsewhere', async () => {
    const server = await fakeServer((req, res) =>
      req.url.endsWith('/login') ? json(res, 200, { inventory: { uuid: 'a'.repeat(32), accountUuid: 'b' } }) : json(res, 200, { inventories: [] }),
    );
    const home = tempHome();
    try {
      expect((await runCli(['profile', 'add', 'lab', 'host=127.0.0.1', `port=${server.port}`], home)).code).toBe(0);
      expect((await runCli(['--profile', 'lab', 'LogInByAccount', 'accountName=admin', 'password=password'], home)).code).toBe(0);
      expect((await runCli(['--profile', 'lab', 'QueryZone'], home)).code).toBe(0);
      const other = await runCli(['--profile', 'lab', 'QueryZone', '-p', String(server.port + 1)], home);
      expect(other.code).toBe(4);
      expect(other.stderr).toMatch(/the session stored for this profile belongs to http:\/\/127\.0\.0\.1:\d+\/zstack/);
      expect(server.seen.filter((s) => s.headers.authorization)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

describe('zstack-cli sim takes its own options', () => {
  it('--port 0 --data empty --job-delay 5 --session-timeout 60 --state FILE', async () => {
    const home = tempHome();
    const state = join(home.HOME, 'sim.json');
    const { child, port, exited } = await startSimProcess(['--data', 'empty', '--job-delay', '5', '--session-timeout', '60', '--state', state], { PATH: process.env.PATH, ...home });
    try {
      expect(port).not.toBe(8080);
      const q = await cliAsync(['QueryVmInstance', 'count=true', '-H', '127.0.0.1', '-p', String(port)], { ...home, ZSTACK_ACCESS_KEY_ID: 'simAdminAccessKey', ZSTACK_ACCESS_KEY_SECRET: 'simAdminAccessKeySecret' });
      expect(q.code, q.stderr).toBe(0);
      expect(JSON.parse(q.stdout)).toEqual({ total: 0 });
    } finally {
      child.kill('SIGINT');
      await exited;
    }
    expect(JSON.parse(readFileSync(state, 'utf8'))).toBeTypeOf('object');
    const bad = await runCli(['sim', '--data', 'lots']);
    expect(bad.code).toBe(2);
  });
});

describe('a damaged session file', () => {
  it('reads as not logged in (exit 4) and the next login replaces it', async () => {
    const server = await fakeServer((req, res) =>
      req.url.endsWith('/login') ? json(res, 200, { inventory: { uuid: 'c'.repeat(32), accountUuid: 'b' } }) : json(res, 200, { inventories: [] }),
    );
    const home = tempHome();
    const at = ['-H', '127.0.0.1', '-p', String(server.port)];
    const file = join(home.XDG_STATE_HOME, 'zstack-cli', 'sessions', 'default.json');
    try {
      mkdirSync(join(home.XDG_STATE_HOME, 'zstack-cli', 'sessions'), { recursive: true });
      writeFileSync(file, '{broken');
      const q = await runCli(['QueryZone', ...at], home);
      expect(q.code).toBe(4);
      expect(q.stderr).toMatch(/session file .* is damaged[\s\S]*log in again/);
      const login = await runCli(['LogInByAccount', 'accountName=admin', 'password=password', ...at], home);
      expect(login.code, login.stderr).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8')).uuid).toBe('c'.repeat(32));
      expect((await runCli(['QueryZone', ...at], home)).code).toBe(0);
    } finally {
      await server.close();
    }
  });
});
