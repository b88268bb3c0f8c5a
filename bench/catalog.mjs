// Catalog benchmarks (not timed tests); exits non-zero when a target is missed.
//  1. Start-up with the full built-in catalog: `--version` and `help QueryVmInstance`, each median <= 1.5x `node -e 0`
//     measured in the same run (`QueryVmInstance --dry-run` and `__complete` are in run.mjs and complete.mjs).
//  2. `catalog import` of a 2,000-action zssdk.py (written here from the built-in catalog): wall time (target: a few
//     seconds), then start-up of `QueryVmInstance name=vm1 --dry-run` with that overlay installed (<= 1.5x).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, benchEnv, compareStartup } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = benchEnv();
const ok = [
  compareStartup('start-up: --version', [BIN, '--version'], 1.5, env),
  compareStartup('start-up: help QueryVmInstance', [BIN, 'help', 'QueryVmInstance'], 1.5, env),
];

/** A zssdk.py with every built-in API (about 1,900) plus synthetic ones up to `n`, in the format a node ships. */
function zssdk(n) {
  const dir = join(root, 'dist', 'catalog');
  const apis = readdirSync(dir).filter((f) => f.startsWith('apis-')).flatMap((f) => Object.values(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
  for (let i = 0; apis.length < n; i++) apis.push({ ...apis[i], name: `${apis[i].name}V2` });
  const py = (v) => (typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : Array.isArray(v) ? `[${v.map(py).join(',')}]` : v === true ? 'True' : v === false ? 'False' : String(v));
  const lines = ['# generated for the benchmark', ''];
  for (const a of apis) {
    lines.push(`class ${a.name}Action(${a.query ? 'QueryAction' : 'AbstractAction'}):`, `    HTTP_METHOD = '${a.method}'`, `    PATH = '${a.path}'`);
    lines.push(`    NEED_SESSION = ${py(a.session !== false)}`, `    NEED_POLL = ${py(!!a.async)}`, `    PARAM_NAME = ${py(a.bodyKey ?? '')}`, '', '    PARAMS = {');
    for (const p of a.params) {
      const kw = [`required=${py(!!p.required)}`];
      if (p.validValues) kw.push(`valid_values=${py(p.validValues)}`);
      if (p.maxLength !== undefined) kw.push(`max_length=${p.maxLength}`);
      if (p.numberRange) kw.push(`number_range=${py(p.numberRange.map(String))}`.replace(/'/g, ''));
      lines.push(`        '${p.name}': ParamAnnotation(${kw.join(',')}),`);
    }
    lines.push("        'sessionId': ParamAnnotation(required=True)", '    }', '');
  }
  return lines.join('\n');
}

const file = join(env.HOME, 'zssdk.py');
writeFileSync(file, zssdk(2000));
const t0 = process.hrtime.bigint();
const r = spawnSync(process.execPath, [BIN, 'catalog', 'import', file], { env, encoding: 'utf8' });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const verbs = /(\d+) verbs/.exec(r.stdout)?.[1];
console.log(`catalog import of ${verbs} actions: ${seconds.toFixed(2)} s (target: a few seconds) ${r.status === 0 && seconds < 10 ? 'OK' : `FAILED ${r.stderr}`}`);
ok.push(r.status === 0 && seconds < 10);
ok.push(compareStartup('start-up with that catalog imported: QueryVmInstance name=vm1 --dry-run', [BIN, 'QueryVmInstance', 'name=vm1', '--dry-run'], 1.5, env));
process.exitCode = ok.every(Boolean) ? 0 : 1;
