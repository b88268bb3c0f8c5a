// Inventories as a real node serialises them: every list its inventory class declares is present (`[]` when empty,
// related rows where the catalog has the join), and the `schema` map a node adds to query replies (and to any reply
// when the request carries `X-JSON-Schema`): JSON path -> Java class name of each org.zstack object in the answer.
import type { Work } from './limits.js';
import type { Sim } from './sim.js';
import type { Rec } from './store.js';

/** The list fields of the real inventory classes (notes, section 10). `field=expansion` fills the list from that
 *  expansion of the catalog; a plain `field` from the expansion of the same name if there is one, else from the
 *  stored record, else `[]`. */
const LISTS: Readonly<Record<string, string>> = {
  VmInstance: 'vmNics allVolumes vmCdRoms',
  ApplianceVm: 'vmNics allVolumes vmCdRoms',
  VirtualRouterVm: 'vmNics allVolumes vmCdRoms virtualRouterVips',
  VpcRouterVm: 'vmNics allVolumes vmCdRoms virtualRouterVips dns haRef',
  VmNic: 'usedIps=usedIp',
  L3Network: 'dns ipRanges networkServices hostRoute reservedIpRanges',
  L2Network: 'attachedClusterUuids',
  L2VlanNetwork: 'attachedClusterUuids',
  PrimaryStorage: 'attachedClusterUuids',
  CephPrimaryStorage: 'attachedClusterUuids mons pools',
  BackupStorage: 'attachedZoneUuids',
  ImageStoreBackupStorage: 'attachedZoneUuids',
  CephBackupStorage: 'attachedZoneUuids mons',
  Image: 'backupStorageRefs systemTags',
  VolumeSnapshot: 'backupStorageRefs',
  SecurityGroup: 'rules attachedL3NetworkUuids',
  Vip: 'peerL3NetworkUuids servicesRefs',
  LoadBalancer: 'listeners',
  LoadBalancerListener: 'vmNicRefs aclRefs certificateRefs serverGroupRefs',
  LoadBalancerServerGroup: 'listenerServerGroupRefs serverIps vmNicRefs',
  Policy: 'statements',
  Role: 'statements policies',
  SchedulerJob: 'triggersUuid schedulerJobGroupUuids',
  SchedulerTrigger: 'jobsUuid jobGroupsUuid',
  AccessControlList: 'entries',
  Certificate: 'listeners',
  NetworkServiceProvider: 'networkServiceTypes attachedL2NetworkUuids',
};

/** Java packages of the inventory classes the simulator models (below `org.zstack.`); others get a package made
 *  from the name. Consistent, and right for these. */
const PACKAGES: Readonly<Record<string, string>> = {
  VmInstance: 'header.vm', VmNic: 'header.vm', VmCdRom: 'header.vm.cdrom', Volume: 'header.volume',
  UsedIp: 'header.network.l3', L3Network: 'header.network.l3', IpRange: 'header.network.l3', L3NetworkHostRoute: 'header.network.l3',
  ReservedIpRange: 'header.network.l3', NetworkServiceL3NetworkRef: 'header.network.service', L2Network: 'header.network.l2',
  Image: 'header.image', ImageBackupStorageRef: 'header.image', SystemTag: 'header.tag', UserTag: 'header.tag', Zone: 'header.zone',
  Cluster: 'header.cluster', Host: 'header.host', KVMHost: 'kvm', InstanceOffering: 'header.configuration', DiskOffering: 'header.configuration',
  PrimaryStorage: 'header.storage.primary', BackupStorage: 'header.storage.backup', VolumeSnapshot: 'header.storage.snapshot',
  Account: 'header.identity', User: 'header.identity', UserGroup: 'header.identity', Policy: 'header.identity', Quota: 'header.identity',
  Session: 'header.identity', SharedResource: 'header.identity', AccountResourceRef: 'header.identity', LdapServer: 'ldap', LdapAccountRef: 'ldap',
};

/** Element classes of stored lists of objects that are not inventories of the catalog. */
const ELEMENT_CLASSES: Readonly<Record<string, string>> = { 'Policy.statements': 'org.zstack.header.identity.PolicyStatement' };

export const className = (inventory: string): string => `org.zstack.${PACKAGES[inventory] ?? `header.${inventory.toLowerCase()}`}.${inventory}Inventory`;

/** The class of every object the presenter produced, for `schema`. */
const classes = new WeakMap<object, string>();

