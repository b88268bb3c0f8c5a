// Starting a simulator: load or seed the state, wire persistence, listen.
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { getCatalog } from '../catalog/index.js';
import { CliError } from '../errors.js';
import { attachGenerated, type DataSet, seed } from './data.js';
import { SimServer } from './server.js';
import { DEFAULT_OPTIONS, Sim, type SimOptions } from './sim.js';
import { restoreStore, Store } from './store.js';

export interface StartOptions {
  host?: string;
  port?: number;
  contextPath?: string;
  stateFile?: string;
  data: DataSet;
  sim?: Partial<SimOptions>;
  /** When another live process owns the state file: refuse to start (default), or run on a read-only copy. */
  busyState?: 'fail' | 'readOnly';
}

export interface RunningSim {
  sim: Sim;
  server: SimServer;
  host: string;
  port: number;
  contextPath: string;
  /** True when another process owns the state file: changes made here are not kept. */
  readOnly: boolean;
  close(): Promise<void>;
}

/** One process at a time writes a state file: `<file>.owner` holds its pid. A stale owner (dead pid) is replaced.
 *  Without this, two simulators on one file would each write their own version and the last one would win. */
function claimState(file: string): (() => void) | undefined {
  const owner = `${file}.owner`;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(owner, String(process.pid), { flag: 'wx', mode: 0o600 });
      const release = () => rmSync(owner, { force: true });
      process.once('exit', release);
      return () => {
        process.removeListener('exit', release);
        release();
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(owner, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return undefined;
      rmSync(owner, { force: true });
    }
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a state file; a damaged one is an error that leaves the file alone. Undefined when there is none. */
function loadState(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError('usage', `cannot read the simulator state file ${file}: ${(e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw damaged(file, (e as Error).message);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw damaged(file, 'not a JSON object');
  return value;
}

function damaged(file: string, why: string): CliError {
  return new CliError('usage', `the simulator state file ${file} is damaged (${why}); it was left untouched`, [
    `move it away to start afresh (the embedded simulator then starts from the demo data again)`,
  ]);
}

/** Temp file + rename, so a crash never leaves half a file; mode 0600 because it holds password digests. */
function writeState(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

export async function startSim(opts: StartOptions): Promise<RunningSim> {
  const release = opts.stateFile ? claimState(opts.stateFile) : undefined;
  const readOnly = !!opts.stateFile && !release;
  if (readOnly && opts.busyState !== 'readOnly') {
    throw new CliError('usage', `the simulator state file ${opts.stateFile} is in use by another simulator`, ['stop that one, or use another --state file']);
  }
  try {
    return await startOwned(opts, readOnly ? undefined : opts.stateFile, readOnly, release);
  } catch (e) {
    release?.();
    throw e;
  }
}

async function startOwned(opts: StartOptions, writable: string | undefined, readOnly: boolean, release: (() => void) | undefined): Promise<RunningSim> {
  const store = new Store();
  const sim = new Sim(store, getCatalog(), { ...DEFAULT_OPTIONS, ...opts.sim });
  const saved = opts.stateFile ? loadState(opts.stateFile) : undefined;
  if (saved !== undefined) {
    const scale = (saved as { extras?: { scale?: unknown } }).extras?.scale;
    if (typeof scale === 'number') attachGenerated(sim, scale);
    try {
      restoreStore(store, saved);
    } catch (e) {
      throw damaged(opts.stateFile!, (e as Error).message);
    }
  } else {
    seed(sim, opts.data);
  }
  const server = new SimServer(sim);
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (writable) writeState(writable, store.dump());
  };
  if (writable) {
    if (saved === undefined) flush();
    // Debounced: a burst of changes is one write; close() flushes.
    server.onMutation = () => {
      timer ??= setTimeout(flush, 50);
    };
  }
  let where: Awaited<ReturnType<SimServer['listen']>>;
  try {
    where = await server.listen({ host: opts.host, port: opts.port, contextPath: opts.contextPath });
  } catch (e) {
    // EADDRINUSE and friends: a message for the user, not a stack trace.
    throw new CliError('transport', `the simulator cannot listen on ${opts.host ?? '127.0.0.1'}:${opts.port ?? 8080}: ${(e as Error).message}`, ['choose another --port (0 picks a free one)']);
  }
  return {
    sim,
    server,
    ...where,
    readOnly,
    async close() {
      await server.close();
      if (timer) flush();
      release?.();
    },
  };
}
