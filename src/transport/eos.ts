// EasyStack EOS semantics over HTTP: OpenStack error records, the token of a login in X-Subject-Token.
import { CliError } from '../errors.js';
import { serverText } from '../output/server-text.js';
import type { HttpRequest } from '../request/types.js';
import { sendRequest, type HttpOptions } from './http.js';
import { jsonOf, providerBadAnswer } from './reply.js';

/** The token a login answered in its X-Subject-Token header, carried on the result (never printed: a symbol). */
export const SUBJECT_TOKEN = Symbol('X-Subject-Token');

interface OpenStackError {
  message?: string;
  code?: number;
  title?: string;
}

export async function executeEos(req: HttpRequest, opts: HttpOptions & { profile: string; login?: boolean }): Promise<unknown> {
  const res = await sendRequest(req, opts);
  const full = opts.debug !== undefined;
  if (res.status >= 200 && res.status < 300) {
    const body = res.text.trim() === '' ? {} : jsonOf(res, req.url, { full });
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw providerBadAnswer(req.url, res, 'not a JSON object', full);
    const token = res.headers['x-subject-token'];
    if (token && typeof body === 'object' && body !== null) Object.defineProperty(body, SUBJECT_TOKEN, { value: token });
    return body;
  }
  const reply = jsonOf(res, req.url, { strict: false }) as { error?: OpenStackError } | null | undefined;
  const error = typeof reply === 'object' && reply !== null ? reply.error : undefined;
  if (!error || typeof error !== 'object') throw providerBadAnswer(req.url, res, undefined, full);
  const shown = (value: unknown) => serverText(value, full);
  const text = `${error.code === undefined ? res.status : shown(error.code)} ${error.title === undefined ? '' : shown(error.title)}: ${error.message === undefined ? 'the request failed' : shown(error.message)}`.replace(/ :/, ':');
  if (res.status === 401 && !opts.login) {
    throw new CliError('auth', `the token was refused (${text}): it expired or is not valid`, [`log in again: zstack-cli${opts.profile === 'default' ? '' : ` --profile ${opts.profile}`} LogIn user_name=<name> project_name=<project>`]);
  }
  throw new CliError('api', text, res.status === 403 ? ['the token\'s user lacks the role this API needs (an administrator\'s, for quotas and passwords)'] : []);
}
