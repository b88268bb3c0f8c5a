import type { ApiSpec, InventorySpec } from '../types.js';
import { deleteMode, timestamps } from './common.js';

// Billing (计费管理): resource prices and account spending.
// The seed writes the session header of DeleteResourcePrice/QueryResourcePrice as `OAuth: <uuid>`; real servers
// read `Authorization: OAuth <uuid>` like every other API (nothing to encode here: the engine sends the standard header).

export const apis: ApiSpec[] = [
  {
    name: 'CreateResourcePrice',
    family: 'billing',
    method: 'POST',
    path: '/billings/prices',
    bodyKey: 'params',
    params: [
      // The seed lists cpu, memory, rootvolume, datavolume, snapshot; the real API compares case-sensitively against
      // camelCase names (rootVolume, dataVolume, snapShot) and newer releases add gpu, bandwidth and bare-metal prices.
      {
        name: 'resourceName',
        type: 'string',
        required: true,
        validValues: [
          'cpu',
          'memory',
          'rootVolume',
          'dataVolume',
          'snapShot',
          'gpu',
          'pubIpVmNicBandwidthOut',
          'pubIpVmNicBandwidthIn',
          'pubIpVipBandwidthOut',
          'pubIpVipBandwidthIn',
          'bareMetal2Instance',
        ],
        desc: 'Resource the price applies to',
        zh: '资源名称',
        since: '0.6',
      },
      {
        name: 'resourceUnit',
        type: 'string',
        required: false,
        desc: 'Billing unit of the resource (depends on resourceName)',
        zh: '资源计费单元',
        since: '0.6',
      },
      { name: 'timeUnit', type: 'string', required: true, desc: 'Billing time unit', zh: '计费时间单元', since: '0.6' },
      { name: 'price', type: 'float', required: true, desc: 'Unit price', zh: '单位价格', since: '0.6' },
      {
        name: 'accountUuid',
        type: 'string',
        required: false,
        desc: 'Account the price applies to (default: global price)',
        zh: '账户UUID',
        since: '0.6',
        resource: 'Account',
      },
      {
        name: 'dateInLong',
        type: 'long',
        required: false,
        desc: 'Time the price takes effect, in milliseconds since the epoch',
        zh: '长整型时刻',
        since: '0.6',
      },
    ],
    response: 'inventory',
    summary: 'Create a resource price',
    zh: '创建资源价格',
    example: ['resourceName=cpu', 'timeUnit=s', 'price=100', 'dateInLong=0'],
  },
  {
    name: 'DeleteResourcePrice',
    family: 'billing',
    method: 'DELETE',
    path: '/billings/prices/{uuid}',
    params: [
      {
        name: 'uuid',
        type: 'string',
        required: true,
        desc: 'UUID of the price',
        zh: '资源的UUID,唯一标示该资源',
        since: '0.6',
        resource: 'Price',
      },
      { ...deleteMode, since: '0.6' },
    ],
    summary: 'Delete a resource price',
    zh: '删除资源价格',
    example: ['uuid=14c4eef2f36e4716a279777e503ab772', 'deleteMode=Permissive'],
  },
  {
    // The seed also shows GET /billing/prices/{uuid} (singular "billing"): the collection is /billings/prices.
    name: 'QueryResourcePrice',
    family: 'billing',
    method: 'GET',
    path: '/billings/prices',
    params: [],
    response: 'inventories',
    query: 'Price',
    summary: 'Query resource prices',
    zh: '查询资源价格',
    example: ['uuid=1c26229f970f4fe599c34d56bc78b578'],
  },
  {
    name: 'CalculateAccountSpending',
    family: 'billing',
    method: 'PUT',
    path: '/billings/accounts/{accountUuid}/actions',
    bodyKey: 'calculateAccountSpending',
    // The real SDK marks this API needPoll=false: the server answers synchronously.
    async: false,
    params: [
      // The seed's table puts accountUuid in the body; the URL (and the real API) take it as a path variable.
      {
        name: 'accountUuid',
        type: 'string',
        required: true,
        location: 'path',
        desc: 'Account whose spending is calculated',
        zh: '账户UUID',
        since: '0.6',
        resource: 'Account',
      },
      {
        name: 'dateStart',
        type: 'long',
        required: false,
        desc: 'Start of the period, in milliseconds since the epoch',
        zh: '起始日期',
        since: '0.6',
      },
      {
        name: 'dateEnd',
        type: 'long',
        required: false,
        desc: 'End of the period, in milliseconds since the epoch',
        zh: '结束日期',
        since: '0.6',
      },
    ],
    // The answer is {"total": N, "spending": [...]}; `spending` carries the per-type details.
    response: 'spending',
    summary: "Calculate an account's spending over a period",
    zh: '计算账户花费',
    example: ['accountUuid=881b1c4a85bf43f39acc29d42a9c6cd6', 'dateStart=0', 'dateEnd=1494480179344'],
  },
];

export const inventories: InventorySpec[] = [
  {
    // QueryResourcePrice answers PriceInventory records.
    name: 'Price',
    resourceType: 'PriceVO',
    fields: [
      { name: 'uuid', type: 'string', desc: 'UUID of the price' },
      { name: 'resourceName', type: 'string', desc: 'Priced resource (cpu, memory, rootVolume, ...)' },
      { name: 'resourceUnit', type: 'string', desc: 'Billing unit of the resource' },
      { name: 'timeUnit', type: 'string', desc: 'Billing time unit' },
      { name: 'price', type: 'float', desc: 'Unit price' },
      { name: 'dateInLong', type: 'long', desc: 'Time the price takes effect (ms since the epoch)' },
      // Real fields the seed omits (newer releases).
      { name: 'endDateInLong', type: 'long', desc: 'Time the price stops applying (ms since the epoch)' },
      { name: 'tableUuid', type: 'string', desc: 'UUID of the price table the price belongs to' },
      ...timestamps,
    ],
  },
];
