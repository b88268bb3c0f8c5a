// The EOS simulator over real HTTP, against the issue 13 wire contract; the EOS reference's examples are fixtures.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { EOS_ADMIN, EOS_DEPT_DOMAIN, EOS_SEED_ADMIN, EOS_TEST_USER, startEosSim } from '../../src/sim/eos.js';
import type { RunningProviderSim } from '../../src/sim/provider-sim.js';
import { expectBusyFile, expectDamagedRefused, http, rejection, seededStateFile, tempStateFile, type HttpAnswer } from './provider-http.js';

const fixture = (name: string): any => JSON.parse(readFileSync(new URL(`../fixtures/eos/${name}.json`, import.meta.url), 'utf8'));
const DOMAIN_QUOTA = fixture('domain-quota');
const DOMAIN_USAGE = fixture('domain-usage');
const USER_PASSWORD = fixture('user-password');

const START = Date.parse('2026-03-01T08:00:00Z');
/** A fake clock the tests move. */
let clock = START;
const now = () => clock;

let sim: RunningProviderSim;
beforeEach(async () => {
  clock = START;
  sim = await startEosSim({ port: 0, now });
});
afterEach(() => sim.close());

const call = (method: string, path: string, opts: { token?: string; body?: unknown } = {}, on = sim) =>
  http(on.port, method, path, { headers: opts.token === undefined ? {} : { 'X-Auth-Token': opts.token }, body: opts.body });

const passwordAuth = (user: Record<string, unknown>, scope?: Record<string, unknown>) => ({
  auth: { identity: { methods: ['password'], password: { user } }, ...(scope ? { scope } : {}) },
});
const ADMIN_AUTH = passwordAuth(
  { name: EOS_ADMIN.userName, domain: { name: EOS_ADMIN.domainName }, password: EOS_ADMIN.password },
  { project: { name: EOS_ADMIN.projectName, domain: { name: EOS_ADMIN.domainName } } },
);
const TEST_USER_AUTH = (password: string = EOS_TEST_USER.password) => passwordAuth({ name: EOS_TEST_USER.userName, domain: { id: 'default' }, password });

async function logIn(body: unknown = ADMIN_AUTH, on = sim): Promise<string> {
  const r = await call('POST', '/v3/auth/tokens', { body }, on);
  expect(r.status, r.text).toBe(201);
  return r.headers['x-subject-token'] as string;
}

function expectError(r: HttpAnswer, status: number, title: string, message?: string | RegExp): void {
  expect(r.status, r.text).toBe(status);
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  expect(Object.keys(r.body)).toEqual(['error']);
  expect(Object.keys(r.body.error).sort()).toEqual(['code', 'message', 'title']);
  expect(r.body.error.code).toBe(status);
  expect(r.body.error.title).toBe(title);
  expect(typeof r.body.error.message).toBe('string');
  if (message !== undefined) expect(r.body.error.message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message);
}

const UNAUTH = 'The request you have made requires authentication.';

/** The fixture with some of the RegionOne quotas replaced. */
function quotaWith(base: any, quotas: Record<string, number>): any {
  const copy = structuredClone(base);
  Object.assign(copy.domain.RegionOne.quotas, quotas);
  return copy;
}

