// Accounts, users, groups, policies, quotas, sharing, ownership, sessions and permission checks.
import { parseDate, zsDate } from '../dates.js';
import { ApiFailure, CODES, invalidArgument, notFound, permissionDenied } from '../errors.js';
import { type Caller, type Ctx, type Handler, list, num, type Sim, str } from '../sim.js';
import { newUuid, type Rec } from '../store.js';
import { deleteHandler, given, queryHandler, requireAdmin, text, updateHandler } from './common.js';

/** Opens a session for an account (and user); its expiry follows --session-timeout. */
export function openSession(sim: Sim, accountUuid: string, userUuid?: string): Rec {
  const now = sim.now();
  const rec: Rec = { uuid: newUuid(), accountUuid, userUuid: userUuid ?? accountUuid, expiredDate: zsDate(now + sim.options.sessionTimeoutS * 1000), createDate: zsDate(now) };
  sim.store.table('Session').put(rec);
  return rec;
}

/** The caller of a session, or ID.1001 when it is unknown or expired (an expired session is also removed). Every
 *  API called with a session renews it for another session timeout, as the real server's sessions slide. */
export function sessionCaller(sim: Sim, sessionUuid: string, renew = true): Caller {
  const s = sim.store.table('Session').get(sessionUuid);
  if (!s || parseDate(s.expiredDate) <= sim.now()) {
    if (s) sim.store.table('Session').delete(sessionUuid);
    throw new ApiFailure(CODES.invalidSession, 'Session expired', `Session expired or does not exist: session[uuid:${sessionUuid}]`);
  }
  if (renew) sim.store.table('Session').put({ ...s, expiredDate: zsDate(sim.now() + sim.options.sessionTimeoutS * 1000) });
  const accountUuid = String(s.accountUuid);
  const userUuid = s.userUuid && s.userUuid !== accountUuid ? String(s.userUuid) : undefined;
  return { accountUuid, userUuid, sessionUuid };
}

const wrongLogin = () => new ApiFailure(CODES.authentication, 'Authentication error', 'wrong account or user name, or wrong password');

/** The server stores what the client sent (clients send a SHA-512 hex digest, the server never hashes nor checks
 *  the form) and compares a login's password with it as it is. */
function checkPassword(sim: Sim, identityUuid: string, password: unknown): void {
  if (typeof password !== 'string' || sim.store.extras.passwords[identityUuid] !== password) throw wrongLogin();
}

function uniqueName(sim: Sim, inventory: string, name: string, accountUuid?: string): void {
  const clash = sim.store.table(inventory).find((r) => r.name === name && (accountUuid === undefined || r.accountUuid === accountUuid));
  if (clash) throw invalidArgument(`a ${inventory} named '${name}' already exists`);
}

/** Removes everything an account owns, then the account's identities. */
function deleteAccount(ctx: Ctx): Rec {
  requireAdmin(ctx);
  const { sim } = ctx;
  const uuid = String(ctx.params.uuid);
  if (!sim.store.table('Account').get(uuid)) return {};
  if (sim.isAdmin(uuid)) throw permissionDenied('the admin account cannot be deleted');
  for (const [name, t] of sim.store.tables) {
    for (const r of t.filter((r) => typeof r.uuid === 'string' && sim.store.ownerOf(r.uuid) === uuid)) sim.remove(name, String(r.uuid));
  }
  for (const inv of ['User', 'UserGroup', 'Policy']) sim.store.table(inv).deleteWhere((r) => r.accountUuid === uuid);
  sim.store.table('Quota').deleteWhere((r) => r.identityUuid === uuid);
  sim.store.table('Session').deleteWhere((r) => r.accountUuid === uuid);
  sim.store.table('SharedResource').deleteWhere((r) => r.ownerAccountUuid === uuid || r.receiverAccountUuid === uuid);
  sim.store.table('Account').delete(uuid);
  delete sim.store.extras.passwords[uuid];
  return {};
}

/** Something of the caller's own account: a user, group or policy. */
function mine(ctx: Ctx, inventory: string, uuid: unknown): Rec {
  const rec = ctx.sim.store.table(inventory).get(String(uuid ?? ''));
  if (!rec || (!ctx.sim.isAdmin(ctx.caller.accountUuid) && rec.accountUuid !== ctx.caller.accountUuid)) throw notFound(`${inventory}VO`, String(uuid));
  return rec;
}

