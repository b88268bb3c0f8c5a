// Core resources: zones, clusters, hosts, images, offerings, networks, IP ranges, VMs (with their state machine),
// volumes and tags.
import { ApiFailure, CODES, invalidArgument, notFound } from '../errors.js';
import { type Ctx, type Handler, list, num, type Sim, str } from '../sim.js';
import { newUuid, type Rec } from '../store.js';
import { deleteHandler, given, updateHandler } from './common.js';

const GiB = 2 ** 30;

/** The real VM state machine: the states each API is allowed in (AbstractVmInstance), and the error that wraps
 *  VM.1010 (not in correct state) when it is not. */
const VM_OPERATIONS: Readonly<Record<string, { states: readonly string[]; code: string; description: string }>> = {
  start: { states: ['Created', 'Running', 'Stopped', 'Crashed'], code: 'VM.1001', description: 'Failed to start the vm' },
  stop: { states: ['NoState', 'Running', 'Stopped', 'Unknown', 'Crashed', 'Paused'], code: 'VM.1002', description: 'Failed to stop the vm' },
  reboot: { states: ['NoState', 'Running', 'Crashed'], code: 'VM.1003', description: 'Failed to reboot the vm' },
  destroy: { states: ['Running', 'Stopped', 'Unknown', 'Crashed', 'Starting', 'Migrating', 'VolumeMigrating', 'Stopping', 'Rebooting', 'Paused', 'Pausing', 'Resuming'], code: 'VM.1004', description: 'Failed to destroy the vm' },
  migrate: { states: ['Running', 'Unknown', 'Paused'], code: 'VM.1008', description: 'Failed to migrate the vm' },
  'attach a volume to': { states: ['Running', 'Stopped', 'Paused'], code: 'VM.1005', description: 'Failed to attach a volume to the vm' },
  expunge: { states: ['Destroyed'], code: CODES.operation, description: 'Operation failure' },
  recover: { states: ['Destroyed'], code: CODES.operation, description: 'Operation failure' },
  'open a console of': { states: ['Running', 'Crashed', 'Paused'], code: CODES.operation, description: 'Operation failure' },
};

export function checkVmState(vm: Rec, action: keyof typeof VM_OPERATIONS): void {
  const op = VM_OPERATIONS[action];
  if (op.states.includes(String(vm.state))) return;
  const cause = new ApiFailure(CODES.vmNotInCorrectState, 'Vm is not in correct state', `current vm instance state[${String(vm.state)}] doesn't allow to ${action} the vm[uuid:${String(vm.uuid)}], allowed states are [${op.states.join(', ')}]`);
  throw new ApiFailure(op.code, op.description, cause.details, cause);
}

/** The next free address of an L3 network's IP ranges. */
export function allocateIp(sim: Sim, l3Uuid: string): Rec {
  const used = new Set(sim.store.table('VmNic').filter((n) => n.l3NetworkUuid === l3Uuid).map((n) => n.ip));
  const toInt = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
  for (const r of sim.store.table('IpRange').filter((r) => r.l3NetworkUuid === l3Uuid)) {
    for (let i = toInt(String(r.startIp)); i <= toInt(String(r.endIp)); i++) {
      const ip = toIp(i);
      if (!used.has(ip)) return { ip, netmask: r.netmask, gateway: r.gateway };
    }
  }
  throw new ApiFailure('L3.1000', 'IP allocation error', `no free IP address left on the L3 network[uuid:${l3Uuid}]`);
}

export function macFor(seed: number): string {
  return `fa:${[16, 8, 0, 24, 4].map((s) => ((seed >>> s) & 0xff).toString(16).padStart(2, '0')).join(':')}`;
}

/** A VM state change; `extra` (fields, or fields computed from the VM once the transition is allowed) goes with it.
 *  A VM already in the target state is answered as it is (stopping a stopped VM succeeds at once). */
function setVmState(ctx: Ctx, action: keyof typeof VM_OPERATIONS, to: string, extra: Rec | ((vm: Rec) => Rec) = {}): Rec {
  const vm = ctx.sim.owned('VmInstance', ctx.params.uuid ?? ctx.params.vmInstanceUuid, ctx.caller);
  checkVmState(vm, action);
  if (vm.state === to) return { inventory: vm };
  return { inventory: ctx.sim.update('VmInstance', vm, { state: to, ...(typeof extra === 'function' ? extra(vm) : extra) }) };
}

