// The simulator's domain core: state, query engine, options and the helpers every handler family shares
// (creation with ownership and tags, visibility, quotas). No I/O here: server.ts speaks HTTP, persist.ts writes files.
import type { Catalog } from '../catalog/catalog.js';
import type { ApiSpec } from '../catalog/types.js';
import { ApiFailure, CODES, invalidArgument, notFound, permissionDenied } from './errors.js';
import { timeZoneOffset, zsDate } from './dates.js';
import type { Work } from './limits.js';
import { QueryEngine, type QueryRequest } from './query.js';
import { ADMIN_UUID, newUuid, type Rec, type Store } from './store.js';

export interface SimOptions {
  /** How long an asynchronous API takes before its job completes. */
  jobDelayMs: number;
  sessionTimeoutS: number;
  /** How long a finished job's result stays readable (then 404). */
  jobRetentionMs: number;
  /** Clock, injectable for tests. */
  now: () => number;
  /** The node's local time zone (`+08:00`, `UTC`, `Asia/Shanghai`): AccessKey Date headers are compared with its
   *  wall clock. ZStack nodes usually run on China Standard Time. */
  timeZone: string;
}

export const DEFAULT_OPTIONS: SimOptions = { jobDelayMs: 100, sessionTimeoutS: 7200, jobRetentionMs: 3 * 3600_000, now: Date.now, timeZone: '+08:00' };

/** The default quotas of an open-source server (docs/zstack-rest.md). */
export const DEFAULT_QUOTAS: Readonly<Record<string, number>> = {
  'vm.totalNum': 20,
  'vm.num': 20,
  'vm.cpuNum': 80,
  'vm.memorySize': 80 * 2 ** 30,
  'volume.data.num': 40,
  'volume.capacity': 10 * 2 ** 40,
  'image.num': 20,
  'image.size': 10 * 2 ** 40,
  'l3.num': 20,
  'securityGroup.num': 20,
  'eip.num': 20,
  'portForwarding.num': 20,
  'vip.num': 20,
  'loadBalancer.num': 20,
  'listener.num': 20,
  'vxlan.num': 8,
  'snapshot.volume.num': 200,
  'ssh_key_pair.num': 20,
};

/** Who is calling: the session's account (and user, for LogInByUser sessions). */
export interface Caller {
  accountUuid: string;
  userUuid?: string;
  sessionUuid?: string;
}

export interface Ctx {
  sim: Sim;
  api: ApiSpec;
  params: Record<string, unknown>;
  systemTags: string[];
  userTags: string[];
  caller: Caller;
  /** Query verbs: the request as the REST layer read it from the query string. */
  query?: QueryRequest;
  /** The host name the client used, for addresses the answer carries (console URLs). */
  host: string;
}

/** A Query verb's answer, worked out by the server in slices (limits.ts): its body, or a reply too large to hold as
 *  JSON text in pieces (schema included). */
export type QueryAnswer = { body: Rec } | { pieces: Work<void, string> };

export class Deferred {
  constructor(readonly work: Work<QueryAnswer>) {}
}

export type Handler = (ctx: Ctx) => Rec | Deferred;

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
export const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v !== '' ? v.split(',') : []);

export class Sim {
  readonly engine: QueryEngine;
  private readonly offset: (ms: number) => number;

  constructor(
    readonly store: Store,
    readonly catalog: Catalog,
    readonly options: SimOptions = DEFAULT_OPTIONS,
  ) {
    this.engine = new QueryEngine(store, catalog);
    const offset = timeZoneOffset(options.timeZone);
    if (!offset) throw new Error(`unknown time zone '${options.timeZone}'`);
    this.offset = offset;
  }

  now(): number {
    return this.options.now();
  }

  /** The node's local wall-clock time, as milliseconds of a UTC calendar. */
  wallClock(): number {
    const now = this.now();
    return now + this.offset(now);
  }

  stamp(): string {
    return zsDate(this.now());
  }

  isAdmin(accountUuid: string): boolean {
    const acc = this.store.table('Account').get(accountUuid);
    return acc?.type === 'SystemAdmin' || accountUuid === ADMIN_UUID;
  }

  /** Whether an account may see a resource: admin sees everything; others what they own or what is shared with them. */
  canSee(accountUuid: string, uuid: string): boolean {
    if (this.isAdmin(accountUuid) || uuid === accountUuid) return true;
    if (this.store.ownerOf(uuid) === accountUuid) return true;
    return this.sharedWith(accountUuid).has(uuid);
  }

