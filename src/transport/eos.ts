// EasyStack EOS semantics over HTTP: OpenStack error records, the token of a login in X-Subject-Token.
import { CliError } from '../errors.js';
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
  if (res.status >= 200 && res.status < 300) {
    const body = res.text.trim() === '' ? {} : jsonOf(res, req.url);
    const token = res.headers['x-subject-token'];
    if (token && typeof body === 'object' && body !== null) Object.defineProperty(body, SUBJECT_TOKEN, { value: token });
    return body;
  }
  const error = (jsonOf(res, req.url, false) as { error?: OpenStackError } | undefined)?.error;
  if (!error || typeof error !== 'object') throw providerBadAnswer(req.url, res);
  const text = `${error.code ?? res.status} ${error.title ?? ''}: ${error.message ?? 'the request failed'}`.replace(/ :/, ':');
  if (res.status === 401 && !opts.login) {
    throw new CliError('auth', `the token was refused (${text}): it expired or is not valid`, [`log in again: zstack-cli${opts.profile === 'default' ? '' : ` --profile ${opts.profile}`} LogIn user_name=<name> project_name=<project>`]);
  }
  throw new CliError('api', text, res.status === 403 ? ['the token\'s user lacks the role this API needs (an administrator\'s, for quotas and passwords)'] : []);
}
