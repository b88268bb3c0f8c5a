// The HTTP face of the simulator: routes from the catalog, authentication, the job queue, and the two error styles
// (plain-text REST errors before an API runs, 503 JSON API errors after).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAsync, needsSession, paramLocation } from '../catalog/catalog.js';
import type { ApiSpec, ParamSpec } from '../catalog/types.js';
import { ApiFailure, internalError, invalidArgument, notModelled, permissionDenied, RestFailure } from './errors.js';
import { presentAnswer, schemaOf } from './present.js';
import { readQueryRequest } from './query.js';
import { fireSchedulers } from './scheduler.js';
import { headerWallClock, javaBoolean, signature } from './wire.js';
import { handlerTable } from './handlers/index.js';
import { sessionCaller, userMayCall } from './handlers/identity.js';
import { BodyTooLarge, DEFAULT_MAX_BODY_BYTES, drive, readBody, type Work } from './limits.js';
import { type Caller, type Ctx, Deferred, type Handler, type Sim } from './sim.js';
import { newUuid, type Rec } from './store.js';

interface Route {
  api: ApiSpec;
  re: RegExp;
  vars: string[];
  /** Literal segments: more literal routes win (`/accounts/login` over `/accounts/{uuid}`). */
  literals: number;
  /** A Query verb's `<collection>/{uuid}` form. */
  byUuid: boolean;
  /** The path template: APIs on the same template share a URL. */
  template: string;
}

/** A job's timeout when the request names none (most asynchronous APIs: 30 minutes). */
const DEFAULT_API_TIMEOUT_MS = 30 * 60_000;

interface Job {
  status: number;
  body: Rec;
  expiresAt?: number;
}

export interface SimServerOptions {
  host?: string;
  port?: number;
  contextPath?: string;
  /** Request bodies over this many bytes are answered 413 (default DEFAULT_MAX_BODY_BYTES, 10 MiB). */
  maxBodyBytes?: number;
}

/** What the server answers: a body, or (a large query page) JSON text made in pieces. */
type Out = { status: number; body: unknown } | { status: number; pieces: Work<void, string> };

function compile(api: ApiSpec, path: string, byUuid: boolean): Route {
  const vars: string[] = [];
  const segs = path.split('/').filter(Boolean);
  // A placeholder may stand in a segment of its own or inside one (`/access-point{dataCenterUuid}/remote`).
  const re = segs.map((s) =>
    s
      .split(/(\{\w+\})/)
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        vars.push(m[1]);
        return '([^/]+)';
      })
      .join(''),
  );
  return { api, re: new RegExp(`^/${re.join('/')}/?$`), vars, literals: segs.filter((s) => !s.includes('{')).length, byUuid, template: path.replace(/\{\w+\}/g, '{}') };
}

export class SimServer {
  private readonly routes: Route[] = [];
  private readonly handlers: Map<string, Handler>;
  private readonly jobs = new Map<string, Job>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Requests being answered: close() stops their work at its next slice. */
  private readonly inflight = new Set<AbortController>();
  private maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
  private server?: Server;
  private tick?: NodeJS.Timeout;
  private ctxPrefix = '/zstack/v1';
  private origin = '';
  /** Called after each API that may have changed state. */
  onMutation: () => void = () => {};

