// The only network code: one undici dispatcher per process (keep-alive, proxies from the environment, TLS options),
// retries for idempotent GETs, and a plain response record.
import { readFileSync } from 'node:fs';
import type { Dispatcher } from 'undici';
import { CliError } from '../errors.js';
import { visible } from '../output/server-text.js';
import { DEBUG_BODY_LIMIT, debugLines, debugView, type DebugView } from '../request/render.js';
import type { HttpRequest } from '../request/types.js';
import { DEFAULT_MAX_RESPONSE_BYTES, formatSeconds, formatSize, requestDeadline, type Limits, type TimeLimit } from './limits.js';

export interface HttpOptions {
  insecure?: boolean;
  caCert?: string;
  /** How long requests may take and how large an answer may be (src/transport/limits.ts); the defaults without. */
  limits?: Partial<Limits>;
  signal?: AbortSignal;
  /** --debug: each request and answer (headers and body, secrets masked), a few lines at a time. */
  debug?: (text: string) => void;
}

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** V8's flags for undici's HTTP parser (WebAssembly): compiled by the baseline tier only (the optimising tier costs
 *  ~35 MB and kept a finished command waiting ~100 ms at exit; Liftoff parses our replies as fast), and whole when
 *  undici loads it rather than a function at a time as it first runs (~1 ms less on the way to the first answer).
 *  bin/zstack-cli sets them before anything is compiled (a later flag would spoil its code caches); here for a process
 *  that did not start there. */
export const WASM_FLAGS = '--liftoff-only --no-wasm-lazy-compilation';

/** undici, loaded with the first request (src/transport/undici.ts says which part and why). */
async function loadUndici(): Promise<typeof import('./undici.js')> {
  (process.getBuiltinModule('node:v8') as typeof import('node:v8')).setFlagsFromString(WASM_FLAGS);
  return import('./undici.js');
}

let dispatcher: Dispatcher | undefined;
let dispatcherKey = '';

async function getDispatcher(opts: HttpOptions): Promise<Dispatcher> {
  const key = `${opts.insecure ? 1 : 0}|${opts.caCert ?? ''}`;
  if (dispatcher && key === dispatcherKey) return dispatcher;
  if (dispatcher) void dispatcher.close().catch(() => {}); // other TLS settings: a pool of their own
  const { EnvHttpProxyAgent } = await loadUndici();
  let ca: string | undefined;
  if (opts.caCert) {
    try {
      ca = readFileSync(opts.caCert, 'utf8');
    } catch (e) {
      throw new CliError('usage', `cannot read the CA certificate ${opts.caCert}: ${(e as Error).message}`, ["it is given by --ca-cert, ZSTACK_CA_CERT or the profile's caCert= (a relative name is read from the current directory)"]);
    }
  }
  dispatcher = new EnvHttpProxyAgent({ keepAliveTimeout: 10_000, connect: { rejectUnauthorized: !opts.insecure, ...(ca ? { ca } : {}) } });
  dispatcherKey = key;
  return dispatcher;
}

const RETRY_STATUS = new Set([502, 504]);
const RETRY_CODES = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);
const MAX_RETRIES = 3;
/** The longest a Node timer waits. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Sends a request built for a provider: its JSON body as text; --debug shows it with its secrets masked. */
export function sendRequest(req: HttpRequest, opts: HttpOptions, consume?: (piece: string) => void): Promise<HttpResponse> {
  const wire = { method: req.method, url: req.url, headers: req.headers, body: req.body === null ? null : JSON.stringify(req.body) };
  return send(wire, opts, opts.debug ? debugView(req) : undefined, consume);
}

/** Sends a request and reads its answer. With `consume`, the body of a 200 answer is handed over piece by piece as it
 *  arrives (and `text` is empty): a large reply is never held whole. `shown`: what --debug shows of the request (the
 *  request itself when it holds no secret).
 *  The whole exchange (connecting, the headers, every byte of the body, retries and their pauses) ends by one
 *  deadline, the earlier of the request's own limit and the command's (--timeout): a server that never answers, or
 *  drips its answer a byte at a time, is a timeout (exit 124) naming the limit that ran out. An answer held whole is
 *  refused beyond `limits.maxResponseBytes` (exit 3) before more of it is read. */
