// The common ground of the EOS and AC simulators: a node:http server, a state that is seeded or read back from a
// state file, and persistence of every change (atomic write, one owner process at a time). Each provider supplies
// its seed, its state check and its request handler. Nothing here (nor in eos.ts / ac.ts) imports client code: the
// simulators are an independent oracle of the wire contract.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CliError } from '../errors.js';
import { readJsonFile, writeFileAtomic } from '../util/files.js';
import { BodyTooLarge, DEFAULT_MAX_BODY_BYTES, readBody } from './limits.js';
import { claimState } from './state-owner.js';

export type SimProvider = 'eos' | 'ac';

export interface RunningProviderSim {
  host: string;
  port: number;
  provider: SimProvider;
  /** True when another process owns the state file: changes made here are not kept. */
  readOnly: boolean;
  /** A copy of the simulator's state, as the state file holds it. */
  state(): unknown;
  close(): Promise<void>;
}

export interface ProviderSimOptions {
  host?: string;
  port?: number;
  stateFile?: string;
  /** When another live process owns the state file: refuse to start (default), or run on a read-only copy. */
  busyState?: 'fail' | 'readOnly';
  /** Request bodies over this many bytes are answered 413 (default DEFAULT_MAX_BODY_BYTES, 10 MiB). */
  maxBodyBytes?: number;
}

export interface SimRequest {
  method: string;
  /** The path without query string and without trailing slashes. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `http://host:port` as the client addressed the simulator. */
  origin: string;
}

export interface SimReply {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  /** The request changed the state: it is written to the state file. */
  changed?: boolean;
}

export interface ProviderSpec<S> {
  provider: SimProvider;
  /** "EOS", "AC": for messages. */
  label: string;
  defaultPort: number;
  seed(): S;
  /** The state read from a file; throws an Error saying what is wrong when it is not one of this provider's. */
  restore(saved: unknown): S;
  /** What is written to the state file (e.g. without expired tokens). Default: the state itself. */
  save?(state: S): unknown;
  handle(state: S, req: SimRequest): SimReply;
  /** The reply to a request whose handling threw something unexpected. */
  failure(e: unknown): SimReply;
  /** The reply to a request whose body is over the limit (413 in the provider's error style). */
  tooLarge(path: string, limit: number): SimReply;
  /** Headers on every reply. */
  commonHeaders?(): Record<string, string>;
}

export async function startProviderSim<S>(spec: ProviderSpec<S>, opts: ProviderSimOptions): Promise<RunningProviderSim> {
  const file = opts.stateFile;
  const release = file ? claimState(file) : undefined;
  const readOnly = !!file && !release;
  if (readOnly && opts.busyState !== 'readOnly') {
    throw new CliError('usage', `the ${spec.label} simulator state file ${file} is in use by another simulator`, ['stop that one, or use another --state file']);
  }
  try {
    return await startOwned(spec, opts, readOnly ? undefined : file, readOnly, release);
  } catch (e) {
    release?.();
    throw e;
  }
}

async function startOwned<S>(spec: ProviderSpec<S>, opts: ProviderSimOptions, writable: string | undefined, readOnly: boolean, release: (() => void) | undefined): Promise<RunningProviderSim> {
  const file = opts.stateFile;
  const what = `${spec.label} simulator state file`;
  const saved = file ? readJsonFile(file, what) : undefined;
  let state: S;
  if (saved === undefined) state = spec.seed();
  else {
    try {
      state = spec.restore(saved);
    } catch (e) {
      throw new CliError('usage', `the ${what} ${file} is damaged (${(e as Error).message}); it was left untouched`, ['move it away to start afresh from the seed data']);
    }
  }
  const snapshot = () => JSON.parse(JSON.stringify(spec.save ? spec.save(state) : state)) as unknown;
  const flush = () => {
    if (writable) writeFileAtomic(writable, JSON.stringify(snapshot())); // 0600: it holds password digests and tokens
  };
  if (saved === undefined) flush();

  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const server = createServer((req, res) => {
    readBody(req, maxBody).then(
      (body) => {
        let reply: SimReply;
        try {
          reply = spec.handle(state, toSimRequest(req, body));
          if (reply.changed) flush();
        } catch (e) {
          reply = spec.failure(e);
        }
        send(res, reply, spec.commonHeaders?.() ?? {});
      },
      (e: unknown) => {
        if (!(e instanceof BodyTooLarge)) return void res.destroy();
        send(res, spec.tooLarge(toSimRequest(req, '').path, e.limit), spec.commonHeaders?.() ?? {});
      },
    );
  });
  const host = opts.host ?? '127.0.0.1';
  const wanted = opts.port ?? spec.defaultPort;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(wanted, host, () => resolve());
    });
  } catch (e) {
    // EADDRINUSE and friends: a message for the user, not a stack trace.
    throw new CliError('transport', `the ${spec.label} simulator cannot listen on ${host}:${wanted}: ${(e as Error).message}`, ['choose another --port (0 picks a free one)']);
  }
  const port = (server.address() as AddressInfo).port;
  let closed = false;
  return {
    host,
    port,
    provider: spec.provider,
    readOnly,
    state: snapshot,
    async close() {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      release?.();
    },
  };
}

function toSimRequest(req: IncomingMessage, body: string): SimRequest {
  const url = new URL(req.url ?? '/', 'http://sim');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return { method: req.method ?? 'GET', path, headers: req.headers, body, origin: `http://${req.headers.host ?? 'localhost'}` };
}

function send(res: ServerResponse, reply: SimReply, common: Record<string, string>): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'Content-Type': 'application/json', ...common, ...reply.headers, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** State checks for `restore`: throws the reason when `cond` fails. */
export function need(cond: unknown, why: string): asserts cond {
  if (!cond) throw new Error(why);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
