// The columns a table shows when no -c is given: what an operator looks at first, for the everyday inventories.
// (Others show uuid, name, state/status, type and a few more that their rows have.)
import type { CatalogOverlay } from '../../types.js';

const columns: Readonly<Record<string, readonly string[]>> = {
  VmInstance: ['uuid', 'name', 'state', 'cpuNum', 'memorySize', 'hypervisorType'],
  Host: ['uuid', 'name', 'managementIp', 'state', 'status', 'hypervisorType'],
  Zone: ['uuid', 'name', 'state', 'type'],
  Cluster: ['uuid', 'name', 'state', 'hypervisorType', 'zoneUuid'],
  L2Network: ['uuid', 'name', 'type', 'physicalInterface', 'zoneUuid'],
  L3Network: ['uuid', 'name', 'type', 'state', 'category', 'l2NetworkUuid'],
  IpRange: ['uuid', 'name', 'startIp', 'endIp', 'gateway', 'l3NetworkUuid'],
  Image: ['uuid', 'name', 'status', 'mediaType', 'platform', 'size'],
  Volume: ['uuid', 'name', 'type', 'status', 'size', 'vmInstanceUuid'],
  VmNic: ['uuid', 'ip', 'mac', 'vmInstanceUuid', 'l3NetworkUuid'],
  InstanceOffering: ['uuid', 'name', 'cpuNum', 'memorySize', 'state'],
  DiskOffering: ['uuid', 'name', 'diskSize', 'state'],
  PrimaryStorage: ['uuid', 'name', 'type', 'state', 'status', 'availableCapacity'],
  BackupStorage: ['uuid', 'name', 'type', 'state', 'status', 'availableCapacity'],
  SecurityGroup: ['uuid', 'name', 'state'],
  Eip: ['uuid', 'name', 'vipIp', 'guestIp', 'state'],
  Vip: ['uuid', 'name', 'ip', 'state', 'l3NetworkUuid'],
  Account: ['uuid', 'name', 'type'],
  User: ['uuid', 'name', 'accountUuid'],
  UserGroup: ['uuid', 'name', 'accountUuid'],
  Policy: ['uuid', 'name', 'accountUuid'],
  Quota: ['name', 'value', 'identityUuid'],
};

export const overlay: CatalogOverlay = { inventories: Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, { columns: c }])) };
