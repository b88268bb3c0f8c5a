// Shared benchmark helpers: medians against a baseline measured in the same run, in a clean environment.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/zstack-cli', import.meta.url));
export const RUNS = Number(process.env.BENCH_RUNS ?? 30);

/** The environment for timed runs: no NODE_EXTRA_CA_CERTS (it slows every Node 20 start by ~40 ms on this
 *  machine) and a fresh HOME, so no profile, session or cache of this machine counts. */
export function benchEnv() {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const home = mkdtempSync(join(tmpdir(), 'zstack-cli-bench-'));
  return Object.assign(env, { HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_STATE_HOME: join(home, 'state') });
}

export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function timeRun(env, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Median wall time of `node <args>` against `node -e 0`, interleaved; true when within `limit` times. */
export function compareStartup(name, args, limit, env = benchEnv()) {
  return compareRuns(name, args, ['-e', '0'], 'node -e 0', limit, env);
}

/** Median wall time of `node <args>` against `node <baseArgs>`, interleaved; true when within `limit` times. */
export function compareRuns(name, args, baseArgs, baseName, limit, env = benchEnv()) {
  const measure = () => {
    const base = [];
    const ours = [];
    for (let i = 0; i < 3; i++) timeRun(env, baseArgs), timeRun(env, args); // warm the file cache (and code caches)
    for (let i = 0; i < RUNS; i++) {
      base.push(timeRun(env, baseArgs));
      ours.push(timeRun(env, args));
    }
    const [b, o] = [median(base), median(ours)];
    return { b, o, ratio: o / b };
  };
  const { value: run, twice } = againOnMiss(measure, (r) => r.ratio <= limit, (r) => r.ratio);
  const ok = run.ratio <= limit;
  console.log(`${name}: median ${run.o.toFixed(1)} ms vs ${baseName} ${run.b.toFixed(1)} ms = ${run.ratio.toFixed(2)}x (target <= ${limit}x)${twice ? ' (measured twice)' : ''} ${ok ? 'OK' : 'OVER'}`);
  return ok;
}

/** A measurement that misses its target is taken once more, and the better of the two counts: one noisy sample on a
 *  shared machine must not fail the bench, and a real regression misses twice. `score`: lower is better. */
export function againOnMiss(measure, within, score) {
  const first = measure();
  if (within(first)) return { value: first, twice: false };
  const second = measure();
  return { value: score(second) < score(first) ? second : first, twice: true };
}

/** Bundles TypeScript sources for an in-process benchmark (esbuild options as given), with the built-in catalog read
 *  from this checkout's dist/catalog/ (the sources locate it relative to themselves, which a bundle in a temporary
 *  directory is not). */
export async function bundleSources(options) {
  const { build } = await import('esbuild');
  const catalogDir = fileURLToPath(new URL('../dist/catalog/', import.meta.url));
  const builtinCatalog = {
    name: 'builtin-catalog',
    setup(b) {
      b.onResolve({ filter: /(^\.|\/catalog)\/builtin\.js$/ }, () => ({ path: 'builtin-catalog', namespace: 'bench' }));
      b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({ contents: `export const builtinCatalogDir = () => ${JSON.stringify(catalogDir)};`, loader: 'js' }));
    },
  };
  await build({ bundle: true, format: 'esm', platform: 'node', logLevel: 'warning', ...options, plugins: [builtinCatalog] });
}

/** `zstack-cli sim --port 0 <args>` in a process of its own (so timed clients do not share its event loop); resolves
 *  with the process, its port and its exit once it says where it listens. */
export async function startSimBinary(args = [], env = benchEnv()) {
  const child = spawn(process.execPath, [BIN, 'sim', '--port', '0', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const port = await new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (d) => {
      text += d;
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(text);
      if (m) resolve(Number(m[1]));
    });
    exited.then((code) => reject(new Error(`the simulator exited (${code}): ${text}`)));
  });
  return { child, port, exited };
}
