import type { ApiSpec, InventorySpec } from '../types.js';
import { ENABLED_DISABLED, deleteMode, named, timestamps } from './common.js';

// Resources reachable from VmInstance through expanded queries, and the everyday verbs on them.
//
// Field lists and expansion names follow the classic zstack-cli query metadata (apibinding inventory.py,
// QueryObject*Inventory PRIMITIVE_FIELDS / EXPANDED_FIELDS), which is what the seed's Tab listings show;
// join keys follow the Java @ExpandedQuery annotations (foreignKey -> localKey, expandedInventoryKey -> foreignKey).
//
// Join-key conventions used below (for the simulator):
//  - plain keys: `local[localKey] == foreign[foreignKey]`;
//  - a key naming a list-valued property of the record (`attachedClusterUuids`, `attachedZoneUuids`,
//    `attachedL3NetworkUuids`): matches when the list contains the other side's value. These properties are part of the
//    real inventory JSON but are not offered as query fields by the classic CLI, so they are not in `fields`;
//  - a dotted key (`networkServices.networkServiceProviderUuid`): the values reached through that inventory's own
//    expansion, i.e. a many-to-many join through a reference table (the real server's ExpandedQueryAlias).

const CONNECTION_STATUS = ['Connecting', 'Connected', 'Disconnected'];
const VM_PLATFORMS = ['Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'];

