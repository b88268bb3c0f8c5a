// AC openapi semantics over HTTP: every answer is `{"code", "msg", "data"}`; code "0" is success, any other code an
// API error explained in English (and in the seed's Chinese).
import { CliError } from '../errors.js';
import { serverText } from '../output/server-text.js';
import type { HttpRequest } from '../request/types.js';
import { sendRequest, type HttpOptions } from './http.js';
import { jsonOf, providerBadAnswer } from './reply.js';

/** The error codes of seed 001: what each means. */
export const AC_ERRORS: Readonly<Record<string, [string, string]>> = {
  '10001': ['internal error of the AC platform', '内部错误'],
  '10003': ['a parameter is missing', '参数不全'],
  '10004': ['a parameter is not valid', '参数无效'],
  '10008': ['not enough permission: the token is not a user group administrator\'s', '权限不足'],
  '10009': ['no permission to call this API (check the token)', '没有权限访问接口'],
  '10014': ['setting the quota failed', '配额设置失败'],
  '601006': ['the platform user name exists already: choose another user name', '平台用户名已经存在, 请修改用户名重新尝试'],
  '622132': ["no user group of this administrator in that computing centre: clusterIds must be centres this administrator may grant", '查询不到当前用户组管理员在计算中心下的用户组信息'],
  '622115': ["the user group's member quota is reached: ask for more members", '用户组名额已达上限,请申请增加用户组名额'],
};

export async function executeAc(req: HttpRequest, opts: HttpOptions): Promise<unknown> {
  const res = await sendRequest(req, opts);
  if (res.status === 401 || res.status === 403) throw new CliError('auth', `the AC token was refused (HTTP ${res.status})`, ['set a valid token: AC_TOKEN=... or the profile setting token=...']);
  const full = opts.debug !== undefined;
  if (res.status !== 200) throw providerBadAnswer(req.url, res, undefined, full);
  const reply = jsonOf(res, req.url, { full }) as { code?: unknown; msg?: unknown };
  if (typeof reply !== 'object' || reply === null || reply.code === undefined) throw providerBadAnswer(req.url, res, 'no code in the answer', full);
  const code = typeof reply.code === 'string' ? reply.code : JSON.stringify(reply.code);
  if (code === '0') return reply;
  const known = Object.hasOwn(AC_ERRORS, code) ? AC_ERRORS[code] : undefined;
  const msg = typeof reply.msg === 'string' && reply.msg ? serverText(reply.msg, full) : undefined;
  throw new CliError('api', `AC error ${serverText(code, full)}: ${known ? known[0] : msg ?? 'the API failed'}`, [
    ...(known ? [`${known[1]}${msg && msg !== known[1] ? ` (${msg})` : ''}`] : msg ? [msg] : []),
  ]);
}
