// `zstack-cli sim` and the embedded simulator. Loaded only through dynamic import(), so the simulator stays out of
// the CLI's start-up path.
import { readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { CliError, usageError } from '../errors.js';
import type { Io } from '../output/io.js';
import type { Endpoint } from '../request/types.js';
import { parseDataSet } from '../sim/data.js';
import { timeZoneOffset } from '../sim/dates.js';
import { AC_ADMIN_TOKEN, startAcSim } from '../sim/ac.js';
import { EOS_ADMIN, startEosSim, type EosSimOptions } from '../sim/eos.js';
import { startSim, type StartOptions } from '../sim/index.js';
import { liveOwner } from '../sim/state-owner.js';
import { isAlive } from '../util/process.js';
import { writeFileAtomic } from '../util/files.js';
import { PROVIDER_DEFAULTS, type Provider } from '../session/settings.js';
import { stateDir } from '../session/paths.js';

/** What `zstack-cli sim` starts: the ZStack simulator, or the EOS or AC one. */
export type SimCommand = { provider: 'zstack'; options: StartOptions } | { provider: 'eos' | 'ac'; options: EosSimOptions };

/** The options of `zstack-cli sim` (already split by the command parser), checked. */
export function simCommand(given: Readonly<Record<string, string | undefined>>): SimCommand {
  const provider = given.provider ?? 'zstack';
  if (provider === 'zstack') return { provider, options: simStartOptions(given) };
  if (provider !== 'eos' && provider !== 'ac') throw usageError(`--provider: '${provider}' is not a provider`, ['valid values: zstack, eos, ac']);
  const zstackOnly = ['data', 'job-delay', 'time-zone', ...(provider === 'ac' ? ['session-timeout'] : [])].filter((k) => given[k] !== undefined);
  if (zstackOnly.length) throw usageError(`--${zstackOnly[0]} is an option of the ZStack simulator, not of the ${provider === 'eos' ? 'EOS' : 'AC'} one`);
  const base = simStartOptions({ ...given, port: given.port ?? String(PROVIDER_DEFAULTS[provider].port) });
  const options: EosSimOptions = { host: base.host, port: base.port, ...(base.stateFile ? { stateFile: base.stateFile } : {}), ...(base.maxBodyBytes ? { maxBodyBytes: base.maxBodyBytes } : {}) };
  if (provider === 'eos' && base.sim?.sessionTimeoutS !== undefined) options.tokenTtlS = base.sim.sessionTimeoutS;
  return { provider, options };
}

/** The options of the ZStack simulator, checked and turned into start options. */
export function simStartOptions(given: Readonly<Record<string, string | undefined>>): StartOptions {
  const opts: StartOptions = { host: given.host ?? '127.0.0.1', port: 8080, data: { kind: 'demo' }, sim: {} };
  const int = (flag: string, min: number, max: number): number | undefined => {
    const v = given[flag];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) throw usageError(`--${flag} must be an integer from ${min} to ${max}, got '${v}'`, ["run 'zstack-cli help sim' for the options"]);
    return n;
  };
  if (given.host === '') throw usageError('--host needs a value');
  opts.port = int('port', 0, 65535) ?? 8080;
  if (given.state !== undefined) {
    if (given.state === '') throw usageError('--state needs a file name');
    opts.stateFile = given.state;
  }
  if (given.data !== undefined) {
    const data = parseDataSet(given.data);
    if (!data) throw usageError(`--data must be demo, empty or scale:N (N from 1 to 1000000), got '${given.data}'`);
    opts.data = data;
  }
  const jobDelay = int('job-delay', 0, 3_600_000);
  if (jobDelay !== undefined) opts.sim!.jobDelayMs = jobDelay;
  const sessionTimeout = int('session-timeout', 1, 10 * 365 * 86400);
  if (sessionTimeout !== undefined) opts.sim!.sessionTimeoutS = sessionTimeout;
  const maxBody = int('max-body', 1, 1024);
  if (maxBody !== undefined) opts.maxBodyBytes = maxBody * 1024 * 1024;
  const zone = given['time-zone'];
  if (zone !== undefined) {
    if (!timeZoneOffset(zone)) throw usageError(`--time-zone must be an offset such as +08:00, UTC, or an IANA name such as Asia/Shanghai, got '${zone}'`);
    opts.sim!.timeZone = zone;
  }
  return opts;
}

