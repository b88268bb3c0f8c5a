// Data sets: `empty` (the admin only), `demo` (a small, deterministic cloud) and `scale:N` (N generated VMs with a NIC
// and a root volume each, produced on demand from their index so a million rows cost no memory until touched).
import { createHash } from 'node:crypto';
import { zsDate } from './dates.js';
import { macFor } from './handlers/resources.js';
import type { Sim } from './sim.js';
import { ADMIN_UUID, type Rec, type RowSource } from './store.js';

/** What clients send for the demo password `password` (its SHA-512 hex digest), stored as the server stores it. */
const PASSWORD_DIGEST = createHash('sha512').update('password').digest('hex');

const GiB = 2 ** 30;
const EPOCH = Date.UTC(2026, 0, 5, 8, 0, 0);

/** Deterministic 32-hex uuids, so demo data is the same on every start. */
const did = (label: string): string => createHash('md5').update(`zstack-sim:${label}`).digest('hex');

export type DataSet = { kind: 'empty' } | { kind: 'demo' } | { kind: 'scale'; n: number };

export function parseDataSet(text: string): DataSet | undefined {
  if (text === 'empty' || text === 'demo') return { kind: text };
  const m = /^scale:(\d+)$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 1_000_000) return { kind: 'scale', n: Number(m[1]) };
  return undefined;
}

function put(sim: Sim, inventory: string, rec: Rec, owner = ADMIN_UUID): Rec {
  const date = zsDate(EPOCH);
  const row = sim.store.table(inventory).put({ ...rec, createDate: rec.createDate ?? date, lastOpDate: rec.lastOpDate ?? date });
  if (typeof row.uuid === 'string' && inventory !== 'Account') sim.own(inventory, row.uuid, owner);
  return row;
}

/** The admin account and the built-in console proxy: every data set has them. */
function base(sim: Sim): void {
  put(sim, 'Account', { uuid: ADMIN_UUID, name: 'admin', description: 'The built-in administrator', type: 'SystemAdmin', state: 'Enabled' });
  sim.store.extras.passwords[ADMIN_UUID] = PASSWORD_DIGEST;
  sim.store.extras.accessKeys.push({ id: 'simAdminAccessKey', secret: 'simAdminAccessKeySecret', accountUuid: ADMIN_UUID });
  put(sim, 'ConsoleProxyAgent', { uuid: did('console-agent'), description: 'management node console proxy', managementIp: '127.0.0.1', type: 'ManagementServerConsoleProxy', status: 'Connected', state: 'Enabled' });
}

interface Infra {
  zones: Rec[];
  clusters: Rec[];
  hosts: Rec[];
  l3s: Rec[];
  images: Rec[];
  offerings: Rec[];
  ps: Rec[];
}