  private sharedCache?: { version: number; account: string; set: Set<string> };

  sharedWith(accountUuid: string): Set<string> {
    const t = this.store.table('SharedResource');
    const c = this.sharedCache;
    if (c && c.version === t.version && c.account === accountUuid) return c.set;
    const set = new Set<string>();
    for (const s of t.scan()) if (s.toPublic === true || s.receiverAccountUuid === accountUuid) set.add(String(s.resourceUuid));
    this.sharedCache = { version: t.version, account: accountUuid, set };
    return set;
  }

  /** Row visibility for queries. Rows without a uuid (references, quotas) follow the account or resources they name. */
  visibility(accountUuid: string): ((r: Rec) => boolean) | undefined {
    if (this.isAdmin(accountUuid)) return undefined;
    const shared = this.sharedWith(accountUuid);
    const owners = this.store.extras.owners;
    const sees = (u: string) => u === accountUuid || (owners[u] ?? ADMIN_UUID) === accountUuid || shared.has(u);
    return (r) => {
      // Rows about another resource (tags, ownership and sharing records) follow that resource.
      if (typeof r.resourceUuid === 'string' && sees(r.resourceUuid)) return true;
      if (typeof r.uuid === 'string') return sees(r.uuid);
      for (const k of ['accountUuid', 'ownerAccountUuid', 'receiverAccountUuid', 'identityUuid']) if (r[k] === accountUuid) return true;
      if (r.toPublic === true) return true;
      return Object.keys(r).some((k) => k.endsWith('Uuid') && typeof r[k] === 'string' && owners[r[k] as string] === accountUuid);
    };
  }

  /** A resource the caller may see, or the error the real server gives. */
  get(inventory: string, uuid: unknown, caller: Caller): Rec {
    const id = String(uuid ?? '');
    const rec = this.store.table(inventory).get(id);
    if (!rec || !this.canSee(caller.accountUuid, id)) throw notFound(`${inventory}VO`, id);
    return rec;
  }

  /** A resource the caller may change: its owner or an admin. */
  owned(inventory: string, uuid: unknown, caller: Caller): Rec {
    const rec = this.get(inventory, uuid, caller);
    const id = String(uuid);
    if (!this.isAdmin(caller.accountUuid) && this.store.ownerOf(id) !== caller.accountUuid && id !== caller.accountUuid) {
      throw permissionDenied(`the account[uuid:${caller.accountUuid}] has no permission to operate the resource[uuid:${id}] of ${inventory}VO`);
    }
    return rec;
  }

  /** Inserts a new resource owned by the caller, with the request's tags. */
  create(inventory: string, fields: Rec, ctx: Pick<Ctx, 'caller' | 'params' | 'systemTags' | 'userTags'>): Rec {
    const uuid = str(ctx.params.resourceUuid) ?? newUuid();
    if (this.store.findAny(uuid)) throw invalidArgument(`resourceUuid[${uuid}] is already in use`);
    const now = this.stamp();
    const rec = this.store.table(inventory).put({ uuid, ...fields, createDate: now, lastOpDate: now });
    this.own(inventory, uuid, ctx.caller.accountUuid);
    this.tag(inventory, uuid, ctx.systemTags, ctx.userTags);
    return rec;
  }

  own(inventory: string, uuid: string, accountUuid: string): void {
    this.store.setOwner(uuid, accountUuid);
    const refs = this.store.table('AccountResourceRef');
    refs.deleteWhere((r) => r.resourceUuid === uuid);
    const resourceType = this.catalog.inventory(inventory)?.resourceType ?? `${inventory}VO`;
    const now = this.stamp();
    refs.put({
      id: this.store.extras.nextId++,
      accountUuid,
      ownerAccountUuid: accountUuid,
      resourceUuid: uuid,
      resourceType,
      concreteResourceType: `org.zstack.header.${resourceType}`,
      permission: 2,
      isShared: false,
      createDate: now,
      lastOpDate: now,
    });
  }

  tag(inventory: string, uuid: string, systemTags: readonly string[], userTags: readonly string[]): void {
    const resourceType = this.catalog.inventory(inventory)?.resourceType ?? `${inventory}VO`;
    const now = this.stamp();
    for (const tag of systemTags) this.store.table('SystemTag').put({ uuid: newUuid(), resourceUuid: uuid, resourceType, inherent: false, type: 'System', tag, createDate: now, lastOpDate: now });
    for (const tag of userTags) this.store.table('UserTag').put({ uuid: newUuid(), resourceUuid: uuid, resourceType, type: 'User', tag, createDate: now, lastOpDate: now });
  }

