// --debug: every request and answer on stderr with its headers and body, secrets masked (sessions, AccessKey
// signatures, EOS and AC tokens, passwords, a login's session), large bodies cut with a note. In process and through
// the binary, against the simulators and a server that answers secrets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBUG_BODY_LIMIT, MASK } from '../../src/request/render.js';
import { AC_ADMIN_TOKEN, startAcSim } from '../../src/sim/ac.js';
import { startEosSim } from '../../src/sim/eos.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { cliAsync, runCli, tempHome } from '../helpers/cli.js';
import { fakeServer, json } from '../helpers/fake-server.js';

const masked = MASK.replace(/\*/g, '\\*');
const storedSession = (home: Record<string, string>, profile = 'default'): string => JSON.parse(readFileSync(join(home.XDG_STATE_HOME, 'zstack-cli', 'sessions', `${profile}.json`), 'utf8')).uuid;

describe('--debug against the ZStack simulator', () => {
  let sim: RunningSim;
  let home: Record<string, string>;
  let at: string[];
  const run = (...args: string[]) => runCli([...args, ...at, '--debug'], home);

  beforeAll(async () => {
    sim = await startSim({ port: 0, data: { kind: 'demo' }, sim: { jobDelayMs: 20 } });
    home = tempHome();
    at = ['-H', '127.0.0.1', '-p', String(sim.port)];
  });
  afterAll(() => sim.close());

  it('shows the headers and bodies of a login, with the password and the new session masked', async () => {
    const r = await run('LogInByAccount', 'accountName=admin', 'password=password');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^> PUT http:\/\/127\.0\.0\.1:\d+\/zstack\/v1\/accounts\/login\n> Content-Type: application\/json;charset=UTF-8\n> \{"logInByAccount":\{"accountName":"admin","password":"\*{8}"\}\}$/m);
    expect(r.stderr).toMatch(/^< 200 PUT http:\/\/\S+\/accounts\/login \(\d+ ms, \d+ bytes\)\n(< [a-z-]+: .*\n)+< \{"inventory":\{"uuid":"\*{8}","accountUuid":"[0-9a-f]{32}"/m);
    const session = storedSession(home);
    expect(r.stderr).not.toContain(session);
    expect(r.stderr).not.toMatch(/"password":"(?!\*{8})/);
  });

  it('shows the session as OAuth plus the mask, the answer body, and each poll of a job', async () => {
    const q = await run('QueryZone', 'fields=uuid,name', 'limit=1');
    expect(q.code, q.stderr).toBe(0);
    expect(q.stderr).toMatch(new RegExp(`^> Authorization: OAuth ${masked}$`, 'm'));
    expect(q.stderr).toMatch(/^< \{"inventories":\[\{"uuid":"[0-9a-f]{32}","name":"ZONE-1"\}\]/m);
    expect(q.stderr).not.toContain(storedSession(home));
    const c = await run('CreateAccount', 'name=debug-acct', 'password=Very-Secret-9');
    expect(c.code, c.stderr).toBe(0);
    expect(c.stderr).toMatch(/^> \{"params":\{"name":"debug-acct","password":"\*{8}"\}\}$/m);
    expect(c.stderr).toMatch(/^< 202 POST .*\n(< .*\n)*< \{"location":"http:\/\/\S+\/api-jobs\/[0-9a-f]{32}"/m);
    expect(c.stderr).toMatch(/^< 200 GET http:\/\/\S+\/api-jobs\/[0-9a-f]{32} .*\n(< .*\n)*< \{"inventory":\{"uuid":"[0-9a-f]{32}","name":"debug-acct"/m);
    expect(c.stderr).not.toContain('Very-Secret-9');
  });

  it('keeps a large body to its first KB with a note, read whole or streamed', async () => {
    const whole = await run('QueryVmInstance');
    expect(whole.code).toBe(0);
    const size = Buffer.byteLength(JSON.stringify(JSON.parse(whole.stdout)));
    expect(size).toBeGreaterThan(DEBUG_BODY_LIMIT);
    expect(whole.stderr).toMatch(new RegExp(`^< \\.\\.\\. \\(\\d+ bytes in all; the first ${DEBUG_BODY_LIMIT} characters shown\\)$`, 'm'));
    expect(whole.stderr.length).toBeLessThan(DEBUG_BODY_LIMIT + 2000);
    // limit= above 2000 rows: the answer is read as it comes, and still shown cut.
    const streamed = await run('QueryVmInstance', 'limit=5000', '-o', 'ndjson');
    expect(streamed.code, streamed.stderr).toBe(0);
    expect(streamed.stdout.trim().split('\n')).toHaveLength(50);
    expect(streamed.stderr).toMatch(new RegExp(`^< \\.\\.\\. \\(\\d+ bytes in all; the first ${DEBUG_BODY_LIMIT} characters shown\\)$`, 'm'));
  });

  it('the binary writes the same to stderr and nothing of it to stdout', async () => {
    const r = await cliAsync(['QueryZone', 'fields=name', 'limit=1', ...at, '--debug'], home);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ inventories: [{ name: 'ZONE-1' }] });
    expect(r.stderr).toMatch(new RegExp(`^> GET http://127\\.0\\.0\\.1:\\d+/zstack/v1/zones\\?limit=1&fields=name\\n> Authorization: OAuth ${masked}\\n< 200 GET `, 'm'));
    expect(r.stderr).toMatch(/^< \{"inventories":\[\{"name":"ZONE-1"\}\]/m);
    expect(r.stderr).not.toContain(storedSession(home));
  });
});

describe('--debug against a server that answers secrets', () => {
  it('masks the AccessKey signature, secret headers and secret values in an answer', async () => {
    const server = await fakeServer((_, res) => {
      res.setHeader('Set-Cookie', 'JSESSIONID=cookie-secret-1');
      res.setHeader('X-Subject-Token', 'subject-secret-2');
      json(res, 200, { inventories: [{ uuid: 'a'.repeat(32), name: 'k', AccessKeySecret: 'ak-secret-3', password: 'pw-secret-4', description: 'not secret' }] });
    });
    try {
      const r = await runCli(['QueryZone', '-H', '127.0.0.1', '-p', String(server.port), '--debug'], { ...tempHome(), ZSTACK_ACCESS_KEY_ID: 'KEY-ID-5', ZSTACK_ACCESS_KEY_SECRET: 'KEY-SECRET-6' });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`^> Authorization: ZStack ${masked}$`, 'm'));
      expect(r.stderr).toMatch(/^> Date: \w{3}, \d\d \w{3} \d{4} /m);
      expect(r.stderr).toMatch(new RegExp(`^< set-cookie: ${masked}\\n`, 'm'));
      expect(r.stderr).toMatch(new RegExp(`^< x-subject-token: ${masked}\\n`, 'm'));
      expect(r.stderr).toContain(`"AccessKeySecret":"${MASK}","password":"${MASK}","description":"not secret"`);
      const signature = server.seen[0].headers.authorization!.split(':')[1];
      for (const secret of ['cookie-secret-1', 'subject-secret-2', 'ak-secret-3', 'pw-secret-4', 'KEY-ID-5', 'KEY-SECRET-6', signature]) expect(r.stderr).not.toContain(secret);
    } finally {
      await server.close();
    }
  });
});

describe('--debug with EOS and AC', () => {
  it("masks EOS's X-Subject-Token answer and X-Auth-Token header, and AC's token and password headers", async () => {
    const eos = await startEosSim({ port: 0 });
    const ac = await startAcSim({ port: 0 });
    const home = tempHome();
    try {
      const where = ['-H', '127.0.0.1', '-p', String(eos.port), '--provider', 'eos'];
      const login = await runCli(['LogIn', 'user_name=admin', 'password=password', 'project_name=admin', ...where, '--debug'], home);
      expect(login.code, login.stderr).toBe(0);
      expect(login.stderr).toMatch(new RegExp(`^< x-subject-token: ${masked}$`, 'm'));
      expect(login.stderr).toMatch(/"password":\{"user":\{"name":"admin","domain":\{"name":"Default"\},"password":"\*{8}"\}\}/);
      const usage = await runCli(['GetDomainUsage', ...where, '--debug'], home);
      expect(usage.code, usage.stderr).toBe(0);
      expect(usage.stderr).toMatch(new RegExp(`^> X-Auth-Token: ${masked}$`, 'm'));
      const token = storedSession(home);
      expect(login.stderr + usage.stderr).not.toContain(token);

      const member = ['AddMemberUser', 'userName=debugger', 'userFullName=Dbg', 'clusterIds=11112', 'password=Ac-Secret-7'];
      const r = await runCli([...member, '-H', '127.0.0.1', '-p', String(ac.port), '--provider', 'ac', '--debug'], { ...home, AC_TOKEN: AC_ADMIN_TOKEN, ZSTACK_HTTPS: 'false' });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`^> token: ${masked}$`, 'm'));
      expect(r.stderr).toMatch(new RegExp(`^> password: ${masked}$`, 'm'));
      expect(r.stderr).toMatch(/^> userName: debugger$/m);
      expect(r.stderr).toMatch(/^< \{"code":"0"/m);
      expect(r.stderr).not.toContain('Ac-Secret-7');
      expect(r.stderr).not.toContain(AC_ADMIN_TOKEN);
    } finally {
      await eos.close();
      await ac.close();
    }
  });
});
