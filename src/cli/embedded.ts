// The embedded simulator: started in-process on first use (--sim or the built-in profile `sim`), shared by every
// command of one process (a shell's lines reuse it), stopped when its last user is done.
import { readSession, type StoredSession } from '../session/config.js';
import { baseUrl } from '../request/endpoint.js';
import type { Endpoint } from '../request/types.js';
import { SIM_PROFILE, type Context } from './context.js';

interface EmbeddedSim {
  endpoint: Endpoint;
  sessionUuid: string;
  readOnly: boolean;
  close(): Promise<void>;
}

let running: Promise<EmbeddedSim> | undefined;
let started: EmbeddedSim | undefined;
let users = 0;

export const wantsSim = (ctx: Context): boolean => ctx.opts.sim === true || ctx.profileName === SIM_PROFILE;

/** The context pointed at a running simulator, logged in as admin unless someone logged in to this very simulator
 *  (a shell's earlier line): the port is new on every start, so an older stored session never matches. */
function onSim(ctx: Context, sim: EmbeddedSim): Context {
  const stored = readSession(ctx.io.env, SIM_PROFILE);
  const session: StoredSession = stored && stored.endpoint === baseUrl(sim.endpoint) ? stored : { uuid: sim.sessionUuid, accountName: 'admin' };
  return { ...ctx, profileName: SIM_PROFILE, endpoint: sim.endpoint, session, auth: { kind: 'session', sessionUuid: session.uuid } };
}

export async function acquireSim(ctx: Context): Promise<Context> {
  users++;
  try {
    running ??= import('./sim.js').then((m) => m.startEmbeddedSim(ctx.io.env));
    const first = !started;
    started = await running;
    if (first && started.readOnly) {
      ctx.io.err('zstack-cli: another zstack-cli is using the simulator state; this one works on a copy and its changes will not be kept');
    }
    return onSim(ctx, started);
  } catch (e) {
    users--;
    running = undefined;
    throw e;
  }
}

/** For the shell's prompt (synchronous): the context as a command would see it, on the simulator if one runs. */
export function contextNow(ctx: Context): Context {
  return wantsSim(ctx) && started ? onSim(ctx, started) : ctx;
}

export async function releaseSim(): Promise<void> {
  if (--users > 0 || !running) return;
  const sim = await running.catch(() => undefined);
  running = undefined;
  started = undefined;
  await sim?.close();
}
