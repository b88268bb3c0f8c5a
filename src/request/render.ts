// Renders a request for people: the --dry-run JSON and the --curl command line, with secrets masked.
import type { HttpRequest } from './types.js';

export const MASK = '********';

/** A copy with the session, AccessKey signature and password values replaced by a mask. */
export function maskRequest(req: HttpRequest): { method: string; url: string; headers: Record<string, string>; body: unknown } {
  const headers = { ...req.headers };
  if (headers.Authorization) headers.Authorization = headers.Authorization.replace(/^(\S+)\s.*$/, `$1 ${MASK}`);
  let url = req.url;
  let body: unknown = req.body === null ? null : structuredClone(req.body);
  for (const path of req.secrets) {
    if (path[0].startsWith('?')) {
      const key = encodeURIComponent(path[0].slice(1));
      url = url.replace(new RegExp(`([?&]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=)[^&]*`, 'g'), `$1${MASK}`);
    } else if (body && typeof body === 'object') {
      const holder = (body as Record<string, Record<string, unknown>>)[path[0]];
      if (holder && path[1] in holder) holder[path[1]] = MASK;
    }
  }
  return { method: req.method, url, headers, body };
}

export function renderDryRun(req: HttpRequest): string {
  return JSON.stringify(maskRequest(req), null, 2);
}

/** POSIX shell single-quoting. */
export const shellQuote = (s: string): string => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export function renderCurl(req: HttpRequest): string {
  const m = maskRequest(req);
  const parts = ['curl', '-X', m.method];
  for (const [k, v] of Object.entries(m.headers)) parts.push('-H', shellQuote(`${k}: ${v}`));
  if (m.body !== null) parts.push('-d', shellQuote(JSON.stringify(m.body)));
  parts.push(shellQuote(m.url));
  return parts.join(' ');
}
