// EasyStack EOS (seed 000, API reference v6.1.1): the Keystone v3 login, department and platform quotas, and a user's
// password. Paths are complete (`/v3/...`): EOS has no context path of its own.
import type { ApiSpec, CatalogData, ParamSpec } from '../types.js';

/** Quota items of the seed's table, with the names its replies use where they differ (`network` for `networks`). */
const COUNT_ITEMS: ReadonlyArray<[string, string, string]> = [
  ['instances', 'instances (compute)', '云主机'],
  ['cores', 'vCPUs (compute)', 'vCPU'],
  ['ram', 'memory, MiB (compute)', '内存容量 (MiB)'],
  ['backups', 'backups (storage)', '备份'],
  ['networks', 'networks (network; replies call it network)', '网络'],
  ['network', 'networks (network), the name replies use', '网络'],
  ['subnets', 'subnets (network; replies call it subnet)', '子网'],
  ['subnet', 'subnets (network), the name replies use', '子网'],
  ['floatingip', 'public IPs (network)', '公网IP'],
  ['router', 'routers (network)', '路由器'],
  ['security_group', 'security groups (network)', '安全组'],
  ['security_group_rules', 'security group rules (network; replies call it security_group_rule)', '安全组规则'],
  ['security_group_rule', 'security group rules (network), the name replies use', '安全组规则'],
  ['port', 'virtual NICs (network)', '虚拟网卡'],
  ['loadbalancer', 'load balancers (network)', '负载均衡'],
  ['cpu', 'CPU (secure container instances)', 'CPU(安全容器实例)'],
  ['pods', 'container instances (secure container instances)', '容器实例'],
  ['memory', 'memory, MiB (secure container instances)', '内存容量 (MiB)(安全容器实例)'],
  ['gpu', 'GPUs (secure container instances)', 'GPU'],
];
const SIZE_ITEMS: ReadonlyArray<[string, string, string]> = [
  ['backup_gigabytes', 'backup capacity, GiB (storage)', '备份容量'],
  ['alcub_storage', 'performance storage, GiB (secure container instances)', '性能型-存储容量 (GiB)'],
  ['general_storage', 'capacity storage, GiB (secure container instances)', '容量型-存储容量 (GiB)'],
];
const UNLIMITED = 'the new quota; -1 means unlimited';

const quotaItem = ([name, desc, zh]: [string, string, string], type: 'integer' | 'float'): ParamSpec => ({
  name,
  type,
  numberRange: [-1, Number.MAX_SAFE_INTEGER],
  desc: `${desc}: ${UNLIMITED}`,
  zh: `${zh}(-1 表示不限制)`,
});

/** The per-volume-type items (`volumes_hdd`): any volume type the platform has. */
export const EOS_VOLUME_TYPE_ITEMS: readonly ParamSpec[] = [
  { name: 'volumes_<type>', type: 'integer', numberRange: [-1, Number.MAX_SAFE_INTEGER], desc: `volumes of a volume type, e.g. volumes_hdd: ${UNLIMITED}`, zh: '某类型的云硬盘 (个)' },
  { name: 'gigabytes_<type>', type: 'float', numberRange: [-1, Number.MAX_SAFE_INTEGER], desc: `volume capacity of a volume type in GiB, e.g. gigabytes_hdd: ${UNLIMITED}`, zh: '某类型的云硬盘容量 (GiB)' },
  { name: 'snapshots_<type>', type: 'integer', numberRange: [-1, Number.MAX_SAFE_INTEGER], desc: `volume snapshots of a volume type, e.g. snapshots_hdd: ${UNLIMITED}`, zh: '某类型的云硬盘快照 (个)' },
];