  constructor(readonly sim: Sim) {
    this.handlers = handlerTable(sim.catalog);
    for (const api of sim.catalog.apis) {
      if ((api.provider ?? 'zstack') !== 'zstack') continue;
      this.routes.push(compile(api, api.path, false));
      if (api.query) this.routes.push(compile(api, `${api.path}/{uuid}`, true));
    }
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  async listen(opts: SimServerOptions = {}): Promise<{ host: string; port: number; contextPath: string }> {
    const contextPath = (opts.contextPath ?? 'zstack').replace(/^\/+|\/+$/g, '');
    this.ctxPrefix = contextPath ? `/${contextPath}/v1` : '/v1';
    this.maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    const host = opts.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 8080, host, () => resolve());
    });
    // Scheduler jobs fire in the background; unref'd so an idle simulator never keeps a process alive on its own.
    this.tick = setInterval(() => {
      if (fireSchedulers(this.sim, this.sim.now())) this.onMutation();
    }, 1000);
    this.tick.unref();
    const port = (server.address() as AddressInfo).port;
    this.origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return { host, port, contextPath };
  }

  async close(): Promise<void> {
    if (this.tick) clearInterval(this.tick);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const a of this.inflight) a.abort(new Error('the simulator is closing'));
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const abort = new AbortController();
    this.inflight.add(abort);
    // The client went away (or the answer is complete): work still running for it stops.
    res.on('close', () => abort.abort(new Error('the connection is closed')));
    try {
      const body = await readBody(req, this.maxBodyBytes);
      const out = await this.dispatch(req, body, abort.signal);
      if ('pieces' in out) {
        res.writeHead(out.status);
        await drive(out.pieces, abort.signal, (piece) => write(res, piece));
        res.end();
      } else send(res, out.status, out.body);
    } catch (e) {
      // Nobody to answer, or an answer already half written: the connection is cut.
      if (abort.signal.aborted || res.headersSent) res.destroy();
      else if (e instanceof BodyTooLarge) send(res, 413, e.message);
      else if (e instanceof RestFailure) send(res, e.status, e.message);
      else if (e instanceof ApiFailure) send(res, 503, e.toJSON());
      else send(res, 500, e instanceof Error ? e.message : String(e));
    } finally {
      this.inflight.delete(abort);
    }
  }

  /** The route a request takes, as the real server picks it: the best-matching path template; where one API owns
   *  it, that API; where several share it, the one of the request's method, and for PUT the action named by a
   *  top-level key of the body. */
  private route(method: string, path: string, body: () => Record<string, unknown>): { r: Route; m: RegExpExecArray } {
    let best: Array<{ r: Route; m: RegExpExecArray }> = [];
    for (const r of this.routes) {
      const m = r.re.exec(path);
      if (!m || (best.length && r.literals < best[0].r.literals)) continue;
      if (best.length && best[0].r.template !== r.template) continue;
      best.push({ r, m });
    }
    if (best.length === 0) throw new RestFailure(404, `no api mapping to ${path}`);
    const mine = best.filter((x) => x.r.api.method === method);
    if (!['GET', 'POST', 'PUT', 'DELETE'].includes(method) || (best.length === 1 && mine.length === 0)) {
      throw new RestFailure(405, `The method[${method}] is not allowed for the path[${this.ctxPrefix}${path}]`);
    }
    if (best.length === 1) return best[0];
    if (method === 'PUT') {
      const keys = body();
      const action = mine.find((x) => x.r.api.bodyKey !== undefined && x.r.api.bodyKey in keys);
      if (!action) throw new RestFailure(400, `the body doesn't contain action mapping to the URL[${this.ctxPrefix}${path}]`);
      return action;
    }
    if (mine.length === 0) throw new RestFailure(500, `No API of method ${method} found for the path[${this.ctxPrefix}${path}]`);
    return mine[0];
  }

  private async dispatch(req: IncomingMessage, raw: string, signal: AbortSignal): Promise<Out> {
    const url = new URL(req.url ?? '/', 'http://sim');
    if (!url.pathname.startsWith(`${this.ctxPrefix}/`)) throw new RestFailure(404, `no api mapping to ${url.pathname}`);
    const path = url.pathname.slice(this.ctxPrefix.length);
    const method = req.method ?? 'GET';
    const job = /^\/api-jobs\/([^/]+)$/.exec(path);
    if (job) {
      if (method !== 'GET') throw new RestFailure(405, `The method[${method}] is not allowed for the path[${url.pathname}]`);
      return this.poll(job[1], 'x-json-schema' in req.headers);
    }
    let parsed: Record<string, unknown> | undefined;
    // An empty body is an empty map; what is not a JSON object fails deep in the server: 500, plain text.
    const body = (): Record<string, unknown> => {
      if (parsed) return parsed;
      let v: unknown;
      try {
        v = raw.trim() ? JSON.parse(raw) : {};
      } catch (e) {
        throw new RestFailure(500, `the request body is not valid JSON: ${(e as Error).message}`);
      }
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new RestFailure(500, 'the request body is not a JSON object');
      return (parsed = v as Record<string, unknown>);
    };
    const { r, m } = this.route(method, path, body);
    const api = r.api;
    const caller = needsSession(api) ? this.authenticate(req, path) : undefined;
    const pathVars: Record<string, string> = {};
    try {
      r.vars.forEach((v, i) => (pathVars[v] = decodeURIComponent(m[i + 1])));
    } catch {
      throw new RestFailure(400, `bad percent-encoding in ${url.pathname}`);
    }
    const hasBody = method === 'POST' || method === 'PUT';
    // The parameters sit under the API's body key, looked up literally (even "" or "null"); under any other key
    // the API gets none and its own validation fails.
    const given = hasBody ? body()[api.bodyKey ?? 'params'] : undefined;
    const inner = typeof given === 'object' && given !== null && !Array.isArray(given) ? (given as Record<string, unknown>) : {};
    if (hasBody) verifyBodyTypes(api, inner);
    const query = api.query ? (r.byUuid ? { conditions: [{ field: 'uuid', op: '=', value: pathVars.uuid }] } : readQueryRequest(url.searchParams)) : undefined;
    const params = api.query ? {} : this.params(api, pathVars, url.searchParams, inner);
    const tags = (k: string): string[] => {
      if (!hasBody) return url.searchParams.getAll(k);
      const v = body()[k] ?? inner[k];
      return Array.isArray(v) ? v.map(String) : [];
    };
    const jobId = this.jobId(req, method);
    const apiTimeout = apiTimeoutMs(req);
    // Runs now (synchronous APIs) or when the job completes; an invalid session fails here, so an asynchronous
    // API reports it through its job as the real server does.
    const run = () => {
      if (caller instanceof ApiFailure) throw caller;
      checkParams(api, params);
      const ctx: Ctx = {
        sim: this.sim,
        api,
        params,
        systemTags: tags('systemTags'),
        userTags: tags('userTags'),
        caller: caller ?? { accountUuid: '' },
        query,
        host: (req.headers.host ?? '127.0.0.1').replace(/:\d+$/, ''),
      };
      if (caller?.userUuid && !userMayCall(this.sim, caller.userUuid, `API${api.name}Msg`, api.method === 'GET')) {
        throw permissionDenied(`the user[uuid:${caller.userUuid}] has no policy that allows API${api.name}Msg`);
      }
      const handler = this.handlers.get(api.name);
      if (!handler) throw notModelled(api.name);
      const result = handler(ctx);
      if (api.method !== 'GET') this.onMutation();
      return result instanceof Deferred || api.query ? result : presentAnswer(this.sim, result);
    };
    if (!isAsync(api)) {
      const result = run();
      if (result instanceof Deferred) {
        // A query: worked out in slices, so other clients are served while it scans.
        const answer = await drive(result.work, signal);
        return 'pieces' in answer ? { status: 200, pieces: answer.pieces } : { status: 200, body: { ...answer.body, schema: schemaOf(answer.body) } };
      }
      // A query reply always carries its schema; any other reply when the request asks with X-JSON-Schema.
      return { status: 200, body: api.query || 'x-json-schema' in req.headers ? { ...result, schema: schemaOf(result) } : result };
    }
    // Query verbs are never asynchronous: a job's result is a plain answer.
    return this.enqueue(req, jobId ?? newUuid(), apiTimeout, run as () => Rec);
  }

  /** `X-Job-UUID`: 32 characters; one that names an existing job is refused on a POST, PUT or DELETE. */
  private jobId(req: IncomingMessage, method: string): string | undefined {
    const given = req.headers['x-job-uuid'];
    if (typeof given !== 'string') return undefined;
    if (given.length !== 32) throw new RestFailure(400, "Invalid header[X-Job-UUID], it must be a UUID with '-' stripped");
    if (method !== 'GET' && this.jobs.has(given)) throw new RestFailure(400, `Duplicate job uuid[${given}]`);
    return given;
  }

  /** Session or AccessKey, checked as the real REST layer does before the API runs. Header faults are plain-text
   *  400s and an AccessKey that fails (skewed Date, unknown key, bad signature) a plain-text 403; an unknown or
   *  expired session is the API's own ID.1001 error, returned for run() to throw. */
  private authenticate(req: IncomingMessage, path: string): Caller | ApiFailure {
    const header = req.headers.authorization;
    if (header === undefined) throw new RestFailure(400, "missing header 'Authorization'");
    const auth = header.trim();
    if (auth.startsWith('OAuth')) {
      try {
        return sessionCaller(this.sim, auth.slice('OAuth'.length).trim());
      } catch (e) {
        if (e instanceof ApiFailure) return e;
        throw e;
      }
    }
    if (!auth.startsWith('ZStack')) throw new RestFailure(400, "Authorization type must be 'OAuth' or 'ZStack'");
    const date = req.headers.date;
    if (date === undefined) throw new RestFailure(400, "missing header 'Date'");
    const wall = headerWallClock(date);
    if (!Number.isFinite(wall)) throw new RestFailure(400, `Invalid header[Date]: '${date}' is not in the format 'EEE, dd MMM yyyy HH:mm:ss z'`);
    if (Math.abs(this.sim.wallClock() - wall) > 15 * 60_000) throw new RestFailure(403, 'The difference between the request time and the current time is too large.');
    const parts = auth.slice('ZStack'.length).trim().split(':');
    if (parts.length !== 2) throw new RestFailure(400, "Invalid header[Authorization]: expected 'ZStack <AccessKeyId>:<Signature>'");
    const key = this.sim.store.extras.accessKeys.find((k) => k.id === parts[0]);
    if (!key || signature(key.secret, req.method ?? 'GET', date, `/v1${path}`) !== parts[1]) throw new RestFailure(403, 'The request signature does not match the AccessKey.');
    return { accountUuid: key.accountUuid, userUuid: key.userUuid };
  }

  /** Parameters from the path, the query string and the body: GET/DELETE values read as the server's TypeUtils
   *  reads them (a list is every value of its name, a scalar given twice is a 400, a number that is not one a 500). */
  private params(api: ApiSpec, pathVars: Record<string, string>, search: URLSearchParams, inner: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = { ...inner };
    for (const spec of api.params) {
      if (spec.name === 'systemTags' || spec.name === 'userTags') continue;
      if (paramLocation(api, spec) !== 'query' || !search.has(spec.name)) continue;
      out[spec.name] = fromQuery(spec, search.getAll(spec.name));
    }
    // Path variables win over the same names in the body.
    Object.assign(out, pathVars);
    return out;
  }

  private enqueue(req: IncomingMessage, id: string, apiTimeout: number, run: () => Rec): { status: number; body: unknown } {
    const hook = req.headers['x-web-hook'];
    this.jobs.set(id, { status: 202, body: {} });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      let job: Job;
      try {
        job = { status: 200, body: run() };
      } catch (e) {
        job = e instanceof ApiFailure ? { status: 503, body: e.toJSON() } : { status: 503, body: internalError(String(e)).toJSON() };
      }
      job.expiresAt = this.sim.now() + this.sim.options.jobRetentionMs;
      this.jobs.set(id, job);
      if (typeof hook === 'string') {
        fetch(hook, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Job-UUID': id, 'X-Job-Success': String(job.status === 200) }, body: JSON.stringify(job.body) }).catch(() => undefined);
      }
    }, this.sim.options.jobDelayMs);
    this.timers.add(timer);
    return { status: 202, body: { location: `${this.origin}${this.ctxPrefix}/api-jobs/${id}`, apiTimeout } };
  }

  /** A job: 202 `{}` while it runs (the server answers an empty response object), then its result; 404 once it
   *  expired or for an id it never had. No authentication. */
  private poll(id: string, withSchema: boolean): { status: number; body: unknown } {
    const job = this.jobs.get(id);
    if (job?.expiresAt !== undefined && job.expiresAt <= this.sim.now()) this.jobs.delete(id);
    const live = this.jobs.get(id);
    if (!live) throw new RestFailure(404, `the job[uuid:${id}] has been expired`);
    if (live.status === 200 && withSchema) return { status: 200, body: { ...live.body, schema: schemaOf(live.body) } };
    return { status: live.status, body: live.body };
  }
}