/** Runs the simulator in the foreground until SIGINT/SIGTERM. */
export async function runSimCommand(command: SimCommand, io: Io): Promise<void> {
  let running: { close(): Promise<void> };
  if (command.provider === 'zstack') {
    const sim = await startSim(command.options);
    const ctx = sim.contextPath ? `/${sim.contextPath}` : '';
    io.say('info', `zstack simulator listening on http://${sim.host}:${sim.port}${ctx} (admin/password)`);
    running = sim;
  } else if (command.provider === 'eos') {
    const sim = await startEosSim(command.options);
    io.say('info', `EasyStack EOS simulator listening on http://${sim.host}:${sim.port} (LogIn user_name=${EOS_ADMIN.userName} password=${EOS_ADMIN.password} project_name=${EOS_ADMIN.projectName})`);
    io.say('info', `  e.g. zstack-cli profile add eos-sim provider=eos host=${sim.host} port=${sim.port}`);
    running = sim;
  } else {
    const sim = await startAcSim(command.options);
    io.say('info', `AC simulator listening on http://${sim.host}:${sim.port} (token ${AC_ADMIN_TOKEN})`);
    io.say('info', `  e.g. zstack-cli profile add ac-sim provider=ac host=${sim.host} port=${sim.port} https=false token=${AC_ADMIN_TOKEN}`);
    running = sim;
  }
  await new Promise<void>((resolve) => {
    const stopInterrupt = io.onInterrupt(() => stop());
    const stop = () => {
      stopInterrupt();
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
  });
  await running.close();
}

/** An in-process simulator of a provider on a free loopback port with its state in the XDG state directory
 *  (`sim/state.json`, `sim/eos.json`, `sim/ac.json`). Two processes never keep two copies of one state: the process
 *  that runs it writes where it listens (`<state>.address`), and another zstack-cli (a second shell, a one-shot
 *  command, a completion refresh) talks to that one. If the state's owner cannot be reached, the command fails and
 *  says why rather than run on a copy whose changes would be lost. An AC simulator comes with its administrator's
 *  token. */
export async function startEmbeddedSim(
  env: Readonly<Record<string, string | undefined>>,
  provider: Provider = 'zstack',
): Promise<{ endpoint: Endpoint; stateFile: string; shared?: { pid: number }; adminToken?: string; close(): Promise<void> }> {
  const stateFile = join(stateDir(env), 'sim', provider === 'zstack' ? 'state.json' : `${provider}.json`);
  const token = provider === 'ac' ? { adminToken: AC_ADMIN_TOKEN } : {};
  const at = (port: number, contextPath: string): Endpoint => ({ https: false, host: '127.0.0.1', port, contextPath });
  const elsewhere = await runningElsewhere(stateFile);
  if (elsewhere) return { endpoint: at(elsewhere.port, elsewhere.contextPath), stateFile, shared: { pid: elsewhere.pid }, ...token, close: async () => {} };
  const owner = liveOwner(stateFile);
  if (owner !== undefined) {
    throw new CliError('api', `the embedded simulator's state (${stateFile}) is held by another process that does not say where it listens (pid ${owner})`, [
      'a `zstack-cli sim --state` run on this file, or an older zstack-cli: stop it, or talk to it with -H/-p',
      'nothing was sent: working on a copy would lose the changes',
    ]);
  }
  const running =
    provider === 'zstack'
      ? await startSim({ host: '127.0.0.1', port: 0, stateFile, data: { kind: 'demo' }, sim: { jobDelayMs: 0 } })
      : await (provider === 'eos' ? startEosSim : startAcSim)({ host: '127.0.0.1', port: 0, stateFile });
  const address = `${stateFile}.address`;
  const contextPath = 'contextPath' in running ? running.contextPath : '';
  writeFileAtomic(address, JSON.stringify({ pid: process.pid, port: running.port, contextPath }));
  return {
    endpoint: at(running.port, contextPath),
    stateFile,
    ...token,
    close: async () => {
      rmSync(address, { force: true });
      await running.close();
    },
  };
}

/** The simulator another live process runs on this state, if it answers where it said it listens. */
async function runningElsewhere(stateFile: string): Promise<{ pid: number; port: number; contextPath: string } | undefined> {
  let at: { pid?: unknown; port?: unknown; contextPath?: unknown };
  try {
    at = JSON.parse(readFileSync(`${stateFile}.address`, 'utf8'));
  } catch {
    return undefined;
  }
  const { pid, port, contextPath } = at;
  if (typeof pid !== 'number' || typeof port !== 'number' || typeof contextPath !== 'string' || pid === process.pid || !isAlive(pid)) return undefined;
  return (await answers(port)) ? { pid, port, contextPath } : undefined;
}

/** Whether something accepts connections on this loopback port (within a second). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
