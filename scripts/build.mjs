// Builds dist/: one CommonJS bundle per entry point. CommonJS starts markedly faster than ES modules on Node 20
// (no async module linking), and start-up is a target (bench/run.mjs). Heavy dependencies that only some commands
// need (undici, conf, @inquirer/prompts) stay external and are required from node_modules when first used.
// commander is bundled (resolving it from node_modules cost more than parsing it), and only the built-in
// commands initialise it. The built-in catalog is written to dist/catalog.json and read with one JSON.parse.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

async function writeCatalog() {
  const dir = mkdtempSync(join(tmpdir(), 'zstack-cli-build-'));
  const out = join(dir, 'catalog.mjs');
  await build({ entryPoints: ['src/catalog/zstack/index.ts'], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const { zstackData } = await import(pathToFileURL(out).href);
  rmSync(dir, { recursive: true, force: true });
  writeFileSync(new URL('catalog.json', dist), JSON.stringify(zstackData));
}

const catalogFromJson = {
  name: 'catalog-from-json',
  setup(b) {
    b.onResolve({ filter: /\/zstack\/index\.js$/ }, (args) =>
      args.importer.endsWith(join('src', 'catalog', 'index.ts')) ? { path: 'zstack-catalog', namespace: 'embed' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'embed' }, () => ({
      contents: `exports.zstackData = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'catalog.json'), 'utf8'));`,
      loader: 'js',
    }));
  },
};

// The simulator is large and only `sim`/`--sim` need it: the main bundle requires dist/sim.cjs when first used.
const simApart = {
  name: 'sim-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/sim\.js$/ }, (args) =>
      /src[\\/]cli[\\/][a-z-]+\.ts$/.test(args.importer) ? { path: './sim.cjs', external: true } : undefined,
    );
  },
};

await writeCatalog();
const entryPoints = { cli: 'src/cli/main.ts' };
if (existsSync(new URL('src/cli/sim.ts', root))) entryPoints.sim = 'src/cli/sim.ts';
// `__complete` runs on every Tab press: its entry holds only the completion engine and what it needs.
if (existsSync(new URL('src/cli/complete-entry.ts', root)) && existsSync(new URL('src/cli/complete.ts', root))) {
  entryPoints.complete = 'src/cli/complete-entry.ts';
}
await build({
  entryPoints,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'external',
  legalComments: 'none',
  logLevel: 'warning',
  external: ['undici', 'conf', '@inquirer/prompts'],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  plugins: [catalogFromJson, simApart],
});
