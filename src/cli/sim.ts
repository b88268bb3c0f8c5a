// `zstack-cli sim` and the embedded simulator. Loaded only through dynamic import(), so the simulator stays out of
// the CLI's start-up path.
import { join } from 'node:path';
import { CliError, usageError } from '../errors.js';
import type { Io } from '../output/io.js';
import type { Endpoint } from '../request/types.js';
import { sha512Hex } from '../request/zstack.js';
import { parseDataSet } from '../sim/data.js';
import { startSim, type StartOptions } from '../sim/index.js';
import { stateDir } from '../session/paths.js';

const USAGE = 'zstack-cli sim [--host 127.0.0.1] [--port 8080] [--state FILE] [--data demo|empty|scale:N] [--job-delay MS] [--session-timeout S]';

export function parseSimArgs(args: readonly string[]): StartOptions {
  const opts: StartOptions = { host: '127.0.0.1', port: 8080, data: { kind: 'demo' }, sim: {} };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw usageError(`${flag} needs a value`, [USAGE]);
      return v;
    };
    const int = (min: number, max: number) => {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < min || n > max) throw usageError(`${flag} must be an integer from ${min} to ${max}, got '${v}'`, [USAGE]);
      return n;
    };
    switch (flag) {
      case '--host':
        opts.host = value();
        break;
      case '--port':
        opts.port = int(0, 65535);
        break;
      case '--state':
        opts.stateFile = value();
        break;
      case '--data': {
        const v = value();
        const data = parseDataSet(v);
        if (!data) throw usageError(`--data must be demo, empty or scale:N (N from 1 to 1000000), got '${v}'`, [USAGE]);
        opts.data = data;
        break;
      }
      case '--job-delay':
        opts.sim!.jobDelayMs = int(0, 3_600_000);
        break;
      case '--session-timeout':
        opts.sim!.sessionTimeoutS = int(1, 10 * 365 * 86400);
        break;
      default:
        throw usageError(`unknown option '${args[i]}' for sim`, [USAGE]);
    }
  }
  return opts;
}

/** Runs the simulator in the foreground until SIGINT/SIGTERM. */
export async function runSimCommand(args: string[], io: Io): Promise<void> {
  const running = await startSim(parseSimArgs(args));
  const ctx = running.contextPath ? `/${running.contextPath}` : '';
  io.err(`zstack simulator listening on http://${running.host}:${running.port}${ctx} (admin/password)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
}

/** An in-process simulator on a free loopback port with its state in the XDG state directory, logged in as admin. */
export async function startEmbeddedSim(
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ endpoint: Endpoint; sessionUuid: string; readOnly: boolean; close(): Promise<void> }> {
  // Another zstack-cli (a shell, a completion refresh) may be running on the same state: then this one reads it only.
  const running = await startSim({ host: '127.0.0.1', port: 0, stateFile: join(stateDir(env), 'sim', 'state.json'), data: { kind: 'demo' }, sim: { jobDelayMs: 0 }, busyState: 'readOnly' });
  const endpoint: Endpoint = { https: false, host: '127.0.0.1', port: running.port, contextPath: running.contextPath };
  try {
    const res = await fetch(`http://127.0.0.1:${running.port}/${running.contextPath}/v1/accounts/login`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ logInByAccount: { accountName: 'admin', password: sha512Hex('password') } }),
    });
    return { endpoint, sessionUuid: parseSessionLogin(res.status, await res.text()), readOnly: running.readOnly, close: () => running.close() };
  } catch (e) {
    await running.close();
    throw e;
  }
}

/** The session uuid of a login answer, or an auth error (e.g. the stored admin password was changed). */
function parseSessionLogin(status: number, text: string): string {
  let uuid: unknown;
  try {
    uuid = status === 200 ? (JSON.parse(text) as { inventory?: { uuid?: unknown } }).inventory?.uuid : undefined;
  } catch {
    uuid = undefined;
  }
  if (typeof uuid !== 'string') {
    throw new CliError('auth', `the embedded simulator refused the admin login (HTTP ${status}): was the admin password changed?`, [
      `to start afresh from the demo data, move away ${join('$XDG_STATE_HOME', 'zstack-cli', 'sim', 'state.json')} (default ~/.local/state/zstack-cli/sim/state.json)`,
    ]);
  }
  return uuid;
}
