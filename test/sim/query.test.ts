// The query engine over HTTP on demo data: every operator, typed comparison, cross-resource paths with all three
// join-key conventions, tags, paging, sorting, field selection, counting. Expectations are computed from the stored rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/sim/dates.js';
import type { Rec } from '../../src/sim/store.js';
import { Harness } from './helpers.js';

let h: Harness;
let admin: string;
const rows = (inv: string): Rec[] => h.running.sim.store.table(inv).filter(() => true);
const uuids = (rs: Rec[]) => rs.map((r) => r.uuid).sort();

beforeAll(async () => {
  h = await Harness.start({ kind: 'demo' });
  admin = await h.login();
});
afterAll(() => h.close());

async function expectVms(conditions: string[], pred: (vm: Rec) => boolean): Promise<void> {
  const want = uuids(rows('VmInstance').filter(pred));
  const got = await h.query('QueryVmInstance', conditions, admin);
  expect(uuids(got.rows), conditions.join(' ')).toEqual(want);
  expect(got.total).toBe(want.length);
}

describe('operators, compared by the field type', () => {
  it.each([
    [['state=Stopped'], (v: Rec) => v.state === 'Stopped'],
    [['state!=Running'], (v: Rec) => v.state !== 'Running'],
    [['cpuNum>2'], (v: Rec) => Number(v.cpuNum) > 2],
    [['cpuNum<2'], (v: Rec) => Number(v.cpuNum) < 2],
    [['cpuNum>=4'], (v: Rec) => Number(v.cpuNum) >= 4],
    [['cpuNum<=2'], (v: Rec) => Number(v.cpuNum) <= 2],
    // Numerically, not as text: '8' > '10' as strings, but 8 < 10.
    [['cpuNum<10'], () => true],
    [['memorySize>4294967296'], (v: Rec) => Number(v.memorySize) > 4294967296],
    [['name?=vm-0001,vm-0002,vm-0003'], (v: Rec) => ['vm-0001', 'vm-0002', 'vm-0003'].includes(String(v.name))],
    [['name!?=vm-0001,vm-0002'], (v: Rec) => !['vm-0001', 'vm-0002'].includes(String(v.name))],
    [['name~=vm-001%'], (v: Rec) => String(v.name).startsWith('vm-001')],
    [['name~=VM-00_5'], (v: Rec) => /^vm-00.5$/.test(String(v.name))],
    [['name!~=vm-00%'], (v: Rec) => !String(v.name).startsWith('vm-00')],
    [['description is null'], () => true],
    [['description not null'], () => false],
    [['createDate>Jan 5, 2026 8:30:00 AM'], (v: Rec) => parseDate(v.createDate) > parseDate('Jan 5, 2026 8:30:00 AM')],
    [[`createDate<=${Date.UTC(2026, 0, 5, 8, 10)}`], (v: Rec) => parseDate(v.createDate) <= Date.UTC(2026, 0, 5, 8, 10)],
    [['state=Running', 'cpuNum=1'], (v: Rec) => v.state === 'Running' && v.cpuNum === 1],
  ])('%j', async (conds, pred) => expectVms(conds, pred));

  it('booleans compare as booleans', async () => {
    const got = await h.query('QueryL3Network', ['system=false'], admin);
    expect(got.total).toBe(3);
    expect((await h.query('QueryL3Network', ['system=true'], admin)).total).toBe(0);
  });

  // A real node fails them inside its query engine: an internal error, SYS.1000 (it used to be SYS.1007 here).
  it('rejects unknown fields and badly typed values with SYS.1000', async () => {
    for (const q of ['nosuch=1', 'vmNics.nosuch=1', 'nosuch.name=x', 'cpuNum>many']) {
      const r = await h.raw('GET', `/vm-instances?q=${encodeURIComponent(q)}`, { session: admin });
      expect(r.status, q).toBe(503);
      expect(r.body.error.code).toBe('SYS.1000');
    }
  });
});

