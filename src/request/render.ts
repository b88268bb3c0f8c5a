// Renders a request for people: the --dry-run JSON, the --curl command line and the --debug log of a request and its
// answer, with secrets masked. The one place that decides what is secret in what the tool shows.
import { isSecretName } from '../catalog/merge.js';
import { visible } from '../output/server-text.js';
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
  if (headers.Authorization) headers.Authorization = maskAuthorization(headers.Authorization);
  let url = req.url;
  let body: unknown = req.body === null ? null : structuredClone(req.body);
  for (const path of req.secrets) {
    if (path[0] === 'header') {
      if (path[1] in headers) headers[path[1]] = MASK;
    } else if (path[0].startsWith('/')) {
      url = url.replace(new RegExp(`${escapeRegExp(path[0])}(?=$|[?/])`), `/${MASK}`);
    } else if (path[0].startsWith('?')) {
      url = url.replace(new RegExp(`([?&]${escapeRegExp(encodeURIComponent(path[0].slice(1)))}=)[^&]*`, 'g'), `$1${MASK}`);
    } else {
      maskPath(body, path);
    }
  }
  return { method: req.method, url, headers, body };
}

/** `OAuth <session>`, `ZStack <key>:<signature>`: the scheme stays, the credentials go. */
const maskAuthorization = (value: string): string => value.replace(/^(\S+)\s.*$/, `$1 ${MASK}`);

/** Masks the value at a path into a JSON body: the holder of the last key is found through the others (a body key
 *  may be ""). */
function maskPath(body: unknown, path: readonly string[]): void {
  let holder: unknown = body;
  for (const key of path.slice(0, -1)) holder = holder && typeof holder === 'object' ? (holder as Record<string, unknown>)[key] : undefined;
  const last = path[path.length - 1];
  if (holder && typeof holder === 'object' && last in holder) (holder as Record<string, unknown>)[last] = MASK;
}

// ---- --debug: requests and answers as they travel ----

/** Headers that carry credentials whoever sends them: sessions and signatures (Authorization), EOS tokens
 *  (X-Auth-Token, and X-Subject-Token in a login's answer), AC's `token` and `password`, cookies. */
const SECRET_HEADER = /^(authorization|x-auth-token|x-subject-token|token|cookie|set-cookie)$/i;

/** Keys of JSON bodies whose string values are secrets: passwords and secrets (as parameters are judged), tokens,
 *  session uuids. */
export const isSecretKey = (key: string): boolean => isSecretName(key) || /token|^session(uuid|id)$/i.test(key);

/** How much of a body --debug shows. */
export const DEBUG_BODY_LIMIT = 8192;

/** What --debug shows of a request: its headers and body with secrets masked, and where its answer holds one. */
export interface DebugView {
  url: string;
  headers: Record<string, string>;
  body: string | null;
  /** Paths into the JSON answer whose values are secrets (the session a login answers). */
  answerSecrets?: string[][];
}

export function debugView(req: HttpRequest): DebugView {
  const m = maskRequest(req);
  return { url: m.url, headers: m.headers, body: m.body === null ? null : JSON.stringify(m.body), ...(req.answerSecrets ? { answerSecrets: req.answerSecrets } : {}) };
}

/** Header lines and the body of a request (`>`) or an answer (`<`) for --debug: secret headers and the string values of
 *  secret keys masked (in a cut-off body too), the first DEBUG_BODY_LIMIT characters of the body, and its size when
 *  that is not all of it. `paths`: secrets of a JSON body by where they are. `partial`: `body` is only the beginning
 *  of the body (a streamed answer), whose whole size is `size` bytes. */
export function debugLines(arrow: '>' | '<', headers: Readonly<Record<string, string>>, body: string | null, opts: { paths?: readonly string[][]; partial?: boolean; size?: number } = {}): string[] {
  const lines = Object.entries(headers).map(([k, v]) => `${arrow} ${k}: ${/^authorization$/i.test(k) ? maskAuthorization(v) : SECRET_HEADER.test(k) || isSecretName(k) ? MASK : v}`);
  if (body === null || body === '') return lines;
  let text = body;
  if (opts.paths?.length && !opts.partial) {
    try {
      const json = JSON.parse(body) as unknown;
      for (const p of opts.paths) maskPath(json, p);
      text = JSON.stringify(json);
    } catch {
      // not JSON: the keys are masked below
    }
  }
  // Masked beyond the limit too, so that a secret value the limit cuts is recognised as one.
  text = maskSecretValues(text.slice(0, DEBUG_BODY_LIMIT * 2));
  const cut = opts.partial || body.length > DEBUG_BODY_LIMIT * 2 || text.length > DEBUG_BODY_LIMIT;
  const shown = text.slice(0, DEBUG_BODY_LIMIT);
  // A body is server text (or shown like it): it cannot drive the terminal either.
  lines.push(...shown.split(/\r?\n/).map((l) => `${arrow} ${visible(l, true)}`));
  if (cut) lines.push(`${arrow} ... (${opts.size ?? Buffer.byteLength(body)} bytes in all; the first ${shown.length} characters shown)`);
  return lines;
}

/** JSON text with the string values of secret keys masked. Works on a piece of JSON too: a value cut off by the end
 *  of the text is masked as far as it goes. */
export function maskSecretValues(text: string): string {
  return text.replace(/("((?:[^"\\]|\\.)*)"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|\\?$)/g, (whole, head: string, key: string) => (isSecretKey(key) ? `${head}"${MASK}"` : whole));
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
