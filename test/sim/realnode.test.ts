// What a real management node answers where the simulator used to differ (issue 10): query-string reading, REST-layer
// errors, response shapes, body keys, sessions and validation, each checked against the server's source (facts in
// shared/docs/zstack-rest.md). Requests are written by hand here, as ZStack's own SDKs send them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from './helpers.js';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await Harness.start({ kind: 'demo' });
  admin = await h.login();
});
afterAll(() => h.close());

const get = (path: string, headers: Record<string, string> = {}) => h.raw('GET', path, { session: admin, headers });
const sha512 = (s: string) => createHash('sha512').update(s).digest('hex');

describe('the query string, read as the real REST layer reads it', () => {
  it('reads booleans the Java way: True, TRUE and true count; anything else is false, never an error', async () => {
    expect((await get('/zones?count=True')).body.total).toBe(2);
    expect((await get('/zones?replyWithCount=TRUE')).body.total).toBe(2);
    expect((await get('/zones?count=1')).body.total).toBeUndefined();
    expect((await get('/zones?replyWithCount=yes')).status).toBe(200);
  });

  it('trims sort, so an unencoded sort=+name (a space once decoded) sorts ascending', async () => {
    const names = (await get('/vm-instances?sort=+name&limit=3')).body.inventories.map((v: { name: string }) => v.name);
    expect(names).toEqual([...names].sort());
    const desc = (await get('/vm-instances?sort=-name&limit=3')).body.inventories.map((v: { name: string }) => v.name);
    expect(desc).toEqual([...desc].sort().reverse());
  });

  it('answers syntax errors with a plain-text 400 before the API runs', async () => {
    for (const qs of ['limit=abc', 'start=1.5', 'q=name', 'q=%3Dfoo', 'fields=%2C']) {
      const r = await get(`/zones?${qs}`);
      expect(r.status, qs).toBe(400);
      expect(typeof r.body, qs).toBe('string');
    }
  });

  it('fails unknown fields inside the query engine (503 SYS.1000), and a filterName without ":" as an argument error', async () => {
    for (const qs of ['q=nosuch%3D1', 'sort=nosuch', 'fields=uuid,nosuch', 'filterName=a%3Ab']) expect((await get(`/zones?${qs}`)).body.error.code, qs).toBe('SYS.1000');
    expect((await get('/zones?filterName=abc')).body.error.code).toBe('SYS.1007');
  });

  it('takes the first fields value, split on commas and trimmed; ignores groupBy, sortBy and unknown names', async () => {
    const r = await get('/zones?fields=%20name%20,uuid&fields=state&groupBy=name&sortBy=nosuch&whatever=1');
    expect(Object.keys(r.body.inventories[0]).sort()).toEqual(['name', 'uuid']);
  });

  it('has a default limit of 1000 and no maximum; identical conditions are one', async () => {
    expect((await get('/vm-instances?limit=100000&replyWithCount=true')).body.inventories).toHaveLength(50);
    expect((await get('/vm-instances?q=state%3DRunning&q=state%3DRunning&count=true')).body.total).toBe((await get('/vm-instances?q=state%3DRunning&count=true')).body.total);
  });

  it('matches __tagUuid__ against the tag pattern a user tag was made from', async () => {
    const zone = (await get('/zones?limit=1')).body.inventories[0].uuid;
    h.running.sim.store.table('UserTag').put({ uuid: 'f'.repeat(32), resourceUuid: zone, resourceType: 'ZoneVO', type: 'User', tag: 'x', tagPatternUuid: 'a'.repeat(32) });
    expect((await get(`/zones?q=__tagUuid__%3D${'a'.repeat(32)}`)).body.inventories.map((z: { uuid: string }) => z.uuid)).toEqual([zone]);
    expect((await get(`/zones?q=__tagUuid__!%3D${'a'.repeat(32)}&count=true`)).body.total).toBe(1);
  });
});

describe('response shapes', () => {
  it('sets no Content-Type, as the real server does not', async () => {
    const res = await fetch(`${h.base}/zones`, { headers: { Authorization: `OAuth ${admin}` } });
    expect(res.headers.get('content-type')).toBeNull();
  });

  it('adds schema to every query reply, and to other replies only when the request has X-JSON-Schema', async () => {
    const q = (await get('/vm-instances?limit=1')).body;
    expect(q.schema['inventories[0]']).toBe('org.zstack.header.vm.VmInstanceInventory');
    expect(q.schema['inventories[0].vmNics[0]']).toBe('org.zstack.header.vm.VmNicInventory');
    expect(Object.keys(q.schema)[0]).toBe('inventories[0]');
    expect((await get('/zones?count=true')).body).toEqual({ total: 2, schema: {} });
    const login = await h.raw('PUT', '/accounts/login', { body: { logInByAccount: { accountName: 'admin', password: sha512('password') } }, headers: { 'X-JSON-Schema': 'true' } });
    expect(login.body.schema).toEqual({ inventory: 'org.zstack.header.identity.SessionInventory' });
    expect((await h.raw('PUT', '/accounts/login', { body: { logInByAccount: { accountName: 'admin', password: sha512('password') } } })).body.schema).toBeUndefined();
  });

  it('answers 202 with location and apiTimeout, then 202 {} while the job runs', async () => {
    const slow = await Harness.start({ kind: 'empty' }, { jobDelayMs: 200 });
    try {
      const s = await slow.login();
      const r = await slow.raw('POST', '/zones', { session: s, body: { params: { name: 'z' } }, headers: { 'X-API-Timeout': '60' }, follow: false });
      expect(r).toEqual({ status: 202, body: { location: expect.stringMatching(/\/zstack\/v1\/api-jobs\/[0-9a-f]{32}$/), apiTimeout: 60000 } });
      const pending = await fetch(r.body.location);
      expect([pending.status, await pending.text()]).toEqual([202, '{}']);
    } finally {
      await slow.close();
    }
  });
});

