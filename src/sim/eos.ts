// A simulator of the EasyStack EOS APIs the CLI drives: Keystone v3 password log-in (tokens that expire), the
// EasyStack domain quota extension (quotas per domain and region, with what is allocated and the limits an update
// must respect), the platform usage of the default domain, and an administrator setting a user's password. It
// follows the issue 13 wire contract and the EOS v6.1.1 API reference; the reference's examples are its seed data.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { isObject, need, type ProviderSimOptions, type ProviderSpec, type RunningProviderSim, type SimReply, type SimRequest, startProviderSim } from './provider-sim.js';

export const EOS_DEFAULT_PORT = 5000;
export const EOS_DEFAULT_TOKEN_TTL_S = 3600;
export const EOS_REGION = 'RegionOne';
/** The platform's own domain ("云平台配额实际就是default部门的配额"). */
export const EOS_DEFAULT_DOMAIN = { id: 'default', name: 'Default' } as const;
/** The seeded department: its RegionOne quota is the reference's GetDomainQuota example. */
export const EOS_DEPT_DOMAIN = { id: 'd6e3c1a8b8a24c1c9f2a0e6a4e8f3b21', name: 'dept-a' } as const;
export const EOS_ADMIN_PROJECT = { id: '0c4e9a7d3b2f4e1a8d6c5b4a39281706', name: 'admin', domainId: 'default' } as const;
/** The simulator's administrator: log in with these (scope: project admin in domain Default). */
export const EOS_ADMIN = {
  userId: '7ab1a0a5c1e84d3c9a5e8b2f6d4c3e21',
  userName: 'admin',
  password: 'password',
  domainId: EOS_DEFAULT_DOMAIN.id,
  domainName: EOS_DEFAULT_DOMAIN.name,
  projectId: EOS_ADMIN_PROJECT.id,
  projectName: EOS_ADMIN_PROJECT.name,
} as const;
/** The administrator of the reference's token example (log in by id). */
export const EOS_SEED_ADMIN = { userId: '858634b407e845f14b02bcf369225dcd0', userName: 'cloud_admin', password: 'devstacker' } as const;
/** The user of the reference's UpdateUserPassword example: a domain member, not an administrator. */
export const EOS_TEST_USER = { userId: '5df4ae79648b4d7e954382da88cc69ef', userName: 'test_user', password: 'test_password' } as const;
export const EOS_ROLES = { admin: { id: 'b1d1e5c0a3f04f6e9c2d7a8b6e5f4d31', name: 'admin' }, domain_member: { id: 'c2e2f6d1b4a15a7fad3e8b9c7f6a5e42', name: 'domain_member' } } as const;
/** Volume types that exist: the per-type quota items (volumes_hdd, gigabytes_ssd, ...) are those of these types. */
export const EOS_VOLUME_TYPES = ['hdd', 'ssd', 'test'] as const;

const FORMAT = 'zstack-cli-sim-eos/1';
const UNAUTHENTICATED = 'The request you have made requires authentication.';

type Amounts = Record<string, number>;
interface RegionQuota {
  usage: Amounts;
  quotas: Amounts;
  limits: Amounts;
}
interface Domain {
  id: string;
  name: string;
  regions: Record<string, RegionQuota>;
}
type RoleName = keyof typeof EOS_ROLES;
interface User {
  id: string;
  name: string;
  domainId: string;
  passwordSha256: string;
  email: string | null;
  enabled: boolean;
  role: RoleName;
  /** Projects the user has its role on (a project-scoped token needs one of them). */
  projectIds: string[];
}
interface Project {
  id: string;
  name: string;
  domainId: string;
}
interface Token {
  id: string;
  userId: string;
  projectId: string | null;
  issuedAt: number;
  expiresAt: number;
}
interface EosState {
  format: typeof FORMAT;
  domains: Domain[];
  users: User[];
  projects: Project[];
  tokens: Token[];
  /** The default domain's actual resource use and the deprecated quota_fake, per region (GetDomainUsage). */
  platform: Record<string, { usage: Amounts; quota_fake: Amounts }>;
}

export interface EosSimOptions extends ProviderSimOptions {
  /** Lifetime of a token in seconds (default 3600). */
  tokenTtlS?: number;
  /** The clock (ms since the epoch) tokens are issued and expire by; tests pass a fake one. */
  now?: () => number;
}

