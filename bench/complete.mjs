// Completion benchmarks (not timed tests); exits non-zero when a target is missed.
//  1. `zstack-cli __complete QueryVmInstance vmNics.` end to end: median <= 1.5x `node -e 0` measured in the same run.
//  2. The in-process engine, p99 per call: < 2 ms on the built-in catalog (the whole ZStack API, read from its
//     shards), < 10 ms on a synthetic catalog of 2,000 verbs and 500 inventories with deep expansion chains.
// Needs `npm run build` (for bin/zstack-cli); the engine is bundled from src/ with esbuild into a temp dir.
// Usage: node bench/complete.mjs   (BENCH_RUNS=30 start-up runs, BENCH_ITER=300 engine iterations per input)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { againOnMiss, BIN, benchEnv, bundleSources, compareStartup, median, quantile } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ITER = Number(process.env.BENCH_ITER ?? 300);
const env = benchEnv();

function startup() {
  return compareStartup('__complete QueryVmInstance vmNics.', [BIN, '__complete', 'QueryVmInstance', 'vmNics.'], 1.5, env);
}

async function loadEngine() {
  const dir = mkdtempSync(join(tmpdir(), 'zstack-cli-bench-engine-'));
  const out = join(dir, 'engine.mjs');
  await bundleSources({
    stdin: {
      contents: `export { shardSource } from './src/catalog/shards.ts'; export { Catalog } from './src/catalog/catalog.ts'; export { completeWords, complete } from './src/complete/engine.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile: out,
  });
  const mod = await import(pathToFileURL(out).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

/** A catalog shaped like a big real one: 500 inventories (30 fields, 8 expansions each), 500 Query verbs and
 *  1,500 others with 15 parameters. Deterministic, so runs compare. */
function generated(Catalog) {
  let seed = 42;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  const invName = (i) => `Res${i}Thing`;
  const inventories = [];
  for (let i = 0; i < 500; i++) {
    const fields = [{ name: 'uuid', type: 'string' }, { name: 'name', type: 'string' }];
    for (let f = 0; f < 28; f++) fields.push(f % 7 === 0 ? { name: `state${f}`, type: 'string', validValues: ['Enabled', 'Disabled', 'Creating', 'Deleting'] } : { name: `field${f}Value`, type: f % 3 ? 'string' : 'integer' });
    const expand = [];
    for (let e = 0; e < 8; e++) {
      const j = rnd(500);
      fields.push({ name: `res${j}x${e}Uuid`, type: 'string' });
      expand.push({ name: `rel${e}Res${j}`, inventory: invName(j), localKey: `res${j}x${e}Uuid`, foreignKey: 'uuid' });
    }
    inventories.push({ name: invName(i), fields, expand });
  }
  const apis = [];
  for (let i = 0; i < 500; i++) apis.push({ name: `Query${invName(i)}`, family: 'x', method: 'GET', path: `/r${i}`, query: invName(i), params: [], summary: `Query ${invName(i)}` });
  for (let i = 0; i < 1500; i++) {
    const params = [];
    for (let p = 0; p < 15; p++) params.push({ name: p === 0 ? 'uuid' : `param${p}Name`, type: p % 5 === 4 ? 'boolean' : 'string', required: p < 3, ...(p === 7 ? { validValues: ['A', 'B', 'C'] } : {}) });
    apis.push({ name: `${['Create', 'Update', 'Delete', 'Attach', 'Detach'][i % 5]}${invName(i % 500)}${Math.floor(i / 500) || ''}`, family: 'x', method: 'POST', path: `/r${i}`, params, summary: `Verb ${i}` });
  }
  return new Catalog({ apis, inventories });
}

function chain(catalog, from, depth) {
  let inv = catalog.inventory(from);
  const parts = [];
  for (let d = 0; d < depth && inv?.expand?.length; d++) {
    const e = inv.expand[0];
    parts.push(e.name);
    inv = catalog.inventory(e.inventory);
  }
  return `${parts.join('.')}.`;
}

/** The worst p99 over the cases; a miss is measured once more before it counts (one noisy sample on a shared
 *  machine must not fail the bench). */
function engineBench(name, catalog, completeWords, cases, limitMs) {
  const { value: run, twice } = againOnMiss(() => engineRun(catalog, completeWords, cases), (r) => r.worst < limitMs, (r) => r.worst);
  const ok = run.worst < limitMs;
  console.log(`engine, ${name}: worst p99 ${run.worst.toFixed(3)} ms (target < ${limitMs} ms)${twice ? ' (measured twice)' : ''} ${ok ? 'OK' : 'OVER'}`);
  console.log(run.rows.join('\n'));
  return ok;
}

function engineRun(catalog, completeWords, cases) {
  let worst = 0;
  const rows = [];
  for (const [words, current] of cases) {
    for (let i = 0; i < 200; i++) completeWords(catalog, words, current); // JIT warm-up
    const times = [];
    for (let i = 0; i < ITER; i++) {
      const t0 = process.hrtime.bigint();
      completeWords(catalog, words, current);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const p99 = quantile(times, 0.99);
    worst = Math.max(worst, p99);
    rows.push(`    ${[...words, current || "''"].join(' ').padEnd(58)} median ${median(times).toFixed(3)} ms  p99 ${p99.toFixed(3)} ms`);
  }
  return { worst, rows };
}

const { shardSource, Catalog, completeWords } = await loadEngine();
const builtin = new Catalog([shardSource(join(root, 'dist', 'catalog'))]);
const big = generated(Catalog);
const results = [
  startup(),
  engineBench(
    `built-in catalog (${builtin.index().verbs.length} verbs, ${builtin.index().inventories.length} inventories)`,
    builtin,
    completeWords,
    [
      [[], ''],
      [[], 'Query'],
      [[], 'vminst'],
      [['QueryVmInstance'], ''],
      [['QueryVmInstance'], 'vmNics.'],
      [['QueryVmInstance'], 'zone.cluster.l2Network.l3Network.'],
      [['QueryVmInstance'], 'state=Ru'],
      [['QueryVmInstance'], 'cpuNum'],
      [['QueryVmInstance'], 'fields=uuid,name,'],
      [['CreateAccount', 'name=x'], ''],
    ],
    2,
  ),
  engineBench(
    'generated catalog (2,000 verbs, 500 inventories)',
    big,
    completeWords,
    [
      [[], ''],
      [[], 'Query'],
      [[], 'zzz9'],
      [['QueryRes250Thing'], ''],
      [['QueryRes250Thing'], chain(big, 'Res250Thing', 6)],
      [['QueryRes250Thing'], 'state0=E'],
      [['CreateRes10Thing', 'uuid=x'], ''],
    ],
    10,
  ),
];
rmSync(env.HOME, { recursive: true, force: true });
process.exitCode = results.every(Boolean) ? 0 : 1;