/** Zones, clusters, hosts, storage, networks, images and offerings shared by demo and scale. */
function infrastructure(sim: Sim): Infra {
  const zones = [0, 1].map((i) => put(sim, 'Zone', { uuid: did(`zone${i}`), name: `ZONE-${i + 1}`, description: null, state: 'Enabled', type: 'zstack' }));
  const clusters = [0, 1, 2].map((i) => put(sim, 'Cluster', { uuid: did(`cluster${i}`), name: `CLUSTER-${i + 1}`, description: null, state: 'Enabled', hypervisorType: 'KVM', type: 'zstack', zoneUuid: zones[i === 2 ? 1 : 0].uuid }));
  const hosts = [0, 1, 2, 3, 4, 5].map((i) => {
    const c = clusters[i % 3];
    return put(sim, 'Host', { uuid: did(`host${i}`), name: `HOST-${i + 1}`, description: null, zoneUuid: c.zoneUuid, clusterUuid: c.uuid, managementIp: `10.10.20.${i + 1}`, hypervisorType: 'KVM', state: 'Enabled', status: i === 5 ? 'Disconnected' : 'Connected', totalCpuCapacity: 64, availableCpuCapacity: 48, totalMemoryCapacity: 256 * GiB, availableMemoryCapacity: (200 - i * 10) * GiB });
  });
  const ps = zones.map((z, i) => put(sim, 'PrimaryStorage', { uuid: did(`ps${i}`), zoneUuid: z.uuid, name: `PS-${i + 1}`, url: `/zstack_ps${i}`, description: null, totalCapacity: 20 * 2 ** 40, availableCapacity: 15 * 2 ** 40, totalPhysicalCapacity: 20 * 2 ** 40, availablePhysicalCapacity: 15 * 2 ** 40, systemUsedCapacity: 0, type: 'LocalStorage', state: 'Enabled', status: 'Connected', mountPath: `/zstack_ps${i}`, attachedClusterUuids: clusters.filter((c) => c.zoneUuid === z.uuid).map((c) => c.uuid) }));
  const bs = put(sim, 'BackupStorage', { uuid: did('bs0'), name: 'BS-1', url: '/zstack_bs', description: null, totalCapacity: 40 * 2 ** 40, availableCapacity: 30 * 2 ** 40, type: 'ImageStoreBackupStorage', state: 'Enabled', status: 'Connected', attachedZoneUuids: zones.map((z) => z.uuid) });
  const l2s = zones.map((z, i) => put(sim, 'L2Network', { uuid: did(`l2${i}`), name: `L2-${i + 1}`, description: null, zoneUuid: z.uuid, physicalInterface: 'eth0', type: 'L2NoVlanNetwork', attachedClusterUuids: clusters.filter((c) => c.zoneUuid === z.uuid).map((c) => c.uuid) }));
  // The real server keeps attachments in reference tables, which queries join through (`cluster.name=...`).
  const refDate = zsDate(EPOCH);
  for (const p of ps) for (const c of p.attachedClusterUuids as string[]) sim.store.table('PrimaryStorageClusterRef').put({ id: sim.store.table('PrimaryStorageClusterRef').size + 1, primaryStorageUuid: p.uuid, clusterUuid: c, createDate: refDate, lastOpDate: refDate });
  for (const l2 of l2s) for (const c of l2.attachedClusterUuids as string[]) sim.store.table('L2NetworkClusterRef').put({ l2NetworkUuid: l2.uuid, clusterUuid: c, l2ProviderType: 'LinuxBridge', createDate: refDate, lastOpDate: refDate });
  for (const z of bs.attachedZoneUuids as string[]) sim.store.table('BackupStorageZoneRef').put({ backupStorageUuid: bs.uuid, zoneUuid: z, createDate: refDate, lastOpDate: refDate });
  const nsp = put(sim, 'NetworkServiceProvider', { uuid: did('nsp'), name: 'Flat Network Service Provider', description: null, type: 'Flat' });
  const l3Names = ['public-net', 'private-net', 'mgmt-net'];
  const l3s = l3Names.map((name, i) => {
    const l2 = l2s[i === 2 ? 1 : 0];
    const l3 = put(sim, 'L3Network', { uuid: did(`l3${i}`), name, description: null, type: 'L3BasicNetwork', zoneUuid: l2.zoneUuid, l2NetworkUuid: l2.uuid, state: 'Enabled', dnsDomain: null, system: false, category: i === 0 ? 'Public' : 'Private' });
    put(sim, 'IpRange', { uuid: did(`range${i}`), l3NetworkUuid: l3.uuid, name: `${name}-range`, description: null, startIp: `192.168.${10 + i}.2`, endIp: `192.168.${10 + i}.254`, netmask: '255.255.255.0', gateway: `192.168.${10 + i}.1`, networkCidr: `192.168.${10 + i}.0/24` });
    sim.store.table('NetworkServiceL3NetworkRef').put({ l3NetworkUuid: l3.uuid, networkServiceProviderUuid: nsp.uuid, networkServiceType: 'DHCP' });
    return l3;
  });
  const images = ['centos-7', 'ubuntu-22.04', 'windows-2019'].map((name, i) => {
    const img = put(sim, 'Image', { uuid: did(`image${i}`), name, description: null, state: 'Enabled', status: 'Ready', size: (i + 1) * 8 * GiB, actualSize: (i + 1) * 2 * GiB, md5Sum: null, url: `http://images.example.com/${name}.qcow2`, mediaType: 'RootVolumeTemplate', guestOsType: name, type: 'zstack', platform: i === 2 ? 'Windows' : 'Linux', format: 'qcow2', system: false });
    sim.store.table('ImageBackupStorageRef').put({ imageUuid: img.uuid, backupStorageUuid: bs.uuid, installPath: `/zstack_bs/${name}`, status: 'Ready', createDate: zsDate(EPOCH), lastOpDate: zsDate(EPOCH) });
    return img;
  });
  const offerings = [[1, 1], [2, 4], [4, 8], [8, 16]].map(([cpu, mem], i) => put(sim, 'InstanceOffering', { uuid: did(`offering${i}`), name: `${cpu}C${mem}G`, description: null, cpuNum: cpu, cpuSpeed: 0, memorySize: mem * GiB, type: 'UserVm', allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy', sortKey: i, state: 'Enabled' }));
  [20, 100].forEach((g, i) => put(sim, 'DiskOffering', { uuid: did(`disk${i}`), name: `disk-${g}G`, description: null, diskSize: g * GiB, sortKey: i, allocatorStrategy: 'DefaultPrimaryStorageAllocationStrategy', state: 'Enabled', type: 'zstack' }));
  // Images, offerings and networks are public, as an admin would share them for tenants.
  for (const [r, type] of [...images.map((x) => [x, 'ImageVO'] as const), ...offerings.map((x) => [x, 'InstanceOfferingVO'] as const), ...l3s.map((x) => [x, 'L3NetworkVO'] as const)]) sim.store.table('SharedResource').put({ ownerAccountUuid: ADMIN_UUID, receiverAccountUuid: null, toPublic: true, resourceType: type, resourceUuid: r.uuid, createDate: zsDate(EPOCH), lastOpDate: zsDate(EPOCH) });
  return { zones, clusters, hosts, l3s, images, offerings, ps };
}

const STATES = ['Running', 'Running', 'Running', 'Stopped', 'Running'] as const;

/** VM number i with its NIC and root volume, as plain rows; used by demo (stored) and scale (generated). */
function vmRows(infra: Infra, i: number, uuids: { vm: string; nic: string; root: string }): { vm: Rec; nic: Rec; root: Rec };
function vmRows(infra: Infra, i: number, uuids: { vm: string; nic: string; root: string }, only: 'vm' | 'nic' | 'root'): Partial<Record<'vm' | 'nic' | 'root', Rec>>;
/** `only` builds just one of the three rows: generated tables scan one kind at a time. */
function vmRows(infra: Infra, i: number, uuids: { vm: string; nic: string; root: string }, only?: 'vm' | 'nic' | 'root'): Partial<Record<'vm' | 'nic' | 'root', Rec>> {
  const host = infra.hosts[i % 5];
  const l3 = infra.l3s[i % 3];
  const offering = infra.offerings[i % 4];
  const image = infra.images[i % 3];
  const created = zsDate(EPOCH + i * 60_000);
  const name = `vm-${String(i + 1).padStart(4, '0')}`;
  const ipIndex = Math.floor(i / 3);
  const out: Partial<Record<'vm' | 'nic' | 'root', Rec>> = {};
  if (!only || only === 'vm') out.vm = { uuid: uuids.vm, name, description: null, zoneUuid: host.zoneUuid, clusterUuid: host.clusterUuid, imageUuid: image.uuid, hostUuid: STATES[i % 5] === 'Running' ? host.uuid : null, lastHostUuid: host.uuid, instanceOfferingUuid: offering.uuid, rootVolumeUuid: uuids.root, platform: image.platform, defaultL3NetworkUuid: l3.uuid, type: 'UserVm', hypervisorType: 'KVM', memorySize: offering.memorySize, cpuNum: offering.cpuNum, cpuSpeed: 0, allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy', createDate: created, lastOpDate: created, state: STATES[i % 5] };
  if (!only || only === 'nic') out.nic = { uuid: uuids.nic, vmInstanceUuid: uuids.vm, l3NetworkUuid: l3.uuid, ip: `${10 + (i % 3)}.${Math.floor(ipIndex / 65536) % 256}.${Math.floor(ipIndex / 256) % 256}.${(ipIndex % 254) + 1}`, mac: macFor(i + 1), netmask: '255.0.0.0', gateway: `${10 + (i % 3)}.0.0.1`, metaData: null, deviceId: 0, createDate: created, lastOpDate: created };
  if (!only || only === 'root') out.root = { uuid: uuids.root, name: `ROOT-for-${name}`, description: null, primaryStorageUuid: infra.ps.find((p) => p.zoneUuid === host.zoneUuid)?.uuid, vmInstanceUuid: uuids.vm, diskOfferingUuid: null, rootImageUuid: image.uuid, installPath: `/zstack_ps/${uuids.root}.qcow2`, type: 'Root', format: 'qcow2', size: image.size, actualSize: image.actualSize, deviceId: 0, state: 'Enabled', status: 'Ready', createDate: created, lastOpDate: created };
  return out;
}

function demo(sim: Sim): void {
  const infra = infrastructure(sim);
  const accounts = ['alice', 'bob'].map((name) => {
    const acc = put(sim, 'Account', { uuid: did(`account-${name}`), name, description: null, type: 'Normal', state: 'Enabled' });
    sim.store.extras.passwords[String(acc.uuid)] = PASSWORD_DIGEST;
    sim.createQuotas(String(acc.uuid));
    return acc;
  });
  for (let i = 0; i < 50; i++) {
    const owner = i < 30 ? ADMIN_UUID : String(accounts[i % 2].uuid);
    const { vm, nic, root } = vmRows(infra, i, { vm: did(`vm${i}`), nic: did(`nic${i}`), root: did(`root${i}`) });
    nic.ip = String(nic.ip).replace(/^(\d+)\.\d+\.\d+\./, `192.168.${10 + (i % 3)}.`).replace(/\.(\d+)$/, (_, n: string) => `.${Number(n) + 1}`);
    put(sim, 'VmInstance', vm, owner);
    put(sim, 'VmNic', nic, owner);
    put(sim, 'Volume', root, owner);
    if (i % 5 === 0) put(sim, 'Volume', { ...root, uuid: did(`data${i}`), name: `DATA-for-${String(vm.name)}`, type: 'Data', rootImageUuid: null, size: 20 * GiB, actualSize: GiB, deviceId: 1 }, owner);
  }
  sim.tag('VmInstance', did('vm0'), ['ha::NeverStop'], ['web']);
}

/** The infrastructure records generated VMs point at, read back from the tables (after a restart they come from
 *  the state file); looked up on first use because the tables are restored after the sources are attached. */
function storedInfra(sim: Sim): Infra {
  const get = (inv: string, labels: string[]) => labels.map((l) => sim.store.table(inv).get(did(l))).filter((r): r is Rec => r !== undefined);
  const seq = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  return {
    zones: get('Zone', seq('zone', 2)),
    clusters: get('Cluster', seq('cluster', 3)),
    hosts: get('Host', seq('host', 6)),
    l3s: get('L3Network', seq('l3', 3)),
    images: get('Image', seq('image', 3)),
    offerings: get('InstanceOffering', seq('offering', 4)),
    ps: get('PrimaryStorage', seq('ps', 2)),
  };
}

/** N generated VMs: uuids encode the index, so a lookup by uuid needs no search. */
function attachScale(sim: Sim, n: number): void {
  let infra: Infra | undefined;
  const prefixes = { vm: 'a5ca1e00', nic: 'a5ca1e01', root: 'a5ca1e02' };
  const uuidAt = (kind: keyof typeof prefixes, i: number) => `${prefixes[kind]}${i.toString(16).padStart(24, '0')}`;
  const indexOf = (kind: keyof typeof prefixes) => (uuid: string) => {
    if (uuid.length !== 32 || !uuid.startsWith(prefixes[kind])) return -1;
    const i = Number.parseInt(uuid.slice(8), 16);
    return i < n ? i : -1;
  };
  const rows = (kind: keyof typeof prefixes, i: number) => vmRows((infra ??= storedInfra(sim)), i, { vm: uuidAt('vm', i), nic: uuidAt('nic', i), root: uuidAt('root', i) }, kind);
  const vmIndex = indexOf('vm');
  const source = (kind: keyof typeof prefixes): RowSource => ({
    count: n,
    uuidAt: (i) => uuidAt(kind, i),
    indexOf: indexOf(kind),
    gen: (i) => rows(kind, i)[kind]!,
    // NIC i and root volume i belong to VM i.
    lookupFields: kind === 'vm' ? [] : ['vmInstanceUuid'],
    lookup: (_field, value) => {
      const i = typeof value === 'string' ? vmIndex(value) : -1;
      return i >= 0 ? [i] : [];
    },
  });
  sim.store.setSource('VmInstance', source('vm'));
  sim.store.setSource('VmNic', source('nic'));
  sim.store.setSource('Volume', source('root'));
}

/** Fills a fresh store. */
export function seed(sim: Sim, data: DataSet): void {
  base(sim);
  if (data.kind === 'demo') demo(sim);
  if (data.kind === 'scale') {
    sim.store.extras.scale = data.n;
    attachScale(sim, data.n);
    infrastructure(sim);
  }
}

/** Re-attaches generated rows before a state file is restored (they are not in the file, only their count). */
export function attachGenerated(sim: Sim, n: number): void {
  attachScale(sim, n);
}
