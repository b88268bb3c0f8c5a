// Real behaviour: account scoping, sharing and ownership, quotas, policies, LDAP, the VM state machine, billing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireSchedulers } from '../../src/sim/scheduler.js';
import { Harness } from './helpers.js';

let h: Harness;
let admin: string;
let alice: string;
let bob: string;

beforeAll(async () => {
  h = await Harness.start({ kind: 'demo' });
  [admin, alice, bob] = await Promise.all([h.login('admin'), h.login('alice'), h.login('bob')]);
});
afterAll(() => h.close());

const accountUuid = async (name: string) => (await h.query('QueryAccount', [`name=${name}`], admin)).rows[0].uuid as string;
const vmOf = async (session: string) => (await h.query('QueryVmInstance', [], session)).rows[0];

describe('a normal account sees and changes only its own or shared resources', () => {
  it('scopes queries', async () => {
    const all = await h.query('QueryVmInstance', [], admin);
    const mine = await h.query('QueryVmInstance', [], alice);
    const theirs = await h.query('QueryVmInstance', [], bob);
    expect(all.total).toBe(50);
    expect(mine.total).toBe(10);
    expect(theirs.total).toBe(10);
    expect(mine.rows.some((v) => theirs.rows.some((w) => w.uuid === v.uuid))).toBe(false);
    expect((await h.query('QueryAccount', [], alice)).rows.map((a) => a.name)).toEqual(['alice']);
    expect((await h.query('QueryZone', [], alice)).total).toBe(0);
    // Public images, offerings and networks are visible to everyone.
    expect((await h.query('QueryImage', [], alice)).total).toBe(3);
  });

  it('refuses changes to another account’s resources and hides them by name and uuid', async () => {
    const bobs = await vmOf(bob);
    const stop = await h.api('StopVmInstance', [`uuid=${bobs.uuid}`], alice);
    expect(stop.status).toBe(503);
    expect(stop.body.error.code).toBe('SYS.1003');
    expect((await h.raw('GET', `/vm-instances/${bobs.uuid}`, { session: alice })).body.inventories).toEqual([]);
    expect((await h.api('GetResourceNames', [`uuids=${bobs.uuid}`], alice)).body.inventories).toEqual([]);
    expect((await h.api('GetResourceNames', [`uuids=${bobs.uuid}`], admin)).body.inventories[0].resourceType).toBe('VmInstanceVO');
    const adminVm = (await h.query('QueryVmInstance', ['name=vm-0001'], admin)).rows[0];
    expect((await h.api('DestroyVmInstance', [`uuid=${adminVm.uuid}`], bob)).status).toBe(503);
    expect((await h.query('QueryVmInstance', ['name=vm-0001'], admin)).rows[0].state).toBe('Running');
  });

  it('shows tags only with the resource they are on', async () => {
    const mine = await vmOf(alice);
    const tag = await h.api('CreateUserTag', ['resourceType=VmInstanceVO', `resourceUuid=${mine.uuid}`, 'tag=alice-tag'], alice);
    expect(tag.status).toBe(200);
    expect((await h.query('QueryUserTag', ['tag=alice-tag'], alice)).total).toBe(1);
    expect((await h.query('QueryUserTag', ['tag=alice-tag'], bob)).total).toBe(0);
    expect((await h.api('CreateUserTag', ['resourceType=VmInstanceVO', `resourceUuid=${mine.uuid}`, 'tag=x'], bob)).status).toBe(503);
    expect((await h.api('DeleteTag', [`uuid=${tag.body.inventory.uuid}`], bob)).status).toBe(503);
  });

  it('shares, revokes and changes ownership', async () => {
    const bobs = await vmOf(bob);
    const aliceUuid = await accountUuid('alice');
    const see = async () => (await h.query('QueryVmInstance', [`uuid=${bobs.uuid}`], alice)).total;
    await h.api('ShareResource', [`resourceUuids=${bobs.uuid}`, `accountUuids=${aliceUuid}`], bob);
    expect(await see()).toBe(1);
    expect((await h.query('QuerySharedResource', [`resourceUuid=${bobs.uuid}`], alice)).total).toBe(1);
    await h.api('RevokeResourceSharing', [`resourceUuids=${bobs.uuid}`, `accountUuids=${aliceUuid}`], bob);
    expect(await see()).toBe(0);
    expect((await h.api('ChangeResourceOwner', [`accountUuid=${aliceUuid}`, `resourceUuid=${bobs.uuid}`], bob)).status).toBe(503);
    await h.api('ChangeResourceOwner', [`accountUuid=${aliceUuid}`, `resourceUuid=${bobs.uuid}`], admin);
    expect(await see()).toBe(1);
    expect((await h.query('QueryAccountResourceRef', [`resourceUuid=${bobs.uuid}`], admin)).rows[0].accountUuid).toBe(aliceUuid);
  });
});

