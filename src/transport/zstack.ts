// ZStack semantics over HTTP: API errors, session errors, asynchronous jobs (202 + location polling).
import { CliError } from '../errors.js';
import { baseUrl } from '../request/endpoint.js';
import type { Endpoint, HttpRequest } from '../request/types.js';
import { send, sendRequest, sleep, type HttpOptions, type HttpResponse } from './http.js';
import { rowSplitter } from './json-stream.js';

export interface ExecuteOptions extends HttpOptions {
  endpoint: Endpoint;
  /** Profile name, for messages about logging in again. */
  profile: string;
  /** Overall wait for an asynchronous job, ms (default 30 min). */
  jobTimeoutMs?: number;
  /** Return the job location at once instead of waiting. */
  noWait?: boolean;
  /** Called while a job runs (for a progress line on a terminal). */
  onJobProgress?: (p: { jobId: string; location: string; elapsedMs: number }) => void;
  /** Poll interval bounds, ms (tests shorten them). */
  pollMinMs?: number;
  pollMaxMs?: number;
}

export interface ErrorCode {
  code?: string;
  description?: string;
  details?: string;
  cause?: ErrorCode;
}

export const DEFAULT_JOB_TIMEOUT_MS = 30 * 60 * 1000;

/** Runs an API. With `onRows`, the rows of a query reply go to it as they arrive and the result is the reply without
 *  them (`{inventories: [], total?}`): memory holds a piece of the reply, not all of it. */
export async function executeZStack(req: HttpRequest, opts: ExecuteOptions, onRows?: (rows: unknown[]) => void): Promise<unknown> {
  const splitter = onRows ? rowSplitter('inventories', ['schema']) : undefined;
  let consume: ((piece: string) => void) | undefined;
  if (splitter && onRows) {
    consume = (piece) => {
      const rows = splitter.push(piece);
      if (rows.length) onRows(rows);
    };
  }
  let res: HttpResponse;
  try {
    res = await sendRequest(req, opts, consume);
  } catch (e) {
    if (e instanceof SyntaxError) throw new CliError('transport', `the server answered malformed JSON for ${req.url.replace(/\?.*$/, '')}: ${e.message}`);
    throw e;
  }
  if (splitter && res.status === 200) {
    try {
      return withoutSchema(splitter.end());
    } catch (e) {
      throw new CliError('transport', `the server answered malformed JSON for ${req.url.replace(/\?.*$/, '')}: ${(e as Error).message}`);
    }
  }
  if (res.status === 202) {
    const location = parseJson(res, req.url) as { location?: string };
    if (!location || typeof location.location !== 'string') throw badAnswer(req.url, res, 'a 202 answer without a job location');
    const where = rewriteLocation(location.location, opts.endpoint);
    if (opts.noWait) return { location: where };
    return pollJob(where, opts);
  }
  return interpret(res, req.url, opts.profile);
}

/** The management node's own address in `location` is replaced by the configured endpoint (NAT, proxies). */
export function rewriteLocation(location: string, endpoint: Endpoint): string {
  let u: URL;
  try {
    u = new URL(location);
  } catch {
    return jobLocation(location, endpoint);
  }
  const idx = u.pathname.indexOf('/v1/');
  const rest = idx >= 0 ? u.pathname.slice(idx) : u.pathname;
  return `${baseUrl(endpoint)}${rest}${u.search}`;
}

/** A job id (polled at this profile's endpoint) or a location (polled as given: the locations this tool prints
 *  already point at the endpoint that was used, whichever profile that was). */
export function jobLocation(idOrLocation: string, endpoint: Endpoint): string {
  if (/^https?:\/\//.test(idOrLocation)) {
    try {
      return new URL(idOrLocation).href;
    } catch {
      throw new CliError('usage', `'${idOrLocation}' is not a valid job location`);
    }
  }
  if (!/^[A-Za-z0-9-]+$/.test(idOrLocation)) throw new CliError('usage', `'${idOrLocation}' is neither a job location nor a job id`);
  return `${baseUrl(endpoint)}/v1/api-jobs/${idOrLocation}`;
}

export const jobIdOf = (location: string): string => location.replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? location;

/** Polls a job until it ends: every 100 ms at first, then every 250 ms (about 4 polls a second), so a result is
 *  printed within ~250 ms of the job's end however long the job ran. */
