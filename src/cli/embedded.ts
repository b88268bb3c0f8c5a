// The embedded simulator: started in-process on first use (--sim or the built-in profile `sim`), shared by every
// command of one process (a shell's lines reuse it), stopped when its last user is done.
import { catalogOf } from '../catalog/index.js';
import type { Provider } from '../catalog/types.js';
import { CliError, isCliError } from '../errors.js';
import { isAlive } from '../util/process.js';
import { parseInvocation } from '../invocation/parse.js';
import { readSession, type StoredSession } from '../session/config.js';
import { baseUrl } from '../request/endpoint.js';
import type { Endpoint } from '../request/types.js';
import { buildRequest, execute } from './api.js';
import { resolveContext, SIM_PROFILE, type Context, type GlobalOptions } from './context.js';
import type { Io } from '../output/io.js';

interface EmbeddedSim {
  endpoint: Endpoint;
  /** The admin's session uuid (ZStack) or token (EOS, AC). */
  sessionUuid: string;
  /** Another process runs it (on the same state): this one talks to it. */
  shared?: { pid: number };
  close(): Promise<void>;
}

interface Shared {
  running?: Promise<EmbeddedSim>;
  started?: EmbeddedSim;
  users: number;
}

// One simulator per provider and process: this module is in the main bundle and in the commands bundle (a shell's
// lines come through both), so their state lives on a global that both copies share.
const KEY = Symbol.for('zstack-cli.embedded-sims');
const sims = ((globalThis as Record<symbol, Map<Provider, Shared> | undefined>)[KEY] ??= new Map());
const sharedFor = (provider: Provider): Shared => {
  let s = sims.get(provider);
  if (!s) sims.set(provider, (s = { users: 0 }));
  return s;
};

export const wantsSim = (ctx: Context): boolean => ctx.opts.sim === true || ctx.profileName === SIM_PROFILE;

/** The context pointed at a running simulator, logged in as admin unless someone logged in to this very simulator
 *  (a shell's earlier line): the port is new on every start, so an older stored session never matches. */
function onSim(ctx: Context, sim: EmbeddedSim): Context {
  const base = { ...ctx, profileName: SIM_PROFILE, endpoint: sim.endpoint, sessionExpired: undefined };
  if (ctx.provider === 'ac') return { ...base, session: undefined, auth: { kind: 'token', token: sim.sessionUuid } };
  const stored = readSession(ctx.io.env, SIM_PROFILE);
  const mine = stored && stored.endpoint === baseUrl(sim.endpoint) && (stored.provider ?? 'zstack') === ctx.provider;
  const session: StoredSession = mine ? stored : ctx.provider === 'eos' ? { uuid: sim.sessionUuid, userName: 'admin', provider: 'eos' } : { uuid: sim.sessionUuid, accountName: 'admin' };
  return { ...base, session, auth: ctx.provider === 'eos' ? { kind: 'token', token: session.uuid } : { kind: 'session', sessionUuid: session.uuid } };
}

/** The admin login of the simulator of the context's provider, sent the way any verb sends it. */
const ADMIN_LOGIN: Readonly<Record<'zstack' | 'eos', [string, string[]]>> = {
  zstack: ['LogInByAccount', ['accountName=admin', 'password=password']],
  eos: ['LogIn', ['user_name=admin', 'password=password', 'project_name=admin']],
};

/** Starts the simulator and logs in as admin the way any verb logs in: the same request builder and transport. An
 *  AC simulator takes its administrator's token. */
async function startLoggedIn(ctx: Context): Promise<EmbeddedSim> {
  const { startEmbeddedSim } = await import('./sim.js');
  const sim = await startEmbeddedSim(ctx.io.env, ctx.provider);
  if (ctx.provider === 'ac') return { ...sim, sessionUuid: sim.adminToken! };
  try {
    const [verb, args] = ADMIN_LOGIN[ctx.provider];
    const simCtx: Context = { ...ctx, profileName: SIM_PROFILE, endpoint: sim.endpoint, auth: { kind: 'none' }, opts: { ...ctx.opts, debug: false, dryRun: false, curl: false } };
    const answer = await execute(simCtx, buildRequest(simCtx, parseInvocation(catalogOf(ctx.provider), verb, args)));
    const uuid = ctx.provider === 'eos' ? (answer as Record<symbol, unknown>)[(await import('../transport/eos.js')).SUBJECT_TOKEN] : (answer as { inventory?: { uuid?: unknown } })?.inventory?.uuid;
    if (typeof uuid !== 'string') throw new CliError('transport', 'the embedded simulator answered the login without a session');
    return { ...sim, sessionUuid: uuid };
  } catch (e) {
    await sim.close();
    if (isCliError(e) && e.kind === 'api') {
      throw new CliError('auth', `the embedded simulator refused the admin login (${e.message}): was the admin password changed?`, [
        `to start afresh from the demo data, move away ${sim.stateFile}`,
      ]);
    }
    throw e;
  }
}

export async function acquireSim(ctx: Context): Promise<Context> {
  const shared = sharedFor(ctx.provider);
  shared.users++;
  try {
    // The process whose simulator this one used has gone: start one here (on the state it left).
    if (shared.started?.shared && !isAlive(shared.started.shared.pid)) shared.running = shared.started = undefined;
    shared.running ??= startLoggedIn(ctx);
    const started = (shared.started = await shared.running);
    return onSim(ctx, started);
  } catch (e) {
    shared.users--;
    shared.running = undefined;
    throw e;
  }
}

/** For the shell's prompt (synchronous): the context as a command would see it, on the simulator if one runs. */
export function contextNow(ctx: Context): Context {
  const started = sims.get(ctx.provider)?.started;
  return wantsSim(ctx) && started ? onSim(ctx, started) : ctx;
}

export async function releaseSim(provider: Provider): Promise<void> {
  const shared = sharedFor(provider);
  if (--shared.users > 0 || !shared.running) return;
  const sim = await shared.running.catch(() => undefined);
  shared.running = undefined;
  shared.started = undefined;
  await sim?.close();
}

/** Runs `fn` with the command's context: on the embedded simulator (held for the duration) when it is wanted. */
export async function withContext<T>(io: Io, opts: GlobalOptions, fn: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = resolveContext(io, opts);
  if (!wantsSim(ctx)) return fn(ctx);
  const simCtx = await acquireSim(ctx);
  try {
    return await fn(simCtx);
  } finally {
    await releaseSim(ctx.provider);
  }
}
