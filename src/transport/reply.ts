// Reading answers, for the providers other than ZStack: JSON bodies and answers that are not what a server of the
// provider would send.
import { CliError } from '../errors.js';
import type { HttpResponse } from './http.js';

/** The body as JSON; malformed JSON is a transport error (or undefined, when `strict` is false). */
export function jsonOf(res: HttpResponse, url: string, strict = true): unknown {
  try {
    return JSON.parse(res.text);
  } catch {
    if (!strict) return undefined;
    throw providerBadAnswer(url, res, 'malformed JSON');
  }
}

export function providerBadAnswer(url: string, res: HttpResponse, what?: string): CliError {
  const snippet = res.text.trim().slice(0, 300);
  return new CliError('transport', `the server answered HTTP ${res.status}${what ? ` (${what})` : ''} for ${url.replace(/\?.*$/, '')}${snippet ? `: ${snippet}` : ''}`, [
    'check the host, port and --provider: is this the server of that provider?',
  ]);
}