describe('cross-resource paths', () => {
  const nicsOf = (vm: Rec) => rows('VmNic').filter((n) => n.vmInstanceUuid === vm.uuid);
  const l3 = (uuid: unknown) => rows('L3Network').find((l) => l.uuid === uuid)!;

  it('follows field joins at any depth', async () => {
    await expectVms(['vmNics.l3Network.name=private-net'], (v) => nicsOf(v).some((n) => l3(n.l3NetworkUuid).name === 'private-net'));
    await expectVms(['vmNics.ip~=192.168.11.%'], (v) => nicsOf(v).some((n) => String(n.ip).startsWith('192.168.11.')));
    await expectVms(['host.managementIp=10.10.20.3'], (v) => rows('Host').find((x) => x.uuid === v.hostUuid)?.managementIp === '10.10.20.3');
    await expectVms(['zone.name=ZONE-2', 'cluster.name!=CLUSTER-1'], (v) => {
      const zone = rows('Zone').find((z) => z.uuid === v.zoneUuid)!;
      return zone.name === 'ZONE-2';
    });
    await expectVms(['vmNics.l3Network.l2Network.zone.name=ZONE-1'], (v) =>
      nicsOf(v).some((n) => rows('Zone').find((z) => z.uuid === l3(n.l3NetworkUuid).zoneUuid)?.name === 'ZONE-1'),
    );
  });

  it('follows list-valued *Uuids join keys, both directions', async () => {
    const ps = await h.query('QueryPrimaryStorage', ['cluster.name=CLUSTER-3'], admin);
    expect(ps.rows.map((r) => r.name)).toEqual(['PS-2']);
    const clusters = await h.query('QueryCluster', ['l2Network.name=L2-1'], admin);
    expect(clusters.rows.map((r) => r.name).sort()).toEqual(['CLUSTER-1', 'CLUSTER-2']);
    const zones = await h.query('QueryZone', ['backupStorage.name=BS-1'], admin);
    expect(zones.total).toBe(2);
  });

  it('follows dotted join keys through reference inventories', async () => {
    const images = await h.query('QueryImage', ['backupStorage.name=BS-1'], admin);
    expect(images.total).toBe(3);
    const l3s = await h.query('QueryL3Network', ['serviceProvider.type=Flat'], admin);
    expect(l3s.total).toBe(3);
    // Many-to-many users <-> groups through UserGroupUserRef.
    const group = (await h.api('CreateUserGroup', ['name=ops'], admin)).body.inventory;
    const u1 = (await h.api('CreateUser', ['name=u1', 'password=pw'], admin)).body.inventory;
    await h.api('CreateUser', ['name=u2', 'password=pw'], admin);
    await h.api('AddUserToGroup', [`groupUuid=${group.uuid}`, `userUuid=${u1.uuid}`], admin);
    expect((await h.query('QueryUser', ['group.name=ops'], admin)).rows.map((u) => u.name)).toEqual(['u1']);
    expect((await h.query('QueryUserGroup', ['user.name=u1'], admin)).rows.map((g) => g.name)).toEqual(['ops']);
    expect((await h.query('QueryUserGroup', ['user.name=u2'], admin)).total).toBe(0);
  });
});

describe('tags, paging, sorting, fields, count', () => {
  it('matches __systemTag__ and __userTag__', async () => {
    expect((await h.query('QueryVmInstance', ['__systemTag__=ha::NeverStop'], admin)).rows.map((v) => v.name)).toEqual(['vm-0001']);
    expect((await h.query('QueryVmInstance', ['__userTag__~=we%'], admin)).total).toBe(1);
    expect((await h.query('QueryVmInstance', ['__userTag__!=web'], admin)).total).toBe(49);
  });

  it('pages, sorts, selects fields and counts', async () => {
    const r = await h.raw('GET', '/vm-instances?sort=-cpuNum&limit=5&start=2&fields=name,cpuNum&replyWithCount=true', { session: admin });
    const sorted = rows('VmInstance').map((v) => Number(v.cpuNum)).sort((a, b) => b - a);
    expect(r.body.inventories.map((v: Rec) => v.cpuNum)).toEqual(sorted.slice(2, 7));
    expect(Object.keys(r.body.inventories[0]).sort()).toEqual(['cpuNum', 'name']);
    expect(r.body.total).toBe(50);
    expect((await h.raw('GET', '/vm-instances?count=true&q=state%3DRunning', { session: admin })).body).toEqual({ total: 40, schema: {} });
    const page = await h.raw('GET', '/vm-instances?limit=10&start=45', { session: admin });
    expect(page.body.inventories).toHaveLength(5);
    expect(page.body.total).toBeUndefined();
  });

  it('answers <collection>/{uuid} with inventories, embedding NICs and volumes', async () => {
    const vm = rows('VmInstance')[0];
    const r = await h.raw('GET', `/vm-instances/${String(vm.uuid)}`, { session: admin });
    expect(r.body.inventories).toHaveLength(1);
    expect(r.body.inventories[0].vmNics).toHaveLength(1);
    expect(r.body.inventories[0].allVolumes.length).toBeGreaterThanOrEqual(1);
  });

  it('ignores condition= as the real server does', async () => {
    const r = await h.raw('GET', '/vm-instances?condition=name%3Dvm-0001&count=true', { session: admin });
    expect(r.body.total).toBe(50);
  });
});