/** Where a starting VM runs: the host asked for, else its last host while that one is usable, else the roomiest. */
function startHost(ctx: Ctx, vm: Rec): Rec {
  const asked = ctx.params.hostUuid as string | undefined;
  const last = ctx.sim.store.table('Host').get(String(vm.lastHostUuid));
  const lastUsable = last && last.state === 'Enabled' && last.status === 'Connected' && !ctx.params.clusterUuid;
  return pickHost(ctx.sim, { zoneUuid: String(vm.zoneUuid), clusterUuid: ctx.params.clusterUuid as string | undefined, hostUuid: asked ?? (lastUsable ? String(last.uuid) : undefined) });
}

function pickHost(sim: Sim, want: { zoneUuid?: string; clusterUuid?: string; hostUuid?: string }): Rec {
  const hosts = sim.store.table('Host').filter((h) => h.state === 'Enabled' && h.status === 'Connected' && (!want.zoneUuid || h.zoneUuid === want.zoneUuid) && (!want.clusterUuid || h.clusterUuid === want.clusterUuid) && (!want.hostUuid || h.uuid === want.hostUuid));
  if (hosts.length === 0) throw new ApiFailure('HOST_ALLOCATION.1001', 'No available host', 'no Enabled and Connected host matches the request');
  return hosts.reduce((a, b) => (Number(b.availableMemoryCapacity) > Number(a.availableMemoryCapacity) ? b : a));
}

function createVm(ctx: Ctx): Rec {
  const { sim, params, caller } = ctx;
  const image = sim.get('Image', params.imageUuid, caller);
  const offering = str(params.instanceOfferingUuid) ? sim.get('InstanceOffering', params.instanceOfferingUuid, caller) : undefined;
  const cpuNum = num(offering?.cpuNum) ?? num(params.cpuNum);
  const memorySize = num(offering?.memorySize) ?? num(params.memorySize);
  if (!cpuNum || !memorySize) throw invalidArgument('give instanceOfferingUuid, or cpuNum and memorySize');
  const l3s = list(params.l3NetworkUuids).map((u) => sim.get('L3Network', u, caller));
  if (l3s.length === 0) throw invalidArgument('l3NetworkUuids must name at least one L3 network');
  const rootSize = num(params.rootDiskSize) ?? num(image.size) ?? 10 * GiB;
  const dataSizes = list(params.dataDiskSizes).map(Number);
  sim.checkQuota(caller.accountUuid, { 'vm.totalNum': 1, 'vm.num': 1, 'vm.cpuNum': cpuNum, 'vm.memorySize': memorySize, 'volume.data.num': dataSizes.length, 'volume.capacity': rootSize + dataSizes.reduce((a, b) => a + b, 0) });
  const host = pickHost(sim, { zoneUuid: str(params.zoneUuid) ?? str(l3s[0].zoneUuid), clusterUuid: str(params.clusterUuid), hostUuid: str(params.hostUuid) });
  const ps = sim.store.table('PrimaryStorage').find((p) => p.zoneUuid === host.zoneUuid);
  const vmUuid = str(params.resourceUuid) ?? newUuid();
  const rootUuid = newUuid();
  const fields: Rec = {
    name: params.name, description: params.description ?? null, zoneUuid: host.zoneUuid, clusterUuid: host.clusterUuid, imageUuid: image.uuid,
    hostUuid: host.uuid, lastHostUuid: host.uuid, instanceOfferingUuid: offering?.uuid ?? null, rootVolumeUuid: rootUuid, platform: image.platform ?? 'Linux',
    defaultL3NetworkUuid: str(params.defaultL3NetworkUuid) ?? l3s[0].uuid, type: params.type ?? 'UserVm', hypervisorType: 'KVM', memorySize, cpuNum,
    cpuSpeed: 0, allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy', state: params.strategy === 'CreateStopped' ? 'Stopped' : 'Running',
  };
  const vm = sim.create('VmInstance', fields, { ...ctx, params: { ...params, resourceUuid: vmUuid } });
  const volCtx = { ...ctx, systemTags: [], userTags: [] };
  const volume = (uuid: string, name: string, type: string, size: number, deviceId: number) =>
    sim.create('Volume', { name, description: null, primaryStorageUuid: ps?.uuid ?? null, vmInstanceUuid: vmUuid, diskOfferingUuid: null, rootImageUuid: type === 'Root' ? image.uuid : null, installPath: `/zstack/${uuid}.qcow2`, type, format: 'qcow2', size, actualSize: Math.floor(size / 10), deviceId, state: 'Enabled', status: 'Ready' }, { ...volCtx, params: { resourceUuid: uuid } });
  volume(rootUuid, `ROOT-for-${String(params.name)}`, 'Root', rootSize, 0);
  dataSizes.forEach((size, i) => volume(newUuid(), `DATA-for-${String(params.name)}-${i + 1}`, 'Data', size, i + 1));
  l3s.forEach((l3, deviceId) => {
    const addr = allocateIp(sim, String(l3.uuid));
    sim.create('VmNic', { vmInstanceUuid: vmUuid, l3NetworkUuid: l3.uuid, ...addr, mac: macFor(sim.store.table('VmNic').size + 1), metaData: null, deviceId }, { ...volCtx, params: {} });
  });
  return { inventory: vm };
}

