#!/usr/bin/env node
// Generates src/catalog/zstack/generated/ from ZStack's open-source API definitions (a git checkout or bare mirror
// of zstackio/zstack): the SDK action classes for the REST surface and the server's API message and @Inventory
// classes for families, query targets and queryable fields. Only facts are written, never source text.
//
//   node scripts/generate-catalog.mjs [--repo /path/to/zstack.git] [--commit <sha>]
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildApis } from './catalog-gen/apis.mjs';
import { commitInfo, listFiles, readBlobs } from './catalog-gen/git.mjs';
import { buildInventories } from './catalog-gen/inventories.mjs';
import { jsonLines } from './catalog-gen/output.mjs';
import { readme } from './catalog-gen/readme.mjs';
import { SourceTree } from './catalog-gen/sources.mjs';

const DEFAULT_REPO = '/work/.mirror/zstackio+zstack/repo';
const OUT = new URL('../src/catalog/zstack/generated/', import.meta.url);

const { values: opts } = parseArgs({ options: { repo: { type: 'string' }, commit: { type: 'string' } } });
const repo = opts.repo ?? DEFAULT_REPO;
const started = Date.now();

const commit = commitInfo(repo, opts.commit ?? 'HEAD');
// main sources only: test trees declare throw-away messages and inventories
const files = listFiles(repo, commit.sha).filter((f) => f.path.endsWith('.java') && f.path.includes('/src/main/java/'));
const texts = readBlobs(repo, files.map((f) => f.sha));
const tree = new SourceTree(files.filter((f) => texts.has(f.sha)).map((f) => ({ path: f.path, text: texts.get(f.sha) })));

const inv = buildInventories(tree);
const api = buildApis(tree, inv.byName);

const source = {
  repository: 'zstackio/zstack',
  commit: commit.sha,
  commitDate: commit.date,
  generatedBy: 'scripts/generate-catalog.mjs',
  counts: { apis: api.records.length, queries: api.queryActions, inventories: inv.records.length },
};

const families = new Map();
for (const a of api.records) families.set(a.family, (families.get(a.family) ?? 0) + 1);
const withBodyKey = (key) => api.records.filter((a) => a.bodyKey === key).map((a) => a.name);
const unmappedNames = api.problems.unmappedQueries.map((q) => q.split(' ')[0]);
const report = {
  actions: api.actionCount,
  records: api.records.length,
  outsideSdkPackage: api.outsideSdkPackage,
  duplicates: api.problems.duplicates,
  queryActions: api.queryActions,
  mappedQueries: api.records.filter((a) => a.query).length,
  withMessage: api.records.filter((a) => a.message).length,
  unmappedQueries: api.problems.unmappedQueries,
  queryOwnParams: api.problems.queryOwnParams,
  unresolvedResults: api.problems.unresolvedResults,
  placeholders: api.problems.placeholders,
  emptyBodyKeys: withBodyKey(''),
  nullBodyKeys: withBodyKey('null'),
  paramBodyKeys: withBodyKey('param'),
  noSession: api.records.filter((a) => a.session === false).length,
  families: [...families].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  inventories: inv.records.length,
  dangling: inv.problems.dangling,
  extensionOnly: inv.extensionOnly,
  ignoredForOther: inv.problems.ignoredForOther,
  clashes: inv.problems.clashes,
  badKeys: inv.problems.badKeys,
  notColumns: inv.problems.notColumns,
  unqueryable: inv.problems.unqueryable,
  sdkOnlyInventories: unmappedNames.filter((q) => tree.get(`org.zstack.sdk.${q.replace(/^Query/, '')}Inventory`)).length,
  duplicateInventoryNames: inv.problems.duplicateNames,
  unresolved: [...new Set(inv.problems.unresolved)],
  unparsable: tree.unparsable,
  duplicateClasses: tree.duplicates,
};

mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('source.json', OUT), JSON.stringify(source, null, 2) + '\n');
writeFileSync(new URL('apis.json', OUT), jsonLines(api.records));
writeFileSync(new URL('inventories.json', OUT), jsonLines(inv.records));
writeFileSync(new URL('README.md', OUT), readme(source, report));

printReport(report);
console.log(`\nwrote ${OUT.pathname} in ${Date.now() - started} ms`);

function printReport(r) {
  const list = (title, items) => {
    console.log(`${title}: ${items.length}`);
    for (const x of items) console.log(`  ${x}`);
  };
  console.log(`actions found: ${r.actions}, records written: ${r.records}`);
  list('actions outside org.zstack.sdk', r.outsideSdkPackage);
  list('duplicate names', r.duplicates);
  console.log(`query actions: ${r.queryActions}`);
  list('query actions without inventory', r.unmappedQueries);
  list('query actions with their own parameters', r.queryOwnParams);
  list('result classes not found', r.unresolvedResults);
  list('path placeholders that are not parameters', r.placeholders);
  list('POST/PUT body keys that are empty strings', r.emptyBodyKeys);
  list('body keys that are the string "null"', r.nullBodyKeys);
  list('body keys "param" (not "params")', r.paramBodyKeys);
  console.log(`inventories: ${r.inventories}`);
  list('expansions with missing targets', r.dangling);
  list('expansions/aliases only registered in code (AddExpandedQueryExtensionPoint)', r.extensionOnly);
  list('expansion annotations on non-@Inventory classes (ignored by ZQL)', r.ignoredForOther);
  list('expansions redeclared differently by a subclass (the superclass wins)', r.clashes);
  list('expansion keys that are not fields', r.badKeys);
  list('inventory fields with no column behind them (left out)', r.notColumns);
  console.log(`unmapped query actions whose name matches an SDK inventory class: ${r.sdkOnlyInventories}`);
  list('duplicate inventory names', r.duplicateInventoryNames);
  list('unresolved type references', r.unresolved);
  list('unparsable files', r.unparsable);
  list('duplicate classes', r.duplicateClasses);
  console.log(`families: ${r.families.length}`);
  console.log(r.families.map(([f, n]) => `${f} ${n}`).join(', '));
}