describe('string comparison', () => {
  it('ignores case for = != ?= and sorting, like MySQL\'s default collation', async () => {
    const exact = await h.query('QueryVmInstance', ['name=vm-0001'], admin);
    expect(exact.rows).toHaveLength(1);
    expect((await h.query('QueryVmInstance', ['name=VM-0001'], admin)).rows.map((r) => r.uuid)).toEqual(exact.rows.map((r) => r.uuid));
    expect((await h.query('QueryVmInstance', ['name?=VM-0001,Vm-0002'], admin)).rows).toHaveLength(2);
    expect((await h.query('QueryVmInstance', ['name!=VM-0001'], admin)).rows).toHaveLength(49);
  });
});

describe('scale data', () => {
  it('answers queries over generated rows like stored ones', async () => {
    const s = await Harness.start({ kind: 'scale', n: 3000 });
    try {
      const session = await s.login();
      const got = await s.query('QueryVmInstance', ['vmNics.l3Network.name=mgmt-net', 'cpuNum>=4'], session);
      // VM i is on L3 number i % 3 and offering number i % 4 (4 and 8 CPUs for 2 and 3).
      expect(got.total).toBe(Array.from({ length: 3000 }, (_, i) => i).filter((i) => i % 3 === 2 && i % 4 >= 2).length);
      const one = got.rows[0];
      const byUuid = await s.raw('GET', `/vm-instances/${one.uuid}`, { session });
      expect(byUuid.body.inventories[0].vmNics[0].l3NetworkUuid).toBe(one.defaultL3NetworkUuid);
      const stop = await s.api('StopVmInstance', [`uuid=${one.uuid}`], session);
      expect(stop.body.inventory.state).toBe('Stopped');
      expect((await s.query('QueryVmInstance', [`uuid=${one.uuid}`], session)).rows[0].state).toBe('Stopped');
      expect((await s.raw('GET', '/volumes?count=true', { session })).body.total).toBe(3000);
      const name = String(one.name);
      expect((await s.query('QueryVmInstance', [`name=${name.toUpperCase()}`], session)).rows.map((r) => r.uuid)).toEqual([one.uuid]);
    } finally {
      await s.close();
    }
  });
});

describe('deep pages of generated rows', () => {
  it('scan(skip) jumps over generated rows and gives what skipping them one by one gives', async () => {
    const { Table } = await import('../../src/sim/store.js');
    const gen = (i: number) => ({ uuid: `u${String(i).padStart(5, '0')}`, n: i });
    const source = { count: 100, uuidAt: (i: number) => gen(i).uuid, indexOf: (u: string) => (/^u\d{5}$/.test(u) && Number(u.slice(1)) < 100 ? Number(u.slice(1)) : -1), gen };
    const t = new Table('Thing', source);
    const naive = (skip: number) => [...t.scan()].slice(skip).map((r) => r.uuid);
    const check = () => {
      for (const skip of [0, 1, 37, 99, 100, 101, 150]) expect([...t.scan(skip)].map((r) => r.uuid), `skip ${skip}`).toEqual(naive(skip));
    };
    check();
    t.put({ uuid: 'u00005', n: 'changed' }); // a generated row changed in place
    t.put({ uuid: 'extra1', n: -1 }); // a row of its own, after the generated ones
    check();
    t.delete('u00010'); // a removal shifts what follows
    check();
  });
});