/** `X-API-Timeout` (seconds) as the job's timeout in milliseconds; not a number is the server's 500. */
function apiTimeoutMs(req: IncomingMessage): number {
  const given = req.headers['x-api-timeout'];
  if (typeof given !== 'string') return DEFAULT_API_TIMEOUT_MS;
  if (!/^[+-]?\d+$/.test(given)) throw new RestFailure(500, `For input string: "${given}"`);
  return Number(given) * 1000;
}

/** What the real REST layer checks in a POST/PUT body before the API sees it: a boolean field must read true or
 *  false, an integer field a whole number; else a plain-text 400. */
function verifyBodyTypes(api: ApiSpec, inner: Record<string, unknown>): void {
  for (const spec of api.params) {
    const v = inner[spec.name];
    if (v === undefined || v === null) continue;
    const text = String(v);
    if (spec.type === 'boolean' && !/^(true|false)$/i.test(text)) throw new RestFailure(400, `Invalid value for boolean field [${spec.name}], [${text}] is not a valid boolean string[true, false].`);
    if ((spec.type === 'integer' || spec.type === 'long') && !(typeof v === 'number' ? Number.isInteger(v) : /^[+-]?\d+(\.0+)?$/.test(text))) {
      throw new RestFailure(400, `Invalid value for ${spec.type} field [${spec.name}], [${text}] is not a valid ${spec.type}.`);
    }
  }
}