export function startEosSim(opts: EosSimOptions = {}): Promise<RunningProviderSim> {
  const now = opts.now ?? Date.now;
  const ttlMs = (opts.tokenTtlS ?? EOS_DEFAULT_TOKEN_TTL_S) * 1000;
  const spec: ProviderSpec<EosState> = {
    provider: 'eos',
    label: 'EOS',
    defaultPort: EOS_DEFAULT_PORT,
    seed: seedState,
    restore: restoreState,
    save: (s) => ({ ...s, tokens: s.tokens.filter((t) => t.expiresAt > now()) }),
    handle: (state, req) => route({ state, req, now, ttlMs }),
    failure: (e) => (e instanceof EosError ? errorReply(e.status, e.message) : errorReply(500, 'An unexpected error prevented the server from fulfilling your request.')),
    // Keystone's own answer to a body over its max_request_body_size.
    tooLarge: () => errorReply(413, 'Request is too large.'),
    commonHeaders: () => ({ RequestId: `req-${randomUUID()}` }),
  };
  return startProviderSim(spec, opts);
}

// ---- HTTP ----

const TITLES: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 413: 'Request Entity Too Large', 500: 'Internal Server Error' };

class EosError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function errorReply(status: number, message: string): SimReply {
  return { status, body: { error: { message, code: status, title: TITLES[status] } } };
}

interface Ctx {
  state: EosState;
  req: SimRequest;
  now: () => number;
  ttlMs: number;
}

type Op = (c: Ctx, id: string) => SimReply;

const ROUTES: Array<{ re: RegExp; ops: Record<string, Op> }> = [
  { re: /^\/v3\/auth\/tokens$/, ops: { POST: logIn } },
  { re: /^\/v3\/domain_quotas\/([^/]+)$/, ops: { GET: getDomainQuota, PATCH: updateDomainQuota } },
  { re: /^\/v3\/domain_usage$/, ops: { GET: getDomainUsage } },
  { re: /^\/v3\/users\/([^/]+)$/, ops: { PATCH: updateUserPassword } },
];

function route(c: Ctx): SimReply {
  for (const r of ROUTES) {
    const m = r.re.exec(c.req.path);
    if (!m) continue;
    const op = r.ops[c.req.method];
    if (!op) throw new EosError(405, 'The method is not allowed for the requested URL.');
    let id = '';
    try {
      id = m[1] === undefined ? '' : decodeURIComponent(m[1]);
    } catch {
      throw new EosError(404, 'The resource could not be found.');
    }
    return op(c, id);
  }
  throw new EosError(404, 'The resource could not be found.');
}

function jsonBody(req: SimRequest): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(req.body);
  } catch {
    throw new EosError(400, 'The request body is not valid JSON.');
  }
  if (!isObject(v)) throw new EosError(400, 'The request body must be a JSON object.');
  return v;
}

/** A sub-object of the body: 400 naming the field when it is absent or not an object. */
function objectAt(parent: Record<string, unknown>, key: string, path: string): Record<string, unknown> {
  const v = parent[key];
  if (v === undefined) throw new EosError(400, `Invalid input for field '${path}': '${key}' is a required property.`);
  if (!isObject(v)) throw new EosError(400, `Invalid input for field '${path}.${key}': it must be an object.`);
  return v;
}

function optionalString(parent: Record<string, unknown>, key: string, path: string): string | undefined {
  const v = parent[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new EosError(400, `Invalid input for field '${path}.${key}': it must be a string.`);
  return v;
}

// ---- authentication ----

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Keystone's timestamps: microseconds, UTC. */
function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '000Z');
}

function findDomain(state: EosState, ref: Record<string, unknown>, path: string): Domain | undefined {
  const id = optionalString(ref, 'id', path);
  const name = optionalString(ref, 'name', path);
  if (id === undefined && name === undefined) throw new EosError(400, `Invalid input for field '${path}': 'id' or 'name' is required.`);
  return state.domains.find((d) => (id === undefined || d.id === id) && (name === undefined || d.name === name));
}

