// The everyday resources (VMs, volumes, images, networks, hosts, storage, ...): our English summaries, parameter
// and field descriptions, and resource hints where a parameter's name does not say whose UUID it takes.
import type { CatalogOverlay } from '../../types.js';

export const overlay: CatalogOverlay = {
  // Every Delete* API takes it; the server reads it as its DeletionMode enum.
  everyParam: {
    deleteMode: { validValues: ['Permissive', 'Enforcing'], desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway', zh: '删除模式' },
  },
  apis: {
  QueryVmInstance: {
    summary: 'Query VM instances',
    zh: '查询云主机',
    example: ['name=vm1'],
  },
  QueryVmNic: {
    summary: 'Query VM NICs',
    zh: '查询云主机网卡',
  },
  QueryVolume: {
    summary: 'Query volumes',
    zh: '查询云盘',
  },
  QueryZone: {
    summary: 'Query zones',
    zh: '查询区域',
  },
  QueryCluster: {
    summary: 'Query clusters',
    zh: '查询集群',
  },
  QueryHost: {
    summary: 'Query hosts',
    zh: '查询物理机',
  },
  QueryImage: {
    summary: 'Query images',
    zh: '查询镜像',
  },
  QueryInstanceOffering: {
    summary: 'Query instance offerings',
    zh: '查询云主机规格',
  },
  QueryDiskOffering: {
    summary: 'Query disk offerings',
    zh: '查询云盘规格',
  },
  QueryL2Network: {
    summary: 'Query L2 networks',
    zh: '查询二层网络',
  },
  QueryL3Network: {
    summary: 'Query L3 networks',
    zh: '查询三层网络',
  },
  QueryIpRange: {
    summary: 'Query IP ranges',
    zh: '查询IP地址范围',
  },
  QueryNetworkServiceL3NetworkRef: {
    summary: 'Query the network services enabled on L3 networks',
    zh: '查询网络服务与三层网络引用',
  },
  QueryNetworkServiceProvider: {
    summary: 'Query network service providers',
    zh: '查询网络服务模块',
  },
  QueryEip: {
    summary: 'Query elastic IPs',
    zh: '查询弹性IP',
  },
  QueryVip: {
    summary: 'Query virtual IPs',
    zh: '查询虚拟IP',
  },
  QueryPortForwardingRule: {
    summary: 'Query port forwarding rules',
    zh: '查询端口转发规则',
  },
  QueryLoadBalancer: {
    summary: 'Query load balancers',
    zh: '查询负载均衡器',
  },
  QueryLoadBalancerListener: {
    summary: 'Query load balancer listeners',
    zh: '查询负载均衡监听器',
  },
  QuerySecurityGroup: {
    summary: 'Query security groups',
    zh: '查询安全组',
  },
  QuerySecurityGroupRule: {
    summary: 'Query security group rules',
    zh: '查询安全组规则',
  },
  QueryVmNicInSecurityGroup: {
    summary: 'Query VM NICs attached to security groups',
    zh: '查询安全组中的云主机网卡',
  },
  QueryPrimaryStorage: {
    summary: 'Query primary storage',
    zh: '查询主存储',
  },
  QueryBackupStorage: {
    summary: 'Query backup storage',
    zh: '查询镜像服务器',
  },
  QueryVolumeSnapshot: {
    summary: 'Query volume snapshots',
    zh: '查询云盘快照',
  },
  QueryVolumeSnapshotTree: {
    summary: 'Query volume snapshot trees',
    zh: '查询快照树',
  },
  QueryLocalStorageResourceRef: {
    summary: 'Query which local-storage host holds each resource',
    zh: '查询本地存储上的资源引用',
  },
  QuerySystemTag: {
    summary: 'Query system tags',
    zh: '查询系统标签',
  },
  QueryUserTag: {
    summary: 'Query user tags',
    zh: '查询用户标签',
  },
  CreateZone: {
    summary: 'Create a zone',
    zh: '创建区域',
    params: {
      name: { desc: 'Zone name (max 255 characters)', zh: '资源名称' },
      description: { desc: 'Description (max 2048 characters)', zh: '资源的详细描述' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
    },
  },
  DeleteZone: {
    summary: 'Delete a zone and everything in it',
    zh: '删除区域',
    params: {
      uuid: { desc: 'Zone UUID', zh: '资源的UUID,唯一标示该资源', resource: 'Zone' },
    },
  },
  CreateCluster: {
    summary: 'Create a cluster in a zone',
    zh: '创建集群',
    params: {
      zoneUuid: { desc: 'Zone the cluster belongs to', zh: '区域UUID', resource: 'Zone' },
      name: { desc: 'Cluster name', zh: '资源名称' },
      description: { desc: 'Description', zh: '资源的详细描述' },
      hypervisorType: { desc: 'Hypervisor of the hosts in the cluster', zh: '虚拟机管理程序类型' },
      type: { desc: 'Cluster type', zh: '集群类型' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
      tagUuids: { desc: 'UUIDs of tags to attach to the new resource', zh: '标签UUID列表' },
    },
  },
  DeleteCluster: {
    summary: 'Delete a cluster',
    zh: '删除集群',
    params: {
      uuid: { desc: 'Cluster UUID', zh: '资源的UUID,唯一标示该资源', resource: 'Cluster' },
    },
  },
  AddKVMHost: {
    summary: 'Add a KVM host to a cluster',
    zh: '添加KVM主机',
    params: {
      username: { desc: 'SSH user name', zh: 'SSH用户名' },
      password: { desc: 'SSH password', zh: 'SSH密码' },
      sshPort: { desc: 'SSH port (default 22)', zh: 'SSH端口号' },
      name: { desc: 'Host name', zh: '资源名称' },
      description: { desc: 'Description', zh: '资源的详细描述' },
      managementIp: { desc: 'Management IP address or DNS name', zh: '管理IP地址' },
      clusterUuid: { desc: 'Cluster to add the host to', zh: '集群UUID', resource: 'Cluster' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
    },
  },
  DeleteHost: {
    summary: 'Delete a host',
    zh: '删除物理机',
    params: {
      uuid: { desc: 'Host UUID', zh: '资源的UUID,唯一标示该资源', resource: 'Host' },
    },
  },
  AddImage: {
    summary: 'Add an image to backup storage',
    zh: '添加镜像',
    params: {
      name: { desc: 'Image name', zh: '资源名称' },
      description: { desc: 'Description', zh: '资源的详细描述' },
      url: { desc: 'Where to download the image from', zh: '被添加镜像的URL地址' },
      mediaType: { desc: 'Image media type', zh: '镜像的类型' },
      guestOsType: { desc: 'Guest OS type', zh: '镜像对应客户机操作系统的类型' },
      architecture: { desc: 'CPU architecture', zh: 'CPU架构' },
      system: { desc: 'System image (for appliance VMs)', zh: '是否系统镜像' },
      format: { desc: 'Image format (qcow2, raw, iso, ...)', zh: '镜像的格式' },
      platform: { desc: 'Guest OS platform', zh: '镜像的系统平台' },
      backupStorageUuids: { desc: 'Backup storage to store the image on', zh: '指定添加镜像的镜像服务器UUID列表', resource: 'BackupStorage' },
      type: { desc: 'Image type', zh: '内部使用字段' },
      virtio: { desc: 'The guest has virtio drivers', zh: '是否支持virtio' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
      tagUuids: { desc: 'UUIDs of tags to attach to the new resource', zh: '标签UUID列表' },
    },
  },
  DeleteImage: {
    summary: 'Delete an image',
    zh: '删除镜像',
    params: {
      uuid: { desc: 'Image UUID', zh: '资源的UUID,唯一标示该资源', resource: 'Image' },
      backupStorageUuids: { desc: 'Delete only from these backup storage', zh: '镜像服务器UUID列表', resource: 'BackupStorage' },
    },
  },
  CreateInstanceOffering: {
    summary: 'Create an instance offering (CPU and memory size)',
    zh: '创建云主机规格',
    params: {
      name: { desc: 'Offering name', zh: '资源名称' },
      description: { desc: 'Description', zh: '资源的详细描述' },
      cpuNum: { desc: 'Number of vCPUs', zh: 'CPU数目' },
      memorySize: { desc: 'Memory size in bytes', zh: '内存大小(字节)' },
      allocatorStrategy: { desc: 'Host allocator strategy', zh: '分配策略' },
      sortKey: { desc: 'Sort key', zh: '排序键' },
      type: { desc: 'Offering type', zh: '类型' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
      tagUuids: { desc: 'UUIDs of tags to attach to the new resource', zh: '标签UUID列表' },
    },
  },
  DeleteInstanceOffering: {
    summary: 'Delete an instance offering',
    zh: '删除云主机规格',
    params: {
      uuid: { desc: 'Offering UUID', zh: '资源的UUID,唯一标示该资源', resource: 'InstanceOffering' },
    },
  },
  CreateL2NoVlanNetwork: {
    summary: 'Create a flat (no VLAN) L2 network',
    zh: '创建二层没有VLAN的网络',
    params: {
      name: { desc: 'Network name', zh: '资源名称' },
      description: { desc: 'Description', zh: '资源的详细描述' },
      zoneUuid: { desc: 'Zone UUID', zh: '区域UUID', resource: 'Zone' },
      physicalInterface: { desc: 'Host NIC name, e.g. eth0', zh: '物理网卡' },
      type: { desc: 'L2 network type', zh: '二层网络类型' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
    },
  },
  DeleteL2Network: {
    summary: 'Delete an L2 network',
    zh: '删除二层网络',
    params: {
      uuid: { desc: 'L2 network UUID', zh: '资源的UUID,唯一标示该资源', resource: 'L2Network' },
    },
  },
  CreateL3Network: {
    summary: 'Create an L3 network on an L2 network',
    zh: '创建三层网络',
    params: {
      name: { desc: 'Network name', zh: '资源名称' },
      description: { desc: 'Description', zh: '资源的详细描述' },
      type: { desc: 'L3 network type (default L3BasicNetwork)', zh: '三层网络类型' },
      l2NetworkUuid: { desc: 'L2 network UUID', zh: '二层网络UUID', resource: 'L2Network' },
      category: { desc: 'Network category (default Private)', zh: '网络类别' },
      system: { desc: 'System network (for appliance VMs only)', zh: '是否用于系统云主机' },
      dnsDomain: { desc: 'DNS domain', zh: 'DNS域' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
    },
  },
  DeleteL3Network: {
    summary: 'Delete an L3 network',
    zh: '删除三层网络',
    params: {
      uuid: { desc: 'L3 network UUID', zh: '资源的UUID,唯一标示该资源', resource: 'L3Network' },
    },
  },
  AddIpRange: {
    summary: 'Add an IP range to an L3 network',
    zh: '添加IP地址范围',
    params: {
      l3NetworkUuid: { desc: 'L3 network UUID', zh: '三层网络UUID', resource: 'L3Network' },
      name: { desc: 'Range name', zh: '资源名称' },
      description: { desc: 'Description', zh: '资源的详细描述' },
      startIp: { desc: 'First address', zh: '起始IP地址' },
      endIp: { desc: 'Last address', zh: '结束IP地址' },
      netmask: { desc: 'Netmask', zh: '网络掩码' },
      gateway: { desc: 'Gateway', zh: '网关' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
    },
  },
  DeleteIpRange: {
    summary: 'Delete an IP range',
    zh: '删除IP地址范围',
    params: {
      uuid: { desc: 'IP range UUID', zh: '资源的UUID,唯一标示该资源', resource: 'IpRange' },
    },
  },
  CreateVmInstance: {
    summary: 'Create a VM instance',
    zh: '创建云主机',
    params: {
      name: { desc: 'VM name', zh: '云主机名称' },
      instanceOfferingUuid: { desc: 'Instance offering (or give cpuNum and memorySize)', zh: '计算规格UUID', resource: 'InstanceOffering' },
      cpuNum: { desc: 'vCPUs when no offering is given', zh: 'CPU数目' },
      memorySize: { desc: 'Memory in bytes when no offering is given', zh: '内存大小' },
      imageUuid: { desc: 'Image to boot from', zh: '镜像UUID', resource: 'Image' },
      l3NetworkUuids: { desc: 'L3 networks to put NICs on', zh: '三层网络UUID列表', resource: 'L3Network' },
      type: { desc: 'VM type', zh: '云主机类型' },
      rootDiskOfferingUuid: { desc: 'Root disk offering (required for ISO images)', zh: '根云盘规格UUID', resource: 'DiskOffering' },
      rootDiskSize: { desc: 'Root disk size in bytes', zh: '根云盘大小' },
      dataDiskSizes: { desc: 'Data disk sizes in bytes', zh: '数据云盘大小列表' },
      dataDiskOfferingUuids: { desc: 'Disk offerings for data disks', zh: '云盘规格UUID列表', resource: 'DiskOffering' },
      zoneUuid: { desc: 'Zone to create the VM in', zh: '区域UUID', resource: 'Zone' },
      clusterUuid: { desc: 'Cluster to create the VM in', zh: '集群UUID', resource: 'Cluster' },
      hostUuid: { desc: 'Host to create the VM on', zh: '物理机UUID', resource: 'Host' },
      primaryStorageUuidForRootVolume: { desc: 'Primary storage for the root volume', zh: '根云盘主存储UUID', resource: 'PrimaryStorage' },
      description: { desc: 'Description', zh: '详细描述' },
      defaultL3NetworkUuid: { desc: 'Default L3 network (gateway/DNS)', zh: '默认三层网络UUID', resource: 'L3Network' },
      strategy: { desc: 'Start immediately or only create', zh: '云主机创建策略' },
      rootVolumeSystemTags: { desc: 'System tags for the root volume', zh: '根云盘系统标签' },
      dataVolumeSystemTags: { desc: 'System tags for the data volumes', zh: '数据云盘系统标签' },
      dataVolumeSystemTagsOnIndex: { desc: 'System tags per data volume index', zh: '按序号指定的数据云盘系统标签' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
      tagUuids: { desc: 'UUIDs of tags to attach to the new resource', zh: '标签UUID列表' },
    },
  },
  StartVmInstance: {
    summary: 'Start a VM instance',
    zh: '启动云主机',
    params: {
      uuid: { desc: 'VM UUID', zh: '云主机UUID', resource: 'VmInstance' },
      clusterUuid: { desc: 'Start in this cluster', zh: '集群UUID', resource: 'Cluster' },
      hostUuid: { desc: 'Start on this host', zh: '物理机UUID', resource: 'Host' },
    },
  },
  StopVmInstance: {
    summary: 'Stop a VM instance',
    zh: '停止云主机',
    params: {
      uuid: { desc: 'VM UUID', zh: '云主机UUID', resource: 'VmInstance' },
      type: { desc: 'grace (ACPI shutdown, default) or cold (power off)', zh: '停止云主机的方式:grace 优雅关机,cold 冷关机(断电)' },
      stopHA: { desc: 'Also stop an HA VM for good', zh: '彻底关闭HA云主机' },
    },
  },
  RebootVmInstance: {
    summary: 'Reboot a VM instance',
    zh: '重启云主机',
    params: {
      uuid: { desc: 'VM UUID', zh: '云主机UUID', resource: 'VmInstance' },
    },
  },
  DestroyVmInstance: {
    summary: 'Destroy a VM instance (recoverable until expunged)',
    zh: '删除云主机',
    params: {
      uuid: { desc: 'VM UUID', zh: '云主机UUID', resource: 'VmInstance' },
    },
  },
  RecoverVmInstance: {
    summary: 'Recover a destroyed VM instance',
    zh: '恢复已删除云主机',
    params: {
      uuid: { desc: 'VM UUID', zh: '云主机UUID', resource: 'VmInstance' },
    },
  },
  ExpungeVmInstance: {
    summary: 'Expunge (permanently delete) a destroyed VM instance',
    zh: '彻底删除云主机',
    params: {
      uuid: { desc: 'VM UUID', zh: '云主机UUID', resource: 'VmInstance' },
    },
  },
  UpdateVmInstance: {
    summary: 'Update a VM instance',
    zh: '更新云主机信息',
    params: {
      uuid: { desc: 'VM UUID', zh: '云主机UUID', resource: 'VmInstance' },
      name: { desc: 'New name', zh: '云主机名称' },
      description: { desc: 'New description', zh: '云主机的详细描述' },
      state: { desc: 'Force the recorded state', zh: '云主机状态' },
      defaultL3NetworkUuid: { desc: 'Default L3 network', zh: '默认三层网络UUID', resource: 'L3Network' },
      platform: { desc: 'Guest platform', zh: '云主机平台类型' },
      cpuNum: { desc: 'vCPUs', zh: 'CPU数目' },
      memorySize: { desc: 'Memory in bytes', zh: '内存大小' },
      guestOsType: { desc: 'Guest OS type', zh: '客户机操作系统类型' },
    },
  },
  MigrateVm: {
    summary: 'Live-migrate a VM instance to another host',
    zh: '热迁移云主机',
    params: {
      vmInstanceUuid: { desc: 'VM UUID', zh: '云主机UUID', resource: 'VmInstance' },
      hostUuid: { desc: 'Destination host (chosen automatically if omitted)', zh: '目标物理机UUID', resource: 'Host' },
      migrateFromDestination: { desc: 'Drive the migration from the destination host', zh: '是否由目的端发起迁移' },
      allowUnknown: { desc: 'Allow migrating a VM in Unknown state', zh: '是否允许迁移Unknown状态的云主机' },
      strategy: { desc: 'Migration strategy', zh: '迁移策略' },
      downTime: { desc: 'Allowed downtime', zh: '允许的停机时间' },
    },
  },
  CreateDataVolume: {
    summary: 'Create a data volume',
    zh: '创建云盘',
    params: {
      name: { desc: 'Volume name', zh: '云盘名称' },
      description: { desc: 'Description', zh: '云盘的详细描述' },
      diskOfferingUuid: { desc: 'Disk offering (size)', zh: '云盘规格UUID', resource: 'DiskOffering' },
      primaryStorageUuid: { desc: 'Primary storage to create it on', zh: '主存储UUID', resource: 'PrimaryStorage' },
      resourceUuid: { desc: 'UUID to give the new resource instead of a generated one', zh: '资源UUID。若指定,新资源将使用该值作为UUID' },
    },
  },
  DeleteDataVolume: {
    summary: 'Delete a data volume',
    zh: '删除云盘',
    params: {
      uuid: { desc: 'Volume UUID', zh: '云盘UUID', resource: 'Volume' },
    },
  },
  AttachDataVolumeToVm: {
    summary: 'Attach a data volume to a VM instance',
    zh: '挂载云盘到云主机上',
    params: {
      vmInstanceUuid: { desc: 'VM UUID', zh: '云主机UUID', resource: 'VmInstance' },
      volumeUuid: { desc: 'Volume UUID', zh: '云盘UUID', resource: 'Volume' },
    },
  },
  DetachDataVolumeFromVm: {
    summary: 'Detach a data volume from its VM instance',
    zh: '从云主机上卸载云盘',
    params: {
      uuid: { desc: 'Volume UUID', zh: '云盘UUID', resource: 'Volume' },
      vmUuid: { desc: 'VM UUID (for shareable volumes)', zh: '云主机UUID', resource: 'VmInstance' },
    },
  },
  CreateSystemTag: {
    summary: 'Create a system tag on a resource',
    zh: '创建系统标签',
    params: {
      resourceType: { desc: 'Resource type (VO name, e.g. VmInstanceVO)', zh: '资源类型' },
      resourceUuid: { desc: 'Resource UUID', zh: '资源UUID' },
      tag: { desc: 'Tag text', zh: '标签字符串' },
    },
  },
  CreateUserTag: {
    summary: 'Create a user tag on a resource',
    zh: '创建用户标签',
    params: {
      resourceType: { desc: 'Resource type (VO name, e.g. VmInstanceVO)', zh: '资源类型' },
      resourceUuid: { desc: 'Resource UUID', zh: '资源UUID' },
      tag: { desc: 'Tag text', zh: '标签字符串' },
    },
  },
  DeleteTag: {
    summary: 'Delete a system or user tag',
    zh: '删除标签',
    params: {
      uuid: { desc: 'Tag UUID', zh: '标签UUID' },
    },
  },
  },
  inventories: {
  UserGroupUserRef: {
    fields: {
      userUuid: { desc: 'User UUID' },
      groupUuid: { desc: 'User group UUID' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  UserPolicyRef: {
    fields: {
      userUuid: { desc: 'User UUID' },
      policyUuid: { desc: 'Policy UUID' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  UserGroupPolicyRef: {
    fields: {
      groupUuid: { desc: 'User group UUID' },
      policyUuid: { desc: 'Policy UUID' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  VmInstance: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  VmNic: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  Volume: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  Zone: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  Cluster: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  Host: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  Image: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  ImageBackupStorageRef: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  InstanceOffering: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  DiskOffering: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  L2Network: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  L3Network: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  IpRange: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  NetworkServiceProvider: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  Eip: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  Vip: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  PortForwardingRule: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  LoadBalancer: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
    },
  },
  LoadBalancerListener: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  LoadBalancerListenerVmNicRef: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  SecurityGroup: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  SecurityGroupRule: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  VmNicSecurityGroupRef: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  PrimaryStorage: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  BackupStorage: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  VolumeSnapshot: {
    fields: {
      uuid: { desc: 'UUID of the resource' },
      name: { desc: 'Name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  VolumeSnapshotTree: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  LocalStorageResourceRef: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  SystemTag: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  UserTag: {
    fields: {
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  },
};
