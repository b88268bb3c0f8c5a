// bin/zstack-cli compiles the bundles with a V8 code cache: a command run from the cache must behave as the first.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempHome } from '../helpers/cli.js';

const DIST = join(__dirname, '..', '..', 'dist');

describe('the launcher and its code cache', () => {
  it('a run from the cache still loads ESM packages (conf) and writes nothing new', () => {
    const home = tempHome();
    const cacheDir = join(home.HOME, '.cache', 'zstack-cli', 'v8');
    expect(cli(['profile', 'add', 'a', 'host=10.0.0.1'], home).code).toBe(0);
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
    const second = cli(['profile', 'add', 'b', 'host=10.0.0.2'], home); // conf again, now from the cache
    expect(second.code, second.stderr).toBe(0);
    const list = cli(['profile', 'list'], home);
    expect(list.stdout).toMatch(/a[\s\S]*10\.0\.0\.1[\s\S]*b[\s\S]*10\.0\.0\.2/);
    expect(cli(['QueryZone', '--dry-run'], home).code).toBe(0);
    const before = new Map(readdirSync(cacheDir).map((f) => [f, readFileSync(join(cacheDir, f))]));
    expect(cli(['QueryZone', '--dry-run'], home).code).toBe(0);
    // A cache V8 accepts is not rewritten (flags set before any compile keep every cache valid).
    for (const [f, data] of before) expect(readFileSync(join(cacheDir, f)).equals(data), f).toBe(true);
  });

  it('a damaged cache is replaced, not fatal', () => {
    const home = tempHome();
    expect(cli(['QueryZone', '--dry-run'], home).code).toBe(0);
    const cacheDir = join(home.HOME, '.cache', 'zstack-cli', 'v8');
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), 'not a cache');
    const r = cli(['QueryZone', '--dry-run'], home);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('no bundle imports a module with import() of its own (Node 20 cannot run it from a cache)', () => {
    for (const f of readdirSync(DIST).filter((x) => x.endsWith('.cjs'))) {
      const text = readFileSync(join(DIST, f), 'utf8');
      expect(text, f).not.toMatch(/\bimport\(\s*["'`]/);
    }
    expect(existsSync(join(DIST, 'cli.cjs'))).toBe(true);
  });

  it('a live call runs from the cache too: the WebAssembly flags, set again when undici loads, rewrite no cache', () => {
    const home = tempHome();
    const cacheDir = join(home.HOME, '.cache', 'zstack-cli', 'v8');
    const first = cli(['QueryZone', '--sim', '-o', 'value', '-c', 'name'], home);
    expect(first.code, first.stderr).toBe(0);
    const before = new Map(readdirSync(cacheDir).map((f) => [f, readFileSync(join(cacheDir, f))]));
    expect([...before.keys()].some((f) => f.startsWith('undici.cjs'))).toBe(true);
    const second = cli(['QueryZone', '--sim', '-o', 'value', '-c', 'name'], home);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    for (const [f, data] of before) expect(readFileSync(join(cacheDir, f)).equals(data), f).toBe(true);
  });
});

describe("undici's HTTP parser, kept next to the bundle", () => {
  it('both builds are WebAssembly files of dist/, and the bundle holds no base64 copy of them', () => {
    for (const f of ['llhttp_simd.wasm', 'llhttp.wasm']) {
      const bytes = readFileSync(join(DIST, f));
      expect(WebAssembly.validate(bytes), f).toBe(true);
    }
    expect(readFileSync(join(DIST, 'undici.cjs'), 'utf8')).not.toMatch(/AGFzbQ/); // "\0asm" in base64
  });

  it('a live call answers with either build (UNDICI_NO_WASM_SIMD=1: the one without SIMD)', () => {
    const home = tempHome();
    const simd = cli(['QueryZone', '--sim', '-o', 'value', '-c', 'name'], home);
    const plain = cli(['QueryZone', '--sim', '-o', 'value', '-c', 'name'], { ...home, UNDICI_NO_WASM_SIMD: '1' });
    expect(simd.code, simd.stderr).toBe(0);
    expect(plain.code, plain.stderr).toBe(0);
    expect(simd.stdout.trim()).not.toBe('');
    expect(plain.stdout).toBe(simd.stdout);
  });
});

describe('what a verb loads (start-up)', () => {
  it("a dry run loads none of Node's modules it has no use for: tty, parseArgs, the public module loader, os", async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'zstack-cli-modules-'));
    const preload = join(dir, 'record.cjs');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(join(dir, 'loaded.txt'))}, process.moduleLoadList.join('\\n')));`);
    const home = tempHome();
    const r = spawnSync(process.execPath, ['-r', preload, join(DIST, '..', 'bin', 'zstack-cli'), 'QueryVmInstance', 'name=vm1', '--dry-run'], { env: { PATH: process.env.PATH, ...home }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const loaded = readFileSync(join(dir, 'loaded.txt'), 'utf8').split('\n');
    for (const m of ['NativeModule tty', 'NativeModule internal/util/parse_args/parse_args', 'NativeModule module', 'NativeModule os']) expect(loaded, m).not.toContain(m);
  });
});

