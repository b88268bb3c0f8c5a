// A simulator of the AC openapi call the CLI drives: a user-group administrator adding a member user and granting
// it computing centres (POST /ac/openapi/v2/user/member, every parameter an HTTP header). It follows the issue 13
// wire contract and the AC reference: every answer is HTTP 200 with {"code", "msg", "data"}, msg the reference's
// description of the code. Members are kept (a name is taken once), and the group's member quota is respected.
import { createHash } from 'node:crypto';
import { isObject, need, type ProviderSimOptions, type ProviderSpec, type RunningProviderSim, type SimReply, type SimRequest, startProviderSim } from './provider-sim.js';

export const AC_DEFAULT_PORT = 65102;
export const AC_MEMBER_PATH = '/ac/openapi/v2/user/member';
/** The token of the reference's cURL and Python examples (group administrator slurmtest). */
export const AC_SEED_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb21wdXRlVXNlciI6InNsdXJtdGVzdCIsImFjY291bnRTdGF0dXMiOiJUcmlhbCIsImNyZWF0b3IiOiJhYyIsInJvbGUiOiIxIiwiZXhwaXJlVGltZSI6IjE2ODYwMzY3NjA5NTQiLCJjbHVzdGVySWQiOiIxMTExMiIsImludm9rZXIiOiI2MDQ4Y2U3YmExNWMyYWYyZThjZWMxMjk5MWVjMTNjZiIsInVzZXIiOiJzbHVybXRlc3QiLCJ1c2VySWQiOiIxMTY1NTA0ODU0MSJ9.f7nvKA2DqTsXjqF90zblMhwx0zKPpITY0uuSG2ouKG0';
/** The token of the reference's Java example (the same administrator). */
export const AC_SEED_TOKEN_JAVA =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb21wdXRlVXNlciI6InNsdXJtdGVzdCIsImFjY291bnRTdGF0dXMiOiJUcmlhbCIsImNyZWF0b3IiOiJhYyIsInJvbGUiOiIxIiwiZXhwaXJlVGltZSI6IjE2ODY5MDg1MDkyMzEiLCJjbHVzdGVySWQiOiIxMTExMiIsImludm9rZXIiOiI2MDQ4Y2U3YmExNWMyYWYyZThjZWMxMjk5MWVjMTNjZiIsInVzZXIiOiJzbHVybXRlc3QiLCJ1c2VySWQiOiIxMTY1NTA0ODU0MSJ9.U7pZKgO_K6NuRwOWPxblDfgRpGeVxS-BYieOdLhGDK4';
/** The simulator's administrator token (group administrator slurmtest). */
export const AC_ADMIN_TOKEN = 'ac-sim-admin-token';
/** The token of a member user, not a group administrator (10008). */
export const AC_MEMBER_TOKEN = 'ac-sim-member-token';
export const AC_ADMIN = { userName: 'slurmtest', userId: '11655048541', clusterIds: ['11112', '11113'], memberQuota: 20 } as const;
/** The member the administrator's group has from the start. */
export const AC_EXISTING_MEMBER = 'stest0';

/** The reference's description of each code: the `msg` of a reply. */
export const AC_MESSAGES = {
  '0': 'success',
  '10001': '内部错误',
  '10003': '参数不全',
  '10004': '参数无效',
  '10008': '权限不足',
  '10009': '没有权限访问接口',
  '10014': '配额设置失败',
  '601006': '平台用户名已经存在, 请修改用户名重新尝试',
  '622132': '查询不到当前用户组管理员在计算中心下的用户组信息',
  '622115': '用户组名额已达上限,请申请增加用户组名额',
} as const;
export type AcCode = keyof typeof AC_MESSAGES;

const FORMAT = 'zstack-cli-sim-ac/1';
const REQUIRED_HEADERS = ['token', 'userName', 'userFullName', 'clusterIds', 'email', 'mobilephoneNum'] as const;

interface AcUser {
  name: string;
  fullName: string;
  /** sha256 of the password; null when the user was created without one. */
  passwordSha256: string | null;
  email: string;
  mobilephoneNum: string;
  clusterIds: string[];
  /** The group the user belongs to. */
  group: string;
}
interface AcGroup {
  name: string;
  /** The user name of its administrator. */
  admin: string;
  /** Computing centres the administrator may grant to members. */
  clusterIds: string[];
  memberQuota: number;
}
interface AcState {
  format: typeof FORMAT;
  /** token -> user name. */
  tokens: Record<string, string>;
  users: AcUser[];
  groups: AcGroup[];
}

export type AcSimOptions = ProviderSimOptions;

export function startAcSim(opts: AcSimOptions = {}): Promise<RunningProviderSim> {
  const spec: ProviderSpec<AcState> = {
    provider: 'ac',
    label: 'AC',
    defaultPort: AC_DEFAULT_PORT,
    seed: seedState,
    restore: restoreState,
    handle,
    failure: () => reply('10001'),
    // What the Spring application answers when its container refuses a body.
    tooLarge: (path) => springError(413, 'Payload Too Large', path),
    commonHeaders: () => ({ 'Content-Type': 'application/json;charset=UTF-8' }),
  };
  return startProviderSim(spec, opts);
}

