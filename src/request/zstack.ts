// Invocation -> HttpRequest for the ZStack REST v1 wire contract (shared/docs/zstack-rest.md).
import { isAsync, isTagParam, needsSession } from '../catalog/catalog.js';
import type { ApiSpec } from '../catalog/types.js';
import { usageError } from '../errors.js';
import { conditionText } from '../invocation/condition.js';
import type { Invocation, QueryOptions } from '../invocation/parse.js';
import { enc, placedParams, wireText } from './common.js';
import { baseUrl } from './endpoint.js';
import type { Auth, Endpoint, HttpRequest, RequestOptions } from './types.js';

// node:crypto costs milliseconds to load: fetched only when a password is hashed or a request signed.
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');

export const sha512Hex = (text: string): string => crypto().createHash('sha512').update(text, 'utf8').digest('hex');


export function buildZStackRequest(inv: Invocation, endpoint: Endpoint, auth: Auth, opts: RequestOptions = {}): HttpRequest {
  const { api } = inv;
  const secrets: string[][] = [];
  const pairs: Array<[string, string]> = [];
  const bodyParams: Record<string, unknown> = {};
  const topLevel: Record<string, unknown> = {};

  let path = api.path;
  for (const placed of placedParams(inv)) {
    const { spec, where } = placed;
    let value = placed.value;
    if (spec.password === 'sha512' && typeof value === 'string') value = sha512Hex(value);
    if (where === 'path') {
      path = path.replace(`{${spec.name}}`, enc(String(value)));
      // A session uuid in the path (ValidateSession, RenewSession, LogOut) is as secret as the Authorization header.
      if (spec.name === 'sessionUuid') secrets.push([`/${enc(String(value))}`]);
    } else if (where === 'query' || where === 'header') {
      for (const v of Array.isArray(value) ? value : [value]) pairs.push([spec.name, wireText(v)]);
      if (spec.password) secrets.push([`?${spec.name}`]);
    } else if (isTagParam(spec.name)) {
      topLevel[spec.name] = value;
    } else {
      bodyParams[spec.name] = value;
      if (spec.password) secrets.push([bodyKeyOf(api), spec.name]);
    }
  }
  if (api.query) pairs.push(...queryPairs(inv));

  const apiPath = `/v1${path}`;
  const qs = pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  const url = `${baseUrl(endpoint)}${apiPath}${qs ? `?${qs}` : ''}`;

  const hasBody = api.method === 'POST' || api.method === 'PUT' || api.method === 'PATCH';
  const body = hasBody ? { [bodyKeyOf(api)]: bodyParams, ...topLevel } : null;
  const headers: Record<string, string> = {};
  if (hasBody) headers['Content-Type'] = 'application/json;charset=UTF-8';
  if (needsSession(api)) Object.assign(headers, authHeaders(auth, api.method, apiPath, opts.now ?? new Date()));
  const async = isAsync(api);
  if (async && opts.jobUuid) headers['X-Job-UUID'] = opts.jobUuid;
  if (async && opts.webhook) headers['X-Web-Hook'] = opts.webhook;
  if (opts.apiTimeout !== undefined) headers['X-API-Timeout'] = String(opts.apiTimeout);
  // A login answers the new session as its inventory's uuid.
  const login = !needsSession(api) && api.path.endsWith('/login');
  return { method: api.method, url, headers, body, async, secrets, ...(login ? { answerSecrets: [['inventory', 'uuid']] } : {}) };
}

const bodyKeyOf = (api: ApiSpec): string => api.bodyKey ?? 'params';

/** Conditions as repeated `q=`, then paging, sorting and field selection, as the real server reads them. */
export function queryPairs(inv: Invocation): Array<[string, string]> {
  const q: QueryOptions = inv.query;
  const pairs: Array<[string, string]> = inv.conditions.map((c) => ['q', conditionText(c)]);
  if (q.limit !== undefined) pairs.push(['limit', String(q.limit)]);
  if (q.start !== undefined) pairs.push(['start', String(q.start)]);
  if (q.count !== undefined) pairs.push(['count', String(q.count)]);
  if (q.replyWithCount !== undefined) pairs.push(['replyWithCount', String(q.replyWithCount)]);
  if (q.sortBy) pairs.push(['sort', `${q.sortDirection === 'desc' ? '-' : '+'}${q.sortBy}`]);
  if (q.fields?.length) pairs.push(['fields', q.fields.join(',')]);
  if (q.groupBy) pairs.push(['groupBy', q.groupBy]);
  if (q.filterName !== undefined) pairs.push(['filterName', q.filterName]);
  return pairs;
}

function authHeaders(auth: Auth, method: string, apiPath: string, now: Date): Record<string, string> {
  if (auth.kind === 'session') return { Authorization: `OAuth ${auth.sessionUuid}` };
  if (auth.kind === 'accessKey') {
    const date = formatSignatureDate(now, auth.serverTimeZone);
    return { Date: date, Authorization: `ZStack ${auth.keyId}:${accessKeySignature(auth.keySecret, method, date, apiPath)}` };
  }
  return {};
}

/** base64(HMAC-SHA1(secret, METHOD \n Date \n /v1/path)), the path without the query string. */
export function accessKeySignature(secret: string, method: string, date: string, apiPath: string): string {
  return crypto().createHmac('sha1', secret).update(`${method}\n${date}\n${apiPath}`, 'utf8').digest('base64');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The zone ZStack management nodes usually run in (China Standard Time). */
export const DEFAULT_SERVER_TIME_ZONE = '+08:00';

/** The Date header of an AccessKey request: `Thu, 17 Oct 2024 21:43:35 CST`, English, the wall-clock time in the
 *  server's zone. A node compares that wall-clock time with its own and ignores the zone label (as ZStack's Python
 *  SDK relies on), so the time must be the server's local time whatever this machine's zone is. The label is
 *  `CST` for +08:00 as the Python SDK writes it, `GMT+hh:mm` otherwise: both forms the server's parser reads. */
export function formatSignatureDate(d: Date, serverTimeZone = DEFAULT_SERVER_TIME_ZONE): string {
  const zone = /^(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})$/i.exec(serverTimeZone.trim()) ?? (/^(UTC|GMT|Z)$/i.test(serverTimeZone.trim()) ? ['', '+', '00', '00'] : undefined);
  if (!zone || Number(zone[2]) > 18 || Number(zone[3]) > 59) {
    throw usageError(`the server time zone '${serverTimeZone}' is not an offset such as +08:00 or -05:30`, ['set ZSTACK_SERVER_TIMEZONE or the profile key serverTimeZone to the management node\'s UTC offset']);
  }
  const offset = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
  const w = new Date(d.getTime() + offset * 60_000);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const label = offset === 480 ? 'CST' : offset === 0 ? 'GMT' : `GMT${zone[1]}${zone[2]}:${zone[3]}`;
  return `${DAYS[w.getUTCDay()]}, ${p2(w.getUTCDate())} ${MONTHS[w.getUTCMonth()]} ${w.getUTCFullYear()} ${p2(w.getUTCHours())}:${p2(w.getUTCMinutes())}:${p2(w.getUTCSeconds())} ${label}`;
}
