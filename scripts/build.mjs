// Bundles src/cli/main.ts into dist/ (ESM, code-split so lazily imported modules stay out of start-up).
// The built-in catalog is embedded as one JSON string: JSON.parse is far cheaper at start-up than compiling
// the same data as JavaScript object literals.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });

async function catalogJson() {
  const dir = mkdtempSync(join(tmpdir(), 'zstack-cli-build-'));
  const out = join(dir, 'catalog.mjs');
  await build({ entryPoints: ['src/catalog/zstack/index.ts'], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const { zstackData } = await import(pathToFileURL(out).href);
  rmSync(dir, { recursive: true, force: true });
  return JSON.stringify(zstackData);
}

const json = await catalogJson();
const embedCatalog = {
  name: 'embed-catalog',
  setup(b) {
    b.onResolve({ filter: /\/zstack\/index\.js$/ }, (args) =>
      args.importer.endsWith(join('src', 'catalog', 'index.ts')) ? { path: 'zstack-catalog', namespace: 'embed' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'embed' }, () => ({
      contents: `export const zstackData = JSON.parse(${JSON.stringify(json)});`,
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [embedCatalog],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