export async function send(req: WireRequest, opts: HttpOptions, shown: DebugView = req, consume?: (piece: string) => void): Promise<HttpResponse> {
  const d = await getDispatcher(opts);
  const { request } = await loadUndici();
  const begun = Date.now();
  const limit = requestDeadline(opts.limits ?? {}, begun);
  // One signal for undici: aborted by the deadline, or by the caller's signal (Ctrl-C), whose reason it passes on.
  const clock = new AbortController();
  const { signal } = clock;
  // A timer holds at most 2^31-1 ms (24.8 days); a longer one would fire at once (timeout=99999999999).
  const timer = setTimeout(() => clock.abort(new TimedOut()), Math.min(MAX_TIMER_MS, Math.max(0, limit.at - begun)));
  const interrupt = () => clock.abort(opts.signal!.reason);
  if (opts.signal?.aborted) interrupt();
  opts.signal?.addEventListener('abort', interrupt, { once: true });
  const maxBytes = opts.limits?.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const idempotent = req.method === 'GET';
  let consumed = false;
  let size = 0; // bytes of the answer's body read so far
  let answered = false; // its headers came
  try {
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      size = 0;
      answered = false;
      opts.debug?.([`> ${req.method} ${shown.url}${attempt ? ` (retry ${attempt})` : ''}`, ...debugLines('>', shown.headers, shown.body)].join('\n'));
      let retry = false;
      try {
        const url = new URL(req.url);
        const res = await request(d, {
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: req.method as Dispatcher.HttpMethod,
          headers: req.headers,
          body: req.body ?? undefined,
          signal,
          // The deadline above bounds the whole. undici's own timers (gaps only; beyond a second they may fire up to
          // half a second early) are off.
          headersTimeout: 0,
          bodyTimeout: 0,
        });
        answered = true;
        let text = '';
        // The beginning of a streamed answer, for --debug (a little more than is shown, so that a secret value cut off
        // at the limit is still recognised and masked).
        let head = '';
        let chars = 0;
        if (consume && res.statusCode === 200) {
          const decoder = new TextDecoder();
          const hand = (piece: string) => {
            chars += piece.length;
            if (opts.debug && head.length < DEBUG_BODY_LIMIT * 2) head += piece.slice(0, DEBUG_BODY_LIMIT * 2 - head.length);
            try {
              consume(piece);
            } catch (e) {
              throw new Final(e);
            }
          };
          consumed = true;
          for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
            size += chunk.length;
            hand(decoder.decode(chunk, { stream: true }));
          }
          hand(decoder.decode());
        } else {
          const length = res.headers['content-length'];
          const declared = typeof length === 'string' && /^\d+$/.test(length) ? Number(length) : undefined;
          if (declared !== undefined && declared > maxBytes) {
            res.body.destroy();
            throw new Final(tooLarge(req.url, maxBytes, `${declared} bytes`));
          }
          if (declared !== undefined) {
            // HTTP/1.1 never reads past a declared length: the answer is known to fit.
            text = await res.body.text();
            size = declared;
          } else {
            text = await readCapped(res.body as AsyncIterable<Buffer>, (n) => {
              size = n;
              if (n > maxBytes) throw new Final(tooLarge(req.url, maxBytes, `more than ${n} bytes`));
            });
          }
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
        if (opts.debug) {
          const body = consumed ? debugLines('<', headers, head, { partial: chars > head.length, size }) : debugLines('<', headers, text, { paths: shown.answerSecrets });
          opts.debug([`< ${res.statusCode} ${req.method} ${shown.url} (${Date.now() - started} ms, ${size} bytes)`, ...body].join('\n'));
        }
        if (!(idempotent && RETRY_STATUS.has(res.statusCode) && attempt < MAX_RETRIES)) return { status: res.statusCode, headers, text };
        retry = true;
      } catch (e) {
        if (e instanceof Final) throw e.failure;
        if (opts.signal?.aborted) throw e;
        const code = errorCode(e);
        if (signal.aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') throw timedOut(req, limit, begun, answered, size);
        opts.debug?.(`! ${req.method} ${shown.url}: ${code ?? visible((e as Error).message)}`);
        // Once part of an answer has been handed over, sending again would hand it over twice.
        if (!(idempotent && !consumed && code && RETRY_CODES.has(code) && attempt < MAX_RETRIES)) throw networkError(e, req.url);
        retry = true;
      }
      if (retry) {
        try {
          await backoff(attempt, signal);
        } catch (e) {
          if (!opts.signal?.aborted) throw timedOut(req, limit, begun, answered, size);
          throw e;
        }
      }
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', interrupt);
  }
}

/** A body of unknown length read whole, `onSize` told the bytes so far after each piece (it throws to stop): held
 *  once as bytes, then once as text. */
async function readCapped(body: AsyncIterable<Buffer>, onSize: (bytes: number) => void): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    onSize(size); // leaving the loop ends the body
    chunks.push(chunk);
  }
  const whole = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
  chunks.length = 0;
  const text = whole.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What the consumer of a streamed answer threw, or an error already said: passed on as it is, not taken for a
 *  network failure. */