/** The API's own parameter validation (annotations on the message class): an API error, 503 SYS.1007. */
function checkParams(api: ApiSpec, params: Record<string, unknown>): void {
  for (const spec of api.params) {
    let v = params[spec.name];
    // A field the message class initialises (the SDK states the value) has it when the request leaves it out.
    if ((v === undefined || v === null) && spec.default !== undefined) v = params[spec.name] = spec.default;
    if (v === undefined || v === null) {
      if (spec.required) throw invalidArgument(`field[${spec.name}] of message[API${api.name}Msg] is mandatory, can not be null`);
      continue;
    }
    if (spec.validValues && !spec.validValues.includes(String(v))) throw invalidArgument(`valid value for field[${spec.name}] of message[API${api.name}Msg] are ${JSON.stringify(spec.validValues)}, but ${String(v)} found`);
    if (spec.maxLength !== undefined && typeof v === 'string' && v.length > spec.maxLength) throw invalidArgument(`field[${spec.name}] of message[API${api.name}Msg] exceeds max length of string. expected was <= ${spec.maxLength}, actual was ${v.length}`);
    if ((spec.type === 'integer' || spec.type === 'long' || spec.type === 'float') && !Number.isFinite(Number(v))) throw invalidArgument(`field[${spec.name}] of message[API${api.name}Msg] must be a number, got '${String(v)}'`);
  }
}

function fromQuery(spec: ParamSpec, all: string[]): unknown {
  if (spec.type === 'list') return all;
  if (all.length > 1) throw new RestFailure(400, `Invalid query parameter[${spec.name}], only one value is allowed for the parameter but multiple values found`);
  const v = all[0];
  switch (spec.type) {
    case 'integer':
    case 'long':
    case 'float': {
      // Double.valueOf, then cut to the field's type; text that is not a number fails in the REST layer: 500.
      const n = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?\s*$/.test(v) ? Number(v.trim().replace(/[dDfF]$/, '')) : NaN;
      if (Number.isNaN(n)) throw new RestFailure(500, `For input string: "${v}"`);
      return spec.type === 'float' ? n : Math.trunc(n);
    }
    case 'boolean':
      return javaBoolean(v);
    default:
      return v;
  }
}

/** Status and body only: the real server sets no Content-Type (plain-text errors and JSON alike), so neither does
 *  the simulator; a client must not rely on one. */
function send(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Writes a piece of a reply; when the client reads slower than the reply is made, waits until it catches up. */
function write(res: ServerResponse, piece: string): Promise<void> | undefined {
  if (res.write(piece)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
