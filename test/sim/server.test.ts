// The wire contract: authentication, sessions, AccessKey signatures, jobs, and the two error styles.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Harness } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2026, 10, 23, 10)) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe('REST-level errors are plain text', () => {
  it('answers 404, 405 and 400 before any API runs', async () => {
    h = await Harness.start({ kind: 'empty' });
    const s = await h.login();
    const notFound = await h.raw('GET', '/no-such-thing', { session: s });
    expect(notFound.status).toBe(404);
    expect(typeof notFound.body).toBe('string');
    expect((await fetch(`http://127.0.0.1:${h.running.port}/other/v1/zones`)).status).toBe(404);
    expect((await h.raw('PATCH', '/zones', { session: s })).status).toBe(405);
    const noAuth = await h.raw('GET', '/zones');
    expect(noAuth.status).toBe(400);
    expect(noAuth.body).toMatch(/Authorization/);
    expect((await h.raw('GET', '/zones', { headers: { Authorization: 'Basic abc' } })).status).toBe(400);
    // A body that is not JSON fails inside the server's REST layer: 500, plain text.
    const badJson = await fetch(`${h.base}/zones`, { method: 'POST', headers: { Authorization: `OAuth ${s}` }, body: '{nope' });
    expect(badJson.status).toBe(500);
    expect(await badJson.text()).toMatch(/JSON/);
    expect((await h.raw('PUT', '/vm-instances/0123456789abcdef0123456789abcdef/actions', { session: s, body: { noSuchAction: {} } })).status).toBe(400);
  });

  it('answers API errors as 503 {error: {code, description, details}}', async () => {
    h = await Harness.start({ kind: 'empty' });
    const s = await h.login();
    const r = await h.api('DeleteZone', ['uuid=0123456789abcdef0123456789abcdef'], s);
    expect(r.status).toBe(200); // deleting what is gone succeeds
    const missing = await h.raw('POST', '/zones', { session: s, body: { params: {} } });
    expect(missing.status).toBe(503);
    expect(Object.keys(missing.body.error).sort()).toEqual(['code', 'description', 'details']);
    expect(missing.body.error.code).toBe('SYS.1007');
  });
});

describe('sessions', () => {
  it('logs in with the SHA-512 digest only and expires sessions (ID.1001)', async () => {
    const c = clock();
    h = await Harness.start({ kind: 'empty' }, { now: c.now, sessionTimeoutS: 60 });
    const plain = await h.raw('PUT', '/accounts/login', { body: { logInByAccount: { accountName: 'admin', password: 'password' } } });
    expect(plain.status).toBe(503);
    expect(plain.body.error.code).toBe('ID.1000');
    const s = await h.login();
    expect((await h.raw('GET', '/zones', { session: s })).status).toBe(200);
    c.t += 61_000;
    const sync = await h.raw('GET', '/zones', { session: s });
    expect(sync.status).toBe(503);
    expect(sync.body.error.code).toBe('ID.1001');
    expect(sync.body.error.details).toMatch(/Session expired/);
    expect((await h.raw('GET', `/accounts/sessions/${s}/valid`)).body).toEqual({ valid: false });
  });

  it('fails an asynchronous API with an invalid session through its job', async () => {
    h = await Harness.start({ kind: 'empty' });
    const r = await h.raw('POST', '/zones', { session: 'f'.repeat(32), body: { params: { name: 'z' } }, follow: false });
    expect(r.status).toBe(202);
    const done = await h.follow(r.body.location);
    expect(done.status).toBe(503);
    expect(done.body.error.code).toBe('ID.1001');
  });

  it('renews and logs out', async () => {
    h = await Harness.start({ kind: 'empty' });
    const s = await h.login();
    expect((await h.api('RenewSession', [`sessionUuid=${s}`, 'duration=100'], s)).status).toBe(200);
    await h.api('LogOut', [`sessionUuid=${s}`], s);
    expect((await h.raw('GET', '/zones', { session: s })).body.error.code).toBe('ID.1001');
  });
});