describe('quotas', () => {
  it('reports usage and refuses a create beyond the quota (ID.1003)', async () => {
    const uuid = await accountUuid('bob');
    const usage = (await h.api('GetAccountQuotaUsage', [`uuid=${uuid}`], bob)).body.usages;
    const vms = usage.find((u: { name: string }) => u.name === 'vm.totalNum');
    expect(vms).toEqual({ name: 'vm.totalNum', total: 20, used: (await h.query('QueryVmInstance', [], bob)).total });
    expect((await h.api('GetAccountQuotaUsage', [`uuid=${await accountUuid('alice')}`], bob)).status).toBe(503);

    const image = (await h.query('QueryImage', [], bob)).rows[0].uuid;
    const l3 = (await h.query('QueryL3Network', ['name=private-net'], bob)).rows[0].uuid;
    const offering = (await h.query('QueryInstanceOffering', ['cpuNum=1'], bob)).rows[0].uuid;
    const create = () => h.api('CreateVmInstance', ['name=q', `imageUuid=${image}`, `l3NetworkUuids=${l3}`, `instanceOfferingUuid=${offering}`], bob);
    expect((await h.api('UpdateQuota', [`identityUuid=${uuid}`, 'name=vm.totalNum', `value=${vms.used + 1}`], bob)).status).toBe(503);
    await h.api('UpdateQuota', [`identityUuid=${uuid}`, 'name=vm.totalNum', `value=${vms.used + 1}`], admin);
    const ok = await create();
    expect(ok.status).toBe(200);
    const refused = await create();
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('ID.1003');
    expect((await h.query('QueryVmInstance', ['name=q'], bob)).total).toBe(1);
  });
});

describe('policies', () => {
  it('answers CheckApiPermission and enforces policies on user sessions', async () => {
    const user = (await h.api('CreateUser', ['name=ops', 'password=secret'], alice)).body.inventory;
    const policy = (await h.api('CreatePolicy', ['name=zones', 'statements=[{"name":"s","effect":"Allow","actions":["resource:APICreateZoneMsg","resource:APIStop*"]},{"name":"d","effect":"Deny","actions":["resource:APIStopVmInstanceMsg"]}]'], alice)).body.inventory;
    await h.api('AttachPolicyToUser', [`userUuid=${user.uuid}`, `policyUuid=${policy.uuid}`], alice);
    const check = await h.api('CheckApiPermission', [`userUuid=${user.uuid}`, 'apiNames=APICreateZoneMsg,APIStopVmInstanceMsg,APIDeleteZoneMsg'], alice);
    expect(check.body.inventory).toEqual({ APICreateZoneMsg: 'Allow', APIStopVmInstanceMsg: 'Deny', APIDeleteZoneMsg: 'Deny' });
    const login = await h.api('LogInByUser', ['accountName=alice', 'userName=ops', 'password=secret'], alice);
    const us = login.body.inventory.uuid;
    expect((await h.api('QueryVmInstance', [], us)).status).toBe(200);
    const vm = await vmOf(alice);
    expect((await h.api('StopVmInstance', [`uuid=${vm.uuid}`], us)).body.error.code).toBe('ID.1002');
    expect((await h.api('CreateUserGroup', ['name=g'], us)).body.error.code).toBe('ID.1002');
  });
});

describe('scheduler', () => {
  it('fires a simple trigger on its interval until repeatCount', async () => {
    const { sim } = h.running;
    const vm = (await h.query('QueryVmInstance', ['name=vm-0004'], admin)).rows[0];
    await h.api('StopVmInstance', [`uuid=${vm.uuid}`], admin);
    const start = sim.now() + 10_000;
    const job = (await h.api('CreateSchedulerJob', ['name=start', `targetResourceUuid=${vm.uuid}`, 'type=startVm'], admin)).body.inventory;
    const trigger = (await h.api('CreateSchedulerTrigger', ['name=t', 'schedulerType=simple', 'schedulerInterval=60', 'repeatCount=2', `startTime=${start}`], admin)).body.inventory;
    await h.api('AddSchedulerJobToSchedulerTrigger', [`schedulerJobUuid=${job.uuid}`, `schedulerTriggerUuid=${trigger.uuid}`], admin);
    expect((await h.query('QuerySchedulerTrigger', [`uuid=${trigger.uuid}`], admin)).rows[0].jobsUuid).toEqual([job.uuid]);
    const state = () => sim.store.table('VmInstance').get(vm.uuid)!.state;
    expect(fireSchedulers(sim, start - 1)).toBe(false);
    expect(fireSchedulers(sim, start)).toBe(true);
    expect(state()).toBe('Running');
    await h.api('StopVmInstance', [`uuid=${vm.uuid}`], admin);
    expect(fireSchedulers(sim, start + 60_000)).toBe(true);
    await h.api('StopVmInstance', [`uuid=${vm.uuid}`], admin);
    // repeatCount=2: no third firing.
    expect(fireSchedulers(sim, start + 120_000)).toBe(false);
    expect(state()).toBe('Stopped');
    await h.api('ChangeSchedulerState', [`uuid=${job.uuid}`, 'stateEvent=disable'], admin);
    expect((await h.query('QuerySchedulerJob', [`uuid=${job.uuid}`], admin)).rows[0].state).toBe('Disabled');
  });
});