function createIdentity(ctx: Ctx, inventory: string, fields: Rec): Rec {
  uniqueName(ctx.sim, inventory, text(ctx.params.name), ctx.caller.accountUuid);
  return ctx.sim.create(inventory, { accountUuid: ctx.caller.accountUuid, ...fields }, ctx);
}

function link(ctx: Ctx, table: string, rec: Rec): Rec {
  const now = ctx.sim.stamp();
  ctx.sim.store.table(table).put({ ...rec, createDate: now, lastOpDate: now });
  return {};
}

function unlink(ctx: Ctx, table: string, match: Rec): Rec {
  ctx.sim.store.table(table).deleteWhere((r) => Object.entries(match).every(([k, v]) => r[k] === v));
  return {};
}

/** Attach and detach for a reference table between two identities of the caller's account; each side's parameter
 *  and the table's column share a name (`userUuid`, `groupUuid`, `policyUuid`). */
function relation(table: string, left: [inventory: string, key: string], right: [inventory: string, key: string]): { attach: Handler; detach: Handler } {
  const row = (ctx: Ctx): Rec => ({ [left[1]]: ctx.params[left[1]], [right[1]]: ctx.params[right[1]] });
  return {
    attach: (ctx) => {
      mine(ctx, left[0], ctx.params[left[1]]);
      mine(ctx, right[0], ctx.params[right[1]]);
      if (!ctx.sim.store.table(table).find((r) => r[left[1]] === ctx.params[left[1]] && r[right[1]] === ctx.params[right[1]])) link(ctx, table, row(ctx));
      return {};
    },
    detach: (ctx) => unlink(ctx, table, row(ctx)),
  };
}

const groupUsers = relation('UserGroupUserRef', ['UserGroup', 'groupUuid'], ['User', 'userUuid']);
const groupPolicies = relation('UserGroupPolicyRef', ['UserGroup', 'groupUuid'], ['Policy', 'policyUuid']);
const userPolicies = relation('UserPolicyRef', ['User', 'userUuid'], ['Policy', 'policyUuid']);

interface Statement {
  effect?: string;
  actions?: string[];
}