function logIn(c: Ctx): SimReply {
  const { state } = c;
  const auth = objectAt(jsonBody(c.req), 'auth', 'auth');
  const identity = objectAt(auth, 'identity', 'auth');
  const methods = identity.methods;
  if (!Array.isArray(methods) || methods.some((m) => typeof m !== 'string')) throw new EosError(400, "Invalid input for field 'auth.identity.methods': a list of strings is required.");
  if (!methods.includes('password')) throw new EosError(401, UNAUTHENTICATED);
  const given = objectAt(objectAt(identity, 'password', 'auth.identity'), 'user', 'auth.identity.password');
  const id = optionalString(given, 'id', 'auth.identity.password.user');
  const name = optionalString(given, 'name', 'auth.identity.password.user');
  const password = optionalString(given, 'password', 'auth.identity.password.user');
  if (password === undefined) throw new EosError(400, "Invalid input for field 'auth.identity.password.user': 'password' is a required property.");
  let user: User | undefined;
  if (id !== undefined) user = state.users.find((u) => u.id === id);
  else if (name !== undefined) {
    // A user name is unique within its domain only: the domain must be named too.
    const domain = findDomain(state, objectAt(given, 'domain', 'auth.identity.password.user'), 'auth.identity.password.user.domain');
    user = domain && state.users.find((u) => u.name === name && u.domainId === domain.id);
  } else throw new EosError(400, "Invalid input for field 'auth.identity.password.user': 'id' or 'name' is required.");
  if (!user || !user.enabled || user.passwordSha256 !== sha256(password)) throw new EosError(401, UNAUTHENTICATED);

  let project: Project | undefined;
  if (auth.scope !== undefined) {
    const scope = objectAt(auth, 'scope', 'auth');
    const ref = objectAt(scope, 'project', 'auth.scope');
    const pid = optionalString(ref, 'id', 'auth.scope.project');
    const pname = optionalString(ref, 'name', 'auth.scope.project');
    if (pid !== undefined) project = state.projects.find((p) => p.id === pid);
    else if (pname !== undefined) {
      const domain = findDomain(state, objectAt(ref, 'domain', 'auth.scope.project'), 'auth.scope.project.domain');
      project = domain && state.projects.find((p) => p.name === pname && p.domainId === domain.id);
    } else throw new EosError(400, "Invalid input for field 'auth.scope.project': 'id' or 'name' is required.");
    // An unknown project, or one the user has no role on, cannot scope a token.
    if (!project || !user.projectIds.includes(project.id)) throw new EosError(401, UNAUTHENTICATED);
  }

  const issuedAt = c.now();
  const token: Token = { id: `gAAAAAB${randomBytes(96).toString('base64url')}`, userId: user.id, projectId: project?.id ?? null, issuedAt, expiresAt: issuedAt + c.ttlMs };
  state.tokens = state.tokens.filter((t) => t.expiresAt > issuedAt);
  state.tokens.push(token);
  const ref = (domainId: string) => ({ id: domainId, name: state.domains.find((d) => d.id === domainId)?.name ?? domainId });
  const body = {
    token: {
      methods: ['password'],
      expires_at: stamp(token.expiresAt),
      issued_at: stamp(issuedAt),
      user: { id: user.id, name: user.name, domain: ref(user.domainId) },
      ...(project ? { project: { id: project.id, name: project.name, domain: ref(project.domainId) } } : {}),
      roles: [{ ...EOS_ROLES[user.role] }],
    },
  };
  return { status: 201, headers: { 'X-Subject-Token': token.id }, body, changed: true };
}

/** The user of the request's X-Auth-Token: 401 when it is missing, unknown or expired. */
function caller(c: Ctx): User {
  const given = c.req.headers['x-auth-token'];
  const token = typeof given === 'string' ? c.state.tokens.find((t) => t.id === given.trim()) : undefined;
  const user = token && token.expiresAt > c.now() ? c.state.users.find((u) => u.id === token.userId && u.enabled) : undefined;
  if (!user) throw new EosError(401, UNAUTHENTICATED);
  return user;
}

function adminCaller(c: Ctx, action: string): User {
  const user = caller(c);
  if (user.role !== 'admin') throw new EosError(403, `You are not authorized to perform the requested action: ${action}.`);
  return user;
}

// ---- quotas ----