describe('LogIn: POST /v3/auth/tokens', () => {
  it('issues a project-scoped token in X-Subject-Token (201), expiring after the default hour', async () => {
    const r = await call('POST', '/v3/auth/tokens', { body: ADMIN_AUTH });
    expect(r.status).toBe(201);
    expect(r.headers['x-subject-token']).toMatch(/^\S{20,}$/);
    expect(r.headers.requestid).toMatch(/^req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.body).toEqual({
      token: {
        methods: ['password'],
        expires_at: '2026-03-01T09:00:00.000000Z',
        issued_at: '2026-03-01T08:00:00.000000Z',
        user: { id: EOS_ADMIN.userId, name: 'admin', domain: { id: 'default', name: 'Default' } },
        project: { id: EOS_ADMIN.projectId, name: 'admin', domain: { id: 'default', name: 'Default' } },
        roles: [{ id: expect.any(String), name: 'admin' }],
      },
    });
  });

  it("accepts the reference's example: user by id (devstacker), project admin of domain Default", async () => {
    const body = passwordAuth({ password: 'devstacker', id: '858634b407e845f14b02bcf369225dcd0' }, { project: { domain: { name: 'Default' }, name: 'admin' } });
    const r = await call('POST', '/v3/auth/tokens', { body });
    expect(r.status).toBe(201);
    expect(r.body.token.user.id).toBe(EOS_SEED_ADMIN.userId);
    expect(r.body.token.project.name).toBe('admin');
  });

  it('accepts a project by id, and no scope at all (an unscoped token, no project)', async () => {
    const byId = await call('POST', '/v3/auth/tokens', { body: passwordAuth({ id: EOS_ADMIN.userId, password: EOS_ADMIN.password }, { project: { id: EOS_ADMIN.projectId } }) });
    expect(byId.status).toBe(201);
    expect(byId.body.token.project.id).toBe(EOS_ADMIN.projectId);
    const unscoped = await call('POST', '/v3/auth/tokens', { body: TEST_USER_AUTH() });
    expect(unscoped.status).toBe(201);
    expect(unscoped.body.token.project).toBeUndefined();
    expect(unscoped.body.token.roles).toEqual([{ id: expect.any(String), name: 'domain_member' }]);
  });

  it('issues a different token each time, all of them valid', async () => {
    const a = await logIn();
    const b = await logIn();
    expect(a).not.toBe(b);
    for (const t of [a, b]) expect((await call('GET', '/v3/domain_usage', { token: t })).status).toBe(200);
  });

  it('refuses a wrong password, an unknown user, a user of another domain, and a project the user has no role on: 401', async () => {
    const wrong = [
      passwordAuth({ id: EOS_ADMIN.userId, password: 'nope' }),
      passwordAuth({ id: 'no-such-user', password: EOS_ADMIN.password }),
      passwordAuth({ name: 'admin', domain: { id: EOS_DEPT_DOMAIN.id }, password: EOS_ADMIN.password }),
      passwordAuth({ name: 'admin', domain: { name: 'NoSuchDomain' }, password: EOS_ADMIN.password }),
      passwordAuth({ id: EOS_TEST_USER.userId, password: EOS_TEST_USER.password }, { project: { id: EOS_ADMIN.projectId } }),
      passwordAuth({ id: EOS_ADMIN.userId, password: EOS_ADMIN.password }, { project: { id: 'no-such-project' } }),
      { auth: { identity: { methods: ['token'], token: { id: 'x' } } } },
    ];
    for (const body of wrong) {
      const r = await call('POST', '/v3/auth/tokens', { body });
      expectError(r, 401, 'Unauthorized', UNAUTH);
      expect(r.headers['x-subject-token']).toBeUndefined();
      expect(r.headers.requestid).toMatch(/^req-/);
    }
  });

  it('refuses a malformed body: 400', async () => {
    const malformed: unknown[] = [
      'not json',
      '[]',
      {},
      { auth: {} },
      { auth: { identity: { methods: 'password', password: { user: { id: EOS_ADMIN.userId, password: 'password' } } } } },
      { auth: { identity: { methods: ['password'] } } },
      passwordAuth({ name: 'admin', password: 'password' }),
      passwordAuth({ id: EOS_ADMIN.userId }),
      passwordAuth({ id: EOS_ADMIN.userId, password: 7 }),
      passwordAuth({ password: 'password' }),
      passwordAuth({ id: EOS_ADMIN.userId, password: 'password' }, { domain: { id: 'default' } }),
      passwordAuth({ id: EOS_ADMIN.userId, password: 'password' }, { project: {} }),
    ];
    for (const body of malformed) expectError(await call('POST', '/v3/auth/tokens', { body }), 400, 'Bad Request');
  });
});

