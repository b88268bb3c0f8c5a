// No silent wrong answers (issue 14): what the tool knows about a login is shown as soon as it learns it, a mask is
// never sent as a secret, and hints inside the shell name what to type there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promptFor } from '../../src/cli/shell.js';
import { resolveContext } from '../../src/cli/context.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { memoryIo } from '../../src/output/io.js';
import { cliAsync, runCli, tempHome } from '../helpers/cli.js';

let sim: RunningSim;
let clock = Date.now();
beforeAll(async () => {
  sim = await startSim({ port: 0, data: { kind: 'demo' }, sim: { jobDelayMs: 0, now: () => clock, sessionTimeoutS: 60 } });
});
afterAll(() => sim.close());

describe('a session the server refused', () => {
  it('exit 4 once; from then on the prompt, profile list and the next command say it expired, without sending it', async () => {
    const home = tempHome();
    const run = (args: string[]) => runCli(['--profile', 'lab', ...args], home);
    expect((await runCli(['profile', 'add', 'lab', 'host=127.0.0.1', `port=${sim.port}`], home)).code).toBe(0);
    expect((await run(['LogInByAccount', 'accountName=admin', 'password=password'])).code).toBe(0);
    const prompt = () => promptFor(resolveContext(memoryIo({ env: home }), { profile: 'lab' }));
    expect(prompt()).toBe('[lab] admin@127.0.0.1 >>> ');
    expect((await runCli(['profile', 'list'], home)).stdout).toMatch(/lab\thttp:\/\/127\.0\.0\.1:\d+\/zstack\tlogged in as admin/);

    clock += 120_000; // the session's life is over on the server
    const refused = await run(['QueryZone', 'count=true']);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/ID\.1001/);
    expect(prompt()).toBe('[lab] - @127.0.0.1 >>> ');
    expect((await runCli(['profile', 'list'], home)).stdout).toMatch(/lab\t\S+\tsession expired \(was admin\)/);
    expect(JSON.parse((await runCli(['profile', 'show', 'lab'], home)).stdout).session.refusedAt).toMatch(/^\d{4}-/);
    const again = await run(['QueryZone', 'count=true']); // refused here, before anything is sent
    expect(again.code).toBe(4);
    expect(again.stderr).not.toMatch(/ID\.1001/);
    expect(again.stderr).toMatch(/the session of profile 'lab' \(admin\) expired: the server refused it at \d{4}-/);
    expect(again.stderr).toMatch(/log in again: zstack-cli --profile lab LogInByAccount/);

    // logging in again makes it true again
    expect((await run(['LogInByAccount', 'accountName=admin', 'password=password'])).code).toBe(0);
    expect(prompt()).toBe('[lab] admin@127.0.0.1 >>> ');
    expect((await run(['QueryZone', 'count=true'])).code).toBe(0);
  });

  it('a session left on a profile by a login elsewhere (-H/-p) is listed where it belongs, not as "logged in"', async () => {
    const home = tempHome();
    const at = `http://127.0.0.1:${sim.port}/zstack`;
    // The built binary, as the user ran it: the default profile, the server given on the command line.
    const login = await cliAsync(['LogInByAccount', 'accountName=admin', 'password=password', '-H', '127.0.0.1', '-p', String(sim.port)], home);
    expect(login.code, login.stderr).toBe(0);
    const list = await cliAsync(['profile', 'list'], home);
    expect(list.stdout).toContain(`* default\thttp://localhost:8080/zstack\tsession of admin at ${at} (not this profile's endpoint)\n`);
    expect(list.stdout).not.toMatch(/default\t.*logged in/);
    const later = await cliAsync(['QueryZone', 'count=true'], home); // what the line says: this profile cannot use it
    expect(later.code).toBe(4);
    expect(later.stderr).toContain(`belongs to ${at}`);
    expect((await cliAsync(['QueryZone', 'count=true', '-H', '127.0.0.1', '-p', String(sim.port)], home)).code).toBe(0);
    const show = JSON.parse((await cliAsync(['profile', 'show'], home)).stdout);
    expect(show).toMatchObject({ endpoint: 'http://localhost:8080/zstack', session: { account: 'admin', endpoint: at, usable: false } });
    // A profile whose own endpoint it is: logged in.
    await runCli(['profile', 'add', 'here', 'host=127.0.0.1', `port=${sim.port}`], home);
    expect((await runCli(['--profile', 'here', 'LogInByAccount', 'accountName=admin', 'password=password'], home)).code).toBe(0);
    expect((await runCli(['profile', 'list'], home)).stdout).toContain(`  here\t${at}\tlogged in as admin\n`);
    expect(JSON.parse((await runCli(['profile', 'show', 'here'], home)).stdout).session).not.toHaveProperty('usable');
    expect((await runCli(['profile', 'list'], { ...home, LANG: 'zh_CN.UTF-8' })).stdout).toContain(`admin 在 ${at} 的会话(不是此配置的地址)`);
  });

  it('an AccessKey profile is listed as such, not as "not logged in"', async () => {
    const home = tempHome();
    await runCli(['profile', 'add', 'keyed', 'host=127.0.0.1', 'accessKeyId=simAdminAccessKey', 'accessKeySecret=simAdminAccessKeySecret'], home);
    expect((await runCli(['profile', 'list'], home)).stdout).toMatch(/keyed\t\S+\tAccessKey simAdminAccessKey/);
  });
});

