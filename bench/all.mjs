// `--all -o ndjson` over scale:100000 and scale:1000000 simulated VMs, and one reply of 200,000 rows (not timed
// tests): rows per second and the client's peak memory, which must stay under 150 MB (a page, or a piece of the
// reply, at a time, not growing with the count).
// The simulator runs in this process; the client is the built binary in a child process (its peak RSS is read at
// its exit through a preloaded hook).
// Usage: node bench/all.mjs [N...]   (default 100000 1000000)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, benchEnv, bundleSources } from './lib.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [100000, 1000000];
const dir = mkdtempSync(join(tmpdir(), 'zstack-all-bench-'));
await bundleSources({ entryPoints: [new URL('../src/sim/index.ts', import.meta.url).pathname], outfile: join(dir, 'sim.mjs') });
const { startSim } = await import(pathToFileURL(join(dir, 'sim.mjs')).href);
const hook = join(dir, 'maxrss.cjs');
writeFileSync(hook, "process.on('exit', () => require('node:fs').writeSync(2, `\\nmaxrss ${process.resourceUsage().maxRSS}\\n`));\n");
const LIMIT_MB = 150;
let ok = true;

/** Runs the client on `args` against a simulator and reports rows, rows per second and its peak memory. */
async function measure(name, n, args, expectRows) {
  const running = await startSim({ port: 0, data: { kind: 'scale', n }, sim: { jobDelayMs: 0 } });
  const env = benchEnv();
  const at = ['-H', '127.0.0.1', '-p', String(running.port)];
  await new Promise((resolve) => spawn(process.execPath, [BIN, 'LogInByAccount', 'accountName=admin', 'password=password', ...at], { env, stdio: 'ignore' }).on('close', resolve));
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, ['-r', hook, BIN, ...args, ...at], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  let tail = '';
  child.stdout.on('data', (d) => {
    for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
  });
  child.stderr.on('data', (d) => (tail = (tail + d).slice(-2000)));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssMb = Number(/maxrss (\d+)/.exec(tail)?.[1] ?? 0) / 1024;
  const good = code === 0 && lines === expectRows && rssMb > 0 && rssMb < LIMIT_MB;
  ok &&= good;
  console.log(
    `${name}: ${lines} rows in ${seconds.toFixed(1)} s = ${Math.round(lines / seconds)} rows/s; client peak memory ${rssMb.toFixed(0)} MB (target < ${LIMIT_MB} MB) ${good ? 'OK' : `FAILED (exit ${code}) ${tail.slice(-300)}`}`,
  );
  await running.close();
}

for (const n of counts) await measure(`--all -o ndjson over scale:${n}`, n, ['QueryVmInstance', '--all', '-o', 'ndjson'], n);
// One reply of 200,000 rows (~330 MB of JSON on the wire), read as it arrives.
if (!sizes.length) await measure('one reply of 200000 rows (limit=200000 -o ndjson)', 200000, ['QueryVmInstance', 'limit=200000', '-o', 'ndjson'], 200000);
rmSync(dir, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;
