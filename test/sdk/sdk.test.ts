// ZStack's own Python SDK as the client: test/sdk/driver.py runs its cases against two in-process simulators (demo
// data; and sessions of 2 seconds for the expiry case) and prints one JSON line per case. The SDK is ZStack's code and
// is not part of this project: point ZSSDK_PY at the zssdk.py a management node ships (runtime plus action classes).
// Without it, or without python3, the cases are skipped and say so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../../src/sim/index.js';

const DRIVER = join(import.meta.dirname, 'driver.py');
const SDK = process.env.ZSSDK_PY;
const python = spawnSync('python3', ['--version']).status === 0;
const ready = !!SDK && existsSync(SDK) && python;
const CASES = [...readFileSync(DRIVER, 'utf8').matchAll(/^@case\ndef (\w+)\(/gm)].map((m) => m[1]);

interface Outcome {
  case: string;
  ok: boolean;
  detail?: string;
  trace?: string;
}

describe('the real ZStack Python SDK (zssdk.py) against the simulator', () => {
  if (!ready) {
    it.skip(`skipped: set ZSSDK_PY=/path/to/zssdk.py (the SDK a management node ships) and install python3 to run the real SDK (${CASES.length} cases)`, () => {});
    return;
  }

  const sims: RunningSim[] = [];
  const outcomes = new Map<string, Outcome>();
  let stderr = '';
  beforeAll(async () => {
    sims.push(await startSim({ port: 0, data: { kind: 'demo' }, sim: { jobDelayMs: 50 } }));
    sims.push(await startSim({ port: 0, data: { kind: 'empty' }, sim: { jobDelayMs: 50, sessionTimeoutS: 2 } }));
    // The SDK writes its local time into the AccessKey Date header: make it the node's (UTC+8).
    const env = { ...process.env, TZ: 'Asia/Shanghai', ZSSDK_PY: SDK, SIM_PORT: String(sims[0].port), SIM_SHORT_PORT: String(sims[1].port), PYTHONDONTWRITEBYTECODE: '1' };
    const child = spawn('python3', [DRIVER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((done) => child.on('close', done));
    for (const line of stdout.split('\n').filter(Boolean)) {
      const o = JSON.parse(line) as Outcome;
      outcomes.set(o.case, o);
    }
  }, 120_000);
  afterAll(async () => {
    for (const s of sims) await s.close();
  });

  it.each(CASES)('%s', (name) => {
    const o = outcomes.get(name);
    expect(o, `the driver printed no result for ${name}: ${stderr}`).toBeDefined();
    expect(o!.ok, `${o!.detail}\n${o!.trace ?? ''}`).toBe(true);
  });
});