describe('a mask is never sent as a secret', () => {
  it('password=*** (history) or ******** (dry-run) is refused without a terminal, exit 2, nothing sent', async () => {
    const home = tempHome();
    for (const mask of ['***', '********']) {
      const r = await runCli(['CreateAccount', 'name=masked', `password=${mask}`, '-H', '127.0.0.1', '-p', String(sim.port)], home);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`password=${mask} is a mask, not the password`);
    }
    expect((await runCli(['profile', 'add', 'x', 'accessKeySecret=***'], home)).code).toBe(2);
    expect((await runCli(['profile', 'add', 'x', 'provider=ac', 'token=***'], home)).code).toBe(2);
  });

  it('on a terminal the secret is asked for (masked) and sent in its place', async () => {
    const home = tempHome();
    const at = ['-H', '127.0.0.1', '-p', String(sim.port)];
    expect((await runCli(['LogInByAccount', 'accountName=admin', 'password=password', ...at], home)).code).toBe(0);
    const r = await runCli(['CreateAccount', 'name=fromhistory', 'password=***', ...at], home, { tty: true, secrets: ['n3w-secret'] });
    expect(r.code, r.stderr).toBe(0);
    const login = await runCli(['LogInByAccount', 'accountName=fromhistory', 'password=n3w-secret', ...at], tempHome());
    expect(login.code, login.stderr).toBe(0);
  });

  it('history masks tokens too', async () => {
    const { maskSecrets } = await import('../../src/shell/history.js');
    expect(maskSecrets('profile add ac provider=ac token=eyJabc')).toBe('profile add ac provider=ac token=***');
  });
});

describe('hints inside the shell name what to type there', () => {
  it('LogInByAccount ..., not zstack-cli --profile lab LogInByAccount ...', async () => {
    const home = tempHome();
    await runCli(['profile', 'add', 'lab', 'host=127.0.0.1', `port=${sim.port}`], home);
    const r = await runCli(['--profile', 'lab', 'shell'], home, { input: 'QueryZone\n' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^ {2}log in first: LogInByAccount accountName=admin$/m);
    expect(r.stderr).not.toMatch(/zstack-cli --profile lab/);
    const once = await runCli(['--profile', 'lab', 'QueryZone'], home);
    expect(once.stderr).toMatch(/log in first: zstack-cli --profile lab LogInByAccount/);
  });

  it('history, more and save used one-shot say where they work and where their data is', async () => {
    const home = tempHome();
    const h = await runCli(['history'], home);
    expect(h.code).toBe(2);
    expect(h.stderr).toMatch(/'history' works inside the interactive shell/);
    expect(h.stderr).toContain(`the history is kept in ${home.XDG_STATE_HOME}/zstack-cli/history`);
    const m = await runCli(['more'], home);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/keeps results across sessions: type `more` in it/);
    expect((await runCli(['save', '1', 'x.json'], home)).stderr).toMatch(/'save' works inside the interactive shell/);
  });
});

describe('profile settings are checked when they are saved, not when they are used', () => {
  it('caCert is kept by its full name and must be readable; serverTimeZone must be an offset; a plain-http endpoint reads no certificate', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const home = tempHome();
    const dir = mkdtempSync(join(tmpdir(), 'zstack-cli-ca-'));
    writeFileSync(join(dir, 'ca.pem'), 'not really a certificate');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await runCli(['profile', 'add', 'tls', 'host=127.0.0.1', 'caCert=ca.pem'], home)).code).toBe(0);
      const missing = await runCli(['profile', 'add', 'tls', 'caCert=nofile.pem'], home);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/caCert: cannot read .*nofile\.pem: ENOENT/);
    } finally {
      process.chdir(cwd);
    }
    expect(JSON.parse((await runCli(['profile', 'show', 'tls'], home)).stdout).caCert).toBe(join(dir, 'ca.pem'));
    const zone = await runCli(['profile', 'add', 'tls', 'serverTimeZone=Mars/X'], home);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toMatch(/serverTimeZone: 'Mars\/X' is not an offset such as \+08:00/);
    expect((await runCli(['profile', 'add', 'tls', 'serverTimeZone=+05:30'], home)).code).toBe(0);
    // The certificate is for TLS: a login over plain http to the simulator does not read it.
    expect((await runCli(['profile', 'add', 'plain', 'host=127.0.0.1', `port=${sim.port}`, `caCert=${join(dir, 'ca.pem')}`], home)).code).toBe(0);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'ca.pem'));
    const login = await runCli(['--profile', 'plain', 'LogInByAccount', 'accountName=admin', 'password=password'], home);
    expect(login.code, login.stderr).toBe(0);
  });
});

