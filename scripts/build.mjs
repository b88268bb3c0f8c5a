// Builds dist/: one CommonJS bundle per entry point. CommonJS starts markedly faster than ES modules on Node 20
// (no async module linking), and start-up is a target (bench/run.mjs). Heavy dependencies that only some commands
// need (undici, conf, @inquirer/prompts) stay external and are required from node_modules when first used.
// commander is bundled (resolving it from node_modules cost more than parsing it), and only the built-in
// commands initialise it. The built-in catalog is written as shards to dist/catalog/ (src/catalog/shards.ts) and a
// command reads only the shards it needs.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

// Bundles of their own, required when first used, so that an API verb (the most common command) compiles only what
// it runs: the simulator (`sim`, `--sim`), the built-in commands with commander (`profile`, `shell`, `catalog`, ...),
// completion (`__complete`, also the entry for Tab presses), and the output renderers with their libraries (yaml,
// cli-table3, JMESPath, chalk: not needed for plain JSON). A module both sides import exists once per bundle; the
// one with state that must be shared (the embedded simulator) keeps it on a global.
// They are loaded with require(), not import(): Node reads an import()ed CommonJS file twice, once only to find its
// export names, which costs more than the whole verb path saves.
const APART = [
  // [module file, bundle, which importers load it from the bundle]
  [join('src', 'cli', 'sim.ts'), './sim.cjs', (importer) => importer.includes(join('src', 'cli'))],
  [join('src', 'cli', 'program.ts'), './commands.cjs', (importer) => importer.endsWith(join('src', 'cli', 'main.ts'))],
  [join('src', 'cli', 'complete.ts'), './complete.cjs', (importer) => importer.endsWith(join('src', 'cli', 'main.ts'))],
  [join('src', 'output', 'format.ts'), './format.cjs', () => true],
];
const bundlesApart = {
  name: 'bundles-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const target = join(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      const rule = APART.find(([file, , from]) => target.endsWith(file) && from(args.importer));
      return rule ? { path: rule[1], namespace: 'apart' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'apart' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    b.onResolve({ filter: /\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

await writeCatalog();
// `__complete` runs on every Tab press: its entry holds only the completion engine and what it needs.
const entryPoints = { cli: 'src/cli/main.ts', sim: 'src/cli/sim.ts', commands: 'src/cli/program.ts', complete: 'src/cli/complete-entry.ts', format: 'src/output/format.ts' };
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
  plugins: [catalogNextToBundle, bundlesApart],
});