/** A record with its lists, as the real inventory class would serialise it; the stored record is not changed. */
export function present(sim: Sim, inventory: string, rec: Rec): Rec {
  const out: Rec = { ...rec };
  const lists = LISTS[inventory];
  if (lists) {
    const inv = sim.catalog.inventory(inventory);
    for (const entry of lists.split(' ')) {
      const [field, expansion = field] = entry.split('=');
      const exp = inv?.expand?.find((e) => e.name === expansion && !e.via);
      if (exp) out[field] = sim.engine.joined(inv!, rec, exp).map((r) => present(sim, exp.inventory, r));
      else if (Array.isArray(rec[field])) out[field] = (rec[field] as unknown[]).map((x) => tagged(x, ELEMENT_CLASSES[`${inventory}.${field}`]));
      else out[field] = [];
    }
  }
  classes.set(out, className(inventory));
  return out;
}

function tagged(x: unknown, cls: string | undefined): unknown {
  if (!cls || typeof x !== 'object' || x === null) return x;
  const copy = { ...(x as Rec) };
  classes.set(copy, cls);
  return copy;
}

/** A non-query answer's `inventory`/`inventories`, presented when they are stored resources (found by uuid). */
export function presentAnswer(sim: Sim, body: Rec): Rec {
  const one = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null || classes.has(v) || typeof (v as Rec).uuid !== 'string') return v;
    const found = sim.store.findAny((v as Rec).uuid as string);
    return found ? present(sim, found.inventory, v as Rec) : v;
  };
  const out: Rec = { ...body };
  if ('inventory' in out) out.inventory = one(out.inventory);
  if (Array.isArray(out.inventories)) out.inventories = out.inventories.map(one);
  return out;
}

/** JSON path -> class name for every presented object in an answer, in the order a node writes them (the reverse of
 *  a walk that lists an object after what it holds). */
export function schemaOf(body: Rec): Record<string, string> {
  const walked: Array<[string, string]> = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v !== 'object' || v === null) return;
    for (const [k, x] of Object.entries(v as Rec)) {
      if (Array.isArray(x)) x.forEach((e, i) => walk(e, `${path}.${k}[${i}]`));
      else if (typeof x === 'object' && x !== null && classes.has(x)) walk(x, `${path}.${k}`);
    }
    const cls = classes.get(v);
    if (cls) walked.push([path.slice(1), cls]);
  };
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v)) v.forEach((e, i) => walk(e, `.${k}[${i}]`));
    else walk(v, `.${k}`);
  }
  return Object.fromEntries(walked.reverse());
}

/** Rows written per piece of a reply made in pieces. */
const PIECE_ROWS = 200;

/** A query reply too large to hold, as JSON text in pieces: the text of `{inventories, total?, schema}`, made a few
 *  hundred rows at a time. The schema lists the last row's objects first (see schemaOf), so it is written after the
 *  rows, walking them backwards: what each row adds is kept as one of a few shapes (a VM with one NIC and one volume,
 *  ...), and memory holds a number per row, not the rows. */
export function* replyPieces(count: number, rowAt: (i: number) => Rec, total: number | undefined): Work<void, string> {
  const shapes: Array<Array<[string, string]>> = [];
  const known = new Map<string, number>();
  const shapeOf = new Uint32Array(count);
  for (let i = 0; i < count; i += PIECE_ROWS) {
    const texts: string[] = [];
    for (let j = i; j < Math.min(count, i + PIECE_ROWS); j++) {
      const row = rowAt(j);
      texts.push(JSON.stringify(row));
      // The schema of a body holding this row alone, its paths made relative to the row ('r[0].vmNics[0]' -> '.vmNics[0]').
      const entries = Object.entries(schemaOf({ r: [row] })).map(([path, cls]): [string, string] => [path.slice('r[0]'.length), cls]);
      const signature = JSON.stringify(entries);
      let id = known.get(signature);
      if (id === undefined) {
        id = shapes.push(entries) - 1;
        known.set(signature, id);
      }
      shapeOf[j] = id;
    }
    yield `${i === 0 ? '{"inventories":[' : ','}${texts.join(',')}`;
  }
  yield `]${total === undefined ? '' : `,"total":${total}`},"schema":{`;
  let first = true;
  for (let end = count; end > 0; end -= PIECE_ROWS) {
    const parts: string[] = [];
    for (let i = end - 1; i >= Math.max(0, end - PIECE_ROWS); i--) {
      for (const [suffix, cls] of shapes[shapeOf[i]]) parts.push(`${JSON.stringify(`inventories[${i}]${suffix}`)}:${JSON.stringify(cls)}`);
    }
    if (parts.length === 0) continue;
    yield `${first ? '' : ','}${parts.join(',')}`;
    first = false;
  }
  yield '}}';
}