function expungeVm(sim: Sim, uuid: string): void {
  for (const nic of sim.store.table('VmNic').where('vmInstanceUuid', uuid)) sim.remove('VmNic', String(nic.uuid));
  for (const v of sim.store.table('Volume').where('vmInstanceUuid', uuid)) {
    if (v.type === 'Root') sim.remove('Volume', String(v.uuid));
    else sim.update('Volume', v, { vmInstanceUuid: null, deviceId: null });
  }
  sim.remove('VmInstance', uuid);
}

/** A create whose record is the given parameters plus defaults; `parent` checks the resource it hangs under. */
function simpleCreate(inventory: string, names: readonly string[], defaults: (ctx: Ctx) => Rec = () => ({})): Handler {
  return (ctx) => ({ inventory: ctx.sim.create(inventory, { ...defaults(ctx), ...given(ctx.params, names) }, ctx) });
}

function tagCreate(inventory: 'SystemTag' | 'UserTag'): Handler {
  return (ctx) => {
    const { sim, params } = ctx;
    const target = sim.store.findAny(String(params.resourceUuid));
    if (!target || !sim.canSee(ctx.caller.accountUuid, String(params.resourceUuid))) throw notFound(String(params.resourceType), String(params.resourceUuid));
    sim.owned(target.inventory, params.resourceUuid, ctx.caller);
    const now = sim.stamp();
    const rec: Rec = { uuid: newUuid(), resourceUuid: params.resourceUuid, resourceType: params.resourceType, ...(inventory === 'SystemTag' ? { inherent: false } : {}), type: inventory === 'SystemTag' ? 'System' : 'User', tag: params.tag, createDate: now, lastOpDate: now };
    return { inventory: sim.store.table(inventory).put(rec) };
  };
}

