// Persistence (--state), the embedded simulator, the `sim` command's options, and the built CLI against the simulator.
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSimArgs, runSimCommand, startEmbeddedSim } from '../../src/cli/sim.js';
import { CliError } from '../../src/errors.js';
import type { Io } from '../../src/output/io.js';
import { startSim } from '../../src/sim/index.js';
import { cliAsync, tempHome } from '../helpers/cli.js';
import { Harness } from './helpers.js';

const stateFile = () => join(tempHome().HOME, 'sim', 'state.json');

describe('--state FILE', () => {
  it('persists every change atomically (0600) and resumes after a restart', async () => {
    const file = stateFile();
    let h = await Harness.start({ kind: 'demo' }, {}, file);
    const s = await h.login();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await h.api('CreateZone', ['name=persisted'], s);
    const vm = (await h.query('QueryVmInstance', ['name=vm-0003'], s)).rows[0];
    await h.api('StopVmInstance', [`uuid=${vm.uuid}`], s);
    await h.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('zstack-cli-sim/1');
    h = await Harness.start({ kind: 'empty' }, {}, file);
    try {
      // The session survives the restart too.
      expect((await h.query('QueryZone', ['name=persisted'], s)).total).toBe(1);
      expect((await h.query('QueryVmInstance', ['name=vm-0003'], s)).rows[0].state).toBe('Stopped');
    } finally {
      await h.close();
    }
  });

  it('keeps generated rows generated and their changes in the file', async () => {
    const file = stateFile();
    let h = await Harness.start({ kind: 'scale', n: 500 }, {}, file);
    const s = await h.login();
    const vm = (await h.query('QueryVmInstance', ['name=vm-0042'], s)).rows[0];
    await h.api('DestroyVmInstance', [`uuid=${vm.uuid}`], s);
    await h.api('ExpungeVmInstance', [`uuid=${vm.uuid}`], s);
    await h.close();
    expect(readFileSync(file, 'utf8').length).toBeLessThan(200_000);
    h = await Harness.start({ kind: 'demo' }, {}, file);
    try {
      expect((await h.raw('GET', '/vm-instances?count=true', { session: s })).body.total).toBe(499);
      expect((await h.query('QueryVmInstance', ['name=vm-0042'], s)).total).toBe(0);
    } finally {
      await h.close();
    }
  });

  it('reports a damaged file and leaves it untouched', async () => {
    const file = stateFile();
    let h = await Harness.start({ kind: 'empty' }, {}, file);
    await h.close();
    for (const damage of ['{"format": "zstack-cli-sim/1", "extras": {', '{"hello": 1}']) {
      writeFileSync(file, damage);
      const err = await startSim({ port: 0, stateFile: file, data: { kind: 'demo' } }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).message).toMatch(/damaged|not a zstack-cli simulator state file/);
      expect(readFileSync(file, 'utf8')).toBe(damage);
    }
    chmodSync(file, 0o600);
  });
});

describe('embedded simulator', () => {
  it('starts on a free loopback port with state in the XDG state directory, logged in as admin', async () => {
    const env = tempHome();
    const first = await startEmbeddedSim(env);
    expect(first.endpoint.host).toBe('127.0.0.1');
    const res = await fetch(`http://127.0.0.1:${first.endpoint.port}/zstack/v1/zones`, { headers: { Authorization: `OAuth ${first.sessionUuid}` } });
    expect(((await res.json()) as { inventories: unknown[] }).inventories).toHaveLength(2);
    await first.close();
    expect(existsSync(join(env.XDG_STATE_HOME, 'zstack-cli', 'sim', 'state.json'))).toBe(true);
    const second = await startEmbeddedSim(env);
    expect(second.sessionUuid).not.toBe(first.sessionUuid);
    await second.close();
  });
});

