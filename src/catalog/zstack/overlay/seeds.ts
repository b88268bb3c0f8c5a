// What the ZStack platform-management manual (seeds 002 and 003) says that the SDK cannot: English summaries we
// wrote, the manual's Chinese headings and parameter descriptions, its SDK examples as CLI words, the versions
// parameters appeared in, which passwords travel as their SHA-512 digest, and descriptions of query fields.
// Where the manual contradicts the real API, the generated facts win; the decisions are recorded with the seed
// request fixtures (test/fixtures/seed-*.ts, `note`).
import type { CatalogOverlay } from '../../types.js';

export const overlay: CatalogOverlay = {
  apis: {
  CreateAccount: {
    summary: 'Create an account',
    zh: '创建账户',
    example: ['name=test', 'password=password'],
    params: {
      name: { desc: 'Account name', zh: '资源名称', since: '0.6' },
      password: { desc: 'Password (sent as its SHA-512 digest)', zh: '密码', since: '0.6', password: 'sha512' },
      type: { desc: 'Account type', zh: '账户类型', since: '0.6' },
      description: { desc: 'Description', zh: '资源的详细描述', since: '0.6' },
      resourceUuid: { desc: 'UUID to give the new account', zh: '资源UUID', since: '0.6' },
      tagUuids: { desc: 'UUIDs of tags to attach', zh: '标签UUID列表', since: '4.3.0' },
    },
    // Seed 003 documents `state` (4.3.0); the open-source SDK of 2024-10 lacks it.
    addParams: [{ name: 'state', type: 'string', desc: 'Account state', zh: '账户状态', since: '4.3.0' }],
  },
  DeleteAccount: {
    summary: 'Delete an account',
    zh: '删除账户',
    example: ['uuid=241212c7ec464e468e3a6814b256253f', 'deleteMode=Permissive'],
    params: {
      uuid: { desc: 'Account UUID', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'Account' },
      deleteMode: { desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway', zh: '删除模式', since: '0.6' },
    },
  },
  QueryAccount: {
    summary: 'Query accounts',
    zh: '查询账户',
    example: ['name=test'],
  },
  UpdateAccount: {
    summary: 'Update an account',
    zh: '更新账户',
    example: ['uuid=a0895597ee22409099fa936047203424', 'password=updatepassword', 'name=updatename'],
    params: {
      uuid: { desc: 'Account UUID', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'Account' },
      password: { desc: 'New password (sent as its SHA-512 digest)', zh: '密码', since: '0.6', password: 'sha512' },
      name: { desc: 'New account name', zh: '账户名称', since: '0.6' },
      description: { desc: 'New description', zh: '资源的详细描述', since: '0.6' },
      oldPassword: { desc: 'Current password', zh: '原密码', since: '3.6.0' },
    },
    // Seed 003 documents `state` (4.3.0); the open-source SDK of 2024-10 lacks it.
    addParams: [{ name: 'state', type: 'string', desc: 'Account state', zh: '账户状态', since: '4.3.0' }],
  },
  LogInByAccount: {
    summary: 'Log in as an account',
    zh: '使用账户身份登录',
    example: ['accountName=test', 'password=password'],
    params: {
      accountName: { desc: 'Account name', zh: '账户名称Note: 账户名称和账户UUID不能同时为空', since: '0.6' },
      password: { desc: 'Password (sent as its SHA-512 digest)', zh: '密码', since: '0.6', password: 'sha512' },
    },
  },
  GetAccountQuotaUsage: {
    summary: 'Show an account\'s quota usage',
    zh: '获取账户配额使用情况',
    example: ['uuid=a4b28114528645989d70729385149220'],
    params: {
      uuid: { desc: 'Account UUID', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'Account' },
    },
  },
  QueryAccountResourceRef: {
    summary: 'Query which account owns which resource',
    zh: '查询账户资源引用',
    example: ['accountUuid=184ad43718eb4731b62d216745e0e097'],
  },
  ShareResource: {
    summary: 'Share resources with accounts',
    zh: '共享资源给账户',
    example: ['resourceUuids=91081232bea84a50af90c7da27d54442,91d6ee72dbd246a88f3004cbaac20998', 'accountUuids=b3dcbb40827441b5aef2fd3150baa3a9,3985fbda90044fcc8e45d1fbe002eec4', 'toPublic=false'],
    params: {
      resourceUuids: { desc: 'UUIDs of the resources to share', zh: '资源UUID列表', since: '0.6' },
      accountUuids: { desc: 'UUIDs of the accounts to share with', zh: '账户UUID列表', since: '0.6', resource: 'Account' },
      toPublic: { desc: 'Share with every account (accountUuids required when false)', zh: '全局共享Note: toPublic参数被设为false时,账户uuid不能为空', since: '0.6' },
    },
  },
  CreateUserGroup: {
    summary: 'Create a user group',
    zh: '创建用户组',
    example: ['name=usergroup'],
    params: {
      name: { desc: 'Group name', zh: '资源名称', since: '0.6' },
      description: { desc: 'Description', zh: '资源的详细描述', since: '0.6' },
      resourceUuid: { desc: 'UUID to give the new group', zh: '资源UUID', since: '0.6' },
    },
  },
  DeleteUserGroup: {
    summary: 'Delete a user group',
    zh: '删除用户组',
    example: ['uuid=c58611a13aaa4a38ac7ca35883dff419', 'deleteMode=Permissive'],
    params: {
      uuid: { desc: 'User group UUID', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'UserGroup' },
      deleteMode: { desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway', zh: '删除模式', since: '0.6' },
    },
  },
  QueryUserGroup: {
    summary: 'Query user groups',
    zh: '查询用户组',
    example: ['name=test'],
  },
  UpdateUserGroup: {
    summary: 'Update a user group',
    zh: '更新用户组',
    example: ['uuid=12a5413d1d1b4858b57edb47043dd305', 'name=newname'],
    params: {
      uuid: { desc: 'User group UUID', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'UserGroup' },
      name: { desc: 'New name', zh: '资源名称', since: '0.6' },
      description: { desc: 'New description', zh: '资源的详细描述', since: '0.6' },
    },
  },
  AddUserToGroup: {
    summary: 'Add a user to a user group',
    zh: '添加到用户组',
    example: ['userUuid=a2663e0a471a43d2bd292e52ed864c3c', 'groupUuid=70370a84e82a48c1904b979993ce93e6'],
    params: {
      userUuid: { desc: 'User UUID', zh: '用户UUID', since: '0.6', resource: 'User' },
      groupUuid: { desc: 'User group UUID', zh: '用户组UUID', since: '0.6', resource: 'UserGroup' },
    },
  },
  AttachPolicyToUserGroup: {
    summary: 'Attach a policy to a user group',
    zh: '绑定策略到用户组',
    example: ['policyUuid=88abe0bf6f594688968a41049a029ab1', 'groupUuid=bae62f7a52774a48abf0e2deacd6fd97'],
    params: {
      policyUuid: { desc: 'Policy UUID', zh: '权限策略UUID', since: '0.6', resource: 'Policy' },
      groupUuid: { desc: 'User group UUID', zh: '用户组UUID', since: '0.6', resource: 'UserGroup' },
    },
  },
  DetachPolicyFromUserGroup: {
    summary: 'Detach a policy from a user group',
    zh: '将策略从用户组解绑',
    example: ['policyUuid=c0589bc7c00040b296316c0e12b51d59', 'groupUuid=75b38fea53fd420cadd9a3d627ffd5e4'],
    params: {
      policyUuid: { desc: 'Policy UUID', zh: '权限策略UUID', since: '0.6', resource: 'Policy' },
      groupUuid: { desc: 'User group UUID', zh: '用户组UUID', since: '0.6', resource: 'UserGroup' },
    },
  },
  RemoveUserFromGroup: {
    summary: 'Remove a user from a user group',
    zh: '从用户组中移除用户',
    example: ['userUuid=0ee5933b7a17453f875743a0007d93a3', 'groupUuid=20096dc990074ef193f9588caf976074'],
    params: {
      userUuid: { desc: 'User UUID', zh: '用户UUID', since: '0.6', resource: 'User' },
      groupUuid: { desc: 'User group UUID', zh: '用户组UUID', since: '0.6', resource: 'UserGroup' },
    },
  },
  CreateUser: {
    summary: 'Create a user',
    zh: '创建用户',
    example: ['name=testuser', 'password=testpassword'],
    params: {
      name: { desc: 'User name', zh: '用户名称', since: '0.6' },
      password: { desc: 'Password (sent as its SHA-512 digest)', zh: '密码', since: '0.6', password: 'sha512' },
      description: { desc: 'Description', zh: '资源的详细描述', since: '0.6' },
      resourceUuid: { desc: 'UUID to give the new user', zh: '资源UUID', since: '0.6' },
    },
  },
  DeleteUser: {
    summary: 'Delete a user',
    zh: '删除用户',
    example: ['uuid=21e499f4359842db8f9d775411045679', 'deleteMode=Permissive'],
    params: {
      uuid: { desc: 'User UUID', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'User' },
      deleteMode: { desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway', zh: '删除模式', since: '0.6' },
    },
  },
  QueryUser: {
    summary: 'Query users',
    zh: '查询用户',
    example: ['name=test'],
  },
  UpdateUser: {
    summary: 'Update a user',
    zh: '更新用户',
    example: ['uuid=2faab564de0440c2bbd98606a63a5a3b', 'name=new'],
    params: {
      uuid: { desc: 'User UUID', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'User' },
      password: { desc: 'New password (sent as its SHA-512 digest)', zh: '密码', since: '0.6', password: 'sha512' },
      name: { desc: 'New user name', zh: '用户名称', since: '0.6' },
      description: { desc: 'New description', zh: '资源的详细描述', since: '0.6' },
    },
  },
  LogInByUser: {
    summary: 'Log in as a user',
    zh: '使用用户身份登录',
    example: ['accountName=test', 'userName=user', 'password=password'],
    params: {
      accountUuid: { desc: 'UUID of the account the user belongs to', zh: '账户UUID', since: '0.6', resource: 'Account' },
      accountName: { desc: 'Name of the account the user belongs to', zh: '账户名称', since: '0.6' },
      userName: { desc: 'User name', zh: '用户名称', since: '0.6' },
      password: { desc: 'Password (sent as its SHA-512 digest)', zh: '密码', since: '0.6', password: 'sha512' },
    },
  },
  AttachPolicyToUser: {
    summary: 'Attach a policy to a user',
    zh: '绑定一条策略到用户',
    example: ['userUuid=75e68a1812054f64acf656456b03baa4', 'policyUuid=d7d9402395b148cf8d78f280f5125f26'],
    params: {
      userUuid: { desc: 'User UUID', zh: '用户UUID', since: '0.6', resource: 'User' },
      policyUuid: { desc: 'Policy UUID', zh: '权限策略UUID', since: '0.6', resource: 'Policy' },
    },
  },
  DetachPolicyFromUser: {
    summary: 'Detach a policy from a user',
    zh: '将一条策略从用户解绑',
    example: ['policyUuid=c0589bc7c00040b296316c0e12b51d59', 'userUuid=75b38fea53fd420cadd9a3d627ffd5e4'],
    params: {
      policyUuid: { desc: 'Policy UUID', zh: '权限策略UUID', since: '0.6', resource: 'Policy' },
      userUuid: { desc: 'User UUID', zh: '用户UUID', since: '0.6', resource: 'User' },
    },
  },
  AttachPoliciesToUser: {
    summary: 'Attach several policies to a user',
    zh: '绑定多条策略到用户',
    example: ['userUuid=13aa76b1909b4536a89b124c62131deb', 'policyUuids=a7a2ae2b06a946838196d8d673d31b1c,9a7f6d7a54404d7793267a39669269da'],
    params: {
      userUuid: { desc: 'User UUID', zh: '用户UUID', since: '0.6', resource: 'User' },
      policyUuids: { desc: 'Policy UUIDs', zh: '策略的UUID列表', since: '0.6', resource: 'Policy' },
    },
  },
  DetachPoliciesFromUser: {
    summary: 'Detach several policies from a user',
    zh: '将多条策略从用户解绑',
    example: ['policyUuids=92ac3dbba2764bc0a0d740a8a80c7942,d11783b09ee14bffbdd16ca856c42b7f', 'userUuid=1577443fec9746b9a47656f9e7f1f81a'],
    params: {
      policyUuids: { desc: 'Policy UUIDs', zh: '策略UUID列表', since: '0.6', resource: 'Policy' },
      userUuid: { desc: 'User UUID', zh: '用户UUID', since: '0.6', resource: 'User' },
    },
  },
  CreatePolicy: {
    summary: 'Create a policy',
    zh: '创建策略',
    example: ['name=USER-RESET-PASSWORD', 'statements=[{"name":"user-reset-password-e3d9eaa96d194f3e8c5c1f68126433f8","effect":"Allow","actions":["identity:APIUpdateUserMsg"]}]'],
    params: {
      name: { desc: 'Policy name', zh: '资源名称', since: '0.6' },
      description: { desc: 'Description', zh: '资源的详细描述', since: '0.6' },
      statements: { desc: 'Policy statements: JSON array of {name, effect (Allow|Deny), actions, principals?, resources?}', zh: '策略声明', since: '0.6' },
      resourceUuid: { desc: 'UUID to give the new policy', zh: '资源UUID', since: '0.6' },
    },
  },
  DeletePolicy: {
    summary: 'Delete a policy',
    zh: '删除策略',
    example: ['uuid=8016dfed1d21461282c0bb727caf64b0', 'deleteMode=Permissive'],
    params: {
      uuid: { desc: 'Policy UUID', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'Policy' },
      deleteMode: { desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway', zh: '删除模式', since: '0.6' },
    },
  },
  QueryPolicy: {
    summary: 'Query policies',
    zh: '查询策略',
    example: ['name=test'],
  },
  QueryQuota: {
    summary: 'Query quotas',
    zh: '查询配额',
    example: ['name=test'],
  },
  UpdateQuota: {
    summary: 'Update a quota',
    zh: '更新配额',
    example: ['identityUuid=38038cff62c74a638be4be37dd005aeb', 'name=quotaname', 'value=20'],
    params: {
      identityUuid: { desc: 'UUID of the account the quota belongs to', zh: '身份实体的UUID(账户的)', since: '0.6', resource: 'Account' },
      name: { desc: 'Quota name, e.g. vm.num', zh: '资源名称', since: '0.6' },
      value: { desc: 'Quota value', zh: '配额值', since: '0.6' },
    },
  },
  GetResourceNames: {
    summary: 'Get the names and types of resources by UUID',
    zh: '获取资源名称',
    example: ['uuids=070e5ad04d0642e49bcdecf4d823756f,b5abed013df445639a3a186457e2e5cf'],
    params: {
      uuids: { desc: 'Resource UUIDs', zh: '资源的UUID列表', since: '0.6' },
    },
  },
  QuerySharedResource: {
    summary: 'Query shared resources',
    zh: '查询共享资源',
    example: ['ownerAccountUuid=f96b5eeb13664c279c7cf35b62926b0a'],
  },
  RevokeResourceSharing: {
    summary: 'Revoke the sharing of resources',
    zh: '解除资源共享',
    example: ['resourceUuids=8c4c9fa690ff4e2696dbe2be4b020bb1,88fc827d508a41cf9d1384f0139c5c1d', 'toPublic=false', 'accountUuids=5272e8a31e854ee38d136f772c4f6fa9,a8a552a327f44f09a76d96d45a655150', 'all=false'],
    params: {
      resourceUuids: { desc: 'UUIDs of the shared resources', zh: '资源UUID列表', since: '0.6' },
      toPublic: { desc: 'Revoke the public (global) sharing', zh: '全局共享', since: '0.6' },
      accountUuids: { desc: 'UUIDs of the accounts to revoke from (required when all is false)', zh: '账户UUID列表', since: '0.6', resource: 'Account' },
      all: { desc: 'Revoke from every account', zh: '是否解除对所有账户的共享', since: '0.6' },
    },
  },
  ChangeResourceOwner: {
    summary: 'Change the owner account of a resource',
    zh: '变更资源所有者',
    example: ['accountUuid=fc928d9a7aae4878bdc5c66c65047ece', 'resourceUuid=361e14e7b0164cfab336157439d01e0b'],
    params: {
      accountUuid: { desc: 'UUID of the new owner account', zh: '账户UUID', since: '0.6', resource: 'Account' },
      resourceUuid: { desc: 'Resource UUID', zh: '资源UUID', since: '0.6' },
    },
  },
  CheckApiPermission: {
    summary: 'Check whether APIs are allowed',
    zh: '检查API权限',
    example: ['userUuid=c12663e4e58a474dbd5ed36511876ccc', 'apiNames=APICheckApiPermissionMsg'],
    params: {
      userUuid: { desc: 'User to check (default: the caller)', zh: '用户UUID', since: '0.6', resource: 'User' },
      apiNames: { desc: 'API message names, e.g. APICheckApiPermissionMsg', zh: 'API名称列表', since: '0.6' },
    },
  },
  ValidateSession: {
    summary: 'Check whether a session is valid',
    zh: '验证会话的有效性',
    example: ['sessionUuid=52a1bfa21ef94cc6b7f70096c8a32a0c'],
    params: {
      sessionUuid: { desc: 'Session UUID', zh: '会话UUID', since: '0.6' },
    },
  },
  RenewSession: {
    summary: 'Renew a session',
    zh: '更新会话',
    example: ['sessionUuid=7b93b7648aea3c8d9109498a32288470', 'duration=100'],
    params: {
      sessionUuid: { desc: 'Session UUID', zh: '会话uuid', since: '0.6' },
      duration: { desc: 'New lifetime in seconds', zh: '会话有效时长(秒)', since: '2.3' },
    },
  },
  LogOut: {
    summary: 'Log out (end a session)',
    zh: '退出当前登录状态',
    example: ['sessionUuid=2f1ebb34e54f4239bbd2080088804194'],
    params: {
      sessionUuid: { desc: 'Session UUID', zh: '会话UUID', since: '0.6' },
    },
  },
  CreateResourcePrice: {
    summary: 'Create a resource price',
    zh: '创建资源价格',
    example: ['resourceName=cpu', 'timeUnit=s', 'price=100', 'dateInLong=0'],
    params: {
      resourceName: { desc: 'Resource the price applies to', zh: '资源名称', since: '0.6' },
      resourceUnit: { desc: 'Billing unit of the resource (depends on resourceName)', zh: '资源计费单元', since: '0.6' },
      timeUnit: { desc: 'Billing time unit', zh: '计费时间单元', since: '0.6' },
      price: { desc: 'Unit price', zh: '单位价格', since: '0.6' },
      accountUuid: { desc: 'Account the price applies to (default: global price)', zh: '账户UUID', since: '0.6', resource: 'Account' },
      dateInLong: { desc: 'Time the price takes effect, in milliseconds since the epoch', zh: '长整型时刻', since: '0.6' },
    },
  },
  DeleteResourcePrice: {
    summary: 'Delete a resource price',
    zh: '删除资源价格',
    example: ['uuid=14c4eef2f36e4716a279777e503ab772', 'deleteMode=Permissive'],
    params: {
      uuid: { desc: 'UUID of the price', zh: '资源的UUID,唯一标示该资源', since: '0.6' },
      deleteMode: { desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway', zh: '删除模式', since: '0.6' },
    },
  },
  QueryResourcePrice: {
    summary: 'Query resource prices',
    zh: '查询资源价格',
    example: ['uuid=1c26229f970f4fe599c34d56bc78b578'],
  },
  CalculateAccountSpending: {
    summary: 'Calculate an account\'s spending over a period',
    zh: '计算账户花费',
    example: ['accountUuid=881b1c4a85bf43f39acc29d42a9c6cd6', 'dateStart=0', 'dateEnd=1494480179344'],
    params: {
      accountUuid: { desc: 'Account whose spending is calculated', zh: '账户UUID', since: '0.6', resource: 'Account' },
      dateStart: { desc: 'Start of the period, in milliseconds since the epoch', zh: '起始日期', since: '0.6' },
      dateEnd: { desc: 'End of the period, in milliseconds since the epoch', zh: '结束日期', since: '0.6' },
    },
  },
  CreateSchedulerTrigger: {
    summary: 'Create a scheduler trigger',
    zh: '创建定时器',
    example: ['name=scheduler trigger', 'schedulerInterval=1000', 'repeatCount=10', 'startTime=1500257934177', 'schedulerType=simple'],
    params: {
      name: { desc: 'Trigger name', zh: '资源名称', since: '2.1' },
      description: { desc: 'Trigger description', zh: '资源的详细描述', since: '2.1' },
      schedulerInterval: { desc: 'Interval in seconds between runs (needed for simple triggers that run more than once)', zh: '间隔时间', since: '2.1' },
      repeatCount: { desc: 'How many times a simple trigger fires', zh: '重复次数', since: '2.1' },
      startTime: { desc: 'First firing time, Unix time in milliseconds', zh: 'Unix Time', since: '2.1' },
      schedulerType: { desc: 'Trigger type', zh: '定时器类型', since: '2.1' },
      cron: { desc: 'Cron expression (cron triggers)', zh: 'Cron 表达式', since: '2.1' },
      resourceUuid: { desc: 'UUID to give the new trigger', zh: '资源UUID', since: '2.1' },
    },
  },
  DeleteSchedulerTrigger: {
    summary: 'Delete a scheduler trigger',
    zh: '删除定时器',
    example: ['uuid=769b16c91f234f2c8e2fc4fe6fe8441b', 'deleteMode=Permissive'],
    params: {
      uuid: { desc: 'UUID of the trigger', zh: '资源的UUID,唯一标示该资源', since: '2.1' },
      deleteMode: { desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway', zh: '删除模式', since: '2.1' },
    },
  },
  QuerySchedulerTrigger: {
    summary: 'Query scheduler triggers',
    zh: '查询定时器',
    example: ['name=TestSchedulerTrigger', 'name=trigger'],
  },
  UpdateSchedulerTrigger: {
    summary: 'Update a scheduler trigger',
    zh: '更新定时器',
    example: ['uuid=3e077605d62e4075be62cb1218c7762f', 'name=Test2', 'description=new test', 'schedulerInterval=3600', 'repeatCount=100', 'startTime=1510669257141'],
    params: {
      uuid: { desc: 'UUID of the trigger', zh: '资源的UUID,唯一标示该资源', since: '2.1' },
      name: { desc: 'New name', zh: '资源名称', since: '2.1' },
      description: { desc: 'New description', zh: '资源的详细描述', since: '2.1' },
      schedulerInterval: { desc: 'New interval in seconds', zh: '间隔时间(秒)', since: '2.3' },
      repeatCount: { desc: 'New repeat count', zh: '重复次数', since: '2.3' },
      startTime: { desc: 'New first firing time (ms since the epoch)', zh: '开始时间(Unix 时间,毫秒)', since: '2.3' },
      cron: { desc: 'New cron expression', zh: 'Cron 表达式', since: '2.3' },
    },
  },
  AddSchedulerJobToSchedulerTrigger: {
    summary: 'Attach a scheduler job to a trigger',
    zh: '添加定时任务到定时器',
    example: ['schedulerJobUuid=363d635aca674058a34bc7b7621934d9', 'schedulerTriggerUuid=7d5e4ba74efb428c81c668b5c5c1be92'],
    params: {
      schedulerJobUuid: { desc: 'UUID of the scheduler job', zh: '定时任务UUID', since: '2.1' },
      schedulerTriggerUuid: { desc: 'UUID of the scheduler trigger', zh: '定时器UUID', since: '2.1' },
    },
  },
  RemoveSchedulerJobFromSchedulerTrigger: {
    summary: 'Detach a scheduler job from a trigger',
    zh: '从定时器移除定时任务',
    example: ['schedulerJobUuid=18041254de834d398897ae66197db7c1', 'schedulerTriggerUuid=a7f89b17034a4714ba3ecda2435aa5a0'],
    params: {
      schedulerJobUuid: { desc: 'UUID of the scheduler job', zh: '定时任务UUID', since: '2.1' },
      schedulerTriggerUuid: { desc: 'UUID of the scheduler trigger', zh: '定时器UUID', since: '2.1' },
    },
  },
  CreateSchedulerJob: {
    summary: 'Create a scheduler job',
    zh: '创建定时任务',
    example: ['name=scheduler job', 'targetResourceUuid=9c9e9ce0aa824137a0944daa4127355d', 'type=startVm'],
    params: {
      name: { desc: 'Job name', zh: '资源名称' },
      description: { desc: 'Job description', zh: '资源的详细描述' },
      targetResourceUuid: { desc: 'UUID of the resource the job acts on (VM or volume)', zh: '定时任务作用的资源UUID(云主机或云盘)' },
      type: { desc: 'What the job does', zh: '定时任务类型' },
      parameters: { desc: 'Job-specific parameters as a JSON object (e.g. snapshot name and retention)', zh: '定时任务参数' },
      resourceUuid: { desc: 'UUID to give the new job', zh: '资源UUID' },
    },
  },
  DeleteSchedulerJob: {
    summary: 'Delete a scheduler job',
    zh: '删除定时任务',
    example: ['uuid=8a723f909a94473fab6cfb41fb34077f', 'deleteMode=Permissive'],
    params: {
      uuid: { desc: 'UUID of the scheduler job', zh: '资源的UUID,唯一标示该资源', since: '2.1' },
      deleteMode: { desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway', zh: '删除模式', since: '2.1' },
    },
  },
  QuerySchedulerJob: {
    summary: 'Query scheduler jobs',
    zh: '查询定时任务',
    example: ['name=TestScheduler', 'state=Enabled'],
  },
  UpdateSchedulerJob: {
    summary: 'Update a scheduler job',
    zh: '更新定时任务',
    example: ['uuid=f0696f10eb5b408b8f6fddb1094f7b2b', 'name=Test2', 'description=new test'],
    params: {
      uuid: { desc: 'UUID of the scheduler job', zh: '资源的UUID,唯一标示该资源', since: '2.1' },
      name: { desc: 'New name', zh: '资源名称', since: '2.1' },
      description: { desc: 'New description', zh: '资源的详细描述', since: '2.1' },
    },
  },
  GetNoTriggerSchedulerJobs: {
    summary: 'List scheduler jobs not attached to any trigger',
    zh: '获取未挂载定时器的任务',
  },
  ChangeSchedulerState: {
    summary: 'Enable or disable a scheduler job',
    zh: '改变定时任务状态',
    example: ['uuid=53cd804df69d3565b4efcd460c0ddd52', 'stateEvent=disable'],
    params: {
      uuid: { desc: 'UUID of the scheduler job', zh: '资源的UUID,唯一标示该资源', since: '2.1', resource: 'SchedulerJob' },
      stateEvent: { desc: 'Enable or disable the job', zh: '要设置的定时任务状态', since: '2.1' },
    },
  },
  AddLdapServer: {
    summary: 'Add an AD/LDAP server',
    zh: '添加AD/LDAP服务器',
    example: ['name=miao', 'description=miao desc', 'url=ldap://localhost:1888', 'base=dc=example,dc=com', 'username=', 'password=', 'encryption=None'],
    params: {
      name: { desc: 'Server name', zh: '资源名称', since: '0.6' },
      description: { desc: 'Server description', zh: '资源的详细描述', since: '0.6' },
      url: { desc: 'LDAP server URL, e.g. ldap://host:389', zh: 'LDAP服务器访问地址', since: '0.6' },
      base: { desc: 'Base DN for searches, e.g. dc=example,dc=com', zh: 'LDAP服务查询BaseDN', since: '0.6' },
      username: { desc: 'Bind DN used to access the server', zh: '访问LDAP服务器使用的用户名', since: '0.6' },
      password: { desc: 'Bind password (sent as is)', zh: '密码', since: '0.6' },
      encryption: { desc: 'Connection encryption', zh: '加密方式', since: '0.6' },
    },
  },
  DeleteLdapServer: {
    summary: 'Delete an AD/LDAP server',
    zh: '删除AD/LDAP服务器',
    example: ['uuid=7755f302acd44c62833f9d4eb3f7327c', 'deleteMode=Permissive'],
    params: {
      uuid: { desc: 'UUID of the LDAP server', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'LdapServer' },
      deleteMode: { desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway', zh: '删除模式', since: '0.6' },
    },
  },
  QueryLdapServer: {
    summary: 'Query AD/LDAP servers',
    zh: '查询AD/LDAP服务器',
    example: ['name=ldap server'],
  },
  UpdateLdapServer: {
    summary: 'Update an AD/LDAP server',
    zh: '更新AD/LDAP服务器',
    example: ['ldapServerUuid=57e7fe86092046228999e8599c6c8bd1', 'name=new name'],
    params: {
      ldapServerUuid: { desc: 'UUID of the LDAP server', zh: 'LDAP服务器的UUID', since: '0.6', resource: 'LdapServer' },
      name: { desc: 'New name', zh: '资源名称', since: '0.6' },
      description: { desc: 'New description', zh: '资源的详细描述', since: '0.6' },
      url: { desc: 'New server URL', zh: 'LDAP服务器的访问地址', since: '0.6' },
      base: { desc: 'New base DN', zh: 'LDAP服务器的查询BaseDN', since: '0.6' },
      username: { desc: 'New bind DN', zh: '访问LDAP服务器的用户名', since: '0.6' },
      password: { desc: 'New bind password (sent as is)', zh: '密码', since: '0.6' },
      encryption: { desc: 'New connection encryption', zh: '加密方式', since: '0.6' },
    },
  },
  CreateLdapBinding: {
    summary: 'Bind an AD/LDAP entry to an account',
    zh: '创建AD/LDAP绑定',
    example: ['ldapUid=ou=Employee,uid=test', 'accountUuid=db2842e0b16d4aa2af39abee7e80d2f1'],
    params: {
      ldapUid: { desc: 'LDAP UID (DN) to bind', zh: 'LDAP UID', since: '0.6' },
      accountUuid: { desc: 'Account to bind the LDAP entry to', zh: '账户UUID', since: '0.6', resource: 'Account' },
    },
  },
  DeleteLdapBinding: {
    summary: 'Delete an AD/LDAP binding',
    zh: '删除AD/LDAP绑定',
    example: ['uuid=3e5a338390d046008e2723c475c90a66'],
    params: {
      uuid: { desc: 'UUID of the binding', zh: '资源的UUID,唯一标示该资源', since: '0.6', resource: 'LdapAccountRef' },
    },
  },
  QueryLdapBinding: {
    summary: 'Query AD/LDAP bindings',
    zh: '查询AD/LDAP绑定',
    example: ['accountUuid=15cdbd6f45bf434492ef22eb2d77b6f4'],
  },
  CleanInvalidLdapBinding: {
    summary: 'Remove bindings whose LDAP entries no longer exist',
    zh: '清理无效的AD/LDAP绑定',
  },
  LogInByLdap: {
    summary: 'Log in with an AD/LDAP identity',
    zh: '使用AD/LDAP身份登录',
    example: ['uid=ou=Employee,uid=test', 'password=password'],
    params: {
      uid: { desc: 'LDAP UID (DN)', zh: 'LDAP UID', since: '0.6' },
      password: { desc: 'LDAP password (sent as is)', zh: '密码', since: '0.6' },
    },
  },
  GetLdapEntry: {
    summary: 'Search AD/LDAP entries',
    zh: '获取AD/LDAP条目',
    example: ['ldapFilter=(cn=user_xxx)', 'limit=2500'],
    params: {
      ldapFilter: { desc: 'LDAP search filter, e.g. (cn=user)', zh: '查询条件', since: '2.2' },
      limit: { desc: 'Maximum number of entries returned', zh: '最多返回的记录数,类似MySQL的limit', since: '2.2' },
    },
  },
  GetCandidateLdapEntryForBinding: {
    summary: 'Search AD/LDAP entries not yet bound to an account',
    zh: '获取可绑定的AD/LDAP条目',
    example: ['ldapFilter=(cn=user_xxx)', 'limit=2500'],
    params: {
      ldapFilter: { desc: 'LDAP search filter, e.g. (cn=user)', zh: '查询条件', since: '2.2' },
      limit: { desc: 'Maximum number of entries returned', zh: '最多返回的记录数,类似MySQL的limit', since: '2.2' },
    },
  },
  RequestConsoleAccess: {
    summary: 'Get the address and token of a VM console',
    zh: '请求控制台访问地址',
    example: ['vmInstanceUuid=f37c825f87444941bf16261f63c7dbb7'],
    params: {
      vmInstanceUuid: { desc: 'VM whose console is requested', zh: '云主机UUID', since: '0.6', resource: 'VmInstance' },
    },
  },
  QueryConsoleProxyAgent: {
    summary: 'Query console proxy agents',
    zh: '查询控制台代理',
    example: ['uuid=1e47046946f849ee871de20a2b045750'],
  },
  ReconnectConsoleProxyAgent: {
    summary: 'Reconnect console proxy agents',
    zh: '重连控制台代理',
    example: ['agentUuids=9b1d2cae4e75418ba8ca00a7f8d61eee,b3c9068b99664b65851bc29e39c3e336,89ea316d7f114203bb352d22b1f878e2'],
    params: {
      agentUuids: { desc: 'UUIDs of the agents to reconnect (default: all)', zh: '控制台代理Agent的UUID', since: '0.6', resource: 'ConsoleProxyAgent' },
    },
  },
  UpdateConsoleProxyAgent: {
    summary: 'Update a console proxy agent',
    zh: '更新控制台代理',
    example: ['uuid=f616460f24cd330180db4188c3a905b6', 'consoleProxyOverriddenIp=127.0.0.1'],
    params: {
      uuid: { desc: 'UUID of the console proxy agent', zh: '资源的UUID,唯一标示该资源', since: '2.3', resource: 'ConsoleProxyAgent' },
      consoleProxyOverriddenIp: { desc: 'IP address clients use to reach the console proxy', zh: '新的控制台代理IP', since: '2.3' },
      consoleProxyPort: { desc: 'Port clients use to reach the console proxy', zh: '控制台代理端口' },
    },
  },
  },
  inventories: {
  Account: {
    // Seed 003 documents the account's `state` (4.3.0); the open-source definitions of 2024-10 lack it.
    addFields: [{ name: 'state', type: 'string', desc: 'Account state' }],
    fields: {
      uuid: { desc: 'Account UUID' },
      name: { desc: 'Account name' },
      description: { desc: 'Description' },
      type: { desc: 'Account type' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  User: {
    fields: {
      uuid: { desc: 'User UUID' },
      accountUuid: { desc: 'Owning account UUID' },
      name: { desc: 'User name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  UserGroup: {
    fields: {
      uuid: { desc: 'User group UUID' },
      accountUuid: { desc: 'Owning account UUID' },
      name: { desc: 'Group name' },
      description: { desc: 'Description' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  Policy: {
    fields: {
      uuid: { desc: 'Policy UUID' },
      name: { desc: 'Policy name' },
      accountUuid: { desc: 'Owning account UUID' },
    },
  },
  Quota: {
    fields: {
      name: { desc: 'Quota name, e.g. vm.num' },
      identityUuid: { desc: 'UUID of the account (or user) the quota applies to' },
      identityType: { desc: 'Kind of identity (account or user)' },
      value: { desc: 'Quota value' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  AccountResourceRef: {
    fields: {
      accountUuid: { desc: 'Owning account UUID' },
      resourceUuid: { desc: 'Resource UUID' },
      resourceType: { desc: 'Resource type, e.g. ImageVO' },
      concreteResourceType: { desc: 'Concrete resource class' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  SharedResource: {
    fields: {
      ownerAccountUuid: { desc: 'Owner account UUID' },
      receiverAccountUuid: { desc: 'Receiving account UUID' },
      toPublic: { desc: 'Shared with every account' },
      resourceType: { desc: 'Resource type, e.g. ImageVO' },
      resourceUuid: { desc: 'Resource UUID' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  LdapServer: {
    fields: {
      uuid: { desc: 'UUID of the LDAP server' },
      name: { desc: 'Server name' },
      description: { desc: 'Server description' },
      url: { desc: 'Server URL' },
      base: { desc: 'Base DN' },
      username: { desc: 'Bind DN' },
      encryption: { desc: 'Connection encryption' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  LdapAccountRef: {
    fields: {
      uuid: { desc: 'UUID of the binding' },
      ldapUid: { desc: 'LDAP UID (DN) used to log in' },
      ldapServerUuid: { desc: 'UUID of the LDAP server' },
      accountUuid: { desc: 'UUID of the bound account' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  ConsoleProxyAgent: {
    fields: {
      uuid: { desc: 'UUID of the agent' },
      description: { desc: 'Agent description' },
      managementIp: { desc: 'IP of the management node running the agent' },
      type: { desc: 'Agent type, e.g. ManagementServerConsoleProxy' },
      status: { desc: 'Connection status' },
      state: { desc: 'Administrative state' },
      createDate: { desc: 'Creation time' },
      lastOpDate: { desc: 'Last modification time' },
    },
  },
  },
};
