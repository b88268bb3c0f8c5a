// The HTTP face of the simulator: routes from the catalog, authentication, the job queue, and the two error styles
// (plain-text REST errors before an API runs, 503 JSON API errors after).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAsync, needsSession, paramLocation } from '../catalog/catalog.js';
import type { ApiSpec, ParamSpec } from '../catalog/types.js';
import { accessKeySignature } from '../request/zstack.js';
import { parseHeaderDate } from './dates.js';
import { fireSchedulers } from './scheduler.js';
import { ApiFailure, CODES, invalidArgument, notModelled, permissionDenied, RestFailure } from './errors.js';
import { handlerTable } from './handlers/index.js';
import { sessionCaller, userMayCall } from './handlers/identity.js';
import type { Caller, Ctx, Handler, Sim } from './sim.js';
import { newUuid, type Rec } from './store.js';

interface Route {
  api: ApiSpec;
  re: RegExp;
  vars: string[];
  /** Literal segments: more literal routes win (`/accounts/login` over `/accounts/{uuid}`). */
  literals: number;
  /** A Query verb's `<collection>/{uuid}` form. */
  byUuid: boolean;
}

interface Job {
  status: number;
  body: Rec;
  expiresAt?: number;
}

export interface SimServerOptions {
  host?: string;
  port?: number;
  contextPath?: string;
}

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
  return { api, re: new RegExp(`^/${re.join('/')}/?$`), vars, literals: segs.filter((s) => !s.includes('{')).length, byUuid };
}