describe('tokens', () => {
  it('a missing or unknown X-Auth-Token is 401', async () => {
    expectError(await call('GET', '/v3/domain_usage'), 401, 'Unauthorized', UNAUTH);
    expectError(await call('GET', '/v3/domain_usage', { token: 'gAAAAABnot-a-token' }), 401, 'Unauthorized', UNAUTH);
    expectError(await call('GET', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token: '' }), 401, 'Unauthorized', UNAUTH);
  });

  it('a token expires after its lifetime by the clock given (401 from then on)', async () => {
    const token = await logIn();
    clock += 3600_000 - 1;
    expect((await call('GET', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token })).status).toBe(200);
    clock += 1;
    expectError(await call('GET', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token }), 401, 'Unauthorized', UNAUTH);
    expectError(await call('PATCH', `/v3/users/${EOS_TEST_USER.userId}`, { token, body: { user: { password: 'x1' } } }), 401, 'Unauthorized');
    // A new log-in gets a fresh one.
    expect((await call('GET', '/v3/domain_usage', { token: await logIn() })).status).toBe(200);
  });

  it('tokenTtlS sets the lifetime', async () => {
    const short = await startEosSim({ port: 0, now, tokenTtlS: 60 });
    try {
      const r = await call('POST', '/v3/auth/tokens', { body: ADMIN_AUTH }, short);
      expect(r.body.token.expires_at).toBe('2026-03-01T08:01:00.000000Z');
      const token = r.headers['x-subject-token'] as string;
      clock += 59_999;
      expect((await call('GET', '/v3/domain_usage', { token }, short)).status).toBe(200);
      clock += 1;
      expect((await call('GET', '/v3/domain_usage', { token }, short)).status).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe('GetDomainQuota: GET /v3/domain_quotas/{domain_id}', () => {
  it("answers the seeded department with exactly the reference's example (shape, values and key order)", async () => {
    const r = await call('GET', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token: await logIn() });
    expect(r.status).toBe(200);
    expect(r.headers.requestid).toMatch(/^req-/);
    expect(r.body).toEqual(DOMAIN_QUOTA);
    expect(r.text).toBe(JSON.stringify(DOMAIN_QUOTA));
  });

  it('answers the default domain with the platform quota (usage = what GetDomainUsage calls allocated)', async () => {
    const r = await call('GET', '/v3/domain_quotas/default', { token: await logIn() });
    expect(r.status).toBe(200);
    const region = DOMAIN_USAGE.domain.RegionOne;
    expect(r.body).toEqual({ domain: { RegionOne: { usage: region.allocated, quotas: region.quotas, limits: region.limits } } });
  });

  it('an unknown domain is 404, a user without the admin role 403, no token 401', async () => {
    const admin = await logIn();
    expectError(await call('GET', '/v3/domain_quotas/nope', { token: admin }), 404, 'Not Found', 'Could not find domain: nope.');
    const member = await logIn(TEST_USER_AUTH());
    expectError(await call('GET', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token: member }), 403, 'Forbidden', /not authorized/);
    expectError(await call('GET', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`), 401, 'Unauthorized', UNAUTH);
  });
});

describe('UpdateDomainQuota: PATCH /v3/domain_quotas/{domain_id}', () => {
  const path = `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`;

  it("applies the reference's example (router 3000, cores 100) and answers the updated quota; GET sees it", async () => {
    const token = await logIn();
    const r = await call('PATCH', path, { token, body: { domain: { router: 3000, cores: 100, region: 'RegionOne' } } });
    expect(r.status).toBe(200);
    expect(r.body).toEqual(quotaWith(DOMAIN_QUOTA, { router: 3000, cores: 100 }));
    expect((await call('GET', path, { token })).body).toEqual(r.body);
    // Another department is not touched.
    expect((await call('GET', '/v3/domain_quotas/default', { token })).body.domain.RegionOne.quotas.router).toBe(300);
  });

  it('accepts -1 (unlimited), fractions, a value equal to the allocated amount, per-type volume items, and both spellings of an item', async () => {
    const token = await logIn();
    const body = { domain: { region: 'RegionOne', instances: -1, backup_gigabytes: 200.5, router: 5, gigabytes_ssd: 50, volumes_test: 3, snapshots_hdd: 10, networks: 800, subnet: 20 } };
    const r = await call('PATCH', path, { token, body });
    expect(r.status, r.text).toBe(200);
    const q = r.body.domain.RegionOne.quotas;
    expect(q).toMatchObject({ instances: -1, backup_gigabytes: 200.5, router: 5, gigabytes_ssd: 50, volumes_test: 3, snapshots_hdd: 10, subnet: 20 });
    // Stored under the name that was sent.
    expect(q.networks).toBe(800);
    expect(q.network).toBe(1000);
  });

  it('a quota below what is allocated is 409, naming the item, the value asked and the allocated amount; nothing changes', async () => {
    const token = await logIn();
    const r = await call('PATCH', path, { token, body: { domain: { region: 'RegionOne', router: 10, cores: 19 } } });
    expectError(r, 409, 'Conflict');
    expect(r.body.error.message).toMatch(/cores/);
    expect(r.body.error.message).toMatch(/\b19\b/);
    expect(r.body.error.message).toMatch(/\b20\b/);
    // All or nothing: router was fine but is not stored either.
    expect((await call('GET', path, { token })).body).toEqual(DOMAIN_QUOTA);
    // The allocated amount of an item counts under either of its spellings (usage says "network": 500).
    const alias = await call('PATCH', path, { token, body: { domain: { region: 'RegionOne', networks: 499 } } });
    expectError(alias, 409, 'Conflict', /networks.*499.*500/);
  });

  it('refuses a missing or non-string region, an unknown item, a value that is not a number or below -1: 400', async () => {
    const token = await logIn();
    const bad: unknown[] = [
      'not json',
      { router: 3000, region: 'RegionOne' },
      { domain: [] },
      { domain: { router: 3000 } },
      { domain: { region: 1, router: 3000 } },
      { domain: { region: 'RegionOne', routers: 3000 } },
      { domain: { region: 'RegionOne', volumes_nvme: 3 } },
      { domain: { region: 'RegionOne', volumes: 3 } },
      { domain: { region: 'RegionOne', router: '3000' } },
      { domain: { region: 'RegionOne', router: null } },
      { domain: { region: 'RegionOne', router: true } },
      { domain: { region: 'RegionOne', router: -2 } },
    ];
    for (const body of bad) expectError(await call('PATCH', path, { token, body }), 400, 'Bad Request');
    expect((await call('GET', path, { token })).body).toEqual(DOMAIN_QUOTA);
  });

  it('an unknown domain or region is 404, a user without the admin role 403, no token 401', async () => {
    const token = await logIn();
    const body = { domain: { region: 'RegionOne', router: 3000 } };
    expectError(await call('PATCH', '/v3/domain_quotas/nope', { token, body }), 404, 'Not Found', 'Could not find domain: nope.');
    expectError(await call('PATCH', path, { token, body: { domain: { region: 'RegionTwo', router: 3000 } } }), 404, 'Not Found', 'Could not find region: RegionTwo.');
    expectError(await call('PATCH', path, { token: await logIn(TEST_USER_AUTH()), body }), 403, 'Forbidden');
    expectError(await call('PATCH', path, { body }), 401, 'Unauthorized', UNAUTH);
  });

  it('a value above a limit that is not -1 is 400 (limits from a state file)', async () => {
    const { file, state } = await seededStateFile((opts) => startEosSim({ ...opts, now }));
    state.domains.find((d: any) => d.id === EOS_DEPT_DOMAIN.id).regions.RegionOne.limits.router = 500;
    writeFileSync(file, JSON.stringify(state));
    const limited = await startEosSim({ port: 0, now, stateFile: file });
    try {
      const token = await logIn(ADMIN_AUTH, limited);
      const at = (router: number) => call('PATCH', path, { token, body: { domain: { region: 'RegionOne', router } } }, limited);
      expectError(await at(501), 400, 'Bad Request', /router.*501.*500/);
      expectError(await at(-1), 400, 'Bad Request', /router/);
      expect((await at(500)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('GetDomainUsage: GET /v3/domain_usage', () => {
  it("answers exactly the reference's example for the default domain (shape, values and key order)", async () => {
    const r = await call('GET', '/v3/domain_usage', { token: await logIn() });
    expect(r.status).toBe(200);
    expect(r.headers.requestid).toMatch(/^req-/);
    expect(r.body).toEqual(DOMAIN_USAGE);
    expect(r.text).toBe(JSON.stringify(DOMAIN_USAGE));
  });

  it("follows updates of the default domain's quota; any valid token may read it; none is 401", async () => {
    const admin = await logIn();
    expect((await call('PATCH', '/v3/domain_quotas/default', { token: admin, body: { domain: { region: 'RegionOne', instances: 80 } } })).status).toBe(200);
    const r = await call('GET', '/v3/domain_usage', { token: await logIn(TEST_USER_AUTH()) });
    expect(r.status).toBe(200);
    expect(r.body.domain.RegionOne.quotas.instances).toBe(80);
    expect(r.body.domain.RegionOne.allocated).toEqual(DOMAIN_USAGE.domain.RegionOne.allocated);
    expectError(await call('GET', '/v3/domain_usage'), 401, 'Unauthorized', UNAUTH);
  });
});

describe('UpdateUserPassword: PATCH /v3/users/{user_id}', () => {
  const path = `/v3/users/${EOS_TEST_USER.userId}`;

  it("applies the reference's example and answers the reference's user (no password); only the new password logs in", async () => {
    const token = await logIn();
    const r = await call('PATCH', path, { token, body: { user: { password: 'new_secretsecret' } } });
    expect(r.status).toBe(200);
    expect(r.headers.requestid).toMatch(/^req-/);
    const expected = structuredClone(USER_PASSWORD);
    expected.user.links.self = `http://127.0.0.1:${sim.port}/v3/users/${EOS_TEST_USER.userId}`;
    expect(r.body).toEqual(expected);
    expect(JSON.stringify(r.body)).not.toMatch(/password"/);
    expectError(await call('POST', '/v3/auth/tokens', { body: TEST_USER_AUTH() }), 401, 'Unauthorized', UNAUTH);
    expect((await call('POST', '/v3/auth/tokens', { body: TEST_USER_AUTH('new_secretsecret') })).status).toBe(201);
  });

  it("revokes the user's tokens (as Keystone does) and leaves other users' alone", async () => {
    const admin = await logIn();
    const member = await logIn(TEST_USER_AUTH());
    expect((await call('GET', '/v3/domain_usage', { token: member })).status).toBe(200);
    expect((await call('PATCH', path, { token: admin, body: { user: { password: 'another1' } } })).status).toBe(200);
    expectError(await call('GET', '/v3/domain_usage', { token: member }), 401, 'Unauthorized', UNAUTH);
    expect((await call('GET', '/v3/domain_usage', { token: admin })).status).toBe(200);
  });

  it("changes an administrator's password too (the seed's administrator, by id)", async () => {
    const token = await logIn();
    expect((await call('PATCH', `/v3/users/${EOS_SEED_ADMIN.userId}`, { token, body: { user: { password: 'rotated!' } } })).status).toBe(200);
    expect((await call('POST', '/v3/auth/tokens', { body: passwordAuth({ id: EOS_SEED_ADMIN.userId, password: 'devstacker' }) })).status).toBe(401);
    expect((await call('POST', '/v3/auth/tokens', { body: passwordAuth({ id: EOS_SEED_ADMIN.userId, password: 'rotated!' }) })).status).toBe(201);
  });

  it('an unknown user is 404, a caller without the admin role 403, no token 401, a malformed body 400', async () => {
    const token = await logIn();
    const body = { user: { password: 'x-secret' } };
    expectError(await call('PATCH', '/v3/users/nope', { token, body }), 404, 'Not Found', 'Could not find user: nope.');
    expectError(await call('PATCH', path, { token: await logIn(TEST_USER_AUTH()), body }), 403, 'Forbidden', /not authorized/);
    expectError(await call('PATCH', path, { body }), 401, 'Unauthorized', UNAUTH);
    for (const bad of ['{', { password: 'x' }, { user: 'x' }, { user: { password: 5 } }, { user: { password: '' } }, { user: { password: 'x', name: 'y' } }]) {
      expectError(await call('PATCH', path, { token, body: bad }), 400, 'Bad Request');
    }
    // Nothing changed.
    expect((await call('POST', '/v3/auth/tokens', { body: TEST_USER_AUTH() })).status).toBe(201);
  });
});

describe('routes', () => {
  it('an unknown path is 404, a known path with another method 405, both in the error shape', async () => {
    const token = await logIn();
    expectError(await call('GET', '/v3/projects', { token }), 404, 'Not Found');
    expectError(await call('GET', '/', { token }), 404, 'Not Found');
    expectError(await call('DELETE', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token }), 405, 'Method Not Allowed');
    expectError(await call('GET', '/v3/auth/tokens', { token }), 405, 'Method Not Allowed');
  });

  it('ignores a trailing slash and a query string', async () => {
    const token = await logIn();
    expect((await call('GET', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}/?x=1`, { token })).body).toEqual(DOMAIN_QUOTA);
  });
});

describe('state file', () => {
  it('is written at start (0600) and after each change; a restart resumes tokens, quotas and passwords', async () => {
    const file = tempStateFile();
    const first = await startEosSim({ port: 0, now, stateFile: file });
    expect(first.provider).toBe('eos');
    expect(first.readOnly).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const token = await logIn(ADMIN_AUTH, first);
    expect((await call('PATCH', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token, body: { domain: { region: 'RegionOne', router: 42 } } }, first)).status).toBe(200);
    expect((await call('PATCH', `/v3/users/${EOS_TEST_USER.userId}`, { token, body: { user: { password: 'kept-pw' } } }, first)).status).toBe(200);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('zstack-cli-sim-eos/1');
    expect(readFileSync(file, 'utf8')).not.toContain('kept-pw');
    await first.close();

    const again = await startEosSim({ port: 0, now, stateFile: file });
    try {
      // The token issued before the restart still works, until it expires.
      const q = await call('GET', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token }, again);
      expect(q.body).toEqual(quotaWith(DOMAIN_QUOTA, { router: 42 }));
      expect((await call('POST', '/v3/auth/tokens', { body: TEST_USER_AUTH('kept-pw') }, again)).status).toBe(201);
      expect((await call('POST', '/v3/auth/tokens', { body: TEST_USER_AUTH() }, again)).status).toBe(401);
      clock += 3600_000;
      expect((await call('GET', '/v3/domain_usage', { token }, again)).status).toBe(401);
    } finally {
      await again.close();
    }
  });

  it('leaves expired tokens out of the file', async () => {
    const file = tempStateFile();
    const s = await startEosSim({ port: 0, now, stateFile: file, tokenTtlS: 10 });
    try {
      await logIn(ADMIN_AUTH, s);
      expect(JSON.parse(readFileSync(file, 'utf8')).tokens).toHaveLength(1);
      clock += 10_000;
      await call('PATCH', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token: await logIn(ADMIN_AUTH, s), body: { domain: { region: 'RegionOne', router: 7 } } }, s);
      expect(JSON.parse(readFileSync(file, 'utf8')).tokens).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('a damaged file (not JSON, not an EOS state, a broken domain, an AC state) is an error and is left untouched', async () => {
    const { file, state: broken } = await seededStateFile(startEosSim);
    broken.domains[1].regions.RegionOne.quotas.router = 'many';
    const damages = ['{"format": "zstack-cli-sim-eos/1", "domains": [', '{"hello": 1}', JSON.stringify(broken), JSON.stringify({ format: 'zstack-cli-sim-ac/1', tokens: {}, users: [], groups: [] })];
    await expectDamagedRefused(startEosSim, file, damages);
  });

  it('a file another live simulator owns is refused, or used read-only when asked', async () => {
    await expectBusyFile(
      (opts) => startEosSim({ ...opts, now }),
      async (copy) => {
        const token = await logIn(ADMIN_AUTH, copy);
        expect((await call('PATCH', `/v3/domain_quotas/${EOS_DEPT_DOMAIN.id}`, { token, body: { domain: { region: 'RegionOne', router: 9 } } }, copy)).status).toBe(200);
      },
    );
  });

  it('a port in use is a transport error', async () => {
    const err = await rejection(startEosSim({ port: sim.port }));
    expect((err as CliError).kind).toBe('transport');
  });
});

describe('independence', () => {
  it('the EOS and AC simulators import no client code (request, transport, cli, invocation, catalog), not even indirectly', () => {
    const seen = new Set<string>();
    const walk = (file: URL): void => {
      if (seen.has(file.href)) return;
      seen.add(file.href);
      const text = readFileSync(new URL(file.href.replace(/\.js$/, '.ts')), 'utf8');
      for (const m of text.matchAll(/^(?:import|export)[^;]*?from '(\.[^']+)'/gms)) walk(new URL(m[1], file));
    };
    for (const name of ['eos', 'ac']) walk(new URL(`../../src/sim/${name}.js`, import.meta.url));
    const files = [...seen].map((href) => href.slice(href.indexOf('/src/') + 1));
    expect(files).toContain('src/sim/provider-sim.js');
    expect(files.filter((f) => /^src\/(request|transport|cli|invocation|catalog)\//.test(f))).toEqual([]);
  });
});
