import { getCatalog } from '../../src/catalog/index.js';
import { parseInvocation } from '../../src/invocation/parse.js';
import { DEFAULT_ENDPOINT } from '../../src/request/endpoint.js';
import type { HttpRequest } from '../../src/request/types.js';
import { buildZStackRequest } from '../../src/request/zstack.js';
import { CliError } from '../../src/errors.js';

export const catalog = getCatalog();
export const SESSION = 'b86c9016b4f24953a9edefb53ca0678c';

/** Builds the request for `zstack-cli <verb> <args...>` against the default endpoint. */
export function req(verb: string, ...args: string[]): HttpRequest {
  return buildZStackRequest(parseInvocation(catalog, verb, args), DEFAULT_ENDPOINT, { kind: 'session', sessionUuid: SESSION });
}

/** The path after /zstack/v1 with the query string decoded. */
export function decodedPath(r: HttpRequest): string {
  const u = new URL(r.url);
  const path = u.pathname.replace(/^\/zstack\/v1/, '');
  const qs = u.search ? `?${u.search.slice(1).split('&').map((kv) => kv.split('=').map(decodeURIComponent).join('=')).join('&')}` : '';
  return path + qs;
}

/** The query parameters, decoded, in order. */
export function queryOf(r: HttpRequest): Array<[string, string]> {
  const u = new URL(r.url);
  return u.search ? u.search.slice(1).split('&').map((kv) => kv.split('=').map(decodeURIComponent) as [string, string]) : [];
}

/** Runs fn and returns the usage error it throws (fails the test otherwise). */
export function usageErr(fn: () => unknown): CliError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CliError && e.kind === 'usage') return e;
    throw e;
  }
  throw new Error('expected a usage error, got none');
}

/** Message and details in one string, for matching. */
export const text = (e: CliError): string => [e.message, ...e.details].join('\n');