describe('zstack-cli sim options', () => {
  it('parses the options and refuses bad ones as usage errors', () => {
    expect(parseSimArgs(['--port', '0', '--data', 'scale:10', '--job-delay=5', '--session-timeout', '60', '--state', '/tmp/x'])).toMatchObject({
      port: 0,
      data: { kind: 'scale', n: 10 },
      stateFile: '/tmp/x',
      sim: { jobDelayMs: 5, sessionTimeoutS: 60 },
    });
    for (const bad of [['--port', 'x'], ['--data', 'scale:0'], ['--data', 'lots'], ['--bogus'], ['--host']]) {
      expect(() => parseSimArgs(bad)).toThrow(CliError);
      try {
        parseSimArgs(bad);
      } catch (e) {
        expect((e as CliError).kind).toBe('usage');
      }
    }
  });

  it('reports a busy port as an error, not a crash', async () => {
    const h = await Harness.start({ kind: 'empty' });
    try {
      const err = await startSim({ port: h.running.port, data: { kind: 'empty' } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).message).toMatch(/cannot listen/);
    } finally {
      await h.close();
    }
  });

  it('runs in the foreground until SIGTERM, announcing its address on stderr', async () => {
    const lines: string[] = [];
    const io: Io = { out: (t) => lines.push(t), err: (t) => lines.push(t), stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, env: {} };
    const done = runSimCommand(['--port', '0', '--data', 'empty'], io);
    for (let i = 0; i < 100 && lines.length === 0; i++) await new Promise((ok) => setTimeout(ok, 10));
    expect(lines[0]).toMatch(/^zstack simulator listening on http:\/\/127\.0\.0\.1:\d+\/zstack \(admin\/password\)$/);
    const port = /:(\d+)\//.exec(lines[0])![1];
    expect((await fetch(`http://127.0.0.1:${port}/zstack/v1/zones`)).status).toBe(400);
    process.emit('SIGTERM');
    await done;
    await expect(fetch(`http://127.0.0.1:${port}/zstack/v1/zones`)).rejects.toThrow();
  });
});

describe('the built CLI against the simulator', () => {
  it('logs in, queries across resources and runs an asynchronous API', async () => {
    const h = await Harness.start({ kind: 'demo' });
    const home = tempHome();
    const at = ['-H', '127.0.0.1', '-p', String(h.running.port)];
    try {
      const login = await cliAsync(['LogInByAccount', 'accountName=admin', 'password=password', ...at], home);
      expect(login.code, login.stderr).toBe(0);
      const q = await cliAsync(['QueryVmInstance', 'vmNics.l3Network.name=public-net', 'fields=name', ...at], home);
      expect(q.code, q.stderr).toBe(0);
      expect(JSON.parse(q.stdout).inventories).toHaveLength(17);
      const zone = await cliAsync(['CreateZone', 'name=from-cli', ...at], home);
      expect(zone.code, zone.stderr).toBe(0);
      expect(JSON.parse(zone.stdout).inventory.name).toBe('from-cli');
      const err = await cliAsync(['StopVmInstance', `uuid=${'0'.repeat(32)}`, ...at], home);
      expect(err.code).toBe(1);
      expect(err.stderr).toMatch(/SYS\.1006/);
    } finally {
      await h.close();
    }
  });
});

describe('one writer per state file', () => {
  it('a second simulator on the same file is refused, or runs on a read-only copy, and never overwrites', async () => {
    const file = stateFile();
    const owner = await startSim({ port: 0, stateFile: file, data: { kind: 'empty' } });
    try {
      await expect(startSim({ port: 0, stateFile: file, data: { kind: 'empty' } })).rejects.toThrow(/in use by another simulator/);
      const reader = await startSim({ port: 0, stateFile: file, data: { kind: 'empty' }, busyState: 'readOnly' });
      expect(reader.readOnly).toBe(true);
      const before = readFileSync(file, 'utf8');
      reader.sim.store.table('Zone').put({ uuid: 'f'.repeat(32), name: 'only-in-the-copy' });
      await reader.close();
      expect(readFileSync(file, 'utf8')).toBe(before);
      expect(owner.readOnly).toBe(false);
    } finally {
      await owner.close();
    }
    // the owner is gone: the next one owns the file again
    const next = await startSim({ port: 0, stateFile: file, data: { kind: 'empty' } });
    expect(next.readOnly).toBe(false);
    await next.close();
  });
});