const ITEMS = new Set([
  'instances', 'cores', 'ram', 'backup_gigabytes', 'backups', 'networks', 'network', 'subnets', 'subnet', 'floatingip', 'router', 'security_group',
  'security_group_rules', 'security_group_rule', 'port', 'loadbalancer', 'cpu', 'pods', 'memory', 'gpu', 'alcub_storage', 'general_storage',
]);
/** The reference's table names and the names its replies use, both accepted. */
const ALIASES: Record<string, string> = {
  networks: 'network',
  network: 'networks',
  subnets: 'subnet',
  subnet: 'subnets',
  security_group_rules: 'security_group_rule',
  security_group_rule: 'security_group_rules',
};

function knownItem(item: string): boolean {
  const perType = /^(?:volumes|gigabytes|snapshots)_(.+)$/.exec(item);
  return ITEMS.has(item) || (!!perType && (EOS_VOLUME_TYPES as readonly string[]).includes(perType[1]));
}

/** An item's amount under its own name or its alias. */
function amountOf(of: Amounts, item: string): number | undefined {
  return of[item] ?? (ALIASES[item] === undefined ? undefined : of[ALIASES[item]]);
}

function domainById(state: EosState, id: string): Domain {
  const domain = state.domains.find((d) => d.id === id);
  if (!domain) throw new EosError(404, `Could not find domain: ${id}.`);
  return domain;
}

function quotaView(domain: Domain): { domain: Record<string, RegionQuota> } {
  const out: Record<string, RegionQuota> = {};
  for (const [region, q] of Object.entries(domain.regions)) out[region] = { usage: { ...q.usage }, quotas: { ...q.quotas }, limits: { ...q.limits } };
  return { domain: out };
}

function getDomainQuota(c: Ctx, domainId: string): SimReply {
  adminCaller(c, 'identity:get_domain_quota');
  return { status: 200, body: quotaView(domainById(c.state, domainId)) };
}

function updateDomainQuota(c: Ctx, domainId: string): SimReply {
  adminCaller(c, 'identity:update_domain_quota');
  const asked = objectAt(jsonBody(c.req), 'domain', 'body');
  const region = asked.region;
  if (region === undefined) throw new EosError(400, "Invalid input for field 'domain': 'region' is a required property.");
  if (typeof region !== 'string') throw new EosError(400, "Invalid input for field 'domain.region': it must be a string.");
  const domain = domainById(c.state, domainId);
  const q = domain.regions[region];
  if (!q) throw new EosError(404, `Could not find region: ${region}.`);
  const changes: Array<[string, number]> = [];
  for (const [item, value] of Object.entries(asked)) {
    if (item === 'region') continue;
    if (!knownItem(item)) throw new EosError(400, `Invalid quota item: ${item}.`);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new EosError(400, `Invalid value for quota item ${item}: ${JSON.stringify(value)} is not a number.`);
    if (value < 0 && value !== -1) throw new EosError(400, `Invalid value for quota item ${item}: ${value} (a quota is -1, unlimited, or 0 and more).`);
    const limit = amountOf(q.limits, item) ?? -1;
    if (limit !== -1 && (value === -1 || value > limit)) throw new EosError(400, `Quota for ${item} cannot be set to ${value}: the limit is ${limit}.`);
    const allocated = amountOf(q.usage, item) ?? 0;
    if (value !== -1 && value < allocated) throw new EosError(409, `Quota for ${item} cannot be set to ${value}: ${allocated} already allocated.`);
    changes.push([item, value]);
  }
  // All or nothing: the items are checked before any is stored, under the name that was sent.
  for (const [item, value] of changes) q.quotas[item] = value;
  return { status: 200, body: quotaView(domain), changed: changes.length > 0 };
}

function getDomainUsage(c: Ctx): SimReply {
  caller(c);
  const domain = domainById(c.state, EOS_DEFAULT_DOMAIN.id);
  const out: Record<string, unknown> = {};
  for (const [region, q] of Object.entries(domain.regions)) {
    const real = c.state.platform[region];
    out[region] = { usage: { ...real?.usage }, quota_fake: { ...real?.quota_fake }, allocated: { ...q.usage }, quotas: { ...q.quotas }, limits: { ...q.limits } };
  }
  return { status: 200, body: { domain: out } };
}

