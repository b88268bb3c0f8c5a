// Renders a request for people: the --dry-run JSON and the --curl command line, with secrets masked.
import { shellQuote } from '../util/quote.js';
import type { HttpRequest } from './types.js';

export const MASK = '********';

/** What the shell's history writes in place of a secret. */
export const HISTORY_MASK = '***';

/** Whether a value is a mask rather than a secret: history's `***` or the `********` of --dry-run and --debug. A
 *  recalled or copied line holds one where the secret was; it must never be sent as the secret. */
export const isMaskedSecret = (value: string): boolean => value === HISTORY_MASK || value === MASK;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A copy with the session, AccessKey signature and password values replaced by a mask. */
export function maskRequest(req: HttpRequest): { method: string; url: string; headers: Record<string, string>; body: unknown } {
  const headers = { ...req.headers };
  if (headers.Authorization) headers.Authorization = headers.Authorization.replace(/^(\S+)\s.*$/, `$1 ${MASK}`);
  let url = req.url;
  let body: unknown = req.body === null ? null : structuredClone(req.body);
  for (const path of req.secrets) {
    if (path[0] === 'header') {
      if (path[1] in headers) headers[path[1]] = MASK;
    } else if (path[0].startsWith('/')) {
      url = url.replace(new RegExp(`${escapeRegExp(path[0])}(?=$|[?/])`), `/${MASK}`);
    } else if (path[0].startsWith('?')) {
      url = url.replace(new RegExp(`([?&]${escapeRegExp(encodeURIComponent(path[0].slice(1)))}=)[^&]*`, 'g'), `$1${MASK}`);
    } else if (body && typeof body === 'object') {
      // A path into the body: the holder of the last key, found through the others (`bodyKey` may be "").
      let holder: unknown = body;
      for (const key of path.slice(0, -1)) holder = holder && typeof holder === 'object' ? (holder as Record<string, unknown>)[key] : undefined;
      const last = path[path.length - 1];
      if (holder && typeof holder === 'object' && last in holder) (holder as Record<string, unknown>)[last] = MASK;
    }
  }
  return { method: req.method, url, headers, body };
}

export function renderDryRun(req: HttpRequest): string {
  return JSON.stringify(maskRequest(req), null, 2);
}


/** The same request as a curl command line, with the TLS choices the CLI itself would make. */
export function renderCurl(req: HttpRequest, tls: { insecure?: boolean; caCert?: string } = {}): string {
  const m = maskRequest(req);
  const parts = ['curl', '-X', m.method];
  if (tls.insecure) parts.push('-k');
  if (tls.caCert) parts.push('--cacert', shellQuote(tls.caCert));
  // `-H 'name;'` is curl's way to send a header with an empty value (`name:` would leave it out).
  for (const [k, v] of Object.entries(m.headers)) parts.push('-H', shellQuote(v === '' ? `${k};` : `${k}: ${v}`));
  if (m.body !== null) parts.push('-d', shellQuote(JSON.stringify(m.body)));
  parts.push(shellQuote(m.url));
  return parts.join(' ');
}
