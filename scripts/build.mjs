// Builds dist/: one CommonJS bundle per entry point. CommonJS starts markedly faster than ES modules on Node 20
// (no async module linking), and start-up is a target (bench/run.mjs). Heavy dependencies that only some commands
// need (undici, conf, @inquirer/prompts) stay external and are required from node_modules when first used.
// commander is bundled (resolving it from node_modules cost more than parsing it), and only the built-in
// commands initialise it. The built-in catalog is written as shards to dist/catalog/ (src/catalog/shards.ts) and a
// command reads only the shards it needs.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The catalog: generated facts + overlay -> dist/catalog/ shards (src/catalog/build.ts). */
async function writeCatalog() {
  const dir = mkdtempSync(join(tmpdir(), 'zstack-cli-build-'));
  const out = join(dir, 'catalog-build.mjs');
  await build({ entryPoints: ['src/catalog/build.ts'], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  try {
    const { buildBuiltinCatalog } = await import(pathToFileURL(out).href);
    buildBuiltinCatalog(new URL('catalog/', dist).pathname);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// In the bundle, the built-in catalog's shards are next to it (dist/catalog/).
const catalogNextToBundle = {
  name: 'catalog-next-to-bundle',
  setup(b) {
    b.onResolve({ filter: /(^\.|\/catalog)\/builtin\.js$/ }, () => ({ path: 'builtin-catalog', namespace: 'embed' }));
    b.onLoad({ filter: /.*/, namespace: 'embed' }, () => ({
      contents: `exports.builtinCatalogDir = () => require('node:path').join(__dirname, 'catalog');`,
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
  plugins: [catalogNextToBundle, simApart],
});
