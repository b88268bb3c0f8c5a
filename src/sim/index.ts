// Starting a simulator: load or seed the state, wire persistence, listen.
import { getCatalog } from '../catalog/index.js';
import { CliError } from '../errors.js';
import { readJsonFile, writeFileAtomic } from '../util/files.js';
import { attachGenerated, type DataSet, seed } from './data.js';
import { SimServer } from './server.js';
import { claimState } from './state-owner.js';
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
  /** Request bodies over this many bytes are answered 413 (default 10 MiB). */
  maxBodyBytes?: number;
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

/** Reads a state file; a damaged one is an error that leaves the file alone. Undefined when there is none. */
function loadState(file: string): unknown {
  const value = readJsonFile(file, 'simulator state file');
  if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) throw damaged(file, 'not a JSON object');
  return value;
}

function damaged(file: string, why: string): CliError {
  return new CliError('usage', `the simulator state file ${file} is damaged (${why}); it was left untouched`, [
    `move it away to start afresh (the embedded simulator then starts from the demo data again)`,
  ]);
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
    if (writable) writeFileAtomic(writable, JSON.stringify(store.dump())); // 0600: it holds password digests
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
    where = await server.listen({ host: opts.host, port: opts.port, contextPath: opts.contextPath, maxBodyBytes: opts.maxBodyBytes });
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
