// `zstack-cli catalog import FILE... [--name NAME] | list | show VERB | remove NAME`: a server's own API definitions
// as an overlay over the built-in catalog, stored per profile (or under a name a profile selects with catalog=NAME).
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalogDir } from '../catalog/builtin.js';
import { getCatalog, importedCatalogDir, importedCatalogNames, isImportedCatalog } from '../catalog/index.js';
import { ImportError, importCatalog } from '../catalog/importer.js';
import { mergeCatalog } from '../catalog/merge.js';
import { writeShards, type CatalogIndex } from '../catalog/shards.js';
import type { CatalogOverlay } from '../catalog/types.js';
import { CliError, usageError } from '../errors.js';
import { localize } from '../output/locale.js';
import { PROFILE_NAME } from '../session/config.js';
import { readJsonFile, writeFileAtomic } from '../util/files.js';
import { didYouMean } from '../util/suggest.js';
import { catalogNameOf, type Context } from './context.js';
import { emitResult } from './emit.js';

interface ImportMeta {
  name: string;
  files: string[];
  importedAt: string;
  apis: number;
  inventories: number;
  skipped: string[];
  overrides: string[];
}

export async function catalogImport(ctx: Context, files: string[], nameOption: string | undefined): Promise<void> {
  const name = nameOption ?? ctx.profileName;
  if (!PROFILE_NAME.test(name)) throw usageError(`'${name}' is not a valid catalog name`, ['use letters, digits, _ . - (up to 64 characters)']);
  const sources = files.map((file) => {
    try {
      return { file, text: readFileSync(file, 'utf8') };
    } catch (e) {
      throw usageError(`cannot read ${file}: ${(e as Error).message}`);
    }
  });
  const started = Date.now();
  const builtin = getCatalog(ctx.io.env);
  let imported;
  try {
    imported = importCatalog(sources, builtin);
  } catch (e) {
    if (e instanceof ImportError) throw usageError(`cannot import: ${e.message}`, [`nothing was changed${existsSync(importedCatalogDir(ctx.io.env, name)) ? `; the catalog '${name}' imported before stays as it was` : ''}`]);
    throw e;
  }
  const overlays = (readJsonFile(join(builtinCatalogDir(), 'overlay.json'), 'built-in overlay') ?? []) as CatalogOverlay[];
  const { data, problems } = mergeCatalog(imported.catalog, overlays, true);
  if (problems.length) throw usageError(`cannot import: ${problems[0]}`, [...problems.slice(1, 5), 'nothing was changed']);
  const overrides = data.apis.filter((a) => differs(builtin, a)).map((a) => a.name);
  const meta: ImportMeta = {
    name,
    files: files.map(String),
    importedAt: new Date().toISOString(),
    apis: data.apis.length,
    inventories: data.inventories.length,
    skipped: imported.report.skipped,
    overrides,
  };
  // Written next to the old one and swapped in: a failure half way leaves the previous catalog intact.
  const dir = importedCatalogDir(ctx.io.env, name);
  const tmp = `${dir}.new-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    writeShards(tmp, data, { importedFrom: meta.files, importedAt: meta.importedAt });
    writeFileAtomic(join(tmp, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
  } catch (e) {
    if (!existsSync(dir) && existsSync(old)) renameSync(old, dir);
    rmSync(tmp, { recursive: true, force: true });
    throw new CliError('usage', `cannot store the catalog '${name}': ${(e as Error).message}`, ['nothing was changed']);
  }
  rmSync(old, { recursive: true, force: true });
  const io = ctx.io;
  io.out(localize(
    io,
    [
      `imported '${name}' in ${((Date.now() - started) / 1000).toFixed(1)} s: ${meta.apis} verbs, ${meta.inventories} inventories from ${meta.files.join(', ')}`,
      `overrides ${overrides.length} built-in verb${overrides.length === 1 ? '' : 's'}${overrides.length ? `: ${overrides.slice(0, 20).join(', ')}${overrides.length > 20 ? `, ... (${overrides.length - 20} more)` : ''}` : ''}`,
      `skipped ${meta.skipped.length}${meta.skipped.length ? ':' : ''}`,
      ...meta.skipped.slice(0, 50).map((s) => `  ${s}`),
      ...(meta.skipped.length > 50 ? [`  ... (${meta.skipped.length - 50} more in ${join(dir, 'meta.json')})`] : []),
      catalogNameOf(ctx) === name
        ? `profile '${ctx.profileName}' uses it from now on`
        : `a profile uses it with: zstack-cli profile add <profile> catalog=${name}`,
    ].join('\n'),
  ));
}

/** An imported verb that is not the built-in one: another path, method, body key or set of parameters. */
function differs(builtin: ReturnType<typeof getCatalog>, api: ReturnType<typeof getCatalog>['apis'][number]): boolean {
  const b = builtin.find(api.name);
  if (!b) return false;
  const names = (ps: typeof api.params) => ps.map((p) => `${p.name}${p.required ? '!' : ''}`).sort().join(',');
  return b.path !== api.path || b.method !== api.method || b.bodyKey !== api.bodyKey || names(b.params) !== names(api.params);
}

export async function catalogList(ctx: Context): Promise<void> {
  const index = readJsonFile(join(builtinCatalogDir(), 'index.json'), 'built-in catalog') as CatalogIndex;
  const src = index.source as { repository?: string; commit?: string; commitDate?: string } | undefined;
  const inUse = catalogNameOf(ctx);
  const imported = importedMetas(ctx);
  if (ctx.opts.output !== undefined) {
    // With -o: rows of that format (current, name, verbs, inventories, and where it came from).
    const rows = [
      { current: false, name: 'built-in', verbs: index.verbs.length, inventories: index.inventories.length, source: `${src?.repository ?? ''} ${src?.commit ?? ''}`.trim(), date: src?.commitDate ?? null },
      ...imported.map((m) => ({ current: m.name === inUse, name: m.name, verbs: m.apis, inventories: m.inventories, source: m.files.join(', '), date: m.importedAt })),
    ];
    return emitResult(ctx, rows);
  }
  const lines = [`  built-in\t${index.verbs.length} verbs, ${index.inventories.length} inventories\tfrom ${src?.repository ?? '?'} ${src?.commit?.slice(0, 12) ?? ''} (${src?.commitDate?.slice(0, 10) ?? '?'})`];
  for (const meta of imported) {
    lines.push(`${meta.name === inUse ? '*' : ' '} ${meta.name}\t${meta.apis} verbs, ${meta.inventories} inventories\timported ${meta.importedAt.slice(0, 19).replace('T', ' ')} from ${meta.files.join(', ')}`);
  }
  ctx.io.out(localize(ctx.io, lines.join('\n')));
}

function importedMetas(ctx: Context): ImportMeta[] {
  return importedCatalogNames(ctx.io.env).sort().flatMap((n) => {
    const meta = readJsonFile(join(importedCatalogDir(ctx.io.env, n), 'meta.json'), 'catalog description') as ImportMeta | undefined;
    return meta ? [meta] : [];
  });
}

export function catalogShow(ctx: Context, verb: string): void {
  const catalog = getCatalog(ctx.io.env, catalogNameOf(ctx));
  const api = catalog.find(verb);
  if (!api) throw usageError(`unknown command '${verb}'`, didYouMean(verb, catalog.verbNames()));
  const inventory = api.query ? catalog.inventory(api.query) : undefined;
  ctx.io.out(JSON.stringify(inventory ? { ...api, inventory } : api, null, 2));
}

export function catalogRemove(ctx: Context, name: string): void {
  if (!PROFILE_NAME.test(name) || !isImportedCatalog(ctx.io.env, name)) {
    throw usageError(`no imported catalog named '${name}'`, [...didYouMean(name, importedMetas(ctx).map((m) => m.name)), 'list them: zstack-cli catalog list']);
  }
  rmSync(importedCatalogDir(ctx.io.env, name), { recursive: true, force: true });
  ctx.io.say('info', `catalog '${name}' removed; its profiles use the built-in catalog again`);
}