describe('LDAP', () => {
  it('logs in an entry bound to an account, with the plain password', async () => {
    await h.api('AddLdapServer', ['name=dir', 'description=d', 'url=ldap://127.0.0.1:389', 'base=dc=example,dc=com', 'username=admin', 'password=x', 'encryption=None'], admin);
    expect((await h.api('GetLdapEntry', ['ldapFilter=(cn=ali*)'], admin)).body.inventories.map((e: { dn: string }) => e.dn)).toEqual(['ou=Employee,uid=alice']);
    expect((await h.api('LogInByLdap', ['uid=ou=Employee,uid=alice', 'password=password'], admin)).body.error.code).toBe('ID.1000');
    await h.api('CreateLdapBinding', ['ldapUid=ou=Employee,uid=alice', `accountUuid=${await accountUuid('alice')}`], admin);
    expect((await h.api('GetCandidateLdapEntryForBinding', ['ldapFilter=(cn=ali*)'], admin)).body.inventories).toEqual([]);
    expect((await h.api('LogInByLdap', ['uid=ou=Employee,uid=alice', 'password=wrong'], admin)).status).toBe(503);
    const ok = await h.api('LogInByLdap', ['uid=ou=Employee,uid=alice', 'password=password'], admin);
    expect(ok.body.inventory.accountUuid).toBe(await accountUuid('alice'));
  });
});

describe('VM lifecycle', () => {
  it('creates with a NIC from the IP range and a root volume, and walks the state machine', async () => {
    const image = (await h.query('QueryImage', [], admin)).rows[0].uuid;
    const l3 = (await h.query('QueryL3Network', ['name=mgmt-net'], admin)).rows[0].uuid;
    const vm = (await h.api('CreateVmInstance', ['name=life', `imageUuid=${image}`, `l3NetworkUuids=${l3}`, 'cpuNum=2', 'memorySize=2147483648', 'dataDiskSizes=1073741824'], admin)).body.inventory;
    expect(vm.state).toBe('Running');
    // A real VM inventory always carries its lists, in every answer (create, start, stop), not only in queries.
    expect([vm.vmNics.length, vm.allVolumes.length, vm.vmCdRoms]).toEqual([1, 2, []]);
    const full = (await h.raw('GET', `/vm-instances/${vm.uuid}`, { session: admin })).body.inventories[0];
    expect(full.vmNics[0].ip).toMatch(/^192\.168\.12\.\d+$/);
    expect(full.allVolumes.map((v: { type: string }) => v.type).sort()).toEqual(['Data', 'Root']);
    const act = (verb: string) => h.api(verb, [`uuid=${vm.uuid}`], admin);
    // The real state machine: starting a running VM succeeds as it is; rebooting a stopped one is VM.1003 (VM.1010).
    expect((await act('StartVmInstance')).body.inventory.state).toBe('Running');
    expect((await act('StopVmInstance')).body.inventory.state).toBe('Stopped');
    expect((await act('StopVmInstance')).body.inventory.state).toBe('Stopped');
    const reboot = (await act('RebootVmInstance')).body.error;
    expect([reboot.code, reboot.cause.code]).toEqual(['VM.1003', 'VM.1010']);
    expect((await act('StartVmInstance')).body.inventory.state).toBe('Running');
    const host = (await h.query('QueryHost', [`uuid!=${full.hostUuid}`, `clusterUuid=${full.clusterUuid}`, 'status=Connected'], admin)).rows[0];
    if (host) expect((await h.api('MigrateVm', [`vmInstanceUuid=${vm.uuid}`, `hostUuid=${host.uuid}`], admin)).body.inventory.hostUuid).toBe(host.uuid);
    expect((await act('ExpungeVmInstance')).body.error.cause.code).toBe('VM.1010');
    expect(await act('DestroyVmInstance')).toEqual({ status: 200, body: {} });
    expect((await h.query('QueryVmInstance', [`uuid=${vm.uuid}`], admin)).rows[0].state).toBe('Destroyed');
    expect((await act('RecoverVmInstance')).body.inventory.state).toBe('Stopped');
    await act('DestroyVmInstance');
    await act('ExpungeVmInstance');
    expect((await h.query('QueryVmInstance', [`uuid=${vm.uuid}`], admin)).total).toBe(0);
    expect((await h.query('QueryVmNic', [`vmInstanceUuid=${vm.uuid}`], admin)).total).toBe(0);
    // The data volume survives, detached.
    expect((await h.query('QueryVolume', ['name=DATA-for-life-1', 'vmInstanceUuid is null'], admin)).total).toBe(1);
  });

  it('computes spending from prices for running VMs', async () => {
    await h.api('CreateResourcePrice', ['resourceName=cpu', 'timeUnit=s', 'price=1'], admin);
    const r = await h.api('CalculateAccountSpending', [`accountUuid=${await accountUuid('alice')}`], admin);
    expect(r.body.total).toBeGreaterThan(0);
    expect(r.body.spending[0].details.length).toBeGreaterThan(0);
  });
});