export const inventories: InventorySpec[] = [
  {
    name: 'VmInstance',
    resourceType: 'VmInstanceVO',
    fields: [
      ...named,
      { name: 'zoneUuid', type: 'string' },
      { name: 'clusterUuid', type: 'string' },
      { name: 'imageUuid', type: 'string' },
      { name: 'hostUuid', type: 'string' },
      { name: 'lastHostUuid', type: 'string' },
      { name: 'instanceOfferingUuid', type: 'string' },
      { name: 'rootVolumeUuid', type: 'string' },
      { name: 'platform', type: 'string', validValues: VM_PLATFORMS },
      { name: 'defaultL3NetworkUuid', type: 'string' },
      { name: 'type', type: 'string', validValues: ['UserVm', 'ApplianceVm'] },
      // hypervisorType is an open set (KVM, Simulator, baremetal, ESX, ... depending on plugins): no validValues.
      { name: 'hypervisorType', type: 'string' },
      { name: 'memorySize', type: 'long' },
      { name: 'cpuNum', type: 'integer' },
      { name: 'cpuSpeed', type: 'long' },
      { name: 'allocatorStrategy', type: 'string' },
      ...timestamps,
      {
        name: 'state',
        type: 'string',
        // org.zstack.header.vm.VmInstanceState
        validValues: [
          'Created', 'Starting', 'Running', 'Stopping', 'Stopped', 'Rebooting', 'Destroying', 'Destroyed',
          'Migrating', 'Expunging', 'Pausing', 'Paused', 'Resuming', 'VolumeMigrating', 'VolumeRecovering',
          'Error', 'Unknown', 'Crashed',
        ],
      },
    ],
    expand: [
      { name: 'zone', inventory: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid' },
      { name: 'cluster', inventory: 'Cluster', localKey: 'clusterUuid', foreignKey: 'uuid' },
      { name: 'host', inventory: 'Host', localKey: 'hostUuid', foreignKey: 'uuid' },
      { name: 'image', inventory: 'Image', localKey: 'imageUuid', foreignKey: 'uuid' },
      { name: 'instanceOffering', inventory: 'InstanceOffering', localKey: 'instanceOfferingUuid', foreignKey: 'uuid' },
      { name: 'rootVolume', inventory: 'Volume', localKey: 'rootVolumeUuid', foreignKey: 'uuid' },
      { name: 'vmNics', inventory: 'VmNic', localKey: 'uuid', foreignKey: 'vmInstanceUuid' },
      { name: 'allVolumes', inventory: 'Volume', localKey: 'uuid', foreignKey: 'vmInstanceUuid' },
    ],
  },
  {
    name: 'VmNic',
    resourceType: 'VmNicVO',
    fields: [
      { name: 'uuid', type: 'string' },
      { name: 'vmInstanceUuid', type: 'string' },
      { name: 'l3NetworkUuid', type: 'string' },
      { name: 'ip', type: 'string' },
      { name: 'mac', type: 'string' },
      { name: 'netmask', type: 'string' },
      { name: 'gateway', type: 'string' },
      { name: 'metaData', type: 'string' },
      { name: 'deviceId', type: 'integer' },
      ...timestamps,
    ],
    expand: [
      { name: 'vmInstance', inventory: 'VmInstance', localKey: 'vmInstanceUuid', foreignKey: 'uuid' },
      { name: 'l3Network', inventory: 'L3Network', localKey: 'l3NetworkUuid', foreignKey: 'uuid' },
      // Added by the eip / portForwarding / securityGroup / loadBalancer plugins.
      { name: 'eip', inventory: 'Eip', localKey: 'uuid', foreignKey: 'vmNicUuid' },
      { name: 'portForwarding', inventory: 'PortForwardingRule', localKey: 'uuid', foreignKey: 'vmNicUuid' },
      // Through VmNicSecurityGroupRef (real: hidden vmNicRef expansion on SecurityGroup).
      { name: 'securityGroup', inventory: 'SecurityGroup', localKey: 'uuid', foreignKey: 'vmNicRef.vmNicUuid' },
      // Through LoadBalancerListenerVmNicRef.
      { name: 'loadBalancerListener', inventory: 'LoadBalancerListener', localKey: 'uuid', foreignKey: 'vmNicRefs.vmNicUuid' },
    ],
  },
  {
    name: 'Volume',
    resourceType: 'VolumeVO',
    fields: [
      ...named,
      { name: 'primaryStorageUuid', type: 'string' },
      { name: 'vmInstanceUuid', type: 'string' },
      { name: 'diskOfferingUuid', type: 'string' },
      { name: 'rootImageUuid', type: 'string' },
      { name: 'installPath', type: 'string' },
      { name: 'type', type: 'string', validValues: ['Root', 'Data'] },
      { name: 'format', type: 'string' },
      { name: 'size', type: 'long' },
      { name: 'actualSize', type: 'long' },
      { name: 'deviceId', type: 'integer' },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      // Creating/Ready/NotInstantiated documented on VolumeInventory; Deleted from memory (unverified).
      { name: 'status', type: 'string', validValues: ['Creating', 'Ready', 'NotInstantiated', 'Deleted'] },
      ...timestamps,
    ],
    expand: [
      { name: 'image', inventory: 'Image', localKey: 'rootImageUuid', foreignKey: 'uuid' },
      { name: 'vmInstance', inventory: 'VmInstance', localKey: 'vmInstanceUuid', foreignKey: 'uuid' },
      { name: 'diskOffering', inventory: 'DiskOffering', localKey: 'diskOfferingUuid', foreignKey: 'uuid' },
      { name: 'primaryStorage', inventory: 'PrimaryStorage', localKey: 'primaryStorageUuid', foreignKey: 'uuid' },
      { name: 'localStorageHostRef', inventory: 'LocalStorageResourceRef', localKey: 'uuid', foreignKey: 'resourceUuid' },
      { name: 'snapshot', inventory: 'VolumeSnapshot', localKey: 'uuid', foreignKey: 'volumeUuid' },
    ],
  },
  {
    name: 'Zone',
    resourceType: 'ZoneVO',
    fields: [
      ...named,
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'type', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'cluster', inventory: 'Cluster', localKey: 'uuid', foreignKey: 'zoneUuid' },
      { name: 'vmInstance', inventory: 'VmInstance', localKey: 'uuid', foreignKey: 'zoneUuid' },
      { name: 'l3Network', inventory: 'L3Network', localKey: 'uuid', foreignKey: 'zoneUuid' },
      { name: 'host', inventory: 'Host', localKey: 'uuid', foreignKey: 'zoneUuid' },
      { name: 'primaryStorage', inventory: 'PrimaryStorage', localKey: 'uuid', foreignKey: 'zoneUuid' },
      { name: 'l2Network', inventory: 'L2Network', localKey: 'uuid', foreignKey: 'zoneUuid' },
      // Many-to-many through BackupStorageZoneRef: BackupStorage.attachedZoneUuids.
      { name: 'backupStorage', inventory: 'BackupStorage', localKey: 'uuid', foreignKey: 'attachedZoneUuids' },
    ],
  },
  {
    name: 'Cluster',
    resourceType: 'ClusterVO',
    fields: [
      ...named,
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'hypervisorType', type: 'string' },
      { name: 'type', type: 'string' },
      { name: 'zoneUuid', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'vmInstance', inventory: 'VmInstance', localKey: 'uuid', foreignKey: 'clusterUuid' },
      { name: 'zone', inventory: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid' },
      { name: 'host', inventory: 'Host', localKey: 'uuid', foreignKey: 'clusterUuid' },
      // Many-to-many through L2NetworkClusterRef / PrimaryStorageClusterRef.
      { name: 'l2Network', inventory: 'L2Network', localKey: 'uuid', foreignKey: 'attachedClusterUuids' },
      { name: 'primaryStorage', inventory: 'PrimaryStorage', localKey: 'uuid', foreignKey: 'attachedClusterUuids' },
    ],
  },
  {
    name: 'Host',
    resourceType: 'HostVO',
    fields: [
      ...named,
      { name: 'zoneUuid', type: 'string' },
      { name: 'clusterUuid', type: 'string' },
      { name: 'managementIp', type: 'string' },
      { name: 'hypervisorType', type: 'string' },
      { name: 'state', type: 'string', validValues: ['Enabled', 'Disabled', 'PreMaintenance', 'Maintenance'] },
      { name: 'status', type: 'string', validValues: CONNECTION_STATUS },
      { name: 'totalCpuCapacity', type: 'long' },
      { name: 'availableCpuCapacity', type: 'long' },
      { name: 'totalMemoryCapacity', type: 'long' },
      { name: 'availableMemoryCapacity', type: 'long' },
      ...timestamps,
    ],
    expand: [
      { name: 'cluster', inventory: 'Cluster', localKey: 'clusterUuid', foreignKey: 'uuid' },
      { name: 'vmInstance', inventory: 'VmInstance', localKey: 'uuid', foreignKey: 'hostUuid' },
      { name: 'zone', inventory: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'Image',
    resourceType: 'ImageVO',
    fields: [
      ...named,
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      // Image status values from memory (ImageStatus): unverified.
      { name: 'status', type: 'string', validValues: ['Creating', 'Downloading', 'Ready', 'Deleted'] },
      { name: 'size', type: 'long' },
      { name: 'actualSize', type: 'long' },
      { name: 'md5Sum', type: 'string' },
      { name: 'url', type: 'string' },
      { name: 'mediaType', type: 'string', validValues: ['RootVolumeTemplate', 'ISO', 'DataVolumeTemplate', 'Kernel'] },
      { name: 'guestOsType', type: 'string' },
      { name: 'type', type: 'string' },
      { name: 'platform', type: 'string', validValues: [...VM_PLATFORMS, 'Embedded'] },
      { name: 'format', type: 'string' },
      { name: 'system', type: 'boolean' },
      ...timestamps,
    ],
    expand: [
      { name: 'backupStorageRefs', inventory: 'ImageBackupStorageRef', localKey: 'uuid', foreignKey: 'imageUuid' },
      { name: 'volume', inventory: 'Volume', localKey: 'uuid', foreignKey: 'rootImageUuid' },
      { name: 'backupStorage', inventory: 'BackupStorage', localKey: 'backupStorageRefs.backupStorageUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'ImageBackupStorageRef',
    resourceType: 'ImageBackupStorageRefVO',
    fields: [
      { name: 'imageUuid', type: 'string' },
      { name: 'backupStorageUuid', type: 'string' },
      { name: 'installPath', type: 'string' },
      { name: 'status', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'image', inventory: 'Image', localKey: 'imageUuid', foreignKey: 'uuid' },
      { name: 'backupStorage', inventory: 'BackupStorage', localKey: 'backupStorageUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'InstanceOffering',
    resourceType: 'InstanceOfferingVO',
    fields: [
      ...named,
      { name: 'cpuNum', type: 'integer' },
      { name: 'cpuSpeed', type: 'integer' },
      { name: 'memorySize', type: 'long' },
      { name: 'type', type: 'string' },
      { name: 'allocatorStrategy', type: 'string' },
      { name: 'sortKey', type: 'integer' },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      ...timestamps,
    ],
    expand: [{ name: 'vmInstance', inventory: 'VmInstance', localKey: 'uuid', foreignKey: 'instanceOfferingUuid' }],
  },
  {
    name: 'DiskOffering',
    resourceType: 'DiskOfferingVO',
    fields: [
      ...named,
      { name: 'diskSize', type: 'long' },
      { name: 'sortKey', type: 'integer' },
      { name: 'allocatorStrategy', type: 'string' },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'type', type: 'string' },
      ...timestamps,
    ],
    expand: [{ name: 'volume', inventory: 'Volume', localKey: 'uuid', foreignKey: 'diskOfferingUuid' }],
  },
  {
    name: 'L2Network',
    resourceType: 'L2NetworkVO',
    fields: [
      ...named,
      { name: 'zoneUuid', type: 'string' },
      { name: 'physicalInterface', type: 'string' },
      { name: 'type', type: 'string', validValues: ['L2NoVlanNetwork', 'L2VlanNetwork', 'VxlanNetwork', 'VxlanNetworkPool'] },
      ...timestamps,
    ],
    expand: [
      { name: 'l3Network', inventory: 'L3Network', localKey: 'uuid', foreignKey: 'l2NetworkUuid' },
      { name: 'zone', inventory: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid' },
      { name: 'cluster', inventory: 'Cluster', localKey: 'attachedClusterUuids', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'L3Network',
    resourceType: 'L3NetworkVO',
    fields: [
      ...named,
      { name: 'type', type: 'string', validValues: ['L3BasicNetwork', 'L3VpcNetwork'] },
      { name: 'zoneUuid', type: 'string' },
      { name: 'l2NetworkUuid', type: 'string' },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'dnsDomain', type: 'string' },
      { name: 'system', type: 'boolean' },
      ...timestamps,
    ],
    expand: [
      { name: 'networkServices', inventory: 'NetworkServiceL3NetworkRef', localKey: 'uuid', foreignKey: 'l3NetworkUuid' },
      { name: 'ipRanges', inventory: 'IpRange', localKey: 'uuid', foreignKey: 'l3NetworkUuid' },
      { name: 'vmNic', inventory: 'VmNic', localKey: 'uuid', foreignKey: 'l3NetworkUuid' },
      { name: 'zone', inventory: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid' },
      { name: 'l2Network', inventory: 'L2Network', localKey: 'l2NetworkUuid', foreignKey: 'uuid' },
      // Real: alias serviceProviderRef.serviceProvider (through NetworkServiceL3NetworkRef).
      { name: 'serviceProvider', inventory: 'NetworkServiceProvider', localKey: 'networkServices.networkServiceProviderUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'IpRange',
    resourceType: 'IpRangeVO',
    fields: [
      { name: 'uuid', type: 'string' },
      { name: 'l3NetworkUuid', type: 'string' },
      { name: 'name', type: 'string' },
      { name: 'description', type: 'string' },
      { name: 'startIp', type: 'string' },
      { name: 'endIp', type: 'string' },
      { name: 'netmask', type: 'string' },
      { name: 'gateway', type: 'string' },
      { name: 'networkCidr', type: 'string' },
      ...timestamps,
    ],
    expand: [{ name: 'l3Network', inventory: 'L3Network', localKey: 'l3NetworkUuid', foreignKey: 'uuid' }],
  },
  {
    name: 'NetworkServiceL3NetworkRef',
    resourceType: 'NetworkServiceL3NetworkRefVO',
    fields: [
      { name: 'l3NetworkUuid', type: 'string' },
      { name: 'networkServiceProviderUuid', type: 'string' },
      { name: 'networkServiceType', type: 'string' },
    ],
    expand: [
      { name: 'l3Network', inventory: 'L3Network', localKey: 'l3NetworkUuid', foreignKey: 'uuid' },
      { name: 'serviceProvider', inventory: 'NetworkServiceProvider', localKey: 'networkServiceProviderUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'NetworkServiceProvider',
    resourceType: 'NetworkServiceProviderVO',
    fields: [
      ...named,
      { name: 'type', type: 'string' },
      ...timestamps,
    ],
    expand: [],
  },
  {
    name: 'Eip',
    resourceType: 'EipVO',
    fields: [
      ...named,
      { name: 'vmNicUuid', type: 'string' },
      { name: 'vipUuid', type: 'string' },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'vipIp', type: 'string' },
      { name: 'guestIp', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'vmNic', inventory: 'VmNic', localKey: 'vmNicUuid', foreignKey: 'uuid' },
      { name: 'vip', inventory: 'Vip', localKey: 'vipUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'Vip',
    resourceType: 'VipVO',
    fields: [
      ...named,
      { name: 'l3NetworkUuid', type: 'string' },
      { name: 'ip', type: 'string' },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'gateway', type: 'string' },
      { name: 'netmask', type: 'string' },
      { name: 'serviceProvider', type: 'string' },
      { name: 'peerL3NetworkUuid', type: 'string' },
      { name: 'useFor', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'portForwarding', inventory: 'PortForwardingRule', localKey: 'uuid', foreignKey: 'vipUuid' },
      { name: 'loadBalancer', inventory: 'LoadBalancer', localKey: 'uuid', foreignKey: 'vipUuid' },
      { name: 'eip', inventory: 'Eip', localKey: 'uuid', foreignKey: 'vipUuid' },
    ],
  },
  {
    name: 'PortForwardingRule',
    resourceType: 'PortForwardingRuleVO',
    fields: [
      ...named,
      { name: 'vipIp', type: 'string' },
      { name: 'guestIp', type: 'string' },
      { name: 'vipUuid', type: 'string' },
      { name: 'vipPortStart', type: 'integer' },
      { name: 'vipPortEnd', type: 'integer' },
      { name: 'privatePortStart', type: 'integer' },
      { name: 'privatePortEnd', type: 'integer' },
      { name: 'vmNicUuid', type: 'string' },
      { name: 'protocolType', type: 'string', validValues: ['TCP', 'UDP'] },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'allowedCidr', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'vmNic', inventory: 'VmNic', localKey: 'vmNicUuid', foreignKey: 'uuid' },
      { name: 'vip', inventory: 'Vip', localKey: 'vipUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'LoadBalancer',
    resourceType: 'LoadBalancerVO',
    fields: [
      ...named,
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'vipUuid', type: 'string' },
    ],
    expand: [
      { name: 'listeners', inventory: 'LoadBalancerListener', localKey: 'uuid', foreignKey: 'loadBalancerUuid' },
      { name: 'vip', inventory: 'Vip', localKey: 'vipUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'LoadBalancerListener',
    resourceType: 'LoadBalancerListenerVO',
    fields: [
      ...named,
      { name: 'loadBalancerUuid', type: 'string' },
      { name: 'instancePort', type: 'integer' },
      { name: 'loadBalancerPort', type: 'integer' },
      { name: 'protocol', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'vmNicRefs', inventory: 'LoadBalancerListenerVmNicRef', localKey: 'uuid', foreignKey: 'listenerUuid' },
      { name: 'loadBalancer', inventory: 'LoadBalancer', localKey: 'loadBalancerUuid', foreignKey: 'uuid' },
      { name: 'vmNic', inventory: 'VmNic', localKey: 'vmNicRefs.vmNicUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'LoadBalancerListenerVmNicRef',
    resourceType: 'LoadBalancerListenerVmNicRefVO',
    fields: [
      { name: 'id', type: 'long' },
      { name: 'listenerUuid', type: 'string' },
      { name: 'vmNicUuid', type: 'string' },
      { name: 'status', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'vmNic', inventory: 'VmNic', localKey: 'vmNicUuid', foreignKey: 'uuid' },
      { name: 'listener', inventory: 'LoadBalancerListener', localKey: 'listenerUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'SecurityGroup',
    resourceType: 'SecurityGroupVO',
    fields: [
      ...named,
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      ...timestamps,
    ],
    expand: [
      { name: 'rules', inventory: 'SecurityGroupRule', localKey: 'uuid', foreignKey: 'securityGroupUuid' },
      { name: 'vmNic', inventory: 'VmNic', localKey: 'vmNicRef.vmNicUuid', foreignKey: 'uuid' },
      { name: 'l3Network', inventory: 'L3Network', localKey: 'attachedL3NetworkUuids', foreignKey: 'uuid' },
      // Hidden on the real server (the classic CLI does not list it); kept so vmNic/securityGroup joins have a path.
      { name: 'vmNicRef', inventory: 'VmNicSecurityGroupRef', localKey: 'uuid', foreignKey: 'securityGroupUuid' },
    ],
  },
  {
    name: 'SecurityGroupRule',
    resourceType: 'SecurityGroupRuleVO',
    fields: [
      { name: 'uuid', type: 'string' },
      { name: 'securityGroupUuid', type: 'string' },
      { name: 'type', type: 'string', validValues: ['Ingress', 'Egress'] },
      { name: 'startPort', type: 'integer' },
      { name: 'endPort', type: 'integer' },
      { name: 'protocol', type: 'string', validValues: ['TCP', 'UDP', 'ICMP', 'ALL'] },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'allowedCidr', type: 'string' },
      ...timestamps,
    ],
    expand: [{ name: 'securityGroup', inventory: 'SecurityGroup', localKey: 'securityGroupUuid', foreignKey: 'uuid' }],
  },
  {
    name: 'VmNicSecurityGroupRef',
    resourceType: 'VmNicSecurityGroupRefVO',
    fields: [
      { name: 'vmNicUuid', type: 'string' },
      { name: 'securityGroupUuid', type: 'string' },
      { name: 'vmInstanceUuid', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'vmNic', inventory: 'VmNic', localKey: 'vmNicUuid', foreignKey: 'uuid' },
      { name: 'securityGroup', inventory: 'SecurityGroup', localKey: 'securityGroupUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'PrimaryStorage',
    resourceType: 'PrimaryStorageVO',
    fields: [
      { name: 'uuid', type: 'string' },
      { name: 'zoneUuid', type: 'string' },
      { name: 'name', type: 'string' },
      { name: 'url', type: 'string' },
      { name: 'description', type: 'string' },
      { name: 'totalCapacity', type: 'long' },
      { name: 'availableCapacity', type: 'long' },
      { name: 'totalPhysicalCapacity', type: 'long' },
      { name: 'availablePhysicalCapacity', type: 'long' },
      { name: 'systemUsedCapacity', type: 'long' },
      { name: 'type', type: 'string' },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'status', type: 'string', validValues: CONNECTION_STATUS },
      { name: 'mountPath', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'volume', inventory: 'Volume', localKey: 'uuid', foreignKey: 'primaryStorageUuid' },
      { name: 'volumeSnapshot', inventory: 'VolumeSnapshot', localKey: 'uuid', foreignKey: 'primaryStorageUuid' },
      { name: 'zone', inventory: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid' },
      { name: 'cluster', inventory: 'Cluster', localKey: 'attachedClusterUuids', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'BackupStorage',
    resourceType: 'BackupStorageVO',
    fields: [
      { name: 'uuid', type: 'string' },
      { name: 'name', type: 'string' },
      { name: 'url', type: 'string' },
      { name: 'description', type: 'string' },
      { name: 'totalCapacity', type: 'long' },
      { name: 'availableCapacity', type: 'long' },
      { name: 'type', type: 'string' },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'status', type: 'string', validValues: CONNECTION_STATUS },
      ...timestamps,
    ],
    expand: [
      { name: 'image', inventory: 'Image', localKey: 'uuid', foreignKey: 'backupStorageRefs.backupStorageUuid' },
      { name: 'volumeSnapshot', inventory: 'VolumeSnapshot', localKey: 'uuid', foreignKey: 'backupStorageRefs.backupStorageUuid' },
      { name: 'zone', inventory: 'Zone', localKey: 'attachedZoneUuids', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'VolumeSnapshot',
    resourceType: 'VolumeSnapshotVO',
    fields: [
      ...named,
      { name: 'type', type: 'string', validValues: ['Hypervisor', 'Storage'] },
      { name: 'volumeUuid', type: 'string' },
      { name: 'treeUuid', type: 'string' },
      { name: 'parentUuid', type: 'string' },
      { name: 'primaryStorageUuid', type: 'string' },
      { name: 'primaryStorageInstallPath', type: 'string' },
      { name: 'volumeType', type: 'string', validValues: ['Root', 'Data'] },
      { name: 'format', type: 'string' },
      { name: 'latest', type: 'boolean' },
      { name: 'size', type: 'long' },
      { name: 'state', type: 'string', validValues: ENABLED_DISABLED },
      { name: 'status', type: 'string' },
      ...timestamps,
    ],
    expand: [
      { name: 'backupStorageRefs', inventory: 'VolumeSnapshotBackupStorageRef', localKey: 'uuid', foreignKey: 'volumeSnapshotUuid' },
      { name: 'volume', inventory: 'Volume', localKey: 'volumeUuid', foreignKey: 'uuid' },
      // The Java annotation joins uuid to backupStorageUuid (apparently a slip); the ref's snapshot key is volumeSnapshotUuid.
      { name: 'backupStorageRef', inventory: 'VolumeSnapshotBackupStorageRef', localKey: 'uuid', foreignKey: 'volumeSnapshotUuid' },
      { name: 'tree', inventory: 'VolumeSnapshotTree', localKey: 'treeUuid', foreignKey: 'uuid' },
      { name: 'primaryStorage', inventory: 'PrimaryStorage', localKey: 'primaryStorageUuid', foreignKey: 'uuid' },
      { name: 'localStorageHostRef', inventory: 'LocalStorageResourceRef', localKey: 'uuid', foreignKey: 'resourceUuid' },
      { name: 'backupStorage', inventory: 'BackupStorage', localKey: 'backupStorageRefs.backupStorageUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'VolumeSnapshotTree',
    resourceType: 'VolumeSnapshotTreeVO',
    fields: [
      { name: 'uuid', type: 'string' },
      { name: 'volumeUuid', type: 'string' },
      { name: 'current', type: 'boolean' },
      ...timestamps,
    ],
    expand: [
      { name: 'volume', inventory: 'Volume', localKey: 'volumeUuid', foreignKey: 'uuid' },
      { name: 'snapshot', inventory: 'VolumeSnapshot', localKey: 'uuid', foreignKey: 'treeUuid' },
    ],
  },
  {
    name: 'VolumeSnapshotBackupStorageRef',
    resourceType: 'VolumeSnapshotBackupStorageRefVO',
    fields: [
      { name: 'volumeSnapshotUuid', type: 'string' },
      { name: 'backupStorageUuid', type: 'string' },
      { name: 'installPath', type: 'string' },
    ],
    expand: [
      { name: 'volumeSnapshot', inventory: 'VolumeSnapshot', localKey: 'volumeSnapshotUuid', foreignKey: 'uuid' },
      { name: 'backupStorage', inventory: 'BackupStorage', localKey: 'backupStorageUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'LocalStorageResourceRef',
    resourceType: 'LocalStorageResourceRefVO',
    fields: [
      { name: 'resourceUuid', type: 'string' },
      { name: 'resourceType', type: 'string' },
      { name: 'primaryStorageUuid', type: 'string' },
      { name: 'hostUuid', type: 'string' },
      { name: 'size', type: 'long' },
      ...timestamps,
    ],
    expand: [
      { name: 'volume', inventory: 'Volume', localKey: 'resourceUuid', foreignKey: 'uuid' },
      { name: 'image', inventory: 'Image', localKey: 'resourceUuid', foreignKey: 'uuid' },
      { name: 'snapshot', inventory: 'VolumeSnapshot', localKey: 'resourceUuid', foreignKey: 'uuid' },
    ],
  },
  {
    name: 'SystemTag',
    resourceType: 'SystemTagVO',
    fields: [
      { name: 'uuid', type: 'string' },
      { name: 'resourceUuid', type: 'string' },
      { name: 'resourceType', type: 'string' },
      { name: 'inherent', type: 'boolean' },
      { name: 'type', type: 'string' },
      { name: 'tag', type: 'string' },
      ...timestamps,
    ],
    expand: [],
  },
  {
    name: 'UserTag',
    resourceType: 'UserTagVO',
    fields: [
      { name: 'uuid', type: 'string' },
      { name: 'resourceUuid', type: 'string' },
      { name: 'resourceType', type: 'string' },
      { name: 'type', type: 'string' },
      { name: 'tag', type: 'string' },
      ...timestamps,
    ],
    expand: [],
  },
];


const resourceUuid = {
  name: 'resourceUuid',
  type: 'string',
  required: false,
  desc: 'UUID to give the new resource instead of a generated one',
  zh: '资源UUID。若指定,新资源将使用该值作为UUID',
} satisfies ApiSpec['params'][number];

const tagUuids = {
  name: 'tagUuids',
  type: 'list',
  required: false,
  desc: 'UUIDs of tags to attach to the new resource',
  zh: '标签UUID列表',
} satisfies ApiSpec['params'][number];

export const apis: ApiSpec[] = [
  // ---------------------------------------------------------------- queries (params: conditions are universal)
  { name: 'QueryVmInstance', family: 'vm', method: 'GET', path: '/vm-instances', query: 'VmInstance', params: [], response: 'inventories', summary: 'Query VM instances', zh: '查询云主机', example: ['name=vm1'] },
  { name: 'QueryVmNic', family: 'nic', method: 'GET', path: '/vm-instances/nics', query: 'VmNic', params: [], response: 'inventories', summary: 'Query VM NICs', zh: '查询云主机网卡' },
  { name: 'QueryVolume', family: 'volume', method: 'GET', path: '/volumes', query: 'Volume', params: [], response: 'inventories', summary: 'Query volumes', zh: '查询云盘' },
  { name: 'QueryZone', family: 'zone', method: 'GET', path: '/zones', query: 'Zone', params: [], response: 'inventories', summary: 'Query zones', zh: '查询区域' },
  { name: 'QueryCluster', family: 'cluster', method: 'GET', path: '/clusters', query: 'Cluster', params: [], response: 'inventories', summary: 'Query clusters', zh: '查询集群' },
  { name: 'QueryHost', family: 'host', method: 'GET', path: '/hosts', query: 'Host', params: [], response: 'inventories', summary: 'Query hosts', zh: '查询物理机' },
  { name: 'QueryImage', family: 'image', method: 'GET', path: '/images', query: 'Image', params: [], response: 'inventories', summary: 'Query images', zh: '查询镜像' },
  { name: 'QueryInstanceOffering', family: 'offering', method: 'GET', path: '/instance-offerings', query: 'InstanceOffering', params: [], response: 'inventories', summary: 'Query instance offerings', zh: '查询云主机规格' },
  { name: 'QueryDiskOffering', family: 'offering', method: 'GET', path: '/disk-offerings', query: 'DiskOffering', params: [], response: 'inventories', summary: 'Query disk offerings', zh: '查询云盘规格' },
  { name: 'QueryL2Network', family: 'network', method: 'GET', path: '/l2-networks', query: 'L2Network', params: [], response: 'inventories', summary: 'Query L2 networks', zh: '查询二层网络' },
  { name: 'QueryL3Network', family: 'network', method: 'GET', path: '/l3-networks', query: 'L3Network', params: [], response: 'inventories', summary: 'Query L3 networks', zh: '查询三层网络' },
  { name: 'QueryIpRange', family: 'network', method: 'GET', path: '/l3-networks/ip-ranges', query: 'IpRange', params: [], response: 'inventories', summary: 'Query IP ranges', zh: '查询IP地址范围' },
  { name: 'QueryNetworkServiceL3NetworkRef', family: 'network', method: 'GET', path: '/l3-networks/network-services/refs', query: 'NetworkServiceL3NetworkRef', params: [], response: 'inventories', summary: 'Query the network services enabled on L3 networks', zh: '查询网络服务与三层网络引用' },
  { name: 'QueryNetworkServiceProvider', family: 'network', method: 'GET', path: '/network-services/providers', query: 'NetworkServiceProvider', params: [], response: 'inventories', summary: 'Query network service providers', zh: '查询网络服务模块' },
  { name: 'QueryEip', family: 'eip', method: 'GET', path: '/eips', query: 'Eip', params: [], response: 'inventories', summary: 'Query elastic IPs', zh: '查询弹性IP' },
  { name: 'QueryVip', family: 'vip', method: 'GET', path: '/vips', query: 'Vip', params: [], response: 'inventories', summary: 'Query virtual IPs', zh: '查询虚拟IP' },
  { name: 'QueryPortForwardingRule', family: 'port-forwarding', method: 'GET', path: '/port-forwarding', query: 'PortForwardingRule', params: [], response: 'inventories', summary: 'Query port forwarding rules', zh: '查询端口转发规则' },
  { name: 'QueryLoadBalancer', family: 'load-balancer', method: 'GET', path: '/load-balancers', query: 'LoadBalancer', params: [], response: 'inventories', summary: 'Query load balancers', zh: '查询负载均衡器' },
  { name: 'QueryLoadBalancerListener', family: 'load-balancer', method: 'GET', path: '/load-balancers/listeners', query: 'LoadBalancerListener', params: [], response: 'inventories', summary: 'Query load balancer listeners', zh: '查询负载均衡监听器' },
  { name: 'QuerySecurityGroup', family: 'security-group', method: 'GET', path: '/security-groups', query: 'SecurityGroup', params: [], response: 'inventories', summary: 'Query security groups', zh: '查询安全组' },
  { name: 'QuerySecurityGroupRule', family: 'security-group', method: 'GET', path: '/security-groups/rules', query: 'SecurityGroupRule', params: [], response: 'inventories', summary: 'Query security group rules', zh: '查询安全组规则' },
  { name: 'QueryVmNicInSecurityGroup', family: 'security-group', method: 'GET', path: '/security-groups/vm-instances/nics', query: 'VmNicSecurityGroupRef', params: [], response: 'inventories', summary: 'Query VM NICs attached to security groups', zh: '查询安全组中的云主机网卡' },
  { name: 'QueryPrimaryStorage', family: 'primary-storage', method: 'GET', path: '/primary-storage', query: 'PrimaryStorage', params: [], response: 'inventories', summary: 'Query primary storage', zh: '查询主存储' },
  { name: 'QueryBackupStorage', family: 'backup-storage', method: 'GET', path: '/backup-storage', query: 'BackupStorage', params: [], response: 'inventories', summary: 'Query backup storage', zh: '查询镜像服务器' },
  { name: 'QueryVolumeSnapshot', family: 'volume-snapshot', method: 'GET', path: '/volume-snapshots', query: 'VolumeSnapshot', params: [], response: 'inventories', summary: 'Query volume snapshots', zh: '查询云盘快照' },
  { name: 'QueryVolumeSnapshotTree', family: 'volume-snapshot', method: 'GET', path: '/volume-snapshots/trees', query: 'VolumeSnapshotTree', params: [], response: 'inventories', summary: 'Query volume snapshot trees', zh: '查询快照树' },
  { name: 'QueryLocalStorageResourceRef', family: 'primary-storage', method: 'GET', path: '/primary-storage/local-storage/resource-refs', query: 'LocalStorageResourceRef', params: [], response: 'inventories', summary: 'Query which local-storage host holds each resource', zh: '查询本地存储上的资源引用' },
  { name: 'QuerySystemTag', family: 'tag', method: 'GET', path: '/system-tags', query: 'SystemTag', params: [], response: 'inventories', summary: 'Query system tags', zh: '查询系统标签' },
  { name: 'QueryUserTag', family: 'tag', method: 'GET', path: '/user-tags', query: 'UserTag', params: [], response: 'inventories', summary: 'Query user tags', zh: '查询用户标签' },

  // ---------------------------------------------------------------- zone
  {
    name: 'CreateZone', family: 'zone', method: 'POST', path: '/zones', bodyKey: 'params', response: 'inventory',
    summary: 'Create a zone', zh: '创建区域',
    params: [
      { name: 'name', type: 'string', required: true, desc: 'Zone name (max 255 characters)', zh: '资源名称' },
      { name: 'description', type: 'string', required: false, desc: 'Description (max 2048 characters)', zh: '资源的详细描述' },
      resourceUuid,
    ],
  },
  {
    name: 'DeleteZone', family: 'zone', method: 'DELETE', path: '/zones/{uuid}',
    summary: 'Delete a zone and everything in it', zh: '删除区域',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'Zone', desc: 'Zone UUID', zh: '资源的UUID,唯一标示该资源' }, deleteMode],
  },

  // ---------------------------------------------------------------- cluster
  {
    name: 'CreateCluster', family: 'cluster', method: 'POST', path: '/clusters', bodyKey: 'params', response: 'inventory',
    summary: 'Create a cluster in a zone', zh: '创建集群',
    params: [
      { name: 'zoneUuid', type: 'string', required: true, resource: 'Zone', desc: 'Zone the cluster belongs to', zh: '区域UUID' },
      { name: 'name', type: 'string', required: true, desc: 'Cluster name', zh: '资源名称' },
      { name: 'description', type: 'string', required: false, desc: 'Description', zh: '资源的详细描述' },
      { name: 'hypervisorType', type: 'string', required: true, validValues: ['KVM', 'Simulator', 'baremetal', 'baremetal2', 'xdragon'], desc: 'Hypervisor of the hosts in the cluster', zh: '虚拟机管理程序类型' },
      { name: 'type', type: 'string', required: false, validValues: ['zstack', 'baremetal', 'baremetal2'], desc: 'Cluster type', zh: '集群类型' },
      resourceUuid,
      tagUuids,
    ],
  },
  {
    name: 'DeleteCluster', family: 'cluster', method: 'DELETE', path: '/clusters/{uuid}',
    summary: 'Delete a cluster', zh: '删除集群',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'Cluster', desc: 'Cluster UUID', zh: '资源的UUID,唯一标示该资源' }, deleteMode],
  },

  // ---------------------------------------------------------------- host
  {
    name: 'AddKVMHost', family: 'host', method: 'POST', path: '/hosts/kvm', bodyKey: 'params', response: 'inventory',
    summary: 'Add a KVM host to a cluster', zh: '添加KVM主机',
    params: [
      { name: 'username', type: 'string', required: true, desc: 'SSH user name', zh: 'SSH用户名' },
      { name: 'password', type: 'string', required: true, password: 'plain', desc: 'SSH password', zh: 'SSH密码' },
      { name: 'sshPort', type: 'integer', required: false, numberRange: [1, 65535], desc: 'SSH port (default 22)', zh: 'SSH端口号' },
      { name: 'name', type: 'string', required: true, desc: 'Host name', zh: '资源名称' },
      { name: 'description', type: 'string', required: false, desc: 'Description', zh: '资源的详细描述' },
      { name: 'managementIp', type: 'string', required: true, desc: 'Management IP address or DNS name', zh: '管理IP地址' },
      { name: 'clusterUuid', type: 'string', required: true, resource: 'Cluster', desc: 'Cluster to add the host to', zh: '集群UUID' },
      resourceUuid,
    ],
  },
  {
    name: 'DeleteHost', family: 'host', method: 'DELETE', path: '/hosts/{uuid}',
    summary: 'Delete a host', zh: '删除物理机',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'Host', desc: 'Host UUID', zh: '资源的UUID,唯一标示该资源' }, deleteMode],
  },

  // ---------------------------------------------------------------- image
  {
    name: 'AddImage', family: 'image', method: 'POST', path: '/images', bodyKey: 'params', response: 'inventory',
    summary: 'Add an image to backup storage', zh: '添加镜像',
    params: [
      { name: 'name', type: 'string', required: true, desc: 'Image name', zh: '资源名称' },
      { name: 'description', type: 'string', required: false, desc: 'Description', zh: '资源的详细描述' },
      { name: 'url', type: 'string', required: true, desc: 'Where to download the image from', zh: '被添加镜像的URL地址' },
      { name: 'mediaType', type: 'string', required: false, validValues: ['RootVolumeTemplate', 'ISO', 'DataVolumeTemplate', 'Kernel'], desc: 'Image media type', zh: '镜像的类型' },
      { name: 'guestOsType', type: 'string', required: false, desc: 'Guest OS type', zh: '镜像对应客户机操作系统的类型' },
      { name: 'architecture', type: 'string', required: false, validValues: ['x86_64', 'aarch64', 'mips64el', 'loongarch64'], desc: 'CPU architecture', zh: 'CPU架构' },
      { name: 'system', type: 'boolean', required: false, desc: 'System image (for appliance VMs)', zh: '是否系统镜像' },
      { name: 'format', type: 'string', required: false, desc: 'Image format (qcow2, raw, iso, ...)', zh: '镜像的格式' },
      { name: 'platform', type: 'string', required: false, validValues: [...VM_PLATFORMS, 'Embedded'], desc: 'Guest OS platform', zh: '镜像的系统平台' },
      { name: 'backupStorageUuids', type: 'list', required: true, resource: 'BackupStorage', desc: 'Backup storage to store the image on', zh: '指定添加镜像的镜像服务器UUID列表' },
      { name: 'type', type: 'string', required: false, desc: 'Image type', zh: '内部使用字段' },
      { name: 'virtio', type: 'boolean', required: false, desc: 'The guest has virtio drivers', zh: '是否支持virtio' },
      resourceUuid,
      tagUuids,
    ],
  },
  {
    name: 'DeleteImage', family: 'image', method: 'DELETE', path: '/images/{uuid}',
    summary: 'Delete an image', zh: '删除镜像',
    params: [
      { name: 'uuid', type: 'string', required: true, resource: 'Image', desc: 'Image UUID', zh: '资源的UUID,唯一标示该资源' },
      { name: 'backupStorageUuids', type: 'list', required: false, resource: 'BackupStorage', desc: 'Delete only from these backup storage', zh: '镜像服务器UUID列表' },
      deleteMode,
    ],
  },

  // ---------------------------------------------------------------- offering
  {
    name: 'CreateInstanceOffering', family: 'offering', method: 'POST', path: '/instance-offerings', bodyKey: 'params', response: 'inventory',
    summary: 'Create an instance offering (CPU and memory size)', zh: '创建云主机规格',
    params: [
      { name: 'name', type: 'string', required: true, desc: 'Offering name', zh: '资源名称' },
      { name: 'description', type: 'string', required: false, desc: 'Description', zh: '资源的详细描述' },
      { name: 'cpuNum', type: 'integer', required: true, numberRange: [1, 1024], desc: 'Number of vCPUs', zh: 'CPU数目' },
      { name: 'memorySize', type: 'long', required: true, numberRange: [1, Number.MAX_SAFE_INTEGER], desc: 'Memory size in bytes', zh: '内存大小(字节)' },
      { name: 'allocatorStrategy', type: 'string', required: false, desc: 'Host allocator strategy', zh: '分配策略' },
      { name: 'sortKey', type: 'integer', required: false, desc: 'Sort key', zh: '排序键' },
      { name: 'type', type: 'string', required: false, desc: 'Offering type', zh: '类型' },
      resourceUuid,
      tagUuids,
    ],
  },
  {
    name: 'DeleteInstanceOffering', family: 'offering', method: 'DELETE', path: '/instance-offerings/{uuid}',
    summary: 'Delete an instance offering', zh: '删除云主机规格',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'InstanceOffering', desc: 'Offering UUID', zh: '资源的UUID,唯一标示该资源' }, deleteMode],
  },

  // ---------------------------------------------------------------- network
  {
    name: 'CreateL2NoVlanNetwork', family: 'network', method: 'POST', path: '/l2-networks/no-vlan', bodyKey: 'params', response: 'inventory',
    summary: 'Create a flat (no VLAN) L2 network', zh: '创建二层没有VLAN的网络',
    params: [
      { name: 'name', type: 'string', required: true, desc: 'Network name', zh: '资源名称' },
      { name: 'description', type: 'string', required: false, desc: 'Description', zh: '资源的详细描述' },
      { name: 'zoneUuid', type: 'string', required: true, resource: 'Zone', desc: 'Zone UUID', zh: '区域UUID' },
      { name: 'physicalInterface', type: 'string', required: true, desc: 'Host NIC name, e.g. eth0', zh: '物理网卡' },
      { name: 'type', type: 'string', required: false, desc: 'L2 network type', zh: '二层网络类型' },
      resourceUuid,
    ],
  },
  {
    name: 'DeleteL2Network', family: 'network', method: 'DELETE', path: '/l2-networks/{uuid}',
    summary: 'Delete an L2 network', zh: '删除二层网络',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'L2Network', desc: 'L2 network UUID', zh: '资源的UUID,唯一标示该资源' }, deleteMode],
  },
  {
    name: 'CreateL3Network', family: 'network', method: 'POST', path: '/l3-networks', bodyKey: 'params', response: 'inventory',
    summary: 'Create an L3 network on an L2 network', zh: '创建三层网络',
    params: [
      { name: 'name', type: 'string', required: true, desc: 'Network name', zh: '资源名称' },
      { name: 'description', type: 'string', required: false, desc: 'Description', zh: '资源的详细描述' },
      { name: 'type', type: 'string', required: false, desc: 'L3 network type (default L3BasicNetwork)', zh: '三层网络类型' },
      { name: 'l2NetworkUuid', type: 'string', required: true, resource: 'L2Network', desc: 'L2 network UUID', zh: '二层网络UUID' },
      { name: 'category', type: 'string', required: false, validValues: ['Public', 'Private', 'System'], desc: 'Network category (default Private)', zh: '网络类别' },
      { name: 'system', type: 'boolean', required: false, desc: 'System network (for appliance VMs only)', zh: '是否用于系统云主机' },
      { name: 'dnsDomain', type: 'string', required: false, desc: 'DNS domain', zh: 'DNS域' },
      resourceUuid,
    ],
  },
  {
    name: 'DeleteL3Network', family: 'network', method: 'DELETE', path: '/l3-networks/{uuid}',
    summary: 'Delete an L3 network', zh: '删除三层网络',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'L3Network', desc: 'L3 network UUID', zh: '资源的UUID,唯一标示该资源' }, deleteMode],
  },
  {
    name: 'AddIpRange', family: 'network', method: 'POST', path: '/l3-networks/{l3NetworkUuid}/ip-ranges', bodyKey: 'params', response: 'inventory',
    summary: 'Add an IP range to an L3 network', zh: '添加IP地址范围',
    params: [
      { name: 'l3NetworkUuid', type: 'string', required: true, resource: 'L3Network', desc: 'L3 network UUID', zh: '三层网络UUID' },
      { name: 'name', type: 'string', required: true, desc: 'Range name', zh: '资源名称' },
      { name: 'description', type: 'string', required: false, desc: 'Description', zh: '资源的详细描述' },
      { name: 'startIp', type: 'string', required: true, desc: 'First address', zh: '起始IP地址' },
      { name: 'endIp', type: 'string', required: true, desc: 'Last address', zh: '结束IP地址' },
      { name: 'netmask', type: 'string', required: true, desc: 'Netmask', zh: '网络掩码' },
      { name: 'gateway', type: 'string', required: true, desc: 'Gateway', zh: '网关' },
      resourceUuid,
    ],
  },
  {
    name: 'DeleteIpRange', family: 'network', method: 'DELETE', path: '/l3-networks/ip-ranges/{uuid}',
    summary: 'Delete an IP range', zh: '删除IP地址范围',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'IpRange', desc: 'IP range UUID', zh: '资源的UUID,唯一标示该资源' }, deleteMode],
  },

  // ---------------------------------------------------------------- vm
  {
    name: 'CreateVmInstance', family: 'vm', method: 'POST', path: '/vm-instances', bodyKey: 'params', response: 'inventory',
    summary: 'Create a VM instance', zh: '创建云主机',
    params: [
      { name: 'name', type: 'string', required: true, desc: 'VM name', zh: '云主机名称' },
      // Current SDKs make the offering optional (cpuNum + memorySize may replace it); older ones required it.
      { name: 'instanceOfferingUuid', type: 'string', required: false, resource: 'InstanceOffering', desc: 'Instance offering (or give cpuNum and memorySize)', zh: '计算规格UUID' },
      { name: 'cpuNum', type: 'integer', required: false, desc: 'vCPUs when no offering is given', zh: 'CPU数目' },
      { name: 'memorySize', type: 'long', required: false, desc: 'Memory in bytes when no offering is given', zh: '内存大小' },
      { name: 'imageUuid', type: 'string', required: true, resource: 'Image', desc: 'Image to boot from', zh: '镜像UUID' },
      { name: 'l3NetworkUuids', type: 'list', required: true, resource: 'L3Network', desc: 'L3 networks to put NICs on', zh: '三层网络UUID列表' },
      { name: 'type', type: 'string', required: false, validValues: ['UserVm', 'ApplianceVm'], desc: 'VM type', zh: '云主机类型' },
      { name: 'rootDiskOfferingUuid', type: 'string', required: false, resource: 'DiskOffering', desc: 'Root disk offering (required for ISO images)', zh: '根云盘规格UUID' },
      { name: 'rootDiskSize', type: 'long', required: false, desc: 'Root disk size in bytes', zh: '根云盘大小' },
      { name: 'dataDiskSizes', type: 'list', required: false, desc: 'Data disk sizes in bytes', zh: '数据云盘大小列表' },
      { name: 'dataDiskOfferingUuids', type: 'list', required: false, resource: 'DiskOffering', desc: 'Disk offerings for data disks', zh: '云盘规格UUID列表' },
      { name: 'zoneUuid', type: 'string', required: false, resource: 'Zone', desc: 'Zone to create the VM in', zh: '区域UUID' },
      { name: 'clusterUuid', type: 'string', required: false, resource: 'Cluster', desc: 'Cluster to create the VM in', zh: '集群UUID' },
      { name: 'hostUuid', type: 'string', required: false, resource: 'Host', desc: 'Host to create the VM on', zh: '物理机UUID' },
      { name: 'primaryStorageUuidForRootVolume', type: 'string', required: false, resource: 'PrimaryStorage', desc: 'Primary storage for the root volume', zh: '根云盘主存储UUID' },
      { name: 'description', type: 'string', required: false, desc: 'Description', zh: '详细描述' },
      { name: 'defaultL3NetworkUuid', type: 'string', required: false, resource: 'L3Network', desc: 'Default L3 network (gateway/DNS)', zh: '默认三层网络UUID' },
      { name: 'strategy', type: 'string', required: false, validValues: ['InstantStart', 'JustCreate', 'CreateStopped'], desc: 'Start immediately or only create', zh: '云主机创建策略' },
      { name: 'rootVolumeSystemTags', type: 'list', required: false, desc: 'System tags for the root volume', zh: '根云盘系统标签' },
      { name: 'dataVolumeSystemTags', type: 'list', required: false, desc: 'System tags for the data volumes', zh: '数据云盘系统标签' },
      { name: 'dataVolumeSystemTagsOnIndex', type: 'map', required: false, desc: 'System tags per data volume index', zh: '按序号指定的数据云盘系统标签' },
      resourceUuid,
      tagUuids,
    ],
  },
  {
    name: 'StartVmInstance', family: 'vm', method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'startVmInstance', response: 'inventory',
    summary: 'Start a VM instance', zh: '启动云主机',
    params: [
      { name: 'uuid', type: 'string', required: true, resource: 'VmInstance', desc: 'VM UUID', zh: '云主机UUID' },
      { name: 'clusterUuid', type: 'string', required: false, resource: 'Cluster', desc: 'Start in this cluster', zh: '集群UUID' },
      { name: 'hostUuid', type: 'string', required: false, resource: 'Host', desc: 'Start on this host', zh: '物理机UUID' },
    ],
  },
  {
    name: 'StopVmInstance', family: 'vm', method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'stopVmInstance', response: 'inventory',
    summary: 'Stop a VM instance', zh: '停止云主机',
    params: [
      { name: 'uuid', type: 'string', required: true, resource: 'VmInstance', desc: 'VM UUID', zh: '云主机UUID' },
      { name: 'type', type: 'string', required: false, validValues: ['grace', 'cold'], desc: 'grace (ACPI shutdown, default) or cold (power off)', zh: '停止云主机的方式:grace 优雅关机,cold 冷关机(断电)' },
      { name: 'stopHA', type: 'boolean', required: false, desc: 'Also stop an HA VM for good', zh: '彻底关闭HA云主机' },
    ],
  },
  {
    name: 'RebootVmInstance', family: 'vm', method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'rebootVmInstance', response: 'inventory',
    summary: 'Reboot a VM instance', zh: '重启云主机',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'VmInstance', desc: 'VM UUID', zh: '云主机UUID' }],
  },
  {
    name: 'DestroyVmInstance', family: 'vm', method: 'DELETE', path: '/vm-instances/{uuid}',
    summary: 'Destroy a VM instance (recoverable until expunged)', zh: '删除云主机',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'VmInstance', desc: 'VM UUID', zh: '云主机UUID' }, deleteMode],
  },
  {
    name: 'RecoverVmInstance', family: 'vm', method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'recoverVmInstance', response: 'inventory',
    summary: 'Recover a destroyed VM instance', zh: '恢复已删除云主机',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'VmInstance', desc: 'VM UUID', zh: '云主机UUID' }],
  },
  {
    name: 'ExpungeVmInstance', family: 'vm', method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'expungeVmInstance',
    summary: 'Expunge (permanently delete) a destroyed VM instance', zh: '彻底删除云主机',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'VmInstance', desc: 'VM UUID', zh: '云主机UUID' }],
  },
  {
    name: 'UpdateVmInstance', family: 'vm', method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'updateVmInstance', response: 'inventory',
    summary: 'Update a VM instance', zh: '更新云主机信息',
    params: [
      { name: 'uuid', type: 'string', required: true, resource: 'VmInstance', desc: 'VM UUID', zh: '云主机UUID' },
      { name: 'name', type: 'string', required: false, desc: 'New name', zh: '云主机名称' },
      { name: 'description', type: 'string', required: false, desc: 'New description', zh: '云主机的详细描述' },
      { name: 'state', type: 'string', required: false, validValues: ['Stopped', 'Running'], desc: 'Force the recorded state', zh: '云主机状态' },
      { name: 'defaultL3NetworkUuid', type: 'string', required: false, resource: 'L3Network', desc: 'Default L3 network', zh: '默认三层网络UUID' },
      { name: 'platform', type: 'string', required: false, validValues: VM_PLATFORMS, desc: 'Guest platform', zh: '云主机平台类型' },
      { name: 'cpuNum', type: 'integer', required: false, numberRange: [1, 1024], desc: 'vCPUs', zh: 'CPU数目' },
      { name: 'memorySize', type: 'long', required: false, numberRange: [1, Number.MAX_SAFE_INTEGER], desc: 'Memory in bytes', zh: '内存大小' },
      { name: 'guestOsType', type: 'string', required: false, desc: 'Guest OS type', zh: '客户机操作系统类型' },
    ],
  },
  {
    name: 'MigrateVm', family: 'vm', method: 'PUT', path: '/vm-instances/{vmInstanceUuid}/actions', bodyKey: 'migrateVm', response: 'inventory',
    summary: 'Live-migrate a VM instance to another host', zh: '热迁移云主机',
    params: [
      { name: 'vmInstanceUuid', type: 'string', required: true, resource: 'VmInstance', desc: 'VM UUID', zh: '云主机UUID' },
      { name: 'hostUuid', type: 'string', required: false, resource: 'Host', desc: 'Destination host (chosen automatically if omitted)', zh: '目标物理机UUID' },
      { name: 'migrateFromDestination', type: 'boolean', required: false, desc: 'Drive the migration from the destination host', zh: '是否由目的端发起迁移' },
      { name: 'allowUnknown', type: 'boolean', required: false, desc: 'Allow migrating a VM in Unknown state', zh: '是否允许迁移Unknown状态的云主机' },
      { name: 'strategy', type: 'string', required: false, validValues: ['auto-converge', 'no-converge'], desc: 'Migration strategy', zh: '迁移策略' },
      { name: 'downTime', type: 'integer', required: false, desc: 'Allowed downtime', zh: '允许的停机时间' },
    ],
  },

  // ---------------------------------------------------------------- volume
  {
    name: 'CreateDataVolume', family: 'volume', method: 'POST', path: '/volumes/data', bodyKey: 'params', response: 'inventory',
    summary: 'Create a data volume', zh: '创建云盘',
    params: [
      { name: 'name', type: 'string', required: true, desc: 'Volume name', zh: '云盘名称' },
      { name: 'description', type: 'string', required: false, desc: 'Description', zh: '云盘的详细描述' },
      { name: 'diskOfferingUuid', type: 'string', required: true, resource: 'DiskOffering', desc: 'Disk offering (size)', zh: '云盘规格UUID' },
      { name: 'primaryStorageUuid', type: 'string', required: false, resource: 'PrimaryStorage', desc: 'Primary storage to create it on', zh: '主存储UUID' },
      resourceUuid,
    ],
  },
  {
    name: 'DeleteDataVolume', family: 'volume', method: 'DELETE', path: '/volumes/{uuid}',
    summary: 'Delete a data volume', zh: '删除云盘',
    params: [{ name: 'uuid', type: 'string', required: true, resource: 'Volume', desc: 'Volume UUID', zh: '云盘UUID' }, deleteMode],
  },
  {
    name: 'AttachDataVolumeToVm', family: 'volume', method: 'POST', path: '/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}', bodyKey: 'params', response: 'inventory',
    summary: 'Attach a data volume to a VM instance', zh: '挂载云盘到云主机上',
    params: [
      { name: 'vmInstanceUuid', type: 'string', required: true, resource: 'VmInstance', desc: 'VM UUID', zh: '云主机UUID' },
      { name: 'volumeUuid', type: 'string', required: true, resource: 'Volume', desc: 'Volume UUID', zh: '云盘UUID' },
    ],
  },
  {
    name: 'DetachDataVolumeFromVm', family: 'volume', method: 'DELETE', path: '/volumes/{uuid}/vm-instances', response: 'inventory',
    summary: 'Detach a data volume from its VM instance', zh: '从云主机上卸载云盘',
    params: [
      { name: 'uuid', type: 'string', required: true, resource: 'Volume', desc: 'Volume UUID', zh: '云盘UUID' },
      { name: 'vmUuid', type: 'string', required: false, resource: 'VmInstance', desc: 'VM UUID (for shareable volumes)', zh: '云主机UUID' },
    ],
  },

  // ---------------------------------------------------------------- tag
  {
    name: 'CreateSystemTag', family: 'tag', method: 'POST', path: '/system-tags', bodyKey: 'params', response: 'inventory',
    summary: 'Create a system tag on a resource', zh: '创建系统标签',
    params: [
      { name: 'resourceType', type: 'string', required: true, desc: 'Resource type (VO name, e.g. VmInstanceVO)', zh: '资源类型' },
      { name: 'resourceUuid', type: 'string', required: true, desc: 'Resource UUID', zh: '资源UUID' },
      { name: 'tag', type: 'string', required: true, desc: 'Tag text', zh: '标签字符串' },
    ],
  },
  {
    name: 'CreateUserTag', family: 'tag', method: 'POST', path: '/user-tags', bodyKey: 'params', response: 'inventory',
    summary: 'Create a user tag on a resource', zh: '创建用户标签',
    params: [
      { name: 'resourceType', type: 'string', required: true, desc: 'Resource type (VO name, e.g. VmInstanceVO)', zh: '资源类型' },
      { name: 'resourceUuid', type: 'string', required: true, desc: 'Resource UUID', zh: '资源UUID' },
      { name: 'tag', type: 'string', required: true, desc: 'Tag text', zh: '标签字符串' },
    ],
  },
  {
    name: 'DeleteTag', family: 'tag', method: 'DELETE', path: '/tags/{uuid}',
    summary: 'Delete a system or user tag', zh: '删除标签',
    params: [{ name: 'uuid', type: 'string', required: true, desc: 'Tag UUID', zh: '标签UUID' }, deleteMode],
  },
];