const apis: ApiSpec[] = [
  {
    name: 'LogIn',
    provider: 'eos',
    family: 'identity',
    method: 'POST',
    path: '/v3/auth/tokens',
    session: false,
    login: true,
    summary: 'Log in with a user and password (Keystone v3); the token is kept for this profile',
    zh: '获取用户 Token(Keystone v3 密码认证),Token 按配置保存',
    params: [
      { name: 'user_name', type: 'string', desc: 'the user name (or user_id)', zh: '用户名(或 user_id)' },
      { name: 'user_id', type: 'string', desc: 'the user ID (or user_name)', zh: '用户 ID(或 user_name)' },
      { name: 'password', type: 'string', required: true, password: 'plain', desc: "the user's password (asked for on a terminal when left out)", zh: '用户密码' },
      { name: 'domain_name', type: 'string', default: 'Default', desc: "the user's domain (department) name, with user_name; default Default", zh: '用户所属部门名称,默认 Default' },
      { name: 'project_name', type: 'string', desc: 'the project to scope the token to (the service APIs need a project token)', zh: '令牌作用的项目名称' },
      { name: 'project_id', type: 'string', desc: 'the project ID to scope the token to (instead of project_name)', zh: '令牌作用的项目 ID' },
      { name: 'project_domain_name', type: 'string', default: 'Default', desc: "the project's domain name, with project_name; default Default", zh: '项目所属部门名称,默认 Default' },
    ],
    example: ['user_name=admin', 'password=...', 'project_name=admin'],
  },
  {
    name: 'GetDomainQuota',
    provider: 'eos',
    family: 'quota',
    method: 'GET',
    path: '/v3/domain_quotas/{domain_id}',
    summary: "Get a department's quotas, what is allocated and the highest allowed values, per region",
    zh: '获取指定部门的配额和已分配情况',
    params: [{ name: 'domain_id', type: 'string', required: true, desc: 'the department (domain) ID', zh: '部门ID' }],
    response: ['domain'],
    example: ['domain_id=d6e3c1a8b8a24c1c9f2a0e6a4e8f3b21'],
  },
  {
    name: 'UpdateDomainQuota',
    provider: 'eos',
    family: 'quota',
    method: 'PATCH',
    path: '/v3/domain_quotas/{domain_id}',
    bodyKey: 'domain',
    summary: "Change a department's quotas in one region; answers the quotas and allocation after the change",
    zh: '编辑部门配额,返回编辑后的配额和已分配情况',
    params: [
      { name: 'domain_id', type: 'string', required: true, desc: 'the department (domain) ID', zh: '部门ID' },
      { name: 'region', type: 'string', required: true, desc: 'the OpenStack region, e.g. RegionOne', zh: 'openstack区域名' },
      ...COUNT_ITEMS.map((i) => quotaItem(i, 'integer')),
      ...SIZE_ITEMS.map((i) => quotaItem(i, 'float')),
    ],
    paramPatterns: EOS_VOLUME_TYPE_ITEMS,
    response: ['domain'],
    example: ['domain_id=d6e3c1a8b8a24c1c9f2a0e6a4e8f3b21', 'region=RegionOne', 'router=3000', 'cores=100'],
  },
  {
    name: 'GetDomainUsage',
    provider: 'eos',
    family: 'quota',
    method: 'GET',
    path: '/v3/domain_usage',
    summary: "Get the platform's quotas, allocation and actual use (the default department's)",
    zh: '获取云平台的配额、已分配和资源使用情况',
    params: [],
    response: ['domain'],
  },
  {
    name: 'UpdateUserPassword',
    provider: 'eos',
    family: 'identity',
    method: 'PATCH',
    path: '/v3/users/{user_id}',
    bodyKey: 'user',
    summary: "Set a user's password as an administrator (the platform's password strength rules do not apply)",
    zh: '管理员修改指定用户密码',
    params: [
      { name: 'user_id', type: 'string', required: true, desc: "the user's ID", zh: '用户的ID' },
      { name: 'password', type: 'string', required: true, password: 'plain', desc: 'the new password', zh: '设置用户新的密码' },
    ],
    response: ['user'],
    example: ['user_id=5df4ae79648b4d7e954382da88cc69ef', 'password=new_secretsecret'],
  },
];

export const EOS_CATALOG: CatalogData = { apis, inventories: [] };
