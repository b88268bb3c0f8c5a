// Benchmarks (not timed tests): medians against a baseline measured in the same run.
// Start-up: `zstack-cli QueryVmInstance name=vm1 --dry-run` against `node -e 0`; target median <= 1.5x.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/zstack-cli', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // slows every Node 20 start by ~40 ms on this machine

function timeRun(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function compare(name, args, limit) {
  const base = [];
  const ours = [];
  for (let i = 0; i < 3; i++) timeRun(['-e', '0']), timeRun(args); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    base.push(timeRun(['-e', '0']));
    ours.push(timeRun(args));
  }
  const b = median(base);
  const o = median(ours);
  const ratio = o / b;
  console.log(`${name}: median ${o.toFixed(1)} ms vs node -e 0 ${b.toFixed(1)} ms = ${ratio.toFixed(2)}x (target <= ${limit}x) ${ratio <= limit ? 'OK' : 'OVER'}`);
  return ratio <= limit;
}

const results = [compare('start-up: QueryVmInstance name=vm1 --dry-run', [BIN, 'QueryVmInstance', 'name=vm1', '--dry-run'], 1.5)];
process.exitCode = results.every(Boolean) ? 0 : 1;
