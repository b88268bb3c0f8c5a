// Builds dist/: one CommonJS bundle per entry point. CommonJS starts markedly faster than ES modules on Node 20
// (no async module linking), and start-up is a target (bench/run.mjs). Dependencies that only some commands need
// are loaded when first used: conf and @inquirer/prompts (ES modules) from node_modules, undici as the part of it
// this tool uses, bundled apart (dist/undici.cjs, src/transport/undici.ts).
// commander is bundled (resolving it from node_modules cost more than parsing it), and only the built-in
// commands initialise it. The built-in catalog is written as shards to dist/catalog/ (src/catalog/shards.ts) and a
// command reads only the shards it needs.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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
// completion (`__complete`, also the entry for Tab presses), the output renderers with their libraries (yaml,
// cli-table3, JMESPath, chalk: not needed for plain JSON), and the Chinese messages (for a Chinese locale only). A
// module both sides import exists once per bundle; the one with state that must be shared (the embedded simulator)
// keeps it on a global.
// They are loaded with require(), not import(): Node reads an import()ed CommonJS file twice, once only to find its
// export names, which costs more than the whole verb path saves.
const APART = [
  // [module file, bundle, which importers load it from the bundle]
  [join('src', 'cli', 'sim.ts'), './sim.cjs', (importer) => importer.includes(join('src', 'cli'))],
  [join('src', 'cli', 'program.ts'), './commands.cjs', (importer) => importer.endsWith(join('src', 'cli', 'main.ts'))],
  [join('src', 'cli', 'complete.ts'), './complete.cjs', (importer) => importer.endsWith(join('src', 'cli', 'main.ts'))],
  [join('src', 'output', 'format.ts'), './format.cjs', () => true],
  [join('src', 'transport', 'undici.ts'), './undici.cjs', () => true],
  [join('src', 'output', 'zh.ts'), './zh.cjs', () => true],
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
const entryPoints = { cli: 'src/cli/main.ts', sim: 'src/cli/sim.ts', commands: 'src/cli/program.ts', complete: 'src/cli/complete-entry.ts', format: 'src/output/format.ts', zh: 'src/output/zh.ts' };

/** For undici's modules only, the Node module `name` is replaced by `contents` in its bundle. */
function forUndici(name, contents) {
  return {
    name: `undici-${name}`,
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(node:)?${name}$`) }, (args) => (args.importer.includes(join('node_modules', 'undici')) ? { path: name, namespace: `undici-${name}` } : undefined));
      b.onLoad({ filter: /.*/, namespace: `undici-${name}` }, () => ({ contents, loader: 'js' }));
    },
  };
}
const undiciPlugins = [
  // undici's HTTP/2 client requires node:http2 (and with it node:tls) when it loads: ~25 ms for a protocol this tool
  // never asks for. Its own fallback for a Node without http2 is an empty module; the bundle uses that fallback.
  forUndici('http2', "exports.constants = {}; exports.connect = () => { throw new Error('HTTP/2 is not used by zstack-cli'); };"),
  // undici checks its invariants with node:assert, whose loading (with its error formatting) costs a command ~2 ms.
  // The passing checks are answered here; anything else (a failing check, another function) goes to the real
  // node:assert, loaded then.
  forUndici(
    'assert',
    `let real;
    const load = () => (real ??= require('node:assert'));
    function assert(value, message) { if (!value) load()(value, message); }
    assert.ok = assert;
    assert.strictEqual = (a, b, m) => { if (a !== b) load().strictEqual(a, b, m); };
    assert.notStrictEqual = (a, b, m) => { if (a === b) load().notStrictEqual(a, b, m); };
    assert.equal = (a, b, m) => { if (a != b) load().equal(a, b, m); };
    assert.notEqual = (a, b, m) => { if (a == b) load().notEqual(a, b, m); };
    module.exports = new Proxy(assert, { get: (t, k) => (k in t ? t[k] : load()[k]) });`,
  ),
  // undici's client requires node:http at load for two things: the default header size limit and, to tidy up a
  // server request stream given as a body, the IncomingMessage class. Node's whole HTTP server and client for them
  // cost a live command ~3 ms. Here the limit is Node's default unless the command line changes it (then node:http
  // answers), and IncomingMessage is a class no body of ours is an instance of (bodies are strings).
  forUndici(
    'http',
    `const changed = /--max-http-header-size/.test([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '));
    exports.maxHeaderSize = changed ? require('node:http').maxHeaderSize : 16384;
    exports.IncomingMessage = class IncomingMessageNotLoaded {};`,
  ),
  // undici's HTTP parser (llhttp) is WebAssembly kept in its JavaScript as base64, twice (with SIMD and without).
  // In the bundle those strings are half its size, read, decoded and held in the code cache by every live command.
  // The parsers are written next to the bundle as .wasm files and read from there when undici asks for one.
  {
    name: 'undici-llhttp-files',
    setup(b) {
      b.onLoad({ filter: /[\\/]undici[\\/]lib[\\/]llhttp[\\/]llhttp(_simd)?-wasm\.js$/ }, async (args) => {
        const file = `${basename(args.path, '.js').replace('-wasm', '')}.wasm`;
        const bytes = createRequire(import.meta.url)(args.path);
        if (!Buffer.isBuffer(bytes) || bytes.readUInt32BE(0) !== 0x0061736d) throw new Error(`${args.path} is no longer a WebAssembly module`);
        writeFileSync(new URL(file, dist), bytes);
        return { contents: `module.exports = require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(file)}));`, loader: 'js' };
      });
    },
  },
];

const bundleOptions = { outdir: 'dist', outExtension: { '.js': '.cjs' }, bundle: true, format: 'cjs', platform: 'node', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' };
await build({ ...bundleOptions, entryPoints: { undici: 'src/transport/undici.ts' }, plugins: undiciPlugins });
await build({
  ...bundleOptions,
  entryPoints,
  sourcemap: 'external',
  external: ['conf', '@inquirer/prompts'],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  plugins: [catalogNextToBundle, bundlesApart],
});