// ---- users ----

function updateUserPassword(c: Ctx, userId: string): SimReply {
  adminCaller(c, 'identity:update_user');
  const asked = objectAt(jsonBody(c.req), 'user', 'body');
  const extra = Object.keys(asked).filter((k) => k !== 'password');
  if (extra.length) throw new EosError(400, `Invalid input for field 'user': only 'password' may be changed here, not ${extra.map((k) => `'${k}'`).join(', ')}.`);
  const password = optionalString(asked, 'password', 'user');
  if (password === '') throw new EosError(400, "Invalid input for field 'user.password': it must not be empty.");
  const user = c.state.users.find((u) => u.id === userId);
  if (!user) throw new EosError(404, `Could not find user: ${userId}.`);
  if (password !== undefined) {
    user.passwordSha256 = sha256(password);
    // As Keystone does: a new password revokes the user's tokens.
    c.state.tokens = c.state.tokens.filter((t) => t.userId !== user.id);
  }
  const body = {
    user: {
      name: user.name,
      links: { self: `${c.req.origin}/v3/users/${user.id}` },
      extra: { user_type: 'individual', user_role: user.role },
      enabled: user.enabled,
      user_type: 'individual',
      email: user.email,
      user_role: user.role,
      id: user.id,
      domain_id: user.domainId,
      password_expires_at: null,
    },
  };
  return { status: 200, body, changed: password !== undefined };
}

// ---- state ----

const all = (keys: string, value: number): Amounts => Object.fromEntries(keys.split(' ').map((k) => [k, value]));

function seedState(): EosState {
  // The reference's GetDomainQuota / UpdateDomainQuota example, key order kept.
  const dept: RegionQuota = {
    usage: {
      backup_gigabytes: 100, ram: 10240, instances: 10, router: 5, gigabytes_hdd: 100, backups: 10, port: 100, subnet: 10, network: 500, floatingip: 5, pods: 0,
      general_storage: 0, volumes_hdd: 10, security_group_rule: 50, cores: 20, memory: 0, security_group: 5, gpu: 0, snapshots_hdd: 10, alcub_storage: 0, cpu: 0, loadbalancer: 5,
    },
    quotas: {
      backup_gigabytes: 156.5, ram: 31146.0, gpu: -1, instances: 60, router: 300, gigabytes_hdd: 156.5, backups: 156, port: 10180, subnet: 3000, network: 1000,
      floatingip: 65535, pods: -1, general_storage: -1, volumes_hdd: 156, security_group_rule: 5000, memory: -1, security_group: 5000, cores: 72, snapshots_hdd: 156,
      alcub_storage: -1, cpu: -1, loadbalancer: 300,
    },
    limits: all(
      'backup_gigabytes ram gpu instances router gigabytes_hdd backups port subnet network floatingip alcub_storage general_storage volumes_hdd security_group_rule memory security_group cores snapshots_hdd pods cpu loadbalancer',
      -1,
    ),
  };
  // The reference's GetDomainUsage example: the default domain's quota (allocated = its usage) and its real use.
  const platform: RegionQuota = {
    usage: {
      backup_gigabytes: 100, ram: 10240, pods: 0, gigabytes_test: 0, instances: 10, router: 5, gigabytes_hdd: 100, backups: 10, snapshots_test: 0, port: 100, subnet: 10,
      network: 5, floatingip: 5, volumes_test: 0, general_storage: 0, volumes_hdd: 10, security_group_rule: 50, cores: 20, memory: 0, security_group: 5, gpu: 0,
      snapshots_hdd: 10, alcub_storage: 0, cpu: 0, loadbalancer: 5,
    },
    quotas: {
      pods: -1, backup_gigabytes: 114.38, ram: 31146.0, gpu: -1, gigabytes_test: 0, instances: 60, router: 300, gigabytes_hdd: 114.38, backups: 114, volumes_test: 0,
      port: 10180, subnet: 3000, network: 1000, floatingip: 65535, snapshots_test: 0, general_storage: -1, volumes_hdd: 114, security_group_rule: 5000, memory: -1,
      security_group: 5000, cores: 72, snapshots_hdd: 114, alcub_storage: -1, cpu: -1, loadbalancer: 300,
    },
    limits: all(
      'backup_gigabytes ram gpu gigabytes_test instances router gigabytes_hdd backups volumes_test port subnet network floatingip snapshots_test general_storage volumes_hdd security_group_rule alcub_storage memory security_group cores snapshots_hdd pods cpu loadbalancer',
      -1,
    ),
  };
  const realUsage: Amounts = {
    subnet: 2, network: 2, router: 1, floatingip: 1, snapshots_test: 0, backup_gigabytes: 9, ram: 512, gigabytes_test: 0, volumes_hdd: 9, security_group_rule: 4,
    instances: 1, cores: 1, security_group: 1, gigabytes_hdd: 15, backups: 9, snapshots_hdd: 3, volumes_test: 0, port: 6, loadbalancer: 0,
  };
  const quotaFake: Amounts = {
    backup_gigabytes: 114.38, ram: -1, gigabytes_test: 0, instances: -1, cores: -1, gigabytes_hdd: 114.38, backups: 114, volumes_test: 0, port: -1, subnet: -1,
    network: -1, floatingip: -1, snapshots_test: 0, volumes_hdd: 114, security_group_rule: -1, security_group: -1, router: -1, snapshots_hdd: 114, loadbalancer: -1,
  };
  const user = (u: { userId: string; userName: string; password: string }, role: RoleName, projectIds: string[]): User => ({
    id: u.userId,
    name: u.userName,
    domainId: EOS_DEFAULT_DOMAIN.id,
    passwordSha256: sha256(u.password),
    email: null,
    enabled: true,
    role,
    projectIds,
  });
  return {
    format: FORMAT,
    domains: [
      { ...EOS_DEFAULT_DOMAIN, regions: { [EOS_REGION]: platform } },
      { ...EOS_DEPT_DOMAIN, regions: { [EOS_REGION]: dept } },
    ],
    users: [user(EOS_ADMIN, 'admin', [EOS_ADMIN_PROJECT.id]), user(EOS_SEED_ADMIN, 'admin', [EOS_ADMIN_PROJECT.id]), user(EOS_TEST_USER, 'domain_member', [])],
    projects: [{ ...EOS_ADMIN_PROJECT }],
    tokens: [],
    platform: { [EOS_REGION]: { usage: realUsage, quota_fake: quotaFake } },
  };
}

