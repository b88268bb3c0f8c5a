// Live calls (not timed tests); exits non-zero when a target is missed.
//  1. `QueryVmInstance state=Running limit=10` against a local simulator, one process per call: median <= 1.5x a
//     plain Node script that sends the same GET with node:http and prints the body, measured in the same run.
//  2. Ten jobs of 1 to 10 s (a local server that answers 202 and finishes each job at a known time): the result is printed
//     at most 300 ms after the job ends (median), polling a job at most ~5 times a second on average.
// Needs `npm run build`. Usage: node bench/live.mjs   (BENCH_RUNS=30)
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, benchEnv, compareRuns, median, startSimBinary } from './lib.mjs';

let ok = true;
const dir = mkdtempSync(join(tmpdir(), 'zstack-live-bench-'));

// 1. One live query against the simulator (its own process, so the timed processes do not share its event loop).
{
  const env = benchEnv();
  const { child: sim, port } = await startSimBinary([], env);
  const at = ['-H', '127.0.0.1', '-p', String(port)];
  const login = spawnSync(process.execPath, [BIN, 'LogInByAccount', 'accountName=admin', 'password=password', ...at], { env });
  if (login.status !== 0) throw new Error(`login failed: ${login.stderr}`);
  const session = JSON.parse(readFileSync(join(env.XDG_STATE_HOME, 'zstack-cli', 'sessions', 'default.json'), 'utf8')).uuid;
  const plain = join(dir, 'plain.cjs');
  writeFileSync(
    plain,
    `require('node:http').get(process.argv[2], { headers: { Authorization: 'OAuth ' + process.argv[3] } }, (r) => {
  let body = '';
  r.setEncoding('utf8');
  r.on('data', (d) => (body += d));
  r.on('end', () => process.stdout.write(body));
});
`,
  );
  const url = `http://127.0.0.1:${port}/zstack/v1/vm-instances?q=state%3DRunning&limit=10`;
  ok &&= compareRuns('live call: QueryVmInstance state=Running limit=10', [BIN, 'QueryVmInstance', 'state=Running', 'limit=10', ...at], [plain, url, session], 'node:http script', 1.5, env);
  sim.kill();
}

// 2. Job latency: ten jobs of 1..10 s at once, each in its own process.
{
  const jobs = new Map(); // id -> { doneAt, polls }
  const server = createServer((req, res) => {
    const reply = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/zstack/v1/zones') {
        const name = JSON.parse(body).params.name;
        const id = `job${name.replace(/\D/g, '')}`;
        jobs.set(id, { doneAt: Date.now() + Number(name.replace(/\D/g, '')), polls: 0, name });
        return reply(202, { location: `http://127.0.0.1:${server.address().port}/zstack/v1/api-jobs/${id}` });
      }
      const m = /^\/zstack\/v1\/api-jobs\/(\w+)$/.exec(req.url);
      const job = m && jobs.get(m[1]);
      if (!job) return reply(404, {});
      job.polls++;
      if (Date.now() < job.doneAt) return reply(202, {});
      reply(200, { inventory: { uuid: m[1].padEnd(32, '0'), name: job.name, state: 'Enabled', type: 'zstack' } });
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const env = { ...benchEnv(), ZSTACK_ACCESS_KEY_ID: 'bench', ZSTACK_ACCESS_KEY_SECRET: 'bench' };
  const at = ['-H', '127.0.0.1', '-p', String(server.address().port)];
  // Spread over 1-10 s and over the polling period (whole seconds alone would all end just before a poll).
  const durations = Array.from({ length: 10 }, (_, i) => 1000 + i * 1000 + i * 27);
  const results = await Promise.all(
    durations.map(
      (ms) =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, [BIN, 'CreateZone', `name=zone-${ms}`, '-o', 'value', '-c', 'name', ...at], { env, stdio: ['ignore', 'pipe', 'pipe'] });
          let printedAt;
          let err = '';
          child.stdout.on('data', () => (printedAt ??= Date.now()));
          child.stderr.on('data', (d) => (err += d));
          child.on('close', (code) => {
            const job = jobs.get(`job${ms}`);
            resolve({ ms, code, err, lateMs: printedAt && job ? printedAt - job.doneAt : NaN, pollsPerS: job ? job.polls / (ms / 1000) : NaN });
          });
        }),
    ),
  );
  server.close();
  const failed = results.filter((r) => r.code !== 0 || Number.isNaN(r.lateMs));
  if (failed.length) {
    console.log(`job latency: FAILED: ${failed.map((r) => `${r.ms} ms job exited ${r.code}: ${r.err.trim()}`).join('; ')}`);
    ok = false;
  } else {
    const late = median(results.map((r) => r.lateMs));
    const polls = results.reduce((n, r) => n + r.pollsPerS, 0) / results.length;
    const good = late <= 300 && polls <= 5.5;
    ok &&= good;
    console.log(
      `job latency (jobs of 1-10 s): result printed a median ${late.toFixed(0)} ms after the job ended (target <= 300 ms; worst ${Math.max(...results.map((r) => r.lateMs)).toFixed(0)} ms), ${polls.toFixed(1)} polls a second on average (target about 5) ${good ? 'OK' : 'MISSED'}`,
    );
  }
}

rmSync(dir, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;