export async function pollJob(location: string, opts: ExecuteOptions): Promise<unknown> {
  const started = Date.now();
  const deadline = started + (opts.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS);
  let interval = opts.pollMinMs ?? 100;
  const maxInterval = opts.pollMaxMs ?? 250;
  const jobId = jobIdOf(location);
  for (;;) {
    let res: HttpResponse;
    try {
      res = await send({ method: 'GET', url: location, headers: {}, body: null }, opts);
    } catch (e) {
      if (opts.signal?.aborted) throw interrupted(location);
      throw e;
    }
    if (res.status === 404) {
      throw new CliError('api', `job ${jobId}: no result at ${location}`, ['the result has expired (servers keep it about 3 hours) or the location is wrong']);
    }
    if (res.status !== 202) return interpret(res, location, opts.profile);
    opts.onJobProgress?.({ jobId, location, elapsedMs: Date.now() - started });
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new CliError('transport', `gave up waiting for job ${jobId} after ${Math.round((Date.now() - started) / 1000)} s; the job goes on`, [
        `location: ${location}`,
        `wait again: zstack-cli job wait ${location}`,
      ]);
    }
    // The last wait is cut to the deadline, so the final poll happens right at it.
    await sleep(Math.min(interval, left), opts.signal).catch(() => {
      throw interrupted(location);
    });
    interval = Math.min(maxInterval, Math.round(interval * 1.5));
  }
}

function interrupted(location: string): CliError {
  return new CliError('interrupted', 'interrupted: stopped waiting; the job goes on on the server', [
    `location: ${location}`,
    `wait again: zstack-cli job wait ${location}`,
  ]);
}


/** 200 -> result; 503 -> API error (ID.1001 -> session error); anything else -> the server was not understood. */
export function interpret(res: HttpResponse, url: string, profile: string): unknown {
  if (res.status === 200) return res.text.trim() === '' ? {} : withoutSchema(parseJson(res, url));
  if (res.status === 503) {
    const body = tryJson(res.text) as { error?: ErrorCode } | undefined;
    if (body && body.error && typeof body.error === 'object') throw apiError(body.error, profile);
    throw badAnswer(url, res, 'HTTP 503 without an error record');
  }
  throw badAnswer(url, res);
}

export function apiError(error: ErrorCode, profile: string): CliError {
  const chain = causeChain(error);
  if (chain.some((e) => e.code === 'ID.1001')) {
    return new CliError('auth', `session expired or invalid for profile '${profile}' (${error.code}: ${error.description ?? ''})`.trim(), [
      `log in again: zstack-cli${profile === 'default' ? '' : ` --profile ${profile}`} LogInByAccount accountName=<name>`,
    ]);
  }
  const lines: string[] = [];
  if (error.details) lines.push(`details: ${error.details}`);
  for (const c of chain.slice(1)) lines.push(`caused by ${c.code ?? '?'}: ${c.description ?? ''}${c.details ? ` (${c.details})` : ''}`);
  return new CliError('api', `${error.code ?? 'error'}: ${error.description ?? 'the API failed'}`, lines);
}

function causeChain(e: ErrorCode): ErrorCode[] {
  const out: ErrorCode[] = [];
  for (let c: ErrorCode | undefined = e; c && out.length < 20; c = c.cause) out.push(c);
  return out;
}

/** A node adds `schema` (JSON path -> Java class, for SDKs that build typed objects) to every query reply: it is no
 *  part of the result. */
function withoutSchema(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('schema' in body)) return body;
  const { schema: _schema, ...rest } = body as Record<string, unknown>;
  return rest;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseJson(res: HttpResponse, url: string): unknown {
  try {
    return JSON.parse(res.text);
  } catch {
    throw badAnswer(url, res, 'malformed JSON');
  }
}

function badAnswer(url: string, res: HttpResponse, what?: string): CliError {
  const snippet = res.text.trim().slice(0, 300);
  const hints: string[] = [];
  if (res.status === 404) hints.push('check the context path (--context-path, default zstack) and the port: is this a ZStack management node?');
  if (res.status === 400) hints.push('the server refused the request before running the API');
  if (res.status === 405) hints.push('the server does not accept this method on this path: is the server version older than the API?');
  if (res.status === 401 || res.status === 403) hints.push('check the credentials (session or AccessKey)');
  return new CliError('transport', `the server answered HTTP ${res.status}${what ? ` (${what})` : ''} for ${url.replace(/\?.*$/, '')}${snippet ? `: ${snippet}` : ''}`, hints);
}
