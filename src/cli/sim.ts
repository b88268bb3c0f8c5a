// `zstack-cli sim` and the embedded simulator. Loaded only through dynamic import(), so the simulator stays out of
// the CLI's start-up path.
import { join } from 'node:path';
import { usageError } from '../errors.js';
import type { Io } from '../output/io.js';
import type { Endpoint } from '../request/types.js';
import { parseDataSet } from '../sim/data.js';
import { timeZoneOffset } from '../sim/dates.js';
import { startSim, type StartOptions } from '../sim/index.js';
import { stateDir } from '../session/paths.js';

/** The options of `zstack-cli sim` (already split by the command parser), checked and turned into start options. */
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
  const zone = given['time-zone'];
  if (zone !== undefined) {
    if (!timeZoneOffset(zone)) throw usageError(`--time-zone must be an offset such as +08:00, UTC, or an IANA name such as Asia/Shanghai, got '${zone}'`);
    opts.sim!.timeZone = zone;
  }
  return opts;
}

/** Runs the simulator in the foreground until SIGINT/SIGTERM. */
export async function runSimCommand(opts: StartOptions, io: Io): Promise<void> {
  const running = await startSim(opts);
  const ctx = running.contextPath ? `/${running.contextPath}` : '';
  io.say('info', `zstack simulator listening on http://${running.host}:${running.port}${ctx} (admin/password)`);
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

/** An in-process simulator on a free loopback port with its state in the XDG state directory. Another zstack-cli
 *  (a shell, a completion refresh) may be running on the same state: then this one only reads it. */
export async function startEmbeddedSim(env: Readonly<Record<string, string | undefined>>): Promise<{ endpoint: Endpoint; readOnly: boolean; close(): Promise<void> }> {
  const running = await startSim({ host: '127.0.0.1', port: 0, stateFile: join(stateDir(env), 'sim', 'state.json'), data: { kind: 'demo' }, sim: { jobDelayMs: 0 }, busyState: 'readOnly' });
  const endpoint: Endpoint = { https: false, host: '127.0.0.1', port: running.port, contextPath: running.contextPath };
  return { endpoint, readOnly: running.readOnly, close: () => running.close() };
}