  update(inventory: string, rec: Rec, patch: Rec): Rec {
    const next: Rec = { ...rec };
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) next[k] = v;
    next.lastOpDate = this.stamp();
    return this.store.table(inventory).put(next);
  }

  /** Deletes a resource with what hangs off it in the identity bookkeeping (ownership, sharing, tags). */
  remove(inventory: string, uuid: string): void {
    this.store.table(inventory).delete(uuid);
    delete this.store.extras.owners[uuid];
    this.store.table('AccountResourceRef').deleteWhere((r) => r.resourceUuid === uuid);
    this.store.table('SharedResource').deleteWhere((r) => r.resourceUuid === uuid);
    this.store.table('SystemTag').deleteWhere((r) => r.resourceUuid === uuid);
    this.store.table('UserTag').deleteWhere((r) => r.resourceUuid === uuid);
  }

  /** Quota check for a normal account before it creates something; admins are unlimited. */
  checkQuota(accountUuid: string, adds: Record<string, number>): void {
    if (this.isAdmin(accountUuid)) return;
    const usage = this.quotaUsage(accountUuid);
    for (const [name, delta] of Object.entries(adds)) {
      const limit = this.quotaValue(accountUuid, name);
      const used = usage[name] ?? 0;
      if (used + delta > limit) {
        throw new ApiFailure(CODES.quotaExceeded, 'Quota exceeding', `quota exceeding. The account[uuid: ${accountUuid}] exceeds a quota[name: ${name}, value: ${limit}], current used: ${used}, requested: ${delta}`);
      }
    }
  }

  quotaValue(accountUuid: string, name: string): number {
    const q = this.store.table('Quota').find((r) => r.identityUuid === accountUuid && r.name === name);
    return typeof q?.value === 'number' ? q.value : (DEFAULT_QUOTAS[name] ?? Infinity);
  }

  /** What an account uses, per quota name. */
  quotaUsage(accountUuid: string): Record<string, number> {
    // Another account's resources are those the ownership map names (a scan of a million generated VMs, all the
    // admin's, would find none of them).
    const owners = this.store.extras.owners;
    const owned = accountUuid === ADMIN_UUID ? [] : Object.keys(owners).filter((u) => owners[u] === accountUuid);
    const mine = (inv: string): Rec[] => {
      const table = this.store.table(inv);
      if (accountUuid === ADMIN_UUID) return table.filter((r) => this.store.ownerOf(String(r.uuid)) === accountUuid);
      return owned.flatMap((u): Rec[] => {
        const r = table.get(u);
        return r ? [r] : [];
      });
    };
    const vms = mine('VmInstance');
    const live = vms.filter((v) => v.state !== 'Stopped' && v.state !== 'Destroyed');
    const volumes = mine('Volume');
    const images = mine('Image');
    const sum = (rows: Rec[], f: string) => rows.reduce((s, r) => s + (num(r[f]) ?? 0), 0);
    const usage: Record<string, number> = Object.fromEntries(Object.keys(DEFAULT_QUOTAS).map((k) => [k, 0]));
    Object.assign(usage, {
      'vm.totalNum': vms.length,
      'vm.num': live.length,
      'vm.cpuNum': sum(live, 'cpuNum'),
      'vm.memorySize': sum(live, 'memorySize'),
      'volume.data.num': volumes.filter((v) => v.type === 'Data').length,
      'volume.capacity': sum(volumes, 'size'),
      'image.num': images.length,
      'image.size': sum(images, 'size'),
      'l3.num': mine('L3Network').length,
      'securityGroup.num': mine('SecurityGroup').length,
      'eip.num': mine('Eip').length,
      'vip.num': mine('Vip').length,
      'portForwarding.num': mine('PortForwardingRule').length,
      'loadBalancer.num': mine('LoadBalancer').length,
      'listener.num': mine('LoadBalancerListener').length,
      'snapshot.volume.num': mine('VolumeSnapshot').length,
    });
    return usage;
  }

  /** The default quota rows of a new account. */
  createQuotas(accountUuid: string): void {
    const now = this.stamp();
    for (const [name, value] of Object.entries(DEFAULT_QUOTAS)) {
      this.store.table('Quota').put({ name, identityUuid: accountUuid, identityType: 'AccountVO', value, createDate: now, lastOpDate: now });
    }
  }
}