export class SimServer {
  private readonly routes: Route[] = [];
  private readonly handlers: Map<string, Handler>;
  private readonly jobs = new Map<string, Job>();
  private readonly timers = new Set<NodeJS.Timeout>();
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
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const body = await readBody(req);
      const out = await this.dispatch(req, body);
      send(res, out.status, out.body, out.headers);
    } catch (e) {
      if (e instanceof RestFailure) send(res, e.status, e.message);
      else if (e instanceof ApiFailure) send(res, 503, e.toJSON());
      else send(res, 500, `internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async dispatch(req: IncomingMessage, raw: string): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? '/', 'http://sim');
    if (!url.pathname.startsWith(`${this.ctxPrefix}/`)) throw new RestFailure(404, `no such URL: ${url.pathname}`);
    const path = url.pathname.slice(this.ctxPrefix.length);
    const method = req.method ?? 'GET';
    const job = /^\/api-jobs\/([^/]+)$/.exec(path);
    if (job) {
      if (method !== 'GET') throw new RestFailure(405, `method ${method} not allowed on ${url.pathname}`);
      return this.poll(job[1]);
    }
    const matches = this.routes.map((r) => ({ r, m: r.re.exec(path) })).filter((x) => x.m);
    if (matches.length === 0) throw new RestFailure(404, `no such URL: ${url.pathname}`);
    const sameMethod = matches.filter((x) => x.r.api.method === method);
    if (sameMethod.length === 0) throw new RestFailure(405, `method ${method} not allowed on ${url.pathname}`);
    let body: Record<string, unknown> = {};
    if (method === 'POST' || method === 'PUT') {
      try {
        body = raw.trim() ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        throw new RestFailure(400, 'the request body is not valid JSON');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RestFailure(400, 'the request body must be a JSON object');
    }
    // Several actions share one URL: the body key picks the action, and only routes of the best literal rank compete.
    const best = sameMethod.filter((x) => x.r.literals === sameMethod[0].r.literals);
    const chosen = method === 'POST' || method === 'PUT' ? best.find((x) => (x.r.api.bodyKey ?? 'params') in body) : best[0];
    if (!chosen) throw new RestFailure(400, `the body of ${method} ${url.pathname} needs one of the keys ${best.map((x) => x.r.api.bodyKey ?? 'params').join(', ')}`);
    const { r, m } = chosen;
    const api = r.api;

    const caller = needsSession(api) ? this.authenticate(req, api, path) : undefined;
    const pathVars: Record<string, string> = {};
    try {
      r.vars.forEach((v, i) => (pathVars[v] = decodeURIComponent(m![i + 1])));
    } catch {
      throw new RestFailure(400, `bad percent-encoding in ${url.pathname}`);
    }
    const inner = (body[api.bodyKey ?? 'params'] ?? {}) as Record<string, unknown>;
    const tags = (k: string) => (api.method === 'GET' || api.method === 'DELETE' ? url.searchParams.getAll(k) : Array.isArray(body[k]) ? (body[k] as unknown[]).map(String) : []);
    // Runs now (synchronous APIs) or when the job completes; an invalid session fails here, so an asynchronous
    // API reports it through its job as the real server does.
    const run = () => {
      if (caller instanceof ApiFailure) throw caller;
      const ctx: Ctx = {
        sim: this.sim,
        api,
        params: r.byUuid ? {} : this.params(api, pathVars, url.searchParams, inner),
        systemTags: tags('systemTags'),
        userTags: tags('userTags'),
        caller: caller ?? { accountUuid: '' },
        search: url.searchParams,
        queryUuid: r.byUuid ? pathVars.uuid : undefined,
        host: (req.headers.host ?? '127.0.0.1').replace(/:\d+$/, ''),
      };
      if (caller?.userUuid && !userMayCall(this.sim, caller.userUuid, `API${api.name}Msg`, api.method === 'GET')) {
        throw permissionDenied(`the user[uuid:${caller.userUuid}] has no policy that allows API${api.name}Msg`);
      }
      const handler = this.handlers.get(api.name);
      if (!handler) throw notModelled(api.name);
      const result = handler(ctx);
      if (api.method !== 'GET') this.onMutation();
      return result;
    };
    if (!isAsync(api)) return { status: 200, body: run() };
    return this.enqueue(req, run);
  }

  /** Session or AccessKey; a missing or malformed header is a REST error, an invalid session an API error. */
  private authenticate(req: IncomingMessage, api: ApiSpec, path: string): Caller | ApiFailure {
    const auth = req.headers.authorization;
    if (!auth) throw new RestFailure(400, `missing Authorization header: ${api.name} needs a session`);
    const oauth = /^OAuth\s+(\S+)$/.exec(auth);
    if (oauth) {
      try {
        return sessionCaller(this.sim, oauth[1]);
      } catch (e) {
        if (e instanceof ApiFailure) return e;
        throw e;
      }
    }
    const ak = /^ZStack\s+([^:\s]+):(\S+)$/.exec(auth);
    if (!ak) throw new RestFailure(400, 'malformed Authorization header: expected "OAuth <session>" or "ZStack <keyId>:<signature>"');
    const date = req.headers.date;
    if (!date) throw new RestFailure(400, 'an AccessKey request needs a Date header');
    const when = parseHeaderDate(date);
    const key = this.sim.store.extras.accessKeys.find((k) => k.id === ak[1]);
    const fail = (why: string) => new ApiFailure(CODES.authentication, 'Authentication error', why);
    if (!Number.isFinite(when) || Math.abs(this.sim.now() - when) > 15 * 60_000) return fail(`the Date header '${date}' is more than 15 minutes off the server clock`);
    if (!key || accessKeySignature(key.secret, req.method ?? 'GET', date, `/v1${path}`) !== ak[2]) return fail('invalid AccessKey signature');
    return { accountUuid: key.accountUuid, userUuid: key.userUuid };
  }

  /** Parameters from the path, the query string and the body, typed and checked against the catalog. */
  private params(api: ApiSpec, pathVars: Record<string, string>, search: URLSearchParams, inner: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const spec of api.params) {
      if (spec.name === 'systemTags' || spec.name === 'userTags') continue;
      const where = paramLocation(api, spec);
      let v: unknown;
      if (where === 'path') v = pathVars[spec.name];
      else if (where === 'query') v = fromQuery(spec, search);
      else v = inner[spec.name];
      if (v === undefined || v === null) {
        if (spec.required) throw invalidArgument(`missing mandatory parameter ${spec.name}`);
        continue;
      }
      if (spec.validValues && !spec.validValues.includes(String(v))) throw invalidArgument(`${spec.name} must be one of ${spec.validValues.join(', ')}, got '${String(v)}'`);
      if ((spec.type === 'integer' || spec.type === 'long' || spec.type === 'float') && !Number.isFinite(Number(v))) throw invalidArgument(`${spec.name} must be a number, got '${String(v)}'`);
      out[spec.name] = v;
    }
    return out;
  }

  private enqueue(req: IncomingMessage, run: () => Rec): { status: number; body: unknown } {
    const given = req.headers['x-job-uuid'];
    const id = typeof given === 'string' ? given : newUuid();
    if (!/^[0-9a-f]{32}$/i.test(id)) throw new RestFailure(400, `X-Job-UUID must be 32 hex characters, got '${id}'`);
    if (this.jobs.has(id)) throw new RestFailure(400, `a job with X-Job-UUID ${id} already exists`);
    const hook = req.headers['x-web-hook'];
    this.jobs.set(id, { status: 202, body: {} });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      let job: Job;
      try {
        job = { status: 200, body: run() };
      } catch (e) {
        job = e instanceof ApiFailure ? { status: 503, body: e.toJSON() } : { status: 503, body: { error: { code: CODES.internal, description: 'Internal error', details: String(e) } } };
      }
      job.expiresAt = this.sim.now() + this.sim.options.jobRetentionMs;
      this.jobs.set(id, job);
      if (typeof hook === 'string') {
        fetch(hook, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Job-UUID': id, 'X-Job-Success': String(job.status === 200) }, body: JSON.stringify(job.body) }).catch(() => undefined);
      }
    }, this.sim.options.jobDelayMs);
    this.timers.add(timer);
    return { status: 202, body: { location: `${this.origin}${this.ctxPrefix}/api-jobs/${id}` } };
  }

  private poll(id: string): { status: number; body: unknown } {
    const job = this.jobs.get(id);
    if (job?.expiresAt !== undefined && job.expiresAt <= this.sim.now()) this.jobs.delete(id);
    const live = this.jobs.get(id);
    if (!live) throw new RestFailure(404, `no job ${id}: it never existed or its result expired`);
    return { status: live.status, body: live.body };
  }
}

function fromQuery(spec: ParamSpec, search: URLSearchParams): unknown {
  const all = search.getAll(spec.name);
  if (all.length === 0) return undefined;
  switch (spec.type) {
    case 'list':
      return all.flatMap((v) => v.split(','));
    case 'integer':
    case 'long':
    case 'float':
      return Number(all[0]);
    case 'boolean':
      return all[0] === 'true';
    default:
      return all[0];
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', ...headers });
  res.end(text);
}
