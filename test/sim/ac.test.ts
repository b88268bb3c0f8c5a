// The AC simulator over real HTTP, against the issue 13 wire contract; the AC reference's request is a fixture.
import { readFileSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AC_ADMIN, AC_ADMIN_TOKEN, AC_EXISTING_MEMBER, AC_MEMBER_PATH, AC_MEMBER_TOKEN, AC_SEED_TOKEN, AC_SEED_TOKEN_JAVA, startAcSim } from '../../src/sim/ac.js';
import type { RunningProviderSim } from '../../src/sim/provider-sim.js';
import { expectBusyFile, expectDamagedRefused, http, seededStateFile, tempStateFile, type HttpAnswer } from './provider-http.js';

/** The headers of the reference's cURL example (`--header 'email;'` sends an empty email). */
const SEED_HEADERS = {
  token: AC_SEED_TOKEN,
  userName: 'stest',
  userFullName: 'stest',
  clusterIds: '11112',
  password: 'stest@123',
  email: '',
  mobilephoneNum: '',
};
const SUCCESS = '{"code":"0","msg":"success","data":{}}';

let sim: RunningProviderSim;
beforeEach(async () => {
  sim = await startAcSim({ port: 0 });
});
afterEach(() => sim.close());

const add = (headers: Record<string, string>, on = sim) => http(on.port, 'POST', AC_MEMBER_PATH, { headers });
/** The seed's request for another user name (and any header changed or, given undefined, left out). */
function member(userName: string, changes: Record<string, string | undefined> = {}): Record<string, string> {
  const out: Record<string, string> = { ...SEED_HEADERS, token: AC_ADMIN_TOKEN, userName, userFullName: `Full ${userName}` };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

function expectCode(r: HttpAnswer, code: string, msg: string): void {
  expect(r.status, r.text).toBe(200);
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  expect(r.body, `${code} expected`).toEqual({ code, msg, data: {} });
}
const expectSuccess = (r: HttpAnswer) => {
  expect(r.status).toBe(200);
  expect(r.text).toBe(SUCCESS);
};

const M = {
  10003: '参数不全',
  10004: '参数无效',
  10008: '权限不足',
  10009: '没有权限访问接口',
  601006: '平台用户名已经存在, 请修改用户名重新尝试',
  622132: '查询不到当前用户组管理员在计算中心下的用户组信息',
  622115: '用户组名额已达上限,请申请增加用户组名额',
};

describe('AddMemberUser: POST /ac/openapi/v2/user/member', () => {
  it("accepts the reference's cURL request once (exactly the reference's success reply); the same request again is 601006", async () => {
    expectSuccess(await add(SEED_HEADERS));
    expectCode(await add(SEED_HEADERS), '601006', M[601006]);
  });

  it('keeps the member with what was given', async () => {
    expectSuccess(await add(SEED_HEADERS));
    const state = sim.state() as any;
    const created = state.users.find((u: any) => u.name === 'stest');
    expect(created).toMatchObject({ name: 'stest', fullName: 'stest', email: '', mobilephoneNum: '', clusterIds: ['11112'] });
    expect(created.passwordSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(state)).not.toContain('stest@123');
  });

  it("accepts the Java example's token and the simulator's admin token, several clusters, and no password when an email or phone is given", async () => {
    expectSuccess(await add(member('javauser', { token: AC_SEED_TOKEN_JAVA })));
    expectSuccess(await add(member('both_centres', { clusterIds: '11112,11113' })));
    expectSuccess(await add(member('spaced', { clusterIds: '11113 , 11112' })));
    expectSuccess(await add(member('mailonly', { password: undefined, email: 'm@example.com' })));
    expectSuccess(await add(member('phoneonly', { password: '', mobilephoneNum: '13800000000' })));
    expect((sim.state() as any).users.find((u: any) => u.name === 'both_centres').clusterIds).toEqual(['11112', '11113']);
  });

  it('accepts user names and passwords at the edges of the rules', async () => {
    expectSuccess(await add(member('abcd')));
    expectSuccess(await add(member('a234567890123456')));
    expectSuccess(await add(member('A_b_1')));
    expectSuccess(await add(member('pw6chr', { password: 'abc123' })));
    expectSuccess(await add(member('pw30chr', { password: `${'a'.repeat(29)}1` })));
    expectSuccess(await add(member('pwupper', { password: 'ABCDEF!' })));
  });

  it('10003 when a documented header is absent (email and mobilephoneNum included) or a required value is empty', async () => {
    for (const name of ['token', 'userName', 'userFullName', 'clusterIds', 'email', 'mobilephoneNum']) {
      expectCode(await add(member('newuser', { [name]: undefined })), '10003', M[10003]);
    }
    for (const name of ['userName', 'userFullName', 'clusterIds']) expectCode(await add(member('newuser', { [name]: '' })), '10003', M[10003]);
    // No header at all.
    expectCode(await add({}), '10003', M[10003]);
  });

  it('10004 for a user name, a password or cluster ids against the rules, or no password with neither email nor phone', async () => {
    const invalid: Array<Record<string, string | undefined>> = [
      { userName: 'abc' },
      { userName: 'a2345678901234567' },
      { userName: '1abcd' },
      { userName: '_abcd' },
      { userName: 'ab-cd' },
      { userName: 'ab cd' },
      { password: 'ab1' },
      { password: 'abcdefgh' },
      { password: '12345678' },
      { password: 'abc 12345' },
      { password: `${'a'.repeat(30)}1` },
      { password: undefined },
      { password: '' },
      { clusterIds: '11112,' },
      { clusterIds: ',11112' },
      { clusterIds: '11112;11113' },
      { clusterIds: '111 12' },
    ];
    for (const changes of invalid) {
      expectCode(await add(member('newuser', changes)), '10004', M[10004]);
    }
  });

  it("10008 for the token of a user who is not a group administrator", async () => {
    expectCode(await add(member('newuser', { token: AC_MEMBER_TOKEN })), '10008', M[10008]);
  });

  it('10009 for an unknown or empty token', async () => {
    expectCode(await add(member('newuser', { token: 'eyJhbGciOiJIUzI1NiJ9.e30.bogus' })), '10009', M[10009]);
    expectCode(await add(member('newuser', { token: '' })), '10009', M[10009]);
  });

  it('601006 for a name that exists: the pre-existing member, the administrator, a member added before', async () => {
    expectCode(await add(member(AC_EXISTING_MEMBER)), '601006', M[601006]);
    expectCode(await add(member(AC_ADMIN.userName)), '601006', M[601006]);
    expectSuccess(await add(member('twice')));
    expectCode(await add(member('twice', { clusterIds: '11113' })), '601006', M[601006]);
  });

  it('622132 for a cluster the administrator cannot assign', async () => {
    expectCode(await add(member('newuser', { clusterIds: '99999' })), '622132', M[622132]);
    expectCode(await add(member('newuser', { clusterIds: '11112,99999' })), '622132', M[622132]);
    // Nothing was created.
    expectSuccess(await add(member('newuser')));
  });

  it("622115 once the group's member quota (20, stest0 included) is reached", async () => {
    for (let i = 1; i < AC_ADMIN.memberQuota; i++) expectSuccess(await add(member(`quota${i}`)));
    expectCode(await add(member('onetoomany')), '622115', M[622115]);
    expect((sim.state() as any).users).toHaveLength(AC_ADMIN.memberQuota);
  });

  it('answers HTTP 404 elsewhere and 405 for another method on the path (Spring errors, not AC codes)', async () => {
    const other = await http(sim.port, 'POST', '/ac/openapi/v2/user/members', { headers: SEED_HEADERS });
    expect(other.status).toBe(404);
    expect(other.body).toMatchObject({ status: 404, error: 'Not Found', path: '/ac/openapi/v2/user/members' });
    const get = await http(sim.port, 'GET', AC_MEMBER_PATH, { headers: SEED_HEADERS });
    expect(get.status).toBe(405);
    expect(get.body).toMatchObject({ status: 405, error: 'Method Not Allowed' });
  });
});

describe('state file', () => {
  it('is written at start (0600) and after each new member; a restart keeps members and the quota count', async () => {
    const file = tempStateFile();
    const first = await startAcSim({ port: 0, stateFile: file });
    expect(first.provider).toBe('ac');
    expect(first.readOnly).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expectSuccess(await add(SEED_HEADERS, first));
    for (let i = 2; i < AC_ADMIN.memberQuota; i++) expectSuccess(await add(member(`quota${i}`), first));
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.format).toBe('zstack-cli-sim-ac/1');
    expect(saved.users.map((u: any) => u.name)).toContain('stest');
    await first.close();

    const again = await startAcSim({ port: 0, stateFile: file });
    try {
      expectCode(await add(SEED_HEADERS, again), '601006', M[601006]);
      expectCode(await add(member('last'), again), '622115', M[622115]);
    } finally {
      await again.close();
    }
  });

  it('a failed request does not change the file', async () => {
    const file = tempStateFile();
    const s = await startAcSim({ port: 0, stateFile: file });
    try {
      const before = readFileSync(file, 'utf8');
      expectCode(await add(member('newuser', { clusterIds: '99999' }), s), '622132', M[622132]);
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      await s.close();
    }
  });

  it('a damaged file (not JSON, not an AC state, a broken user, an EOS state) is an error and is left untouched', async () => {
    const { file, state: broken } = await seededStateFile(startAcSim);
    broken.users[0].clusterIds = '11112';
    await expectDamagedRefused(startAcSim, file, ['{"format": "zstack-cli-sim-ac/1", "users": [', '[]', JSON.stringify(broken), JSON.stringify({ format: 'zstack-cli-sim-eos/1', domains: [] })]);
  });

  it('a file another live simulator owns is refused, or used read-only when asked', async () => {
    await expectBusyFile(startAcSim, async (copy) => expectSuccess(await add(SEED_HEADERS, copy)));
  });
});
