// Simulator benchmark: load scale:100000, then time a 1000-row page filtered on a cross-resource field.
// Bundles src/sim with esbuild (a devDependency) so it needs no build step of its own. Exit 1 when over 1 s.
// Then bounded work (issue 15), on `zstack-cli sim --data scale:1000000` in its own process (needs `npm run build`):
// a count with a condition and how long a zone query sent meanwhile waits (median; target < 100 ms), a count without
// conditions, peak memory of the simulator over a 200,000-row page and a 1,000,000-row page (target < 300 MB), and the
// time from SIGTERM to exit in the middle of a query (median; target < 1 s).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { bundleSources, median as mid, startSimBinary } from './lib.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const n = Number(process.argv[2] ?? 100000);
const dir = mkdtempSync(join(tmpdir(), 'zstack-sim-bench-'));
await bundleSources({ entryPoints: [new URL('../src/sim/index.ts', import.meta.url).pathname], outfile: join(dir, 'sim.mjs') });
const { startSim } = await import(pathToFileURL(join(dir, 'sim.mjs')).href);
rmSync(dir, { recursive: true, force: true });

let t = performance.now();
const running = await startSim({ port: 0, data: { kind: 'scale', n }, sim: { jobDelayMs: 0 } });
const loadMs = performance.now() - t;
const base = `http://127.0.0.1:${running.port}/zstack/v1`;
const { createHash } = await import('node:crypto');
const login = await fetch(`${base}/accounts/login`, { method: 'PUT', body: JSON.stringify({ logInByAccount: { accountName: 'admin', password: createHash('sha512').update('password').digest('hex') } }) });
const session = (await login.json()).inventory.uuid;
const times = [];
let rows = 0;
for (let i = 0; i < 7; i++) {
  t = performance.now();
  const res = await fetch(`${base}/vm-instances?q=${encodeURIComponent('vmNics.l3Network.name=private-net')}&limit=1000`, { headers: { Authorization: `OAuth ${session}` } });
  rows = (await res.json()).inventories.length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`scale:${n} load ${loadMs.toFixed(0)} ms; QueryVmInstance vmNics.l3Network.name=private-net limit=1000 -> ${rows} rows, median ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)})`);

// For information (not gated): the same filter with a total, which must look at every VM.
t = performance.now();
const counted = await (await fetch(`${base}/vm-instances?q=${encodeURIComponent('vmNics.l3Network.name=private-net')}&limit=1000&replyWithCount=true`, { headers: { Authorization: `OAuth ${session}` } })).json();
console.log(`  with replyWithCount=true: total ${counted.total}, ${(performance.now() - t).toFixed(0)} ms`);
await running.close();
let ok = median <= 1000 && loadMs <= 5000;

/** `zstack-cli sim --data scale:1000000` in a child process: its port, a session, and its pid. */
async function startBinary(args = []) {
  const { child, port, exited } = await startSimBinary(['--data', 'scale:1000000', ...args]);
  const url = `http://127.0.0.1:${port}/zstack/v1`;
  const res = await fetch(`${url}/accounts/login`, { method: 'PUT', body: JSON.stringify({ logInByAccount: { accountName: 'admin', password: createHash('sha512').update('password').digest('hex') } }) });
  const auth = { Authorization: `OAuth ${(await res.json()).inventory.uuid}` };
  return { child, url, auth, exited };
}

/** Reads a reply to its end without keeping it; its size in bytes. */
async function drain(res) {
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.length;
  return bytes;
}

{
  const sim = await startBinary();
  const counts = [];
  const waits = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const count = fetch(`${sim.url}/vm-instances?q=${encodeURIComponent('state=Stopped')}&count=true`, { headers: sim.auth }).then((r) => r.json());
    await new Promise((ok) => setTimeout(ok, 50));
    const t1 = performance.now();
    await (await fetch(`${sim.url}/zones`, { headers: sim.auth })).json();
    waits.push(performance.now() - t1);
    await count;
    counts.push(performance.now() - t0);
  }
  const plain = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await (await fetch(`${sim.url}/vm-instances?count=true`, { headers: sim.auth })).json();
    plain.push(performance.now() - t0);
  }
  console.log(`scale:1000000: count=true state=Stopped median ${mid(counts).toFixed(0)} ms; a zone query sent meanwhile answered in median ${mid(waits).toFixed(1)} ms (max ${Math.max(...waits).toFixed(1)}; target < 100 ms); count=true without conditions median ${mid(plain).toFixed(1)} ms`);
  ok &&= mid(waits) < 100;
  const peak = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${sim.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  for (const qs of ['limit=200000', 'limit=1000000&fields=uuid,name']) {
    const t0 = performance.now();
    const bytes = await drain(await fetch(`${sim.url}/vm-instances?${qs}`, { headers: sim.auth }));
    const mb = peak();
    console.log(`  one page, ${qs}: ${(bytes / 2 ** 20).toFixed(0)} MB of JSON in ${((performance.now() - t0) / 1000).toFixed(1)} s; simulator peak memory so far ${mb.toFixed(0)} MB (target < 300 MB)`);
    ok &&= mb < 300;
  }
  sim.child.kill('SIGTERM');
  await sim.exited;
}

{
  const stops = [];
  for (let i = 0; i < 5; i++) {
    const state = join(mkdtempSync(join(tmpdir(), 'zstack-sim-stop-')), 'state.json');
    const sim = await startBinary(['--state', state]);
    // A query that sorts and writes a million rows: seconds of work, cut by the signal.
    const long = fetch(`${sim.url}/vm-instances?sort=-name&limit=1000000&fields=uuid`, { headers: sim.auth }).then(drain).catch(() => 0);
    await new Promise((ok) => setTimeout(ok, 300));
    const t0 = performance.now();
    sim.child.kill('SIGTERM');
    await sim.exited;
    stops.push(performance.now() - t0);
    await long;
    rmSync(join(state, '..'), { recursive: true, force: true });
  }
  console.log(`  SIGTERM in the middle of a sorted 1,000,000-row query: exit after median ${mid(stops).toFixed(0)} ms (max ${Math.max(...stops).toFixed(0)}; target < 1000 ms)`);
  ok &&= mid(stops) < 1000;
}
process.exit(ok ? 0 : 1);
