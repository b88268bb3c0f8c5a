// The only network code: one undici dispatcher per process (keep-alive, proxies from the environment, TLS options),
// retries for idempotent GETs, and a plain response record.
import { readFileSync } from 'node:fs';
import type { Dispatcher } from 'undici';
import { CliError } from '../errors.js';
import { DEBUG_BODY_LIMIT, debugLines, debugView, type DebugView } from '../request/render.js';
import type { HttpRequest } from '../request/types.js';

export interface HttpOptions {
  insecure?: boolean;
  caCert?: string;
  /** Per-request time limit in ms (headers and body). */
  requestTimeoutMs?: number;
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

/** undici, loaded with the first request (src/transport/undici.ts says which part and why). */
async function loadUndici(): Promise<typeof import('./undici.js')> {
  // undici parses HTTP with WebAssembly. V8's optimising tier for it costs ~35 MB and keeps a finished command
  // waiting ~100 ms at exit; the baseline tier parses our replies as fast. bin/zstack-cli sets it before anything is
  // compiled (a later flag would spoil its code caches); here for a process that did not start there.
  (process.getBuiltinModule('node:v8') as typeof import('node:v8')).setFlagsFromString('--liftoff-only');
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
      throw new CliError('usage', `--ca-cert: cannot read ${opts.caCert}: ${(e as Error).message}`);
    }
  }
  dispatcher = new EnvHttpProxyAgent({ keepAliveTimeout: 10_000, connect: { rejectUnauthorized: !opts.insecure, ...(ca ? { ca } : {}) } });
  dispatcherKey = key;
  return dispatcher;
}

/** Closes the keep-alive connections so the process can exit at once. */
export async function closeTransport(): Promise<void> {
  const d = dispatcher;
  dispatcher = undefined;
  if (d) await d.close().catch(() => {});
}

const RETRY_STATUS = new Set([502, 504]);
const RETRY_CODES = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);
const MAX_RETRIES = 3;

/** Sends a request built for a provider: its JSON body as text; --debug shows it with its secrets masked. */
export function sendRequest(req: HttpRequest, opts: HttpOptions, consume?: (piece: string) => void): Promise<HttpResponse> {
  const wire = { method: req.method, url: req.url, headers: req.headers, body: req.body === null ? null : JSON.stringify(req.body) };
  return send(wire, opts, opts.debug ? debugView(req) : undefined, consume);
}

/** Sends a request and reads its answer. With `consume`, the body of a 200 answer is handed over piece by piece as it
 *  arrives (and `text` is empty): a large reply is never held whole. `shown`: what --debug shows of the request (the
 *  request itself when it holds no secret). */
export async function send(req: WireRequest, opts: HttpOptions, shown: DebugView = req, consume?: (piece: string) => void): Promise<HttpResponse> {
  const d = await getDispatcher(opts);
  const { request } = await loadUndici();
  const idempotent = req.method === 'GET';
  let consumed = false;
  for (let attempt = 0; ; attempt++) {
    const started = Date.now();
    opts.debug?.([`> ${req.method} ${shown.url}${attempt ? ` (retry ${attempt})` : ''}`, ...debugLines('>', shown.headers, shown.body)].join('\n'));
    try {
      const url = new URL(req.url);
      const res = await request(d, {
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: req.method as Dispatcher.HttpMethod,
        headers: req.headers,
        body: req.body ?? undefined,
        signal: opts.signal,
        headersTimeout: opts.requestTimeoutMs,
        bodyTimeout: opts.requestTimeoutMs,
      });
      let text = '';
      let size = 0; // bytes of a streamed answer
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
            throw new ConsumerFailure(e);
          }
        };
        consumed = true;
        for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
          size += chunk.length;
          hand(decoder.decode(chunk, { stream: true }));
        }
        hand(decoder.decode());
      } else {
        text = await res.body.text();
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      if (opts.debug) {
        const bytes = consumed ? size : Buffer.byteLength(text);
        const body = consumed ? debugLines('<', headers, head, { partial: chars > head.length, size }) : debugLines('<', headers, text, { paths: shown.answerSecrets });
        opts.debug([`< ${res.statusCode} ${req.method} ${shown.url} (${Date.now() - started} ms, ${bytes} bytes)`, ...body].join('\n'));
      }
      if (idempotent && RETRY_STATUS.has(res.statusCode) && attempt < MAX_RETRIES) {
        await backoff(attempt, opts.signal);
        continue;
      }
      return { status: res.statusCode, headers, text };
    } catch (e) {
      if (e instanceof ConsumerFailure) throw e.failure;
      if (opts.signal?.aborted) throw e;
      const code = errorCode(e);
      opts.debug?.(`! ${req.method} ${shown.url}: ${code ?? (e as Error).message}`);
      // Once part of an answer has been handed over, sending again would hand it over twice.
      if (idempotent && !consumed && code && RETRY_CODES.has(code) && attempt < MAX_RETRIES) {
        await backoff(attempt, opts.signal);
        continue;
      }
      throw networkError(e, req.url);
    }
  }
}

/** What the consumer of a streamed answer threw: passed on as it is, not taken for a network failure. */
class ConsumerFailure {
  constructor(readonly failure: unknown) {}
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
  const where = (() => {
    try {
      const u = new URL(url);
      return `${u.protocol}//${u.host}`;
    } catch {
      return url;
    }
  })();
  const msg = (e as Error)?.message ?? String(e);
  const check = 'check the host and port (-H/--host, -p/--port, ZSTACK_HOST, the profile) and that the management node is running';
  if (code === 'ECONNREFUSED') return new CliError('transport', `cannot connect to ${where}: connection refused`, [check]);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new CliError('transport', `cannot resolve the host of ${where}`, [check]);
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return new CliError('transport', `connecting to ${where} timed out`, [check]);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return new CliError('transport', `${where} did not answer in time`, ['raise --timeout, or check the server']);
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code) || /certificate|TLS|SSL/i.test(msg)) {
    return new CliError('transport', `TLS failure talking to ${where}: ${code || msg}`, ['trust the server with --ca-cert FILE, or skip verification explicitly with --insecure', 'or check --https against the server port']);
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return new CliError('transport', `the connection to ${where} was closed unexpectedly`, [check, 'is the scheme right (--https)?']);
  return new CliError('transport', `cannot talk to ${where}: ${code ? `${code}: ` : ''}${msg}`, [check]);
}
