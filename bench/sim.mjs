// Simulator benchmark: load scale:100000, then time a 1000-row page filtered on a cross-resource field.
// Bundles src/sim with esbuild (a devDependency) so it needs no build step of its own. Exit 1 when over 1 s.

import { mkdtempSync, rmSync } from 'node:fs';
import { bundleSources } from './lib.mjs';
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
process.exit(median > 1000 || loadMs > 5000 ? 1 : 0);