function isAmounts(v: unknown): v is Amounts {
  return isObject(v) && Object.values(v).every((n) => typeof n === 'number');
}

function restoreState(saved: unknown): EosState {
  need(isObject(saved) && saved.format === FORMAT, `not an EOS simulator state file (missing or unknown "format", expected "${FORMAT}")`);
  const s = saved as Partial<EosState>;
  need(Array.isArray(s.domains) && Array.isArray(s.users) && Array.isArray(s.projects) && Array.isArray(s.tokens) && isObject(s.platform), 'domains, users, projects, tokens or platform missing');
  for (const d of s.domains) {
    need(isObject(d) && typeof d.id === 'string' && typeof d.name === 'string' && isObject(d.regions), 'a domain without id, name or regions');
    for (const q of Object.values(d.regions)) need(isObject(q) && isAmounts(q.usage) && isAmounts(q.quotas) && isAmounts(q.limits), `domain ${d.id}: a region without numeric usage, quotas and limits`);
  }
  for (const u of s.users) {
    need(isObject(u) && typeof u.id === 'string' && typeof u.name === 'string' && typeof u.domainId === 'string' && typeof u.passwordSha256 === 'string', 'a user without id, name, domainId or passwordSha256');
    need(u.role in EOS_ROLES && Array.isArray(u.projectIds), `user ${u.id}: unknown role or no projectIds`);
  }
  for (const p of s.projects) need(isObject(p) && typeof p.id === 'string' && typeof p.name === 'string' && typeof p.domainId === 'string', 'a project without id, name or domainId');
  for (const t of s.tokens) need(isObject(t) && typeof t.id === 'string' && typeof t.userId === 'string' && typeof t.expiresAt === 'number', 'a token without id, userId or expiresAt');
  for (const p of Object.values(s.platform)) need(isObject(p) && isAmounts(p.usage) && isAmounts(p.quota_fake), 'platform usage without numeric usage and quota_fake');
  return s as EosState;
}