class AcFailure extends Error {
  constructor(readonly code: AcCode) {
    super(AC_MESSAGES[code]);
  }
}

function reply(code: AcCode, changed = false): SimReply {
  return { status: 200, body: { code, msg: AC_MESSAGES[code], data: {} }, changed };
}

function handle(state: AcState, req: SimRequest): SimReply {
  // Outside the one API, the answers of the Spring application behind it.
  if (req.path !== AC_MEMBER_PATH) return springError(404, 'Not Found', req.path);
  if (req.method !== 'POST') return springError(405, 'Method Not Allowed', req.path);
  try {
    addMember(state, req);
    return reply('0', true);
  } catch (e) {
    if (e instanceof AcFailure) return reply(e.code);
    throw e;
  }
}

function springError(status: number, error: string, path: string): SimReply {
  return { status, body: { timestamp: new Date().toISOString(), status, error, path } };
}

function header(req: SimRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(',') : v;
}

const USER_NAME = /^[A-Za-z][A-Za-z0-9_]{3,15}$/;
const CLUSTER_ID = /^[A-Za-z0-9_-]+$/;

/** 6 to 30 characters, no white space, at least two of: upper case, lower case, digits, symbols. */
function validPassword(p: string): boolean {
  if (p.length < 6 || p.length > 30 || /\s/.test(p)) return false;
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(p)).length;
  return kinds >= 2;
}

function addMember(state: AcState, req: SimRequest): void {
  // Every documented header must be there (email and mobilephoneNum too, possibly empty).
  for (const name of REQUIRED_HEADERS) if (header(req, name) === undefined) throw new AcFailure('10003');
  const token = header(req, 'token')!.trim();
  const callerName = token ? state.tokens[token] : undefined;
  if (callerName === undefined) throw new AcFailure('10009');
  const group = state.groups.find((g) => g.admin === callerName);
  if (!group) throw new AcFailure('10008');

  const userName = header(req, 'userName')!.trim();
  const fullName = header(req, 'userFullName')!.trim();
  const clusterList = header(req, 'clusterIds')!.trim();
  const password = header(req, 'password') ?? '';
  const email = header(req, 'email')!.trim();
  const mobile = header(req, 'mobilephoneNum')!.trim();
  // A required value left empty is a parameter missing; one given in the wrong form is invalid.
  if (!userName || !fullName || !clusterList) throw new AcFailure('10003');
  if (!USER_NAME.test(userName)) throw new AcFailure('10004');
  if (password ? !validPassword(password) : !email && !mobile) throw new AcFailure('10004');
  const clusterIds = clusterList.split(',').map((id) => id.trim());
  if (clusterIds.some((id) => !CLUSTER_ID.test(id))) throw new AcFailure('10004');

  if (clusterIds.some((id) => !group.clusterIds.includes(id))) throw new AcFailure('622132');
  if (state.users.some((u) => u.name === userName) || state.groups.some((g) => g.admin === userName)) throw new AcFailure('601006');
  if (state.users.filter((u) => u.group === group.name).length >= group.memberQuota) throw new AcFailure('622115');
  state.users.push({
    name: userName,
    fullName,
    passwordSha256: password ? sha256(password) : null,
    email,
    mobilephoneNum: mobile,
    clusterIds: [...new Set(clusterIds)],
    group: group.name,
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function seedState(): AcState {
  const tokens: Record<string, string> = {
    [AC_SEED_TOKEN]: AC_ADMIN.userName,
    [AC_SEED_TOKEN_JAVA]: AC_ADMIN.userName,
    [AC_ADMIN_TOKEN]: AC_ADMIN.userName,
    [AC_MEMBER_TOKEN]: AC_EXISTING_MEMBER,
  };
  const group = `${AC_ADMIN.userName}-group`;
  return {
    format: FORMAT,
    tokens,
    users: [
      {
        name: AC_EXISTING_MEMBER,
        fullName: AC_EXISTING_MEMBER,
        passwordSha256: sha256('stest0@123'),
        email: '',
        mobilephoneNum: '',
        clusterIds: [AC_ADMIN.clusterIds[0]],
        group,
      },
    ],
    groups: [{ name: group, admin: AC_ADMIN.userName, clusterIds: [...AC_ADMIN.clusterIds], memberQuota: AC_ADMIN.memberQuota }],
  };
}

function restoreState(saved: unknown): AcState {
  need(isObject(saved) && saved.format === FORMAT, `not an AC simulator state file (missing or unknown "format", expected "${FORMAT}")`);
  const s = saved as Partial<AcState>;
  need(isObject(s.tokens) && Array.isArray(s.users) && Array.isArray(s.groups), 'tokens, users or groups missing');
  need(
    Object.values(s.tokens).every((v) => typeof v === 'string'),
    'a token that names no user',
  );
  for (const u of s.users) need(isObject(u) && typeof u.name === 'string' && typeof u.group === 'string' && Array.isArray(u.clusterIds), 'a user without name, group or clusterIds');
  for (const g of s.groups) {
    need(isObject(g) && typeof g.name === 'string' && typeof g.admin === 'string' && Array.isArray(g.clusterIds) && typeof g.memberQuota === 'number', 'a group without name, admin, clusterIds or memberQuota');
  }
  return s as AcState;
}