describe('AccessKey', () => {
  const ID = 'simAdminAccessKey';
  const SECRET = 'simAdminAccessKeySecret';
  // Signed here with node:crypto, not with the client's signer: the simulator must not agree with a wrong client.
  const sign = (method: string, date: string, path: string) => createHmac('sha1', SECRET).update(`${method}\n${date}\n/v1${path}`).digest('base64');
  const headers = (date: string, sig = sign('GET', date, '/zones')) => ({ Date: date, Authorization: `ZStack ${ID}:${sig}` });
  // 2026-11-23 02:20:30 UTC = 10:20:30 on a UTC+8 node.
  const NOW = Date.UTC(2026, 10, 23, 2, 20, 30);

  it('compares the Date wall-clock time with the node\'s (UTC+8 by default), whatever the zone label says', async () => {
    h = await Harness.start({ kind: 'demo' }, { now: () => NOW });
    for (const date of ['Mon, 23 Nov 2026 10:20:30 CST', 'mon, 23 nov 2026 10:35:30 GMT', 'Mon, 23 Nov 2026 10:05:30 Asia/Shanghai', 'Mon, 23 Nov 2026 10:20:30 +08:00']) {
      const r = await h.raw('GET', '/zones', { headers: headers(date) });
      expect(r.status, date).toBe(200);
      expect(r.body.inventories).toHaveLength(2);
    }
    // The old reading (the label as a real zone: CST = US Central) would have refused the first one.
  });

  it('answers a missing or malformed Date with 400 and a skewed one or a bad signature with 403, plain text, before the API runs', async () => {
    h = await Harness.start({ kind: 'demo' }, { now: () => NOW });
    const cases: Array<[Record<string, string>, number]> = [
      [{ Authorization: `ZStack ${ID}:${sign('GET', '', '/zones')}` }, 400],
      [headers('Mon, 23 Nov 2026 10:20:30 +0800'), 400],
      [headers('Tue, 23 Nov 2026 10:20:30 CST'), 400],
      [headers('Mon, 23 Nov 2026 10:20:30'), 400],
      [headers('Mon, 23 Nov 2026 10:36:31 CST'), 403],
      [headers('Mon, 23 Nov 2026 02:20:30 GMT'), 403],
      [headers('Mon, 23 Nov 2026 10:20:30 CST', 'wrong'), 403],
      [{ ...headers('Mon, 23 Nov 2026 10:20:30 CST'), Authorization: 'ZStack nokey' }, 400],
    ];
    for (const [hdrs, status] of cases) {
      const r = await h.raw('POST', '/zones', { headers: hdrs, body: { params: { name: 'z' } }, follow: false });
      expect(r.status, JSON.stringify(hdrs)).toBe(status);
      expect(typeof r.body).toBe('string');
    }
  });

  it('takes the node\'s zone from --time-zone', async () => {
    h = await Harness.start({ kind: 'empty' }, { now: () => NOW, timeZone: 'UTC' });
    expect((await h.raw('GET', '/zones', { headers: headers('Mon, 23 Nov 2026 02:20:30 GMT') })).status).toBe(200);
    expect((await h.raw('GET', '/zones', { headers: headers('Mon, 23 Nov 2026 10:20:30 CST') })).status).toBe(403);
  });

  it('accepts what the CLI signs, from any local zone', async () => {
    h = await Harness.start({ kind: 'demo' });
    const key = { kind: 'accessKey' as const, keyId: ID, keySecret: SECRET };
    expect((await h.api('QueryZone', [], key)).body.inventories).toHaveLength(2);
  });
});

describe('jobs', () => {
  it('answers 202 with a location, completes after the delay, and expires the result', async () => {
    const c = clock();
    h = await Harness.start({ kind: 'empty' }, { now: c.now, jobDelayMs: 30, jobRetentionMs: 1000 });
    const s = await h.login();
    const r = await h.raw('POST', '/zones', { session: s, body: { params: { name: 'z1' } }, follow: false });
    expect(r.status).toBe(202);
    expect(r.body.location).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.running.port}/zstack/v1/api-jobs/[0-9a-f]{32}$`));
    expect((await fetch(r.body.location)).status).toBe(202);
    const done = await h.follow(r.body.location);
    expect(done.status).toBe(200);
    expect(done.body.inventory.name).toBe('z1');
    c.t += 1001;
    expect((await fetch(r.body.location)).status).toBe(404);
  });

  it('honours X-Job-UUID (a duplicate gets 400) and posts to X-Web-Hook', async () => {
    h = await Harness.start({ kind: 'empty' });
    const s = await h.login();
    const hooked: Array<{ headers: Record<string, unknown>; body: string }> = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        hooked.push({ headers: req.headers, body });
        res.end();
      });
    });
    await new Promise<void>((ok) => hook.listen(0, '127.0.0.1', ok));
    try {
      const id = 'a'.repeat(32);
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
      const first = await h.raw('POST', '/zones', { session: s, body: { params: { name: 'z' } }, headers: { 'X-Job-UUID': id, 'X-Web-Hook': url }, follow: false });
      expect(first.body.location).toMatch(new RegExp(`/api-jobs/${id}$`));
      const dup = await h.raw('POST', '/zones', { session: s, body: { params: { name: 'z2' } }, headers: { 'X-Job-UUID': id }, follow: false });
      expect(dup.status).toBe(400);
      expect((await h.raw('POST', '/zones', { session: s, body: { params: { name: 'z3' } }, headers: { 'X-Job-UUID': 'nope' }, follow: false })).status).toBe(400);
      await h.follow(first.body.location);
      for (let i = 0; i < 100 && hooked.length === 0; i++) await new Promise((ok) => setTimeout(ok, 10));
      expect(hooked[0].headers['x-job-uuid']).toBe(id);
      expect(hooked[0].headers['x-job-success']).toBe('true');
      expect(JSON.parse(hooked[0].body).inventory.name).toBe('z');
    } finally {
      hook.close();
    }
  });
});