describe('body keys', () => {
  it('finds the parameters under the API key literally; a wrong key leaves the API with none (503 SYS.1007)', async () => {
    const r = await h.raw('POST', '/zones', { session: admin, body: { parameters: { name: 'z' } } });
    expect([r.status, r.body.error.code]).toEqual([503, 'SYS.1007']);
    // Only where several PUT actions share a URL does the key pick the API: none of them is a 400.
    const vm = (await get('/vm-instances?limit=1')).body.inventories[0].uuid;
    expect((await h.raw('PUT', `/vm-instances/${vm}/actions`, { session: admin, body: { stopVm: {} } })).status).toBe(400);
    const wrongKeyOnOwnUrl = await h.raw('PUT', '/accounts/login', { body: { login: { accountName: 'admin', password: sha512('password') } } });
    expect([wrongKeyOnOwnUrl.status, wrongKeyOnOwnUrl.body.error.code]).toEqual([503, 'SYS.1007']);
  });

  it('takes systemTags inside the parameters (where the SDKs put them) or at the top level', async () => {
    const z = (await h.raw('POST', '/zones', { session: admin, body: { params: { name: 'tagged', systemTags: ['a::b'] } } })).body.inventory;
    expect((await get(`/system-tags?q=resourceUuid%3D${z.uuid}`)).body.inventories.map((t: { tag: string }) => t.tag)).toEqual(['a::b']);
  });
});

describe('sessions', () => {
  it('renews a session on every call and logs out an unknown session with 200 {}', async () => {
    const c = { t: Date.UTC(2026, 0, 1) };
    const s2 = await Harness.start({ kind: 'empty' }, { now: () => c.t, sessionTimeoutS: 60 });
    try {
      const s = await s2.login();
      for (let i = 0; i < 3; i++) {
        c.t += 40_000;
        expect((await s2.raw('GET', '/zones', { session: s })).status).toBe(200);
      }
      expect(await s2.raw('DELETE', `/accounts/sessions/${'e'.repeat(32)}`)).toEqual({ status: 200, body: {} });
    } finally {
      await s2.close();
    }
  });
});

describe('validation no stricter than a real node', () => {
  it('stores any password up to 255 characters and compares it as given', async () => {
    const made = await h.raw('POST', '/accounts', { session: admin, body: { params: { name: 'plain', password: 'not a digest' } } });
    expect(made.status).toBe(200);
    expect((await h.raw('PUT', '/accounts/login', { body: { logInByAccount: { accountName: 'plain', password: 'not a digest' } } })).status).toBe(200);
    expect((await h.raw('POST', '/accounts', { session: admin, body: { params: { name: 'long', password: 'x'.repeat(256) } } })).body.error.code).toBe('SYS.1007');
  });

  it('creates a data volume without an offering or a size, and an LDAP server without description or scope', async () => {
    const vol = await h.raw('POST', '/volumes/data', { session: admin, body: { params: { name: 'bare' } } });
    expect([vol.status, vol.body.inventory.size, vol.body.inventory.diskOfferingUuid]).toEqual([200, 0, null]);
    const ldap = await h.raw('POST', '/ldap/servers', { session: admin, body: { params: { name: 'd', url: 'ldap://x', base: 'dc=x', username: 'u', password: 'p', encryption: 'None' } } });
    expect([ldap.status, ldap.body.inventory.scope]).toEqual([200, 'account']);
  });

  it('requires an IP range gateway for the default Normal type (the server interceptor does), not for AddressPool', async () => {
    const l3 = (await get('/l3-networks?limit=1')).body.inventories[0].uuid;
    const range = (extra: Record<string, string>) => h.raw('POST', `/l3-networks/${l3}/ip-ranges`, { session: admin, body: { params: { name: 'r', startIp: '10.9.0.2', endIp: '10.9.0.9', netmask: '255.255.255.0', ...extra } } });
    expect((await range({})).body.error.code).toBe('SYS.1007');
    expect((await range({ ipRangeType: 'AddressPool' })).body.inventory.gateway).toBe('10.9.0.2');
    expect((await range({ gateway: '10.9.0.1' })).status).toBe(200);
  });
});

describe('independence', () => {
  it('no file under src/sim imports the client code it checks (src/invocation, src/request)', () => {
    const dir = join(import.meta.dirname, '../../src/sim');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const imports = readFileSync(join(dir, f), 'utf8').match(/^import[^;]*from\s+'[^']+'/gm) ?? [];
      for (const line of imports) expect(line, f).not.toMatch(/\/(invocation|request)\//);
    }
  });
});