class Final {
  constructor(readonly failure: unknown) {}
}

/** The reason the deadline of a request gives its abort signal. */
class TimedOut extends Error {
  constructor() {
    super('the time limit ran out');
  }
}

/** scheme://host:port of a URL, for messages. */
const where = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return url;
  }
};

/** A request that did not end in time: which limit ran out and how far the answer had come. Exit 124. */
function timedOut(req: WireRequest, limit: TimeLimit, begun: number, answered: boolean, size: number): CliError {
  const after = formatSeconds(Date.now() - begun);
  const message = answered
    ? `the answer of ${where(req.url)} did not come whole: ${limit.label} ran out after ${after} s, ${size} bytes in`
    : `no answer from ${where(req.url)}: ${limit.label} ran out after ${after} s`;
  return new CliError('timeout', message, [
    limit.hint,
    ...(req.method === 'GET' ? [] : [`the ${req.method} request may have reached the server and taken effect: check before sending it again`]),
  ]);
}

function tooLarge(url: string, maxBytes: number, size: string): CliError {
  return new CliError('transport', `the answer of ${url.replace(/\?.*$/, '')} is larger than the limit of ${formatSize(maxBytes)} for one answer (${size})`, [
    'ask for less (limit=, fields=, or --all for one page at a time), or raise the limit: ZSTACK_MAX_RESPONSE=SIZE (e.g. 256M)',
  ]);
}

const backoff = (attempt: number, signal?: AbortSignal): Promise<void> => sleep(200 * 2 ** attempt, signal);

/** Waits `ms`, or until `signal` aborts (rejecting with its reason). Its abort listener goes when the wait ends: a
 *  job polled a hundred times must not pile up listeners on one signal. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function errorCode(e: unknown): string | undefined {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.cause?.code ?? err?.code;
}

/** Turns a connection failure into a transport error that says what to check. */
export function networkError(e: unknown, url: string): CliError {
  const code = errorCode(e) ?? '';
  const server = where(url);
  const msg = visible((e as Error)?.message ?? String(e));
  const check = 'check the host and port (-H/--host, -p/--port, ZSTACK_HOST, the profile) and that the management node is running';
  if (code === 'ECONNREFUSED') return new CliError('transport', `cannot connect to ${server}: connection refused`, [check]);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new CliError('transport', `cannot resolve the host of ${server}`, [check]);
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return new CliError('transport', `connecting to ${server} timed out`, [check]);
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code) || /certificate|TLS|SSL/i.test(msg)) {
    return new CliError('transport', `TLS failure talking to ${server}: ${code || msg}`, ['trust the server with --ca-cert FILE, or skip verification explicitly with --insecure', 'or check --https against the server port']);
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return new CliError('transport', `the connection to ${server} was closed unexpectedly`, [check, 'is the scheme right (--https)?']);
  return new CliError('transport', `cannot talk to ${server}: ${code ? `${code}: ` : ''}${msg}`, [check]);
}
