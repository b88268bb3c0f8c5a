// `npm run bench`: every benchmark (not timed tests), each against a baseline measured in the same run.
//  - start-up of `zstack-cli QueryVmInstance name=vm1 --dry-run` against `node -e 0`: median <= 1.5x
//  - catalog: bench/catalog.mjs (--version, help, import of 2,000 actions, start-up with an imported catalog)
//  - completion: bench/complete.mjs (end to end and in-process engine)
//  - simulator: bench/sim.mjs (scale:100000, cross-resource page of 1000)
//  - live calls: one query against the simulator vs a node:http script, job latency (bench/live.mjs)
//  - --all -o ndjson over scale:100000 and scale:1000000, and one reply of 200,000 rows: rows per second, client peak
//    memory (bench/all.mjs)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN, compareStartup } from './lib.mjs';

const ok = [compareStartup('start-up: QueryVmInstance name=vm1 --dry-run', [BIN, 'QueryVmInstance', 'name=vm1', '--dry-run'], 1.5)];
for (const script of ['catalog.mjs', 'complete.mjs', 'live.mjs', 'sim.mjs', 'all.mjs']) {
  ok.push(spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], { stdio: 'inherit' }).status === 0);
}
process.exitCode = ok.every(Boolean) ? 0 : 1;
