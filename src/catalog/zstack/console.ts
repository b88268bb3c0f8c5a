import type { ApiSpec, InventorySpec } from '../types.js';
import { timestamps } from './common.js';

// Console (控制台): VM console access and the console proxy agents.

export const apis: ApiSpec[] = [
  {
    name: 'RequestConsoleAccess',
    family: 'console',
    method: 'POST',
    path: '/consoles',
    bodyKey: 'params',
    params: [
      {
        name: 'vmInstanceUuid',
        type: 'string',
        required: true,
        desc: 'VM whose console is requested',
        zh: '云主机UUID',
        since: '0.6',
        resource: 'VmInstance',
      },
    ],
    // The answer is a ConsoleInventory {scheme, hostname, port, token}, not a queryable resource.
    response: 'inventory',
    summary: 'Get the address and token of a VM console',
    zh: '请求控制台访问地址',
    example: ['vmInstanceUuid=f37c825f87444941bf16261f63c7dbb7'],
  },
  {
    name: 'QueryConsoleProxyAgent',
    family: 'console',
    method: 'GET',
    path: '/consoles/agents',
    params: [],
    response: 'inventories',
    query: 'ConsoleProxyAgent',
    summary: 'Query console proxy agents',
    zh: '查询控制台代理',
    example: ['uuid=1e47046946f849ee871de20a2b045750'],
  },
  {
    // The seed's body example wraps the parameters in `params`, its curl in `reconnectConsoleProxyAgent`; the real
    // ReconnectConsoleProxyAgentAction uses `reconnectConsoleProxyAgent` (a PUT action is keyed by its name).
    name: 'ReconnectConsoleProxyAgent',
    family: 'console',
    method: 'PUT',
    path: '/consoles/agents',
    bodyKey: 'reconnectConsoleProxyAgent',
    params: [
      {
        name: 'agentUuids',
        type: 'list',
        required: false,
        desc: 'UUIDs of the agents to reconnect (default: all)',
        zh: '控制台代理Agent的UUID',
        since: '0.6',
        resource: 'ConsoleProxyAgent',
      },
    ],
    // The answer's `inventory` is a map of agent UUID -> reconnected (boolean).
    response: 'inventory',
    summary: 'Reconnect console proxy agents',
    zh: '重连控制台代理',
    example: [
      'agentUuids=9b1d2cae4e75418ba8ca00a7f8d61eee,b3c9068b99664b65851bc29e39c3e336,89ea316d7f114203bb352d22b1f878e2',
    ],
  },
  {
    name: 'UpdateConsoleProxyAgent',
    family: 'console',
    method: 'PUT',
    path: '/consoles/agents/{uuid}/actions',
    bodyKey: 'updateConsoleProxyAgent',
    params: [
      {
        name: 'uuid',
        type: 'string',
        required: true,
        desc: 'UUID of the console proxy agent',
        zh: '资源的UUID,唯一标示该资源',
        since: '2.3',
        resource: 'ConsoleProxyAgent',
      },
      {
        name: 'consoleProxyOverriddenIp',
        type: 'string',
        required: true,
        desc: 'IP address clients use to reach the console proxy',
        zh: '新的控制台代理IP',
        since: '2.3',
      },
      // Not in the seed: newer releases of the real API also accept the proxy port.
      {
        name: 'consoleProxyPort',
        type: 'integer',
        required: false,
        numberRange: [1, 65535],
        desc: 'Port clients use to reach the console proxy', zh: '控制台代理端口',
      },
    ],
    response: 'inventory',
    summary: 'Update a console proxy agent',
    zh: '更新控制台代理',
    example: ['uuid=f616460f24cd330180db4188c3a905b6', 'consoleProxyOverriddenIp=127.0.0.1'],
  },
];

export const inventories: InventorySpec[] = [
  {
    name: 'ConsoleProxyAgent',
    resourceType: 'ConsoleProxyAgentVO',
    // The seed's example shows "state": "Connected": its generator set state from the status enum. Real servers use
    // status Connecting/Connected/Disconnected and state Enabled/Disabled.
    fields: [
      { name: 'uuid', type: 'string', desc: 'UUID of the agent' },
      { name: 'description', type: 'string', desc: 'Agent description' },
      { name: 'managementIp', type: 'string', desc: 'IP of the management node running the agent' },
      { name: 'type', type: 'string', desc: 'Agent type, e.g. ManagementServerConsoleProxy' },
      {
        name: 'status',
        type: 'string',
        validValues: ['Connecting', 'Connected', 'Disconnected'],
        desc: 'Connection status',
      },
      { name: 'state', type: 'string', validValues: ['Enabled', 'Disabled'], desc: 'Administrative state' },
      ...timestamps,
    ],
  },
];
