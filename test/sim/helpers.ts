// Shared by the simulator tests: an in-process simulator and a small client that follows job locations.
import { getCatalog } from '../../src/catalog/index.js';
import { parseInvocation } from '../../src/invocation/parse.js';
import type { Auth } from '../../src/request/types.js';
import { buildZStackRequest, sha512Hex } from '../../src/request/zstack.js';
import type { DataSet } from '../../src/sim/data.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import type { SimOptions } from '../../src/sim/sim.js';

export const catalog = getCatalog();

export interface Answer {
  status: number;
  /** Parsed JSON, or the plain text of a REST error. */
  // JSON answers are checked field by field in the tests; typing every shape here would add nothing.
  body: any;
}

export class Harness {
  constructor(readonly running: RunningSim) {}

  static async start(data: DataSet = { kind: 'demo' }, sim: Partial<SimOptions> = {}, stateFile?: string): Promise<Harness> {
    return new Harness(await startSim({ port: 0, data, stateFile, sim: { jobDelayMs: 1, ...sim } }));
  }

  get base(): string {
    return `http://127.0.0.1:${this.running.port}/zstack/v1`;
  }

  get endpoint() {
    return { https: false, host: '127.0.0.1', port: this.running.port, contextPath: 'zstack' };
  }

  close(): Promise<void> {
    return this.running.close();
  }

  /** Sends a raw request; a 202 is followed to its final answer. */
  async raw(method: string, path: string, opts: { session?: string; body?: unknown; headers?: Record<string, string>; follow?: boolean } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...(opts.session ? { Authorization: `OAuth ${opts.session}` } : {}), ...opts.headers };
    const res = await fetch(`${this.base}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
    const answer: Answer = { status: res.status, body: parse(await res.text()) };
    return answer.status === 202 && opts.follow !== false ? this.follow(answer.body.location) : answer;
  }

  async follow(location: string): Promise<Answer> {
    for (;;) {
      const res = await fetch(location);
      if (res.status !== 202) return { status: res.status, body: parse(await res.text()) };
      await new Promise((ok) => setTimeout(ok, 2));
    }
  }

  /** Sends what `zstack-cli <verb> <args>` would send, built by the CLI's own request builder. */
  async api(verb: string, args: readonly string[], auth: Auth | string): Promise<Answer> {
    const a: Auth = typeof auth === 'string' ? { kind: 'session', sessionUuid: auth } : auth;
    const req = buildZStackRequest(parseInvocation(catalog, verb, args), this.endpoint, a);
    const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body === null ? undefined : JSON.stringify(req.body) });
    const answer: Answer = { status: res.status, body: parse(await res.text()) };
    return answer.status === 202 ? this.follow(answer.body.location) : answer;
  }

  async login(name = 'admin', password = 'password'): Promise<string> {
    const r = await this.raw('PUT', '/accounts/login', { body: { logInByAccount: { accountName: name, password: sha512Hex(password) } } });
    if (r.status !== 200) throw new Error(`login ${name} failed: ${JSON.stringify(r.body)}`);
    return r.body.inventory.uuid;
  }

  /** A query's rows (conditions as given), with total. */
  async query(verb: string, conditions: readonly string[], session: string): Promise<{ rows: any[]; total: number }> {
    const api = catalog.find(verb)!;
    const qs = [...conditions.map((c) => `q=${encodeURIComponent(c)}`), 'replyWithCount=true'].join('&');
    const r = await this.raw('GET', `${api.path}?${qs}`, { session });
    if (r.status !== 200) throw new Error(`${verb} ${conditions.join(' ')}: ${r.status} ${JSON.stringify(r.body)}`);
    return { rows: r.body.inventories, total: r.body.total };
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
