// Catalog integrity over the whole generated catalog, the overlay check, and a sample of 50 verbs compared with facts
// looked up by hand in ZStack's SDK sources (test/fixtures/sdk-sample.json, written without the generator).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathVariables } from '../../src/catalog/catalog.js';
import { mergeCatalog, summaryFromName, type GeneratedCatalog } from '../../src/catalog/merge.js';
import type { InventorySpec } from '../../src/catalog/types.js';
import { catalog } from '../helpers/build.js';

const generated = (file: string) =>
  readFileSync(new URL(`../../src/catalog/zstack/generated/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l.replace(/,$/, '')));
const genApis: GeneratedCatalog['apis'] = generated('apis.json');
const apis = catalog.apis;
const inventories = [...catalog.inventories.values()];

/** A field, a list property named *Uuids, or a dotted path through one of the inventory's expansions (types.ts). */
function isJoinKey(inv: InventorySpec, key: string): boolean {
  if (inv.fields.some((f) => f.name === key) || /Uuids$/.test(key)) return true;
  const [head, ...rest] = key.split('.');
  const exp = inv.expand?.find((x) => x.name === head);
  const next = exp && catalog.inventory(exp.inventory);
  return !!next && rest.length > 0 && isJoinKey(next, rest.join('.'));
}

describe('catalog integrity (the whole generated catalog)', () => {
  it('holds every action of the SDK, once, each verb case-insensitively unique', () => {
    expect(apis.length).toBe(genApis.length);
    expect(apis.length).toBeGreaterThan(1800);
    const names = apis.map((a) => a.name.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const invs = inventories.map((i) => i.name);
    expect(invs.filter((n, i) => invs.indexOf(n) !== i)).toEqual([]);
    for (const a of genApis) expect(catalog.find(a.name.toUpperCase())?.name, a.name).toBe(a.name);
  });

  it('every path placeholder is a parameter (query verbs excepted: the SDK sends their path as is)', () => {
    for (const api of apis) {
      for (const v of pathVariables(api.path)) {
        if (api.name.startsWith('Query')) continue;
        expect(api.params.find((x) => x.name === v), `${api.name}: {${v}}`).toBeDefined();
      }
    }
  });

  it('paths are relative to /v1 and well formed', () => {
    for (const api of apis) {
      expect(api.path, api.name).toMatch(/^\/[A-Za-z0-9\-_/{}.]+$/);
      expect(api.path, api.name).not.toMatch(/^\/(zstack|v1)\//);
    }
  });

  it('every body key is what the SDK sends, even empty or "null"', () => {
    for (const g of genApis) {
      const api = catalog.find(g.name)!;
      if (api.method === 'POST' || api.method === 'PUT' || api.method === 'PATCH') expect(api.bodyKey, g.name).toBe(g.bodyKey);
      else expect(api.bodyKey, g.name).toBeUndefined();
    }
    expect(catalog.find('AddHostToHostSchedulingRuleGroup')!.bodyKey).toBe('');
    expect(catalog.find('AttachIsoToVmInstance')!.bodyKey).toBe('null');
  });

  it('every query action of the SDK is a query verb; those without a known inventory search one without fields', () => {
    const source = JSON.parse(readFileSync(new URL('../../src/catalog/zstack/generated/source.json', import.meta.url), 'utf8'));
    expect(apis.filter((a) => a.query).length).toBe(source.counts.queries);
    expect(catalog.inventory(catalog.find('QueryEthernetVF')!.query!)!.fields).toEqual([]);
  });

  it('query verbs are GETs with no parameters of their own, and those mapped name an existing inventory', () => {
    for (const api of apis.filter((a) => a.query)) {
      expect(catalog.inventory(api.query!), api.name).toBeDefined();
      expect(api.method).toBe('GET');
      expect(api.params, api.name).toEqual([]);
      expect(catalog.inventory(api.query!)!.query, api.query).toBeTruthy();
    }
  });

  it('every expanded query points at an existing inventory through real keys; aliases lead where they say', () => {
    for (const inv of inventories) {
      for (const e of inv.expand ?? []) {
        const target = catalog.inventory(e.inventory);
        expect(target, `${inv.name}.${e.name} -> ${e.inventory}`).toBeDefined();
        if (e.via) {
          let at: InventorySpec | undefined = inv;
          for (const step of e.via) at = catalog.inventory(at?.expand?.find((x) => x.name === step)?.inventory ?? '');
          expect(at?.name, `${inv.name}.${e.name} via ${e.via.join('.')}`).toBe(e.inventory);
        } else {
          expect(isJoinKey(inv, e.localKey!) || KNOWN_BROKEN_JOINS.has(`${inv.name}.${e.name}`), `${inv.name}.${e.name} localKey ${e.localKey}`).toBe(true);
          expect(isJoinKey(target!, e.foreignKey!) || KNOWN_BROKEN_JOINS.has(`${inv.name}.${e.name}`), `${inv.name}.${e.name} foreignKey ${e.foreignKey}`).toBe(true);
        }
      }
      const fields = inv.fields.map((f) => f.name);
      expect(fields.filter((n, i) => fields.indexOf(n) !== i), inv.name).toEqual([]);
    }
  });

  it('parameter names are unique per API and every verb has a summary', () => {
    for (const api of apis) {
      const names = api.params.map((p) => p.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i), api.name).toEqual([]);
      expect(api.summary, api.name).toMatch(/^[A-Z]/);
    }
  });

  it('the six seed passwords are hashed; every other secret travels as given, masked', () => {
    const hashed = apis.flatMap((a) => a.params.filter((p) => p.password === 'sha512').map((p) => `${a.name}.${p.name}`));
    expect(hashed.sort()).toEqual(['CreateAccount.password', 'CreateUser.password', 'LogInByAccount.password', 'LogInByUser.password', 'UpdateAccount.password', 'UpdateUser.password'].sort());
    expect(catalog.find('LogInByLdap')!.params.find((p) => p.name === 'password')!.password).toBe('plain');
    expect(catalog.find('AddKVMHost')!.params.find((p) => p.name === 'password')!.password).toBe('plain');
  });

  it('the seeds\' Chinese headings reach the seed verbs; the seed examples parse', () => {
    for (const v of ['CreateAccount', 'UpdateQuota', 'LogInByAccount', 'CreateSchedulerJob', 'AddLdapServer', 'CreateResourcePrice']) {
      expect(catalog.find(v)!.zh, v).toBeTruthy();
    }
  });
});

// Joins the generator copied as ZStack declares them although a key does not exist, or the wrong way round
// (src/catalog/zstack/generated/README.md lists them; VirtualRouterVm inherits ApplianceVm's reversed one), and one
// whose key is a hidden (@APINoSee) column: Vip.usedIpUuid.
const KNOWN_BROKEN_JOINS = new Set(['Vip.usedIp', 'VolumeSnapshotGroupRef.volumeSnapshotGroup', 'KvmHypervisorInfo.resource', 'SshKeyPairRef.vmInstance', 'ApplianceVm.virtualRouterOffering', 'VirtualRouterVm.virtualRouterOffering']);

describe('the overlay is checked against the facts', () => {
  const gen: GeneratedCatalog = {
    apis: [{ name: 'CreateThing', family: 'thing', method: 'POST', path: '/things', bodyKey: 'params', async: true, params: [{ name: 'name', type: 'string', required: true }] }],
    inventories: [{ name: 'Thing', fields: [{ name: 'uuid', type: 'string' }] }],
  };
  it('names every entry that does not fit', () => {
    const { problems } = mergeCatalog(gen, [
      {
        apis: { CreateThing: { params: { nmae: { desc: 'x' } } }, CreateThings: { summary: 'x' } },
        inventories: { Thing: { fields: { uid: { desc: 'x' } }, columns: ['uuid', 'nope'] }, Things: {} },
      },
    ]);
    expect(problems).toEqual([
      'overlay: no API named CreateThings',
      'overlay: no inventory named Things',
      'overlay: CreateThing has no parameter nmae',
      'overlay: inventory Thing has no field uid',
      'overlay: columns of Thing name an unknown field nope',
    ]);
  });
  it('adds what it describes and a summary from the name where none is written', () => {
    const { data, problems } = mergeCatalog(gen, [{ apis: { CreateThing: { zh: '创建', params: { name: { desc: 'Name' } } } } }]);
    expect(problems).toEqual([]);
    expect(data.apis[0]).toMatchObject({ name: 'CreateThing', summary: 'Create a thing', zh: '创建', async: true, bodyKey: 'params' });
    expect(data.apis[0].params.map((p) => p.name)).toEqual(['name', 'systemTags', 'userTags']);
    expect(summaryFromName('QuerySecurityGroup')).toBe('Query security groups');
    expect(summaryFromName('AttachL3NetworkToVm')).toBe('Attach an L3 network to VM');
    expect(summaryFromName('CreateVmInstance')).toBe('Create a VM instance');
  });
});

interface Sample {
  name: string;
  method: string;
  path: string;
  bodyKey: string;
  session: boolean;
  async: boolean;
  required: string[];
  params?: Array<{ name: string; type: string; validValues?: string[]; numberRange?: [number, number] }>;
  inventory?: string | null;
  fields?: string[];
  expand?: Array<{ name: string; inventory: string; foreignKey: string; expandedInventoryKey: string }>;
}

describe('50 verbs across families, against facts looked up by hand in the SDK sources', () => {
  const sample: Sample[] = JSON.parse(readFileSync(new URL('../fixtures/sdk-sample.json', import.meta.url), 'utf8'));
  it('has 50 verbs', () => expect(sample).toHaveLength(50));
  it.each(sample.map((s) => [s.name, s]))('%s', (_, s) => {
    const api = catalog.find(s.name)!;
    expect(api, s.name).toBeDefined();
    expect({ method: api.method, path: api.path, session: api.session !== false, async: api.async }).toEqual({ method: s.method, path: s.path, session: s.session, async: s.async });
    if (s.method === 'POST' || s.method === 'PUT') expect(api.bodyKey).toBe(s.bodyKey);
    const own = api.params.filter((p) => p.name !== 'systemTags' && p.name !== 'userTags');
    // Required by the SDK: what the user must give, and what the tool sends itself when it has the SDK's default.
    expect(own.filter((p) => p.required || p.sendsDefault).map((p) => p.name).sort()).toEqual([...s.required].sort());
    for (const p of s.params ?? []) {
      const mine = api.params.find((x) => x.name === p.name);
      expect(mine, `${s.name}.${p.name}`).toBeDefined();
      expect(mine!.type, `${s.name}.${p.name}`).toBe(p.type);
      if (p.validValues) expect(mine!.validValues, `${s.name}.${p.name}`).toEqual(p.validValues);
      if (p.numberRange) expect(mine!.numberRange?.map(Number), `${s.name}.${p.name}`).toEqual(p.numberRange.map(Number));
    }
    if (s.inventory) {
      expect(api.query).toBe(s.inventory);
      const inv = catalog.inventory(s.inventory)!;
      for (const f of s.fields ?? []) expect(inv.fields.map((x) => x.name), `${s.inventory}.${f}`).toContain(f);
      for (const e of s.expand ?? []) {
        const keys = KNOWN_BROKEN_JOINS.has(`${s.inventory}.${e.name}`) ? {} : { localKey: e.foreignKey, foreignKey: e.expandedInventoryKey };
        expect(inv.expand?.find((x) => x.name === e.name), `${s.inventory}.${e.name}`).toMatchObject({ inventory: e.inventory, ...keys });
      }
    }
  });
});

describe('the seed query section listings (tab-completion fixtures)', () => {
  const names = (inv: string) => catalog.inventory(inv)!.fields.map((f) => f.name);
  const expands = (inv: string) => (catalog.inventory(inv)!.expand ?? []).map((e) => e.name).sort();

  it('QueryVmInstance fields and related resources', () => {
    expect(names('VmInstance')).toEqual(expect.arrayContaining('allocatorStrategy clusterUuid cpuNum cpuSpeed createDate defaultL3NetworkUuid description hostUuid hypervisorType imageUuid instanceOfferingUuid lastHostUuid lastOpDate memorySize name platform rootVolumeUuid state type uuid zoneUuid'.split(' ')));
    expect(expands('VmInstance')).toEqual(expect.arrayContaining('allVolumes cluster host image instanceOffering rootVolume vmNics zone'.split(' ')));
  });

  it('vmNics. fields and related resources', () => {
    expect(names('VmNic')).toEqual(expect.arrayContaining('createDate deviceId gateway ip l3NetworkUuid lastOpDate mac metaData netmask uuid vmInstanceUuid'.split(' ')));
    expect(expands('VmNic')).toEqual(expect.arrayContaining('eip l3Network loadBalancerListener portForwarding securityGroup vmInstance'.split(' ')));
  });

  it('zone.cluster.l2Network.l3Network. fields and related resources', () => {
    expect(names('L3Network')).toEqual(expect.arrayContaining('createDate description dnsDomain l2NetworkUuid lastOpDate name state system type uuid zoneUuid'.split(' ')));
    expect(expands('L3Network')).toEqual(expect.arrayContaining('ipRanges l2Network networkServices serviceProvider vmNic zone'.split(' ')));
  });

  it('fields the hand-written catalog lacked and the real API has', () => {
    expect(names('Host')).toEqual(expect.arrayContaining(['cpuNum', 'architecture']));
    expect(names('VmNic')).toEqual(expect.arrayContaining(['type', 'state']));
    expect(names('SecurityGroupRule')).toEqual(expect.arrayContaining(['action', 'priority']));
    expect(names('L3Network')).toContain('ipVersion');
    expect(names('PrimaryStorage')).toContain('attachedClusterUuids');
  });
});
