// ZStack semantics over HTTP: API errors, session errors, asynchronous jobs (202 + location polling).
import { CliError, isCliError } from '../errors.js';
import { serverText } from '../output/server-text.js';
import { baseUrl } from '../request/endpoint.js';
import type { Endpoint, HttpRequest } from '../request/types.js';
import { send, sendRequest, sleep, type HttpOptions, type HttpResponse } from './http.js';
import { rowSplitter } from './json-stream.js';
import { DEFAULT_MAX_RESPONSE_BYTES, formatSeconds, formatSize, MAX_JSON_DEPTH, type TimeLimit } from './limits.js';
import { badAnswer as answerNotUnderstood, jsonOf } from './reply.js';

export interface ExecuteOptions extends HttpOptions {
  endpoint: Endpoint;
  /** Profile name, for messages about logging in again. */
  profile: string;
  /** Overall wait for an asynchronous job, ms (default 30 min; --timeout, which also ends the command by
   *  `limits.deadline`). */
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
  const maxChars = opts.limits?.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const splitter = onRows ? rowSplitter('inventories', ['schema'], { maxDepth: MAX_JSON_DEPTH, maxChars }) : undefined;
  let consume: ((piece: string) => void) | undefined;
  if (splitter && onRows) {
    consume = (piece) => {
      const rows = splitter.push(piece);
      if (rows.length) onRows(rows);
    };
  }
  // What the splitter refused: a row larger than the limit for one answer, JSON too deep or malformed.
  const unread = (e: unknown): CliError => {
    const message = (e as Error).message;
    const what = e instanceof RangeError ? `a row larger than the limit of ${formatSize(maxChars)} for one answer` : message.startsWith('nested') ? `JSON ${message}` : `malformed JSON (${serverText(message)})`;
    return new CliError('transport', `the server answered ${what} for ${req.url.replace(/\?.*$/, '')}`, e instanceof RangeError ? ['raise the limit: ZSTACK_MAX_RESPONSE=SIZE (e.g. 256M)'] : []);
  };
  let res: HttpResponse;
  try {
    res = await sendRequest(req, opts, consume);
  } catch (e) {
    if (e instanceof SyntaxError || e instanceof RangeError) throw unread(e);
    throw e;
  }
  if (splitter && res.status === 200) {
    try {
      return withoutSchema(splitter.end());
    } catch (e) {
      throw unread(e);
    }
  }
  const full = opts.debug !== undefined;
  if (res.status === 202) {
    const body = parseJson(res, req.url, full) as { location?: unknown } | null;
    const location = typeof body === 'object' && body !== null ? body.location : undefined;
    if (typeof location !== 'string') throw badAnswer(req.url, res, 'a 202 answer without a job location', full);
    // The request was sent and accepted: a location that cannot be polled is the server's fault, not a usage error.
    if (!/^https?:\/\//i.test(location) || !URL.canParse(location)) throw badAnswer(req.url, res, 'a 202 answer whose job location is not a URL', full);
    const where = rewriteLocation(location, opts.endpoint);
    if (opts.noWait) return { location: where };
    return pollJob(where, opts);
  }
  return interpret(res, req.url, opts.profile, full);
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
  // A job id is the hex UUID at the end of a job's location (api-jobs/<id>).
  if (!/^[0-9A-Fa-f-]+$/.test(idOrLocation)) throw new CliError('usage', `'${idOrLocation}' is neither a job location nor a job id`);
  return `${baseUrl(endpoint)}/v1/api-jobs/${idOrLocation}`;
}

export const jobIdOf = (location: string): string => location.replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? location;

/** Polls a job until it ends: every 100 ms at first, then every 250 ms (about 4 polls a second), so a result is
 *  printed within ~250 ms of the job's end however long the job ran. It gives up (exit 124) at the job's time limit or
 *  the command's deadline (--timeout), whichever comes first. */
export async function pollJob(location: string, opts: ExecuteOptions): Promise<unknown> {
  const started = Date.now();
  const deadline = opts.limits?.deadline;
  let limit: TimeLimit = {
    at: started + (opts.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS),
    label: opts.jobTimeoutMs === undefined ? `the default limit of ${DEFAULT_JOB_TIMEOUT_MS / 1000} s for a job` : `--timeout ${opts.jobTimeoutMs / 1000}`,
    hint: 'wait longer with --timeout SECONDS',
  };
  if (deadline && deadline.at < limit.at) limit = { ...deadline, hint: limit.hint };
  let interval = opts.pollMinMs ?? 100;
  const maxInterval = opts.pollMaxMs ?? 250;
  const jobId = jobIdOf(location);
  const gaveUp = () =>
    new CliError('timeout', `gave up waiting for job ${jobId} after ${formatSeconds(Date.now() - started)} s: ${limit.label} ran out; the job goes on`, [
      `location: ${location}`,
      `wait again: zstack-cli job wait ${location}`,
      limit.hint,
    ]);
  const full = opts.debug !== undefined;
  for (;;) {
    let res: HttpResponse;
    try {
      // A poll may take what is left of the wait, no more.
      res = await send({ method: 'GET', url: location, headers: {}, body: null }, { ...opts, limits: { ...opts.limits, deadline: limit } });
    } catch (e) {
      if (opts.signal?.aborted) throw interrupted(location);
      if (isCliError(e) && e.kind === 'timeout' && Date.now() >= limit.at - 50) throw gaveUp();
      throw e;
    }
    if (res.status === 404) {
      throw new CliError('api', `job ${jobId}: no result at ${location}`, ['the result has expired (servers keep it about 3 hours) or the location is wrong']);
    }
    if (res.status !== 202) return interpret(res, location, opts.profile, full);
    opts.onJobProgress?.({ jobId, location, elapsedMs: Date.now() - started });
    const left = limit.at - Date.now();
    if (left <= 0) throw gaveUp();
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

/** 200 -> result (a JSON object: anything else is not a ZStack answer); 503 -> API error (ID.1001 -> session error);
 *  anything else -> the server was not understood. `full`: --debug, server text not cut. */
export function interpret(res: HttpResponse, url: string, profile: string, full = false): unknown {
  if (res.status === 200) {
    if (res.text.trim() === '') return {};
    const body = parseJson(res, url, full);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badAnswer(url, res, `${body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`} where a JSON object was expected`, full);
    return withoutSchema(body);
  }
  if (res.status === 503) {
    const body = jsonOf(res, url, { strict: false }) as { error?: ErrorCode } | null | undefined;
    if (body && typeof body === 'object' && body.error && typeof body.error === 'object') throw apiError(body.error, profile, full);
    throw badAnswer(url, res, 'HTTP 503 without an error record', full);
  }
  throw badAnswer(url, res, undefined, full);
}

/** A ZStack error record as an error: its code, description, details and cause chain, as server text (escaped, cut
 *  unless `full`). */
export function apiError(error: ErrorCode, profile: string, full = false): CliError {
  const text = (value: unknown) => serverText(value, full);
  const chain = causeChain(error);
  if (chain.some((e) => e.code === 'ID.1001')) {
    return new CliError('auth', `session expired or invalid for profile '${profile}' (${text(error.code)}: ${text(error.description)})`, [
      `log in again: zstack-cli${profile === 'default' ? '' : ` --profile ${profile}`} LogInByAccount accountName=<name>`,
    ]);
  }
  const lines: string[] = [];
  if (error.details) lines.push(`details: ${text(error.details)}`);
  for (const c of chain.slice(1)) lines.push(`caused by ${text(c.code ?? '?')}: ${text(c.description)}${c.details ? ` (${text(c.details)})` : ''}`);
  return new CliError('api', `${text(error.code ?? 'error')}: ${error.description ? text(error.description) : 'the API failed'}`, lines);
}

function causeChain(e: ErrorCode): ErrorCode[] {
  const out: ErrorCode[] = [];
  for (let c: ErrorCode | undefined = e; c && typeof c === 'object' && out.length < 20; c = c.cause) out.push(c);
  return out;
}

/** A node adds `schema` (JSON path -> Java class, for SDKs that build typed objects) to every query reply: it is no
 *  part of the result. */
function withoutSchema(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('schema' in body)) return body;
  const { schema: _schema, ...rest } = body as Record<string, unknown>;
  return rest;
}

const parseJson = (res: HttpResponse, url: string, full: boolean): unknown => jsonOf(res, url, { full, hints: hintsFor(res.status) });

const badAnswer = (url: string, res: HttpResponse, what: string | undefined, full: boolean): CliError => answerNotUnderstood(res, url, what, hintsFor(res.status), full);

/** What to check after an answer of this status that was not understood. */
function hintsFor(status: number): string[] {
  const hints: string[] = [];
  if (status === 404) hints.push('check the context path (--context-path, default zstack) and the port: is this a ZStack management node?');
  if (status === 400) hints.push('the server refused the request before running the API');
  if (status === 405) hints.push('the server does not accept this method on this path: is the server version older than the API?');
  if (status === 401 || status === 403) hints.push('check the credentials (session or AccessKey)');
  return hints;
}
