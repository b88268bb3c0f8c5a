// EasyStack EOS and AC end to end: the CLI (in process, as `run` calls it) against the EOS and AC simulators over
// real HTTP, through profiles, sessions, exit codes and output formats. The simulators share no code with the client;
// the seeds' examples are the fixtures.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AC_ADMIN_TOKEN, AC_MEMBER_TOKEN, AC_SEED_TOKEN, startAcSim } from '../../src/sim/ac.js';
import { EOS_DEPT_DOMAIN, EOS_SEED_ADMIN, EOS_TEST_USER, startEosSim } from '../../src/sim/eos.js';
import type { RunningProviderSim } from '../../src/sim/provider-sim.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { fakeServer, json } from '../helpers/fake-server.js';
import { AC_MEMBER_URL_PATH, AC_SUCCESS } from '../fixtures/seed-eos-ac.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/eos/${name}`, import.meta.url), 'utf8'));
const DOMAIN = EOS_DEPT_DOMAIN.id;
const EXIT = { ok: 0, api: 1, usage: 2, auth: 4 };

describe('EasyStack EOS against its simulator', () => {
  let sim: RunningProviderSim;
  let clock = Date.now();
  let home: Record<string, string>;
  const eos = (args: string[], opts: Parameters<typeof runCli>[2] = {}) => runCli(['--profile', 'eos', ...args], home, opts);
  const login = (...args: string[]) => eos(['LogIn', 'user_name=admin', 'password=password', 'project_name=admin', ...args]);

  beforeAll(async () => {
    sim = await startEosSim({ port: 0, now: () => clock });
    home = tempHome();
    const add = await runCli(['profile', 'add', 'eos', 'provider=eos', 'host=127.0.0.1', `port=${sim.port}`], home);
    expect(add.code, add.stderr).toBe(0);
  });
  afterAll(() => sim.close());

  it('without a log-in every verb exits 4 and says how to log in', async () => {
    const r = await eos(['GetDomainUsage']);
    expect(r.code).toBe(EXIT.auth);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not logged in \(profile 'eos'/);
    expect(r.stderr).toContain("LogIn user_name=<name> project_name=<project>");
  });

  it('LogIn keeps the Keystone token from X-Subject-Token with its expiry, per profile, 0600; later verbs send it', async () => {
    const r = await login();
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout).token.user.name).toBe('admin');
    expect(r.stderr).toMatch(/logged in to http:\/\/127\.0\.0\.1:\d+ as admin, project admin \(profile 'eos'; the token expires \d{4}-/);
    const file = join(home.XDG_STATE_HOME!, 'zstack-cli', 'sessions', 'eos.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored).toMatchObject({ provider: 'eos', userName: 'admin', expiredDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(stored.uuid).toMatch(/^\S{16,}$/);
    expect(r.stdout).not.toContain(stored.uuid); // the token is never printed
    const list = await runCli(['profile', 'list'], home);
    expect(list.stdout).toMatch(/eos\teos http:\/\/127\.0\.0\.1:\d+\tlogged in as admin/);
  });

  it("GetDomainQuota answers the seed's example for the seeded department; table and value formats work", async () => {
    const r = await eos(['GetDomainQuota', `domain_id=${DOMAIN}`]);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout)).toEqual(fixture('domain-quota.json'));
    const cores = await eos(['GetDomainQuota', `domain_id=${DOMAIN}`, '-o', 'json', '--query', 'domain.RegionOne.quotas.cores']);
    expect(cores.code, cores.stderr).toBe(EXIT.ok);
    expect(JSON.parse(cores.stdout)).toBe((fixture('domain-quota.json') as { domain: { RegionOne: { quotas: { cores: number } } } }).domain.RegionOne.quotas.cores);
  });

  it("GetDomainUsage answers the seed's example", async () => {
    const r = await eos(['GetDomainUsage']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout)).toEqual(fixture('domain-usage.json'));
  });

  it("UpdateDomainQuota applies the seed's example (router 3000, cores 100) and GetDomainQuota sees it; per-type items too", async () => {
    const r = await eos(['UpdateDomainQuota', `domain_id=${DOMAIN}`, 'region=RegionOne', 'cores=100', 'router=3000']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    const after = JSON.parse((await eos(['GetDomainQuota', `domain_id=${DOMAIN}`])).stdout).domain.RegionOne.quotas;
    expect(after).toMatchObject({ cores: 100, router: 3000 });
    const typed = await eos(['UpdateDomainQuota', `domain_id=${DOMAIN}`, 'region=RegionOne', 'volumes_ssd=40', 'gigabytes_ssd=-1']);
    expect(typed.code, typed.stderr).toBe(EXIT.ok);
    expect(JSON.parse((await eos(['GetDomainQuota', `domain_id=${DOMAIN}`])).stdout).domain.RegionOne.quotas).toMatchObject({ volumes_ssd: 40, gigabytes_ssd: -1 });
  });

  it('a quota below what is allocated is an API error (exit 1) naming the item; nothing changes', async () => {
    const before = (await eos(['GetDomainQuota', `domain_id=${DOMAIN}`])).stdout;
    const r = await eos(['UpdateDomainQuota', `domain_id=${DOMAIN}`, 'region=RegionOne', 'cores=0']);
    expect(r.code).toBe(EXIT.api);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^zstack-cli: 409 Conflict: .*cores/m);
    expect((await eos(['GetDomainQuota', `domain_id=${DOMAIN}`])).stdout).toBe(before);
  });

  it('an unknown department is exit 1 with the 404 record; bad values never leave the client (exit 2)', async () => {
    const r = await eos(['GetDomainQuota', 'domain_id=nosuchdomain']);
    expect(r.code).toBe(EXIT.api);
    expect(r.stderr).toMatch(/404 Not Found/);
    const notNumber = await eos(['UpdateDomainQuota', `domain_id=${DOMAIN}`, 'region=RegionOne', 'cores=many']);
    expect(notNumber.code).toBe(EXIT.usage);
    const unknown = await eos(['UpdateDomainQuota', `domain_id=${DOMAIN}`, 'region=RegionOne', 'coers=1']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toMatch(/did you mean: cores/);
    const noRegion = await eos(['UpdateDomainQuota', `domain_id=${DOMAIN}`, 'cores=1']);
    expect(noRegion.code).toBe(EXIT.usage);
    expect(noRegion.stderr).toMatch(/region/);
  });

  it("UpdateUserPassword changes the seed's user's password: the old one is refused (exit 1), the new one logs in", async () => {
    const r = await eos(['UpdateUserPassword', `user_id=${EOS_TEST_USER.userId}`, 'password=new_secretsecret']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    // the seed's reply, its self link naming the server that answered
    const expected = fixture('user-password.json') as { user: { links: { self: string } } };
    expected.user.links.self = expected.user.links.self.replace(/^https?:\/\/[^/]+/, `http://127.0.0.1:${sim.port}`);
    expect(JSON.parse(r.stdout)).toEqual(expected);
    expect(r.stdout + r.stderr).not.toContain('new_secretsecret');
    await runCli(['profile', 'add', 'eosuser', 'provider=eos', 'host=127.0.0.1', `port=${sim.port}`], home);
    const user = (args: string[]) => runCli(['--profile', 'eosuser', ...args], home);
    const old = await user(['LogIn', `user_name=${EOS_TEST_USER.userName}`, `password=${EOS_TEST_USER.password}`, `domain_name=${EOS_DEPT_DOMAIN.name}`]);
    expect(old.code).toBe(EXIT.api); // a refused log-in is the answer to LogIn, not a lost session
    expect(old.stderr).toMatch(/401/);
    const ok = await user(['LogIn', `user_id=${EOS_TEST_USER.userId}`, 'password=new_secretsecret']);
    expect(ok.code, ok.stderr).toBe(EXIT.ok);
    // a user without the admin role: 403 is an API error with a hint about the role
    const denied = await user(['GetDomainQuota', `domain_id=${DOMAIN}`]);
    expect(denied.code).toBe(EXIT.api);
    expect(denied.stderr).toMatch(/403[\s\S]*role/);
  });

  it("the seed's own log-in (user by id, project admin of Default) works", async () => {
    await runCli(['profile', 'add', 'eosseed', 'provider=eos', 'host=127.0.0.1', `port=${sim.port}`], home);
    const r = await runCli(['--profile', 'eosseed', 'LogIn', `user_id=${EOS_SEED_ADMIN.userId}`, `password=${EOS_SEED_ADMIN.password}`, 'project_name=admin', 'project_domain_name=Default'], home);
    expect(r.code, r.stderr).toBe(EXIT.ok);
  });

  it('asks for a left-out password with a masked prompt on a terminal; refuses to wait for one when piped (exit 2)', async () => {
    const r = await eos(['LogIn', 'user_name=admin', 'project_name=admin'], { tty: true, secrets: ['password'] });
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout).token.user.name).toBe('admin');
    const piped = await eos(['LogIn', 'user_name=admin', 'project_name=admin']);
    expect(piped.code).toBe(EXIT.usage);
    expect(piped.stderr).toMatch(/password/);
  });

  it('call sends any EOS request with the stored token', async () => {
    const r = await eos(['call', 'GET', '/v3/domain_usage']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout)).toEqual(fixture('domain-usage.json'));
  });

  it('a token past its expiry is not sent: exit 4 with the expiry and how to log in again; the prompt marks it', async () => {
    expect((await login()).code).toBe(EXIT.ok);
    const stored = JSON.parse(readFileSync(join(home.XDG_STATE_HOME!, 'zstack-cli', 'sessions', 'eos.json'), 'utf8'));
    // the server's clock moves past the token's life: the server refuses it (401 → exit 4)
    clock += 2 * 3600 * 1000;
    const refused = await eos(['GetDomainUsage']);
    expect(refused.code).toBe(EXIT.auth);
    expect(refused.stderr).toMatch(/token was refused \(401/);
    clock = Date.now();
    // the stored expiry is past on this machine too: the client does not send it
    const file = join(home.XDG_STATE_HOME!, 'zstack-cli', 'sessions', 'eos.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify({ ...stored, expiredDate: '2020-01-01T00:00:00.000000Z' }));
    const expired = await eos(['GetDomainUsage']);
    expect(expired.code).toBe(EXIT.auth);
    expect(expired.stderr).toMatch(/the token of profile 'eos' expired at 2020-01-01T00:00:00/);
    expect((await runCli(['profile', 'list'], home)).stdout).toMatch(/eos\teos [^\t]+\ttoken expired for admin/);
  });

  it('ZStack verbs are refused with the provider they belong to (exit 2); help and Tab show EOS verbs only', async () => {
    const r = await eos(['QueryVmInstance']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/'QueryVmInstance' is a ZStack API, and this command speaks EasyStack EOS/);
    const ac = await eos(['AddMemberUser']);
    expect(ac.stderr).toMatch(/is an AC API/);
    const help = await eos(['help']);
    expect(help.stdout).toMatch(/GetDomainQuota/);
    const verbs = help.stdout.slice(help.stdout.indexOf('Commands by family:'));
    expect(verbs).toMatch(/GetDomainUsage[\s\S]*UpdateDomainQuota|UpdateDomainQuota[\s\S]*GetDomainUsage/);
    expect(help.stdout).not.toMatch(/QueryVmInstance|AddMemberUser|LogInByAccount/);
    const job = await eos(['job', 'wait', 'abc']);
    expect(job.code).toBe(EXIT.usage);
    expect(job.stderr).toMatch(/asynchronous jobs are ZStack's/);
    const verbHelp = await eos(['help', 'UpdateDomainQuota']);
    expect(verbHelp.stdout).toMatch(/PATCH \/v3\/domain_quotas\/\{domain_id\}/);
    expect(verbHelp.stdout).toMatch(/编辑部门配额|部门配额/);
  });
});

describe('AC against its simulator', () => {
  let sim: RunningProviderSim;
  let home: Record<string, string>;
  const ac = (args: string[], env: Record<string, string> = {}) => runCli(['--profile', 'ac', ...args], { ...home, ...env });
  const member = (name: string, ...more: string[]) => ['AddMemberUser', `userName=${name}`, `userFullName=Full ${name}`, 'clusterIds=11112', 'password=Abc12345', ...more];

  beforeAll(async () => {
    sim = await startAcSim({ port: 0 });
    home = tempHome();
    const add = await runCli(['profile', 'add', 'ac', 'provider=ac', 'host=127.0.0.1', `port=${sim.port}`, 'https=false'], home);
    expect(add.code, add.stderr).toBe(0);
  });
  afterAll(() => sim.close());

  it('without a token: exit 4, saying how to give one', async () => {
    const r = await ac(member('nobody1'));
    expect(r.code).toBe(EXIT.auth);
    expect(r.stderr).toMatch(/no AC token[\s\S]*AC_TOKEN=/);
    expect((await runCli(['profile', 'list'], home)).stdout).toMatch(/ac\tac http:\/\/127\.0\.0\.1:\d+\tno token/);
  });

  it("the seed's request with AC_TOKEN: the seed's success answer; the same again is 601006 (exit 1, English and Chinese)", async () => {
    const seed = ['AddMemberUser', 'userName=stest', 'userFullName=stest', 'clusterIds=11112', 'password=stest@123'];
    const r = await ac(seed, { AC_TOKEN: AC_SEED_TOKEN });
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout)).toEqual(AC_SUCCESS);
    const again = await ac(seed, { AC_TOKEN: AC_SEED_TOKEN });
    expect(again.code).toBe(EXIT.api);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('AC error 601006: the platform user name exists already');
    expect(again.stderr).toContain('平台用户名已经存在');
    // In Chinese the message is the manual's words already: said once, not twice.
    const zh = await ac(seed, { AC_TOKEN: AC_SEED_TOKEN, LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(EXIT.api);
    expect(zh.stderr.match(/平台用户名已经存在/g)).toHaveLength(1);
  });

  it('the profile token; email or a phone instead of a password; several clusters', async () => {
    expect((await runCli(['profile', 'add', 'ac', `token=${AC_ADMIN_TOKEN}`], home)).code).toBe(0);
    expect((await runCli(['profile', 'show', 'ac'], home)).stdout).not.toContain(AC_ADMIN_TOKEN);
    const r = await ac(['AddMemberUser', 'userName=member_b', 'userFullName=B', 'clusterIds=11112,11113', 'email=b@example.com']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    const phone = await ac(['AddMemberUser', 'userName=member_c', 'userFullName=C', 'clusterIds=11113', 'mobilephoneNum=13800000000']);
    expect(phone.code, phone.stderr).toBe(EXIT.ok);
  });

  it("the simulator's codes: 10008 (not a group administrator), 10009 (unknown token), 622132 (cluster), all exit 1", async () => {
    const notAdmin = await ac(member('member_d'), { AC_TOKEN: AC_MEMBER_TOKEN });
    expect(notAdmin.code).toBe(EXIT.api);
    expect(notAdmin.stderr).toMatch(/AC error 10008: not enough permission[\s\S]*权限不足/);
    const unknown = await ac(member('member_e'), { AC_TOKEN: 'not-a-token' });
    expect(unknown.code).toBe(EXIT.api);
    expect(unknown.stderr).toMatch(/AC error 10009[\s\S]*没有权限访问接口/);
    const cluster = await ac(['AddMemberUser', 'userName=member_f', 'userFullName=F', 'clusterIds=99999', 'password=Abc12345']);
    expect(cluster.code).toBe(EXIT.api);
    expect(cluster.stderr).toMatch(/AC error 622132[\s\S]*查询不到/);
  });

  it("622115 once the group's member quota is reached", async () => {
    let last = await ac(member('quota_00'));
    for (let i = 1; i < 25 && last.code === 0; i++) last = await ac(member(`quota_${String(i).padStart(2, '0')}`));
    expect(last.code).toBe(EXIT.api);
    expect(last.stderr).toMatch(/AC error 622115: the user group's member quota is reached[\s\S]*用户组名额已达上限/);
  });

  it('what the seed states is checked before sending (exit 2): user name, password, a way to reach the user, ASCII', async () => {
    const before = sim.port;
    for (const [args, why] of [
      [member('1abc'), /userName/],
      [member('ab'), /userName/],
      [['AddMemberUser', 'userName=goodname', 'userFullName=G', 'clusterIds=11112', 'password=abcdefgh'], /password/],
      [['AddMemberUser', 'userName=goodname', 'userFullName=G', 'clusterIds=11112', 'password=Abc 12345'], /password/],
      [['AddMemberUser', 'userName=goodname', 'userFullName=G', 'clusterIds=11112'], /email|mobilephoneNum/],
      [['AddMemberUser', 'userName=goodname', 'userFullName=张三', 'clusterIds=11112', 'password=Abc12345'], /ASCII|non-ASCII/i],
    ] as const) {
      const r = await ac([...args]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(EXIT.usage);
      expect(r.stderr).toMatch(why);
    }
    expect(sim.port).toBe(before);
  });

  it('ZStack and EOS verbs are refused with their provider (exit 2); help shows AC verbs only', async () => {
    expect((await ac(['LogInByAccount'])).stderr).toMatch(/is a ZStack API/);
    expect((await ac(['GetDomainUsage'])).stderr).toMatch(/is an EasyStack EOS API/);
    const help = await ac(['help']);
    expect(help.stdout).toMatch(/AddMemberUser/);
    expect(help.stdout).not.toMatch(/QueryVmInstance|GetDomainQuota|LogInByAccount/);
  });
});

describe('AC: every documented error code is an API error explained in English and Chinese', () => {
  it.each([
    ['10001', '内部错误'],
    ['10003', '参数不全'],
    ['10004', '参数无效'],
    ['10008', '权限不足'],
    ['10009', '没有权限访问接口'],
    ['10014', '配额设置失败'],
    ['601006', '平台用户名已经存在'],
    ['622132', '查询不到当前用户组管理员在计算中心下的用户组信息'],
    ['622115', '用户组名额已达上限'],
  ])('code %s', async (code, zh) => {
    const server = await fakeServer((_, res) => json(res, 200, { code, msg: zh, data: {} }));
    try {
      const r = await runCli(['--provider', 'ac', '-H', '127.0.0.1', '-p', String(server.port), 'AddMemberUser', 'userName=stest', 'userFullName=stest', 'clusterIds=11112', 'password=stest@123'], { ...tempHome(), AC_TOKEN: 'tok', ZSTACK_HTTPS: 'false' });
      expect(r.code).toBe(EXIT.api);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`AC error ${code}: [a-z]`));
      expect(r.stderr).toContain(zh);
      expect(server.seen[0]!.url).toBe(AC_MEMBER_URL_PATH);
    } finally {
      await server.close();
    }
  });

  it('an unknown code is still an error (exit 1) with the server\'s message; a 401 is exit 4', async () => {
    let status = 200;
    const server = await fakeServer((_, res) => json(res, status, { code: '77', msg: 'something else', data: {} }));
    try {
      const args = ['--provider', 'ac', '-H', '127.0.0.1', '-p', String(server.port), 'AddMemberUser', 'userName=stest', 'userFullName=stest', 'clusterIds=11112', 'password=stest@123'];
      const r = await runCli(args, { ...tempHome(), AC_TOKEN: 'tok', ZSTACK_HTTPS: 'false' });
      expect(r.code).toBe(EXIT.api);
      expect(r.stderr).toMatch(/AC error 77[\s\S]*something else/);
      status = 401;
      expect((await runCli(args, { ...tempHome(), AC_TOKEN: 'tok', ZSTACK_HTTPS: 'false' })).code).toBe(EXIT.auth);
    } finally {
      await server.close();
    }
  });
});

describe('the embedded simulator (--sim) for EOS and AC', () => {
  it('EOS: logged in as admin, state kept in sim/eos.json between runs', async () => {
    const home = tempHome();
    const sim = (args: string[]) => runCli(['--sim', '--provider', 'eos', ...args], home);
    const up = await sim(['UpdateDomainQuota', `domain_id=${DOMAIN}`, 'region=RegionOne', 'cores=123']);
    expect(up.code, up.stderr).toBe(EXIT.ok);
    const again = await sim(['GetDomainQuota', `domain_id=${DOMAIN}`]);
    expect(JSON.parse(again.stdout).domain.RegionOne.quotas.cores).toBe(123);
    expect(statSync(join(home.XDG_STATE_HOME!, 'zstack-cli', 'sim', 'eos.json')).mode & 0o777).toBe(0o600);
    // the ZStack simulator's state is another file, untouched by EOS runs
    expect((await runCli(['--sim', 'QueryZone', 'count=true'], home)).code).toBe(EXIT.ok);
  });

  it("AC: the administrator's token; a member added once, then 601006", async () => {
    const home = tempHome();
    const add = () => runCli(['--sim', '--provider', 'ac', 'AddMemberUser', 'userName=simuser', 'userFullName=S', 'clusterIds=11112', 'password=Abc12345'], home);
    expect((await add()).code).toBe(EXIT.ok);
    const second = await add();
    expect(second.code).toBe(EXIT.api);
    expect(second.stderr).toContain('601006');
  });
});