/** `identity:APIUpdateUserMsg`, `identity:*`, `*`: the part after the service prefix is matched against the API name. */
function actionMatches(pattern: string, apiName: string): boolean {
  const p = pattern.includes(':') ? pattern.slice(pattern.indexOf(':') + 1) : pattern;
  const re = new RegExp(`^${p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(apiName);
}

/** The policies that apply to a user: its own and its groups'. Deny wins over Allow; nothing matching is a Deny. */
export function evaluatePermission(sim: Sim, userUuid: string, apiName: string): 'Allow' | 'Deny' {
  return policyDecision(sim, userUuid, apiName) === 'Allow' ? 'Allow' : 'Deny';
}

/** Whether a user's session may call an API: reads are allowed unless a policy denies them (the real server gives
 *  new users a default read policy), everything else needs a policy that allows it. */
export function userMayCall(sim: Sim, userUuid: string, apiName: string, readOnly: boolean): boolean {
  const decision = policyDecision(sim, userUuid, apiName);
  return decision === 'Allow' || (readOnly && decision === undefined);
}

function policyDecision(sim: Sim, userUuid: string, apiName: string): 'Allow' | 'Deny' | undefined {
  const policyUuids = new Set<string>();
  for (const r of sim.store.table('UserPolicyRef').filter((r) => r.userUuid === userUuid)) policyUuids.add(String(r.policyUuid));
  const groups = new Set(sim.store.table('UserGroupUserRef').filter((r) => r.userUuid === userUuid).map((r) => r.groupUuid));
  for (const r of sim.store.table('UserGroupPolicyRef').filter((r) => groups.has(r.groupUuid))) policyUuids.add(String(r.policyUuid));
  let allowed = false;
  for (const uuid of policyUuids) {
    const statements = (sim.store.table('Policy').get(uuid)?.statements ?? []) as Statement[];
    for (const s of statements) {
      if (!(s.actions ?? []).some((a) => actionMatches(String(a), apiName))) continue;
      if (s.effect === 'Deny') return 'Deny';
      if (s.effect === 'Allow') allowed = true;
    }
  }
  return allowed ? 'Allow' : undefined;
}

function sharing(ctx: Ctx, revoke: boolean): Rec {
  const { sim, params, caller } = ctx;
  const resources = list(params.resourceUuids);
  const accounts = list(params.accountUuids);
  const toPublic = params.toPublic === true || params.toPublic === 'true';
  const all = params.all === true || params.all === 'true';
  // The real API: without toPublic (or all, when revoking) the accounts must be named.
  if (!toPublic && !(revoke && all) && accounts.length === 0) throw invalidArgument('accountUuids cannot be empty when toPublic is false');
  for (const uuid of resources) {
    const found = sim.store.findAny(uuid);
    if (!found || !sim.canSee(caller.accountUuid, uuid)) throw notFound('resource', uuid);
    sim.owned(found.inventory, uuid, caller);
    const shared = sim.store.table('SharedResource');
    if (revoke) {
      shared.deleteWhere((r) => r.resourceUuid === uuid && (all || (toPublic && r.toPublic === true) || accounts.includes(String(r.receiverAccountUuid))));
      continue;
    }
    for (const a of accounts) if (!sim.store.table('Account').get(a)) throw notFound('AccountVO', a);
    const base = { ownerAccountUuid: sim.store.ownerOf(uuid), resourceType: sim.catalog.inventory(found.inventory)?.resourceType, resourceUuid: uuid };
    const now = sim.stamp();
    if (toPublic) shared.put({ ...base, receiverAccountUuid: null, toPublic: true, createDate: now, lastOpDate: now });
    for (const a of accounts) shared.put({ ...base, receiverAccountUuid: a, toPublic: false, createDate: now, lastOpDate: now });
  }
  return {};
}

export const handlers: Record<string, Handler> = {
  CreateAccount: (ctx) => {
    requireAdmin(ctx);
    const { sim, params } = ctx;
    uniqueName(sim, 'Account', text(params.name));
    const password = text(params.password);
    // The seed offers System/Admin/Normal; the real AccountType has SystemAdmin and Normal.
    const type = params.type === undefined || params.type === 'Normal' ? 'Normal' : 'SystemAdmin';
    const uuid = str(params.resourceUuid) ?? newUuid();
    const now = sim.stamp();
    const rec = sim.store.table('Account').put({ uuid, name: params.name, description: params.description ?? null, type, state: params.state ?? 'Enabled', createDate: now, lastOpDate: now });
    sim.store.extras.passwords[uuid] = password;
    sim.createQuotas(uuid);
    sim.tag('Account', uuid, ctx.systemTags, ctx.userTags);
    return { inventory: rec };
  },
  DeleteAccount: deleteAccount,
  QueryAccount: queryHandler('Account'),
  UpdateAccount: (ctx) => {
    const { sim, params, caller } = ctx;
    const uuid = String(params.uuid);
    if (!sim.isAdmin(caller.accountUuid) && uuid !== caller.accountUuid) throw permissionDenied('an account can only update itself');
    const rec = sim.store.table('Account').get(uuid);
    if (!rec) throw notFound('AccountVO', uuid);
    if (params.password !== undefined) {
      if (!sim.isAdmin(caller.accountUuid) && params.oldPassword !== undefined) checkPassword(sim, uuid, params.oldPassword);
      sim.store.extras.passwords[uuid] = text(params.password);
    }
    if (params.name !== undefined && params.name !== rec.name) uniqueName(sim, 'Account', text(params.name));
    return { inventory: sim.update('Account', rec, given(params, ['name', 'description', 'state'])) };
  },
  LogInByAccount: (ctx) => {
    const { sim, params } = ctx;
    const acc = sim.store.table('Account').find((r) => r.name === params.accountName);
    if (!acc) throw wrongLogin();
    checkPassword(sim, String(acc.uuid), params.password);
    if (acc.state === 'Disabled') throw new ApiFailure(CODES.authentication, 'Authentication error', 'the account is disabled');
    return { inventory: openSession(sim, String(acc.uuid)) };
  },
  GetAccountQuotaUsage: (ctx) => {
    const { sim, params, caller } = ctx;
    const uuid = String(params.uuid);
    if (!sim.isAdmin(caller.accountUuid) && uuid !== caller.accountUuid) throw permissionDenied('an account can only read its own quota usage');
    if (!sim.store.table('Account').get(uuid)) throw notFound('AccountVO', uuid);
    const used = sim.quotaUsage(uuid);
    const names = new Set([...Object.keys(used), ...sim.store.table('Quota').filter((q) => q.identityUuid === uuid).map((q) => String(q.name))]);
    return { usages: [...names].map((name) => ({ name, total: sim.quotaValue(uuid, name), used: used[name] ?? 0 })) };
  },
  QueryAccountResourceRef: queryHandler('AccountResourceRef'),
  ShareResource: (ctx) => sharing(ctx, false),
  RevokeResourceSharing: (ctx) => sharing(ctx, true),
  QuerySharedResource: queryHandler('SharedResource'),
  ChangeResourceOwner: (ctx) => {
    requireAdmin(ctx);
    const { sim, params } = ctx;
    const accountUuid = String(params.accountUuid);
    const resourceUuid = String(params.resourceUuid);
    if (!sim.store.table('Account').get(accountUuid)) throw notFound('AccountVO', accountUuid);
    const found = sim.store.findAny(resourceUuid);
    if (!found) throw notFound('resource', resourceUuid);
    sim.own(found.inventory, resourceUuid, accountUuid);
    return { inventory: sim.store.table('AccountResourceRef').find((r) => r.resourceUuid === resourceUuid) ?? {} };
  },

  CreateUserGroup: (ctx) => ({ inventory: createIdentity(ctx, 'UserGroup', { name: ctx.params.name, description: ctx.params.description ?? null }) }),
  DeleteUserGroup: deleteHandler('UserGroup', (ctx, uuid) => {
    unlink(ctx, 'UserGroupUserRef', { groupUuid: uuid });
    unlink(ctx, 'UserGroupPolicyRef', { groupUuid: uuid });
  }),
  QueryUserGroup: queryHandler('UserGroup'),
  UpdateUserGroup: updateHandler('UserGroup', ['name', 'description']),
  AddUserToGroup: groupUsers.attach,
  RemoveUserFromGroup: groupUsers.detach,
  AttachPolicyToUserGroup: groupPolicies.attach,
  DetachPolicyFromUserGroup: groupPolicies.detach,

  CreateUser: (ctx) => {
    const password = text(ctx.params.password);
    const rec = createIdentity(ctx, 'User', { name: ctx.params.name, description: ctx.params.description ?? null });
    ctx.sim.store.extras.passwords[String(rec.uuid)] = password;
    return { inventory: rec };
  },
  DeleteUser: deleteHandler('User', (ctx, uuid) => {
    unlink(ctx, 'UserGroupUserRef', { userUuid: uuid });
    unlink(ctx, 'UserPolicyRef', { userUuid: uuid });
    ctx.sim.store.table('Session').deleteWhere((r) => r.userUuid === uuid);
    delete ctx.sim.store.extras.passwords[uuid];
  }),
  QueryUser: queryHandler('User'),
  UpdateUser: (ctx) => {
    const uuid = ctx.params.uuid ?? ctx.caller.userUuid;
    const rec = mine(ctx, 'User', uuid);
    if (ctx.caller.userUuid && ctx.caller.userUuid !== uuid) throw permissionDenied('a user can only update itself');
    if (ctx.params.password !== undefined) ctx.sim.store.extras.passwords[String(rec.uuid)] = text(ctx.params.password);
    return { inventory: ctx.sim.update('User', rec, given(ctx.params, ['name', 'description'])) };
  },
  LogInByUser: (ctx) => {
    const { sim, params } = ctx;
    const acc = sim.store.table('Account').find((r) => r.uuid === params.accountUuid || (params.accountUuid === undefined && r.name === params.accountName));
    if (!acc) throw wrongLogin();
    const user = sim.store.table('User').find((u) => u.accountUuid === acc.uuid && u.name === params.userName);
    if (!user) throw wrongLogin();
    checkPassword(sim, String(user.uuid), params.password);
    return { inventory: openSession(sim, String(acc.uuid), String(user.uuid)) };
  },
  AttachPolicyToUser: userPolicies.attach,
  DetachPolicyFromUser: userPolicies.detach,
  // The plural forms are the singular ones once per policy.
  AttachPoliciesToUser: (ctx) => {
    const each = list(ctx.params.policyUuids).map((policyUuid) => ({ ...ctx, params: { ...ctx.params, policyUuid } }));
    for (const c of each) mine(c, 'Policy', c.params.policyUuid);
    for (const c of each) userPolicies.attach(c);
    return {};
  },
  DetachPoliciesFromUser: (ctx) => {
    for (const policyUuid of list(ctx.params.policyUuids)) userPolicies.detach({ ...ctx, params: { ...ctx.params, policyUuid } });
    return {};
  },

  CreatePolicy: (ctx) => {
    const statements = ctx.params.statements;
    if (!Array.isArray(statements) || statements.some((s) => typeof s !== 'object' || s === null || !['Allow', 'Deny'].includes(String((s as Rec).effect)))) {
      throw invalidArgument('statements must be a list of {name, effect: Allow|Deny, actions: [...]}');
    }
    return { inventory: createIdentity(ctx, 'Policy', { name: ctx.params.name, description: ctx.params.description ?? null, statements }) };
  },
  DeletePolicy: deleteHandler('Policy', (ctx, uuid) => {
    unlink(ctx, 'UserPolicyRef', { policyUuid: uuid });
    unlink(ctx, 'UserGroupPolicyRef', { policyUuid: uuid });
  }),
  QueryPolicy: queryHandler('Policy'),
  QueryQuota: queryHandler('Quota'),
  UpdateQuota: (ctx) => {
    requireAdmin(ctx);
    const { sim, params } = ctx;
    const identityUuid = String(params.identityUuid);
    const value = num(params.value);
    if (value === undefined || value < 0) throw invalidArgument('value must be a non-negative number');
    const table = sim.store.table('Quota');
    if (!sim.store.table('Account').get(identityUuid)) throw notFound('AccountVO', identityUuid);
    const existing = table.find((r) => r.identityUuid === identityUuid && r.name === params.name);
    // Every account has a row per quota its server defines; a name without one is refused, as a real node does.
    if (!existing) throw invalidArgument(`cannot find Quota[name: ${String(params.name)}] for the account[uuid: ${identityUuid}]`);
    return { inventory: sim.update('Quota', existing, { value }) };
  },
  GetResourceNames: (ctx) => {
    const { sim, caller } = ctx;
    const out: Rec[] = [];
    for (const uuid of list(ctx.params.uuids)) {
      const found = sim.store.findAny(uuid);
      if (!found || !sim.canSee(caller.accountUuid, uuid)) continue;
      out.push({ uuid, resourceName: found.rec.name ?? null, resourceType: sim.catalog.inventory(found.inventory)?.resourceType ?? `${found.inventory}VO` });
    }
    return { inventories: out };
  },
  CheckApiPermission: (ctx) => {
    const { sim, params, caller } = ctx;
    const userUuid = str(params.userUuid) ?? caller.userUuid;
    if (userUuid) mine(ctx, 'User', userUuid);
    const answer: Rec = {};
    for (const api of list(params.apiNames)) answer[api] = userUuid ? evaluatePermission(sim, userUuid, api) : 'Allow';
    return { inventory: answer };
  },
  ValidateSession: (ctx) => {
    try {
      sessionCaller(ctx.sim, String(ctx.params.sessionUuid), false);
      return { valid: true };
    } catch {
      return { valid: false };
    }
  },
  RenewSession: (ctx) => {
    const { sim, params, caller } = ctx;
    const uuid = String(params.sessionUuid);
    const s = sim.store.table('Session').get(uuid);
    if (!s || s.accountUuid !== caller.accountUuid) throw notFound('SessionVO', uuid);
    const duration = num(params.duration) ?? sim.options.sessionTimeoutS;
    // Not sim.update: a session has no lastOpDate.
    return { inventory: sim.store.table('Session').put({ ...s, expiredDate: zsDate(sim.now() + duration * 1000) }) };
  },
  LogOut: (ctx) => {
    ctx.sim.store.table('Session').delete(String(ctx.params.sessionUuid));
    return {};
  },
};
