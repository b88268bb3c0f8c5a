// Persistence (--state), the embedded simulator, the `sim` command's options, and the built CLI against the simulator.
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimCommand, simCommand, simStartOptions, startEmbeddedSim } from '../../src/cli/sim.js';
import { CliError } from '../../src/errors.js';
import { memoryIo } from '../../src/output/io.js';
import { startSim } from '../../src/sim/index.js';
import { cliAsync, runCli, tempHome } from '../helpers/cli.js';
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
  it('starts on a free loopback port with state in the XDG state directory; --sim logs in as admin through the CLI', async () => {
    const env = tempHome();
    const first = await startEmbeddedSim(env);
    expect(first.endpoint.host).toBe('127.0.0.1');
    await first.close();
    expect(existsSync(join(env.XDG_STATE_HOME, 'zstack-cli', 'sim', 'state.json'))).toBe(true);
    const zones = await runCli(['--sim', 'QueryZone', 'fields=name'], env);
    expect(zones.code, zones.stderr).toBe(0);
    expect(JSON.parse(zones.stdout).inventories).toHaveLength(2);
    // The admin login travels like any verb's: the request builder hashes the password, the transport sends it.
    const debug = await runCli(['--sim', 'QueryZone', 'count=true', '--debug'], env);
    expect(debug.stderr).toMatch(/> GET http:\/\/127\.0\.0\.1:\d+\/zstack\/v1\/zones\?count=true/);
  });
});

describe('zstack-cli sim options', () => {
  it('parses the options and refuses bad ones as usage errors', async () => {
    expect(simStartOptions({ port: '0', data: 'scale:10', 'job-delay': '5', 'session-timeout': '60', state: '/tmp/x' })).toMatchObject({
      port: 0,
      data: { kind: 'scale', n: 10 },
      stateFile: '/tmp/x',
      sim: { jobDelayMs: 5, sessionTimeoutS: 60 },
    });
    expect(simStartOptions({ 'max-body': '2' }).maxBodyBytes).toBe(2 * 1024 * 1024);
    expect(simCommand({ provider: 'ac', 'max-body': '3' }).options).toMatchObject({ maxBodyBytes: 3 * 1024 * 1024 });
    for (const bad of [{ port: 'x' }, { data: 'scale:0' }, { data: 'lots' }, { host: '' }, { 'job-delay': '-1' }, { 'max-body': '0' }, { 'max-body': '2048' }]) {
      expect(() => simStartOptions(bad)).toThrow(CliError);
    }
    // Through the program: unknown options, missing values, --help.
    const home = tempHome();
    for (const argv of [['sim', '--bogus'], ['sim', '--host'], ['sim', '--port', 'x'], ['sim', '--data', 'lots']]) {
      const r = await runCli(argv, home);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect((await runCli(['sim', '--prt', '1'], home)).stderr).toMatch(/unknown option '--prt'\n\s+did you mean: --port\?/);
    const help = await runCli(['sim', '--help'], home);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--session-timeout <seconds>/);
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
    const io = memoryIo();
    const lines = () => io.messages.map((m) => m.text);
    const done = runSimCommand(simCommand({ port: '0', data: 'empty' }), io);
    for (let i = 0; i < 100 && lines().length === 0; i++) await new Promise((ok) => setTimeout(ok, 10));
    expect(lines()[0]).toMatch(/^zstack simulator listening on http:\/\/127\.0\.0\.1:\d+\/zstack \(admin\/password\)$/);
    const port = /:(\d+)\//.exec(lines()[0])![1];
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
      const login = await runCli(['LogInByAccount', 'accountName=admin', 'password=password', ...at], home);
      expect(login.code, login.stderr).toBe(0);
      const q = await runCli(['QueryVmInstance', 'vmNics.l3Network.name=public-net', 'fields=name', ...at], home);
      expect(q.code, q.stderr).toBe(0);
      expect(JSON.parse(q.stdout).inventories).toHaveLength(17);
      const zone = await runCli(['CreateZone', 'name=from-cli', ...at], home);
      expect(zone.code, zone.stderr).toBe(0);
      expect(JSON.parse(zone.stdout).inventory.name).toBe('from-cli');
      const err = await runCli(['StopVmInstance', `uuid=${'0'.repeat(32)}`, ...at], home);
      expect(err.code).toBe(1);
      expect(err.stderr).toMatch(/SYS\.1003/);
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

describe('the embedded simulator shared by several processes', () => {
  it("a second zstack-cli talks to the first one's simulator: its changes are kept and seen by both", async () => {
    const env = tempHome();
    const first = await startEmbeddedSim(env); // this process: a shell, say
    try {
      const address = JSON.parse(readFileSync(join(env.XDG_STATE_HOME, 'zstack-cli', 'sim', 'state.json.address'), 'utf8'));
      expect(address).toEqual({ pid: process.pid, port: first.endpoint.port, contextPath: 'zstack' });
      // another process (the built binary) creates an account
      const made = await cliAsync(['--sim', 'CreateAccount', 'name=from-elsewhere', 'password=pw'], env);
      expect(made.code, made.stderr).toBe(0);
      expect(made.stderr).toBe('');
      // this process sees it on its running simulator
      const seen = await runCli(['-H', '127.0.0.1', '-p', String(first.endpoint.port), 'LogInByAccount', 'accountName=from-elsewhere', 'password=pw'], tempHome());
      expect(seen.code, seen.stderr).toBe(0);
    } finally {
      await first.close();
    }
    expect(existsSync(join(env.XDG_STATE_HOME, 'zstack-cli', 'sim', 'state.json.address'))).toBe(false);
    // and it was kept in the state: the next process, starting its own simulator, still has it
    const later = await cliAsync(['--sim', 'QueryAccount', 'name=from-elsewhere', 'count=true'], env);
    expect(JSON.parse(later.stdout)).toEqual({ total: 1 });
  });

  it('a state held by a process that does not say where it listens: exit 1, saying why, nothing changed', async () => {
    const env = tempHome();
    const file = join(env.XDG_STATE_HOME, 'zstack-cli', 'sim', 'state.json');
    const foreground = await startSim({ port: 0, stateFile: file, data: { kind: 'demo' } }); // like `zstack-cli sim --state FILE`
    try {
      const before = readFileSync(file, 'utf8');
      const r = await cliAsync(['--sim', 'CreateAccount', 'name=lost', 'password=pw'], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/state \(.*state\.json\) is held by another process that does not say where it listens/);
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      await foreground.close();
    }
  });
});