export const handlers: Record<string, Handler> = {
  CreateZone: simpleCreate('Zone', ['name', 'description'], () => ({ state: 'Enabled', type: 'zstack' })),
  DeleteZone: deleteHandler('Zone'),
  CreateCluster: (ctx) => {
    ctx.sim.get('Zone', ctx.params.zoneUuid, ctx.caller);
    return simpleCreate('Cluster', ['name', 'description', 'zoneUuid', 'hypervisorType'], (c) => ({ state: 'Enabled', type: c.params.type ?? 'zstack' }))(ctx);
  },
  DeleteCluster: deleteHandler('Cluster'),
  AddKVMHost: (ctx) => {
    const cluster = ctx.sim.get('Cluster', ctx.params.clusterUuid, ctx.caller);
    if (ctx.sim.store.table('Host').find((h) => h.managementIp === ctx.params.managementIp)) throw invalidArgument(`a host with managementIp ${String(ctx.params.managementIp)} already exists`);
    const fields = { name: ctx.params.name, description: ctx.params.description ?? null, zoneUuid: cluster.zoneUuid, clusterUuid: cluster.uuid, managementIp: ctx.params.managementIp, hypervisorType: 'KVM', state: 'Enabled', status: 'Connected', totalCpuCapacity: 64, availableCpuCapacity: 64, totalMemoryCapacity: 256 * GiB, availableMemoryCapacity: 256 * GiB };
    return { inventory: ctx.sim.create('Host', fields, ctx) };
  },
  DeleteHost: deleteHandler('Host'),
  AddImage: (ctx) => {
    const size = 2 * GiB;
    ctx.sim.checkQuota(ctx.caller.accountUuid, { 'image.num': 1, 'image.size': size });
    const fields = { name: ctx.params.name, description: ctx.params.description ?? null, state: 'Enabled', status: 'Ready', size, actualSize: size, md5Sum: null, url: ctx.params.url, mediaType: ctx.params.mediaType ?? 'RootVolumeTemplate', guestOsType: ctx.params.guestOsType ?? null, type: ctx.params.type ?? 'zstack', platform: ctx.params.platform ?? 'Linux', format: ctx.params.format ?? 'qcow2', system: ctx.params.system === true };
    const image = ctx.sim.create('Image', fields, ctx);
    const now = ctx.sim.stamp();
    for (const bs of list(ctx.params.backupStorageUuids)) ctx.sim.store.table('ImageBackupStorageRef').put({ imageUuid: image.uuid, backupStorageUuid: bs, installPath: `/bs/${String(image.uuid)}`, status: 'Ready', createDate: now, lastOpDate: now });
    return { inventory: image };
  },
  DeleteImage: deleteHandler('Image', (ctx, uuid) => void ctx.sim.store.table('ImageBackupStorageRef').deleteWhere((r) => r.imageUuid === uuid)),
  CreateInstanceOffering: simpleCreate('InstanceOffering', ['name', 'description', 'cpuNum', 'memorySize', 'allocatorStrategy', 'sortKey'], (c) => ({ cpuSpeed: 0, type: c.params.type ?? 'UserVm', state: 'Enabled', sortKey: 0, allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy' })),
  DeleteInstanceOffering: deleteHandler('InstanceOffering'),
  CreateL2NoVlanNetwork: (ctx) => {
    ctx.sim.get('Zone', ctx.params.zoneUuid, ctx.caller);
    return simpleCreate('L2Network', ['name', 'description', 'zoneUuid', 'physicalInterface'], () => ({ type: 'L2NoVlanNetwork', attachedClusterUuids: [] }))(ctx);
  },
  DeleteL2Network: deleteHandler('L2Network'),
  CreateL3Network: (ctx) => {
    const l2 = ctx.sim.get('L2Network', ctx.params.l2NetworkUuid, ctx.caller);
    ctx.sim.checkQuota(ctx.caller.accountUuid, { 'l3.num': 1 });
    const fields = { name: ctx.params.name, description: ctx.params.description ?? null, type: ctx.params.type ?? 'L3BasicNetwork', zoneUuid: l2.zoneUuid, l2NetworkUuid: l2.uuid, state: 'Enabled', dnsDomain: ctx.params.dnsDomain ?? null, system: ctx.params.system === true, category: ctx.params.category ?? 'Private' };
    return { inventory: ctx.sim.create('L3Network', fields, ctx) };
  },
  DeleteL3Network: deleteHandler('L3Network', (ctx, uuid) => {
    for (const r of ctx.sim.store.table('IpRange').filter((r) => r.l3NetworkUuid === uuid)) ctx.sim.remove('IpRange', String(r.uuid));
  }),
  AddIpRange: (ctx) => {
    ctx.sim.owned('L3Network', ctx.params.l3NetworkUuid, ctx.caller);
    const ip = /^(\d{1,3}\.){3}\d{1,3}$/;
    // The annotation leaves gateway optional, but the server's interceptor requires it for the default type,
    // Normal; an AddressPool range takes its start address as the gateway.
    const pool = ctx.params.ipRangeType === 'AddressPool';
    if (pool) ctx.params.gateway = ctx.params.startIp;
    else if (ctx.params.gateway === undefined) throw invalidArgument('gateway can not be null for a Normal IP range');
    for (const k of ['startIp', 'endIp', 'netmask', 'gateway']) if (!ip.test(String(ctx.params[k]))) throw invalidArgument(`${k} is not an IPv4 address`);
    return simpleCreate('IpRange', ['l3NetworkUuid', 'name', 'description', 'startIp', 'endIp', 'netmask', 'gateway'], (c) => ({ ipRangeType: pool ? 'AddressPool' : 'Normal', networkCidr: `${String(c.params.gateway)}/24` }))(ctx);
  },
  DeleteIpRange: deleteHandler('IpRange'),

  CreateVmInstance: createVm,
  StartVmInstance: (ctx) =>
    setVmState(ctx, 'start', 'Running', (vm) => {
      const host = startHost(ctx, vm);
      return { hostUuid: host.uuid, lastHostUuid: host.uuid, clusterUuid: host.clusterUuid };
    }),
  // A stopped VM runs nowhere: hostUuid is cleared, lastHostUuid remembers where it ran.
  StopVmInstance: (ctx) => setVmState(ctx, 'stop', 'Stopped', (vm) => ({ hostUuid: null, lastHostUuid: vm.hostUuid ?? vm.lastHostUuid })),
  RebootVmInstance: (ctx) => {
    const vm = ctx.sim.owned('VmInstance', ctx.params.uuid, ctx.caller);
    checkVmState(vm, 'reboot');
    return { inventory: ctx.sim.update('VmInstance', vm, { state: 'Running' }) };
  },
  DestroyVmInstance: (ctx) => {
    const vm = ctx.sim.store.table('VmInstance').get(String(ctx.params.uuid));
    if (!vm || vm.state === 'Destroyed') return {};
    setVmState(ctx, 'destroy', 'Destroyed', { hostUuid: null });
    return {};
  },
  RecoverVmInstance: (ctx) => setVmState(ctx, 'recover', 'Stopped'),
  ExpungeVmInstance: (ctx) => {
    const vm = ctx.sim.owned('VmInstance', ctx.params.uuid, ctx.caller);
    checkVmState(vm, 'expunge');
    expungeVm(ctx.sim, String(vm.uuid));
    return {};
  },
  UpdateVmInstance: updateHandler('VmInstance', ['name', 'description', 'state', 'defaultL3NetworkUuid', 'platform', 'cpuNum', 'memorySize', 'guestOsType']),
  MigrateVm: (ctx) => {
    const vm = ctx.sim.owned('VmInstance', ctx.params.vmInstanceUuid, ctx.caller);
    checkVmState(vm, 'migrate');
    const host = str(ctx.params.hostUuid)
      ? ctx.sim.get('Host', ctx.params.hostUuid, ctx.caller)
      : pickHost(ctx.sim, { clusterUuid: String(vm.clusterUuid) });
    if (host.uuid === vm.hostUuid) throw invalidArgument('the VM is already on that host');
    return { inventory: ctx.sim.update('VmInstance', vm, { hostUuid: host.uuid, lastHostUuid: vm.hostUuid, clusterUuid: host.clusterUuid }) };
  },

  // Neither an offering nor a size is required: the offering's size wins over diskSize, which defaults to 0.
  CreateDataVolume: (ctx) => {
    const offering = str(ctx.params.diskOfferingUuid) ? ctx.sim.get('DiskOffering', ctx.params.diskOfferingUuid, ctx.caller) : undefined;
    const size = offering ? (num(offering.diskSize) ?? 0) : (num(ctx.params.diskSize) ?? 0);
    if (size < 0) throw invalidArgument(`unexpected disk size settings: diskSize[${size}] must be >= 0`);
    ctx.sim.checkQuota(ctx.caller.accountUuid, { 'volume.data.num': 1, 'volume.capacity': size });
    const fields = { name: ctx.params.name, description: ctx.params.description ?? null, primaryStorageUuid: ctx.params.primaryStorageUuid ?? null, vmInstanceUuid: null, diskOfferingUuid: offering?.uuid ?? null, rootImageUuid: null, installPath: null, type: 'Data', format: 'qcow2', size, actualSize: 0, deviceId: null, state: 'Enabled', status: 'NotInstantiated' };
    return { inventory: ctx.sim.create('Volume', fields, ctx) };
  },
  DeleteDataVolume: deleteHandler('Volume'),
  AttachDataVolumeToVm: (ctx) => {
    const vol = ctx.sim.owned('Volume', ctx.params.volumeUuid, ctx.caller);
    const vm = ctx.sim.owned('VmInstance', ctx.params.vmInstanceUuid, ctx.caller);
    if (vol.type !== 'Data' || vol.vmInstanceUuid) throw invalidArgument('only a detached data volume can be attached');
    checkVmState(vm, 'attach a volume to');
    const deviceId = 1 + ctx.sim.store.table('Volume').where('vmInstanceUuid', vm.uuid).length;
    return { inventory: ctx.sim.update('Volume', vol, { vmInstanceUuid: vm.uuid, deviceId, status: 'Ready', primaryStorageUuid: vol.primaryStorageUuid ?? null }) };
  },
  DetachDataVolumeFromVm: (ctx) => {
    const vol = ctx.sim.owned('Volume', ctx.params.uuid, ctx.caller);
    if (vol.type !== 'Data') throw invalidArgument('a root volume cannot be detached');
    return { inventory: ctx.sim.update('Volume', vol, { vmInstanceUuid: null, deviceId: null }) };
  },
  CreateSystemTag: tagCreate('SystemTag'),
  CreateUserTag: tagCreate('UserTag'),
  DeleteTag: (ctx) => {
    const uuid = String(ctx.params.uuid);
    for (const t of ['SystemTag', 'UserTag']) {
      const tag = ctx.sim.store.table(t).get(uuid);
      if (tag) {
        ctx.sim.owned(ctx.sim.store.findAny(String(tag.resourceUuid))?.inventory ?? t, tag.resourceUuid, ctx.caller);
        ctx.sim.store.table(t).delete(uuid);
      }
    }
    return {};
  },
};
