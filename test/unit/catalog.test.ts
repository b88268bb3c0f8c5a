// Catalog integrity: the data every room reads must hang together.
import { describe, expect, it } from 'vitest';
import { pathVariables } from '../../src/catalog/catalog.js';
import { zstackData } from '../../src/catalog/zstack/index.js';
import type { InventorySpec } from '../../src/catalog/types.js';
import { catalog } from '../helpers/build.js';

/** A field, a list property named *Uuids, or a dotted path through one of the inventory's expansions (types.ts). */
function isJoinKey(inv: InventorySpec, key: string): boolean {
  if (inv.fields.some((f) => f.name === key) || /Uuids$/.test(key)) return true;
  const [head, ...rest] = key.split('.');
  const exp = inv.expand?.find((x) => x.name === head);
  const next = exp && catalog.inventory(exp.inventory);
  return !!next && rest.length > 0 && isJoinKey(next, rest.join('.'));
}

describe('catalog integrity', () => {
  it('has no duplicate verbs (case-insensitively) and no duplicate inventories', () => {
    const names = zstackData.apis.map((a) => a.name.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const invs = zstackData.inventories.map((i) => i.name);
    expect(invs.filter((n, i) => invs.indexOf(n) !== i)).toEqual([]);
  });

  it('every path variable is a required parameter', () => {
    for (const api of catalog.apis) {
      for (const v of pathVariables(api.path)) {
        const p = api.params.find((x) => x.name === v);
        expect(p, `${api.name}: {${v}}`).toBeDefined();
        expect(p!.required, `${api.name}: {${v}} required`).toBe(true);
      }
    }
  });

  it('paths are relative to /v1 and well formed', () => {
    for (const api of catalog.apis) {
      expect(api.path, api.name).toMatch(/^\/[a-z0-9\-/{}A-Za-z]+$/);
      expect(api.path, api.name).not.toMatch(/^\/(zstack|v1)\//);
    }
  });

  it('every POST/PUT names its body key; GET/DELETE have none', () => {
    for (const api of catalog.apis) {
      if (api.method === 'POST' || api.method === 'PUT') expect(api.bodyKey, api.name).toBeTruthy();
      else expect(api.bodyKey, api.name).toBeUndefined();
    }
  });

  it('every query verb has an inventory and no parameters of its own', () => {
    for (const api of catalog.apis.filter((a) => a.query)) {
      expect(catalog.inventory(api.query!), api.name).toBeDefined();
      expect(api.method).toBe('GET');
      expect(api.params.filter((p) => p.name !== 'systemTags' && p.name !== 'userTags'), api.name).toEqual([]);
    }
    for (const api of catalog.apis.filter((a) => a.name.startsWith('Query'))) expect(api.query, api.name).toBeTruthy();
  });

  it('every expanded query points at an existing inventory and real keys', () => {
    for (const inv of catalog.inventories.values()) {
      for (const e of inv.expand ?? []) {
        const target = catalog.inventory(e.inventory);
        expect(target, `${inv.name}.${e.name} -> ${e.inventory}`).toBeDefined();
        expect(isJoinKey(inv, e.localKey), `${inv.name}.${e.name} localKey ${e.localKey}`).toBe(true);
        expect(isJoinKey(target!, e.foreignKey), `${inv.name}.${e.name} foreignKey ${e.foreignKey}`).toBe(true);
      }
      const fields = inv.fields.map((f) => f.name);
      expect(fields.filter((n, i) => fields.indexOf(n) !== i), inv.name).toEqual([]);
    }
  });

  it('parameter names are unique per API and descriptions exist in both languages', () => {
    for (const api of catalog.apis) {
      const names = api.params.map((p) => p.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i), api.name).toEqual([]);
      expect(api.summary, api.name).toBeTruthy();
      expect(api.zh, api.name).toBeTruthy();
    }
  });

  it('the six password parameters are hashed; other secrets are not', () => {
    const hashed = catalog.apis.flatMap((a) => a.params.filter((p) => p.password === 'sha512').map((p) => `${a.name}.${p.name}`));
    expect(hashed.sort()).toEqual(
      ['CreateAccount.password', 'CreateUser.password', 'LogInByAccount.password', 'LogInByUser.password', 'UpdateAccount.password', 'UpdateUser.password'].sort(),
    );
    expect(catalog.find('LogInByLdap')!.params.find((p) => p.name === 'password')!.password).toBe('plain');
  });

  it('holds the 69 APIs of seed 002 and the VM query family', () => {
    expect(catalog.apis.length).toBeGreaterThanOrEqual(69 + 10);
    for (const v of ['QueryVmInstance', 'QueryVmNic', 'QueryVolume', 'QueryZone', 'QueryCluster', 'QueryHost', 'QueryImage', 'QueryInstanceOffering', 'QueryL2Network', 'QueryL3Network', 'QueryIpRange', 'QueryEip', 'QuerySecurityGroup']) {
      expect(catalog.find(v), v).toBeDefined();
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
});
