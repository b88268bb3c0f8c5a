// Billing, scheduler, LDAP and console families.
import { parseDate } from '../dates.js';
import { ApiFailure, CODES, invalidArgument, notFound, permissionDenied } from '../errors.js';
import { type Ctx, type Handler, list, num, str } from '../sim.js';
import { newUuid, type Rec } from '../store.js';
import { deleteHandler, given, queryHandler, requireAdmin, text, updateHandler } from './common.js';
import { openSession } from './identity.js';
import { checkVmState } from './resources.js';

/** The simulator's built-in directory: LogInByLdap and GetLdapEntry read it. Every entry's password is `password`. */
export const LDAP_DIRECTORY: ReadonlyArray<{ dn: string; cn: string; mail: string }> = [
  { dn: 'ou=Employee,uid=test', cn: 'test', mail: 'test@example.com' },
  { dn: 'ou=Employee,uid=alice', cn: 'alice', mail: 'alice@example.com' },
  { dn: 'ou=Employee,uid=bob', cn: 'bob', mail: 'bob@example.com' },
  { dn: 'ou=Employee,uid=user_xxx', cn: 'user_xxx', mail: 'user_xxx@example.com' },
];
const LDAP_PASSWORD = 'password';

/** Supports `(attr=value)` with `*` wildcards, and `(&...)` / `(|...)` of those: what bindings and lookups use. */
function ldapMatch(filter: string, entry: Record<string, string>): boolean {
  const f = filter.trim();
  const group = /^\(([&|])(.*)\)$/.exec(f);
  if (group) {
    const parts = group[2].match(/\([^()]*\)/g) ?? [];
    return group[1] === '&' ? parts.every((p) => ldapMatch(p, entry)) : parts.some((p) => ldapMatch(p, entry));
  }
  const m = /^\(?([A-Za-z]+)=([^)]*)\)?$/.exec(f);
  if (!m) throw new ApiFailure(CODES.ldap, 'LDAP error', `invalid LDAP filter ${filter}`);
  const value = entry[m[1].toLowerCase()];
  if (value === undefined) return false;
  const re = new RegExp(`^${m[2].split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return re.test(value);
}

function ldapEntries(ctx: Ctx, candidatesOnly: boolean): Rec {
  if (ctx.sim.store.table('LdapServer').size === 0) throw new ApiFailure(CODES.ldap, 'LDAP error', 'no LDAP server is configured');
  const bound = new Set(ctx.sim.store.table('LdapAccountRef').filter(() => true).map((r) => r.ldapUid));
  const limit = num(ctx.params.limit) ?? 2500;
  const hits = LDAP_DIRECTORY.filter((e) => ldapMatch(String(ctx.params.ldapFilter), { cn: e.cn, uid: e.cn, mail: e.mail, dn: e.dn }))
    .filter((e) => !candidatesOnly || !bound.has(e.dn))
    .slice(0, limit);
  const attr = (id: string, v: string) => ({ id, orderMatters: false, values: [v], valuesAsNames: {} });
  return { inventories: hits.map((e) => ({ dn: e.dn, attributes: [attr('cn', e.cn), attr('uid', e.cn), attr('mail', e.mail), attr('displayName', e.cn)] })) };
}

const TRIGGER_FIELDS = ['name', 'description', 'schedulerInterval', 'repeatCount', 'cron'] as const;

function jobTriggerLinks(ctx: Ctx): void {
  // The inventories carry their links as lists (jobsUuid / triggersUuid), kept in step with the reference rows.
  const refs = ctx.sim.store.table('SchedulerJobSchedulerTrigger').filter(() => true);
  for (const t of ctx.sim.store.table('SchedulerTrigger').filter(() => true)) {
    ctx.sim.store.table('SchedulerTrigger').put({ ...t, jobsUuid: refs.filter((r) => r.schedulerTriggerUuid === t.uuid).map((r) => r.schedulerJobUuid) });
  }
  for (const j of ctx.sim.store.table('SchedulerJob').filter(() => true)) {
    ctx.sim.store.table('SchedulerJob').put({ ...j, triggersUuid: refs.filter((r) => r.schedulerJobUuid === j.uuid).map((r) => r.schedulerTriggerUuid) });
  }
}

export const handlers: Record<string, Handler> = {
  // Billing
  CreateResourcePrice: (ctx) => {
    requireAdmin(ctx);
    const price = num(ctx.params.price);
    if (price === undefined || price < 0) throw invalidArgument('price must be a non-negative number');
    const fields = { resourceName: ctx.params.resourceName, resourceUnit: ctx.params.resourceUnit ?? null, timeUnit: ctx.params.timeUnit, price, dateInLong: num(ctx.params.dateInLong) ?? ctx.sim.now(), endDateInLong: null, accountUuid: ctx.params.accountUuid ?? null, tableUuid: null };
    return { inventory: ctx.sim.create('Price', fields, ctx) };
  },
  DeleteResourcePrice: deleteHandler('Price'),
  QueryResourcePrice: queryHandler('Price'),
  CalculateAccountSpending: (ctx) => {
    const { sim, params, caller } = ctx;
    const accountUuid = String(params.accountUuid);
    if (!sim.isAdmin(caller.accountUuid) && accountUuid !== caller.accountUuid) throw permissionDenied('an account can only read its own spending');
    const from = num(params.dateStart) ?? 0;
    const to = num(params.dateEnd) ?? sim.now();
    const prices = sim.store.table('Price').filter(() => true);
    const perSecond = (name: string) => {
      const p = prices.filter((x) => x.resourceName === name && (x.accountUuid == null || x.accountUuid === accountUuid)).at(-1);
      if (!p) return 0;
      const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
      return Number(p.price) / (unit[String(p.timeUnit)] ?? 1);
    };
    // Spending of running VMs: cpu per core and memory per MB, from the VM's creation (or dateStart) to dateEnd.
    const details: Rec[] = [];
    let total = 0;
    for (const vm of sim.store.table('VmInstance').filter((v) => sim.store.ownerOf(String(v.uuid)) === accountUuid && v.state === 'Running')) {
      const seconds = Math.max(0, (to - Math.max(from, parseDate(vm.createDate))) / 1000);
      const cost = seconds * (perSecond('cpu') * Number(vm.cpuNum ?? 0) + perSecond('memory') * (Number(vm.memorySize ?? 0) / 2 ** 20));
      total += cost;
      details.push({ resourceUuid: vm.uuid, resourceName: vm.name, spending: cost });
    }
    return { total, spending: [{ spendingType: 'VM', spending: total, details }] };
  },

  // Scheduler
  CreateSchedulerTrigger: (ctx) => {
    const fields = { ...given(ctx.params, [...TRIGGER_FIELDS, 'schedulerType']), startTime: ctx.params.startTime ?? null, stopTime: null, jobsUuid: [] };
    if (ctx.params.schedulerType === 'cron' && !str(ctx.params.cron)) throw invalidArgument('a cron trigger needs cron');
    return { inventory: ctx.sim.create('SchedulerTrigger', fields, ctx) };
  },
  DeleteSchedulerTrigger: deleteHandler('SchedulerTrigger', (ctx, uuid) => {
    ctx.sim.store.table('SchedulerJobSchedulerTrigger').deleteWhere((r) => r.schedulerTriggerUuid === uuid);
    jobTriggerLinks(ctx);
  }),
  QuerySchedulerTrigger: queryHandler('SchedulerTrigger'),
  UpdateSchedulerTrigger: updateHandler('SchedulerTrigger', [...TRIGGER_FIELDS, 'startTime']),
  AddSchedulerJobToSchedulerTrigger: (ctx) => {
    const job = ctx.sim.owned('SchedulerJob', ctx.params.schedulerJobUuid, ctx.caller);
    const trigger = ctx.sim.owned('SchedulerTrigger', ctx.params.schedulerTriggerUuid, ctx.caller);
    const now = ctx.sim.stamp();
    const ref = { uuid: newUuid(), schedulerJobUuid: job.uuid, schedulerTriggerUuid: trigger.uuid, jobGroup: String(job.uuid), triggerGroup: String(trigger.uuid), createDate: now, lastOpDate: now };
    ctx.sim.store.table('SchedulerJobSchedulerTrigger').put(ref);
    jobTriggerLinks(ctx);
    return { inventory: ref };
  },
  RemoveSchedulerJobFromSchedulerTrigger: (ctx) => {
    ctx.sim.store.table('SchedulerJobSchedulerTrigger').deleteWhere((r) => r.schedulerJobUuid === ctx.params.schedulerJobUuid && r.schedulerTriggerUuid === ctx.params.schedulerTriggerUuid);
    jobTriggerLinks(ctx);
    return {};
  },
  CreateSchedulerJob: (ctx) => {
    const target = ctx.sim.store.findAny(String(ctx.params.targetResourceUuid));
    if (!target || !ctx.sim.canSee(ctx.caller.accountUuid, String(ctx.params.targetResourceUuid))) throw notFound('resource', String(ctx.params.targetResourceUuid));
    const fields = { name: ctx.params.name, description: ctx.params.description ?? null, targetResourceUuid: ctx.params.targetResourceUuid, type: ctx.params.type, parameters: ctx.params.parameters ?? null, state: 'Enabled', triggersUuid: [] };
    return { inventory: ctx.sim.create('SchedulerJob', fields, ctx) };
  },
  DeleteSchedulerJob: deleteHandler('SchedulerJob', (ctx, uuid) => {
    ctx.sim.store.table('SchedulerJobSchedulerTrigger').deleteWhere((r) => r.schedulerJobUuid === uuid);
    jobTriggerLinks(ctx);
  }),
  QuerySchedulerJob: queryHandler('SchedulerJob'),
  UpdateSchedulerJob: updateHandler('SchedulerJob', ['name', 'description']),
  GetNoTriggerSchedulerJobs: (ctx) => {
    const see = ctx.sim.visibility(ctx.caller.accountUuid) ?? (() => true);
    return { inventories: ctx.sim.store.table('SchedulerJob').filter((j) => see(j) && (j.triggersUuid as unknown[] | undefined)?.length === 0) };
  },
  ChangeSchedulerState: (ctx) => {
    const job = ctx.sim.owned('SchedulerJob', ctx.params.uuid, ctx.caller);
    const state = ctx.params.stateEvent === 'disable' ? 'Disabled' : 'Enabled';
    return { inventory: ctx.sim.update('SchedulerJob', job, { state }) };
  },

  // LDAP
  AddLdapServer: (ctx) => {
    requireAdmin(ctx);
    const rec = ctx.sim.create('LdapServer', given(ctx.params, ['name', 'description', 'url', 'base', 'username', 'encryption', 'scope']), ctx);
    ctx.sim.store.extras.passwords[String(rec.uuid)] = text(ctx.params.password);
    return { inventory: rec };
  },
  DeleteLdapServer: deleteHandler('LdapServer', (ctx, uuid) => {
    ctx.sim.store.table('LdapAccountRef').deleteWhere((r) => r.ldapServerUuid === uuid);
  }),
  QueryLdapServer: queryHandler('LdapServer'),
  UpdateLdapServer: (ctx) => {
    const rec = ctx.sim.owned('LdapServer', ctx.params.ldapServerUuid, ctx.caller);
    if (ctx.params.password !== undefined) ctx.sim.store.extras.passwords[String(rec.uuid)] = text(ctx.params.password);
    return { inventory: ctx.sim.update('LdapServer', rec, given(ctx.params, ['name', 'description', 'url', 'base', 'username', 'encryption'])) };
  },
  CreateLdapBinding: (ctx) => {
    requireAdmin(ctx);
    const server = ctx.sim.store.table('LdapServer').find(() => true);
    if (!server) throw new ApiFailure(CODES.ldap, 'LDAP error', 'no LDAP server is configured');
    const uid = text(ctx.params.ldapUid);
    if (!LDAP_DIRECTORY.some((e) => e.dn === uid)) throw new ApiFailure(CODES.ldap, 'LDAP error', `no LDAP entry ${uid}`);
    if (!ctx.sim.store.table('Account').get(String(ctx.params.accountUuid))) throw notFound('AccountVO', String(ctx.params.accountUuid));
    if (ctx.sim.store.table('LdapAccountRef').find((r) => r.ldapUid === uid)) throw invalidArgument(`the LDAP entry ${uid} is already bound`);
    return { inventory: ctx.sim.create('LdapAccountRef', { ldapUid: uid, ldapServerUuid: server.uuid, accountUuid: ctx.params.accountUuid }, ctx) };
  },
  DeleteLdapBinding: deleteHandler('LdapAccountRef'),
  QueryLdapBinding: queryHandler('LdapAccountRef'),
  CleanInvalidLdapBinding: (ctx) => {
    requireAdmin(ctx);
    const t = ctx.sim.store.table('LdapAccountRef');
    const invalid = t.filter((r) => !LDAP_DIRECTORY.some((e) => e.dn === r.ldapUid) || !ctx.sim.store.table('Account').get(String(r.accountUuid)));
    for (const r of invalid) ctx.sim.remove('LdapAccountRef', String(r.uuid));
    return { inventories: invalid };
  },
  LogInByLdap: (ctx) => {
    const uid = text(ctx.params.uid);
    const entry = LDAP_DIRECTORY.find((e) => e.dn === uid || e.cn === uid);
    const binding = entry && ctx.sim.store.table('LdapAccountRef').find((r) => r.ldapUid === entry.dn);
    if (!entry || !binding || ctx.params.password !== LDAP_PASSWORD) {
      throw new ApiFailure(CODES.authentication, 'Authentication error', 'wrong LDAP uid or password, or the entry is bound to no account');
    }
    return { inventory: openSession(ctx.sim, String(binding.accountUuid)) };
  },
  GetLdapEntry: (ctx) => ldapEntries(ctx, false),
  GetCandidateLdapEntryForBinding: (ctx) => ldapEntries(ctx, true),

  // Console
  RequestConsoleAccess: (ctx) => {
    const vm = ctx.sim.owned('VmInstance', ctx.params.vmInstanceUuid, ctx.caller);
    checkVmState(vm, 'open a console of');
    const agent = ctx.sim.store.table('ConsoleProxyAgent').find(() => true);
    const hostname = str(agent?.consoleProxyOverriddenIp) ?? ctx.host;
    return { inventory: { scheme: 'http', hostname, port: num(agent?.consoleProxyPort) ?? 4900, token: newUuid() } };
  },
  QueryConsoleProxyAgent: queryHandler('ConsoleProxyAgent'),
  ReconnectConsoleProxyAgent: (ctx) => {
    requireAdmin(ctx);
    const wanted = list(ctx.params.agentUuids);
    const t = ctx.sim.store.table('ConsoleProxyAgent');
    for (const a of t.filter((a) => wanted.length === 0 || wanted.includes(String(a.uuid)))) ctx.sim.update('ConsoleProxyAgent', a, { status: 'Connected' });
    return { inventory: { agentUuids: wanted } };
  },
  UpdateConsoleProxyAgent: (ctx) => {
    requireAdmin(ctx);
    const agent = ctx.sim.get('ConsoleProxyAgent', ctx.params.uuid, ctx.caller);
    return { inventory: ctx.sim.update('ConsoleProxyAgent', agent, given(ctx.params, ['consoleProxyOverriddenIp', 'consoleProxyPort'])) };
  },
};
