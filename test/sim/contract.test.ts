// Contract: every seed example request, sent as the CLI builds it, is accepted and answers with the seed's shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paramLocation } from '../../src/catalog/catalog.js';
import { inventoryFromName } from '../../src/complete/engine.js';
import type { ApiSpec } from '../../src/catalog/types.js';
import { parseInvocation } from '../../src/invocation/parse.js';
import { sha512Hex } from '../../src/request/zstack.js';
import { ADMIN_UUID, type Rec } from '../../src/sim/store.js';
import { fixtures as billing } from '../fixtures/seed-billing.js';
import { fixtures as consoleFx } from '../fixtures/seed-console.js';
import { fixtures as identity } from '../fixtures/seed-identity.js';
import { fixtures as ldap } from '../fixtures/seed-ldap.js';
import { fixtures as query } from '../fixtures/seed-query.js';
import { fixtures as scheduler } from '../fixtures/seed-scheduler.js';
import { catalog, Harness } from './helpers.js';

const all = [...identity, ...billing, ...consoleFx, ...ldap, ...scheduler, ...query];
const HEX32 = /^[0-9a-f]{32}$/;

let h: Harness;
let admin: string;

beforeAll(async () => {
  h = await Harness.start({ kind: 'empty' });
  admin = await h.login();
});
afterAll(() => h.close());

/** The inventory a uuid parameter names: the catalog's hint, else the Query verb whose collection the path is under. */
function inventoryOf(api: ApiSpec, param: string): string {
  const spec = api.params.find((p) => p.name === param);
  if (spec?.resource) return spec.resource;
  if (param === 'sessionUuid') return 'Session'; // sessions are not an inventory the API can query
  const byName = inventoryFromName(catalog, param);
  if (byName) return byName;
  const owner = catalog.apis
    .filter((a) => a.query && api.path.startsWith(`${a.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  // Shared resources can be of any type; a zone stands in for "some resource".
  return owner?.query ?? 'Zone';
}

/** The seeds' examples name resources that exist on the seed author's server: create them with those uuids. */
function ensure(inventory: string, uuid: string): void {
  const { sim } = h.running;
  if (sim.store.findAny(uuid)) return;
  const now = sim.stamp();
  const rec: Rec = { uuid, name: `seed-${inventory}-${uuid.slice(0, 6)}`, createDate: now, lastOpDate: now };
  if (['User', 'UserGroup', 'Policy'].includes(inventory)) rec.accountUuid = ADMIN_UUID;
  if (inventory === 'Account') {
    Object.assign(rec, { type: 'Normal', state: 'Enabled' });
    sim.store.table('Account').put(rec);
    sim.store.extras.passwords[uuid] = sha512Hex('password');
    sim.createQuotas(uuid);
    return;
  }
  if (inventory === 'VmInstance') Object.assign(rec, { state: 'Running', cpuNum: 1, memorySize: 2 ** 30 });
  if (inventory === 'Session') Object.assign(rec, { accountUuid: ADMIN_UUID, userUuid: ADMIN_UUID, expiredDate: 'Jan 1, 2099 12:00:00 AM' });
  if (inventory === 'SchedulerJob') Object.assign(rec, { state: 'Enabled', triggersUuid: [] });
  if (inventory === 'SchedulerTrigger') Object.assign(rec, { jobsUuid: [] });
  sim.store.table(inventory).put(rec);
  if (inventory !== 'Session') sim.own(inventory, uuid, ADMIN_UUID);
}

function prepare(verb: string, args: string[]): void {
  const inv = parseInvocation(catalog, verb, args);
  for (const [name, value] of Object.entries(inv.params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) if (typeof v === 'string' && HEX32.test(v)) ensure(inventoryOf(inv.api, name), v);
  }
  if (verb === 'UpdateQuota') {
    // The seed updates a quota named `quotaname`: a quota its server defines (every account has a row per name).
    const { sim } = h.running;
    const identityUuid = String(inv.params.identityUuid);
    if (!sim.store.table('Quota').find((q) => q.identityUuid === identityUuid && q.name === inv.params.name)) {
      sim.store.table('Quota').put({ name: inv.params.name, identityUuid, identityType: 'AccountVO', value: 10, createDate: sim.stamp(), lastOpDate: sim.stamp() });
    }
  }
  if (verb === 'LogInByUser') {
    // The seed logs in as user `user` of account `test` (created by the CreateAccount example).
    const { sim } = h.running;
    const acc = sim.store.table('Account').find((a) => a.name === 'test')!;
    if (!sim.store.table('User').find((u) => u.name === 'user')) {
      sim.store.table('User').put({ uuid: 'f'.repeat(32), accountUuid: acc.uuid, name: 'user', createDate: sim.stamp(), lastOpDate: sim.stamp() });
      sim.store.extras.passwords['f'.repeat(32)] = sha512Hex('password');
    }
  }
}

describe('every seed example request is accepted with the seed response shape', () => {
  it('covers every seed API', () => {
    const verbs = new Set(all.map((f) => f.verb));
    expect(verbs.size).toBeGreaterThanOrEqual(69);
  });

  it.each(all.map((f, i) => [`${f.verb} #${i}`, f] as const))('%s', async (_, f) => {
    prepare(f.verb, f.args);
    const api = catalog.find(f.verb)!;
    const r = await h.api(f.verb, f.args, admin);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const keys = Object.keys(r.body).sort();
    if (f.verb === 'CalculateAccountSpending') expect(keys).toEqual(['spending', 'total']);
    else if (api.response) expect(keys).toContain(api.response[0]);
    else expect(r.body).toEqual({});
    // Path variables really reached the handler: nothing required was lost on the way.
    for (const p of api.params) if (p.required && paramLocation(api, p) === 'path') expect(f.path).not.toContain(`{${p.name}}`);
  });
});

describe('every catalog API has a route', () => {
  it('answers each API path: every Query verb with its rows, every other verb modelled or named in an API error', async () => {
    let modelled = 0;
    for (const api of catalog.apis) {
      const path = api.path.replace(/\{\w+\}/g, '0123456789abcdef0123456789abcdef');
      const body = api.method === 'POST' || api.method === 'PUT' || api.method === 'PATCH' ? { [api.bodyKey ?? 'params']: {} } : undefined;
      const r = await h.raw(api.method, path, { session: admin, body });
      expect([404, 405], `${api.name}: ${r.status} ${JSON.stringify(r.body)}`).not.toContain(r.status);
      if (api.query) {
        expect(r.status, `${api.name}: ${JSON.stringify(r.body)}`).toBe(200);
        expect(Array.isArray(r.body.inventories), api.name).toBe(true);
      } else if (r.status === 503 && r.body.error.description === `${api.name} is not simulated`) {
        expect(r.body.error.details).toMatch(new RegExp(`does not model ${api.name}`));
      } else modelled++;
    }
    expect(modelled).toBeGreaterThan(100);
  });
});
