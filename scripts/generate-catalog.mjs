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
import { buildInventories, inventoryName } from './catalog-gen/inventories.mjs';
import { jsonLines } from './catalog-gen/output.mjs';
import { readme } from './catalog-gen/readme.mjs';
import { compareWithSdk, mapQueries, QUERY_RULES, sdkIndex, sdkInventoryRecord } from './catalog-gen/sdk.mjs';
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

// query targets the server messages do not give, from the SDK's inventory classes
const sdk = sdkIndex(tree);
const queries = mapQueries(tree, api, inv.byName, sdk);
const sdkBuilt = [...queries.sdkTargets.values()].map((e) => sdkInventoryRecord(tree, e, sdk));
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const inventories = [...inv.records, ...sdkBuilt.map((b) => b.record)].sort((a, b) => cmp(a.name, b.name));
const apis = queries.records;
// Query actions whose inventory no rule finds are still queries: the tool sends their conditions unchecked on request.
const unmappedNames = new Set(queries.unmapped.map((u) => u.name));
for (const a of apis) if (unmappedNames.has(a.name) && !a.query) a.queryRule = 'unmapped';

// header records against the SDK class that copies the same server class
const notColumns = new Set(inv.problems.notColumns);
const headerRecords = new Map(inv.records.map((r) => [r.name, r]));
const sdkCopy = (entry) => (sdk.byName.get(entry.decl.name) ?? []).find((e) => sdk.serverOf.get(e.fqcn) === entry.fqcn);
const diffWithCopy = (name, copy) =>
  compareWithSdk(tree, inv.byName.get(name), headerRecords.get(name), sdkInventoryRecord(tree, copy, sdk).record, notColumns);

// the header records that queries return
const headerTargets = new Map();
for (const a of apis.filter((x) => x.query && inv.byName.has(x.query))) {
  headerTargets.set(a.query, [...(headerTargets.get(a.query) ?? []), a.queryRule]);
}
const headerDiffs = [...headerTargets].sort((a, b) => cmp(a[0], b[0])).map(([name, rules]) => {
  const copy = sdkCopy(inv.byName.get(name));
  return { name, autoQuery: rules.includes('autoQuery'), diff: copy ? diffWithCopy(name, copy) : undefined };
});

// SDK records below an @Inventory class carry the fields that class's record leaves out
const inheritedExtras = [];
for (const b of sdkBuilt) {
  const lineage = tree.lineage(queries.sdkTargets.get(b.record.name)).slice(1);
  const copy = lineage.find((e) => inv.byName.get(inventoryName(e.decl.name))?.fqcn === sdk.serverOf.get(e.fqcn));
  if (!copy) continue;
  const headerName = inventoryName(copy.decl.name);
  for (const f of diffWithCopy(headerName, copy).sdkOnly) inheritedExtras.push(`${b.record.name}.${f.name} (${headerName}: ${f.why})`);
}
const recordNames = new Set(inventories.map((r) => r.name));
const nestedWithoutRecord = [...new Set(sdkBuilt.flatMap((b) => (b.record.nested ?? []).map((n) => n.inventory)))]
  .filter((n) => !recordNames.has(n))
  .sort();

// @APINoSee fields of header inventories: does the SDK copy carry them?
const apiNoSee = { fields: 0, inSdk: [] };
for (const entry of inv.byName.values()) {
  const copy = sdkCopy(entry);
  if (!copy) continue;
  const sdkFields = new Set(tree.lineage(copy).flatMap((c) => c.decl.fields.map((f) => f.name)));
  for (const c of tree.lineage(entry)) {
    for (const f of c.decl.fields.filter((x) => x.annotations.some((a) => a.name === 'APINoSee'))) {
      apiNoSee.fields++;
      if (sdkFields.has(f.name)) apiNoSee.inSdk.push(`${entry.decl.name}.${f.name}`);
    }
  }
}

// A string column the server keeps free-form (no Java enum) still holds only what its resource's APIs accept when its
// update API sets it and every create/add/update API that sets it names valid values: queries on it are checked against
// those values. Lifecycle columns (state, status) are left out: the server moves them through values no API sets.
const apisByName = new Map(apis.map((a) => [a.name, a]));
const fieldValuesFromApis = [];
for (const record of inventories) {
  const setters = ['Create', 'Add', 'Update'].map((v) => apisByName.get(`${v}${record.name}`)).filter(Boolean);
  for (const field of record.fields) {
    if (field.type !== 'string' || field.validValues || ['uuid', 'state', 'status'].includes(field.name)) continue;
    const params = setters.map((a) => a.params.find((p) => p.name === field.name)).filter(Boolean);
    const updated = apisByName.get(`Update${record.name}`)?.params.some((p) => p.name === field.name);
    if (!updated || !params.every((p) => p.validValues?.length)) continue;
    field.validValues = [...new Set(params.flatMap((p) => p.validValues))];
    fieldValuesFromApis.push(`${record.name}.${field.name} (from ${setters.filter((a) => a.params.some((p) => p.name === field.name)).map((a) => a.name).join(', ')})`);
  }
}

// Quota names: the string constants of the *QuotaConstant classes. A server has more (its plugins'), so they are known
// values of UpdateQuota's name and of Quota.name, not the only valid ones.
const quotaNames = [
  ...new Set(
    files
      .filter((f) => /QuotaConstant\.java$/.test(f.path) && texts.has(f.sha))
      .flatMap((f) => [...texts.get(f.sha).matchAll(/\bString\s+\w+\s*=\s*"([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)"\s*;/g)].map((m) => m[1])),
  ),
].sort();
for (const a of apis.filter((x) => x.name === 'UpdateQuota')) for (const p of a.params.filter((x) => x.name === 'name')) p.knownValues = quotaNames;
for (const r of inventories.filter((x) => x.name === 'Quota')) for (const f of r.fields.filter((x) => x.name === 'name')) f.knownValues = quotaNames;

const source = {
  repository: 'zstackio/zstack',
  commit: commit.sha,
  commitDate: commit.date,
  generatedBy: 'scripts/generate-catalog.mjs',
  counts: {
    apis: apis.length,
    queries: api.queryActions,
    queriesMapped: queries.mapped,
    inventories: inventories.length,
    headerInventories: inv.records.length,
    sdkInventories: sdkBuilt.length,
  },
};

const families = new Map();
for (const a of apis) families.set(a.family, (families.get(a.family) ?? 0) + 1);
const withBodyKey = (key) => apis.filter((a) => a.bodyKey === key).map((a) => a.name);
const report = {
  actions: api.actionCount,
  records: api.records.length,
  outsideSdkPackage: api.outsideSdkPackage,
  duplicates: api.problems.duplicates,
  queryActions: api.queryActions,
  mappedQueries: queries.mapped,
  withMessage: apis.filter((a) => a.message).length,
  autoQueryMisses: api.problems.unmappedQueries,
  queryRules: QUERY_RULES.map((r) => ({ ...r, count: queries.counts[r.id], evidence: queries.evidence[r.id] })),
  toHeader: queries.toHeader,
  unmappedQueries: queries.unmapped,
  crossCheck: queries.crossCheck,
  sdkClasses: sdk.all.length,
  sdkInventories: sdkBuilt.length,
  sdkSubPackages: sdkBuilt.filter((b) => !/^org\.zstack\.sdk\.\w+$/.test(b.record.sdkClass)).length,
  sdkLeftOut: sdkBuilt.flatMap((b) => b.leftOut),
  sdkNested: sdkBuilt.flatMap((b) => (b.record.nested ?? []).map((n) => ({ owner: b.record.name, ...n }))),
  sdkRawLists: sdkBuilt.flatMap((b) => b.record.fields.filter((f) => f.type === 'list').map((f) => `${b.record.name}.${f.name}`)),
  sdkGenericFields: sdk.all.flatMap((e) => e.decl.fields.filter((f) => f.type.args.length).map((f) => `${e.fqcn}.${f.name}`)),
  skipped: queries.skipped,
  headerDiffs,
  apiNoSee,
  inheritedExtras,
  nestedWithoutRecord,
  queryOwnParams: api.problems.queryOwnParams,
  unresolvedResults: api.problems.unresolvedResults,
  placeholders: api.problems.placeholders,
  emptyBodyKeys: withBodyKey(''),
  nullBodyKeys: withBodyKey('null'),
  paramBodyKeys: withBodyKey('param'),
  noSession: api.records.filter((a) => a.session === false).length,
  families: [...families].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  inventories: inventories.length,
  headerInventories: inv.records.length,
  dangling: inv.problems.dangling,
  extensionOnly: inv.extensionOnly,
  ignoredForOther: inv.problems.ignoredForOther,
  clashes: inv.problems.clashes,
  badKeys: inv.problems.badKeys,
  notColumns: inv.problems.notColumns,
  unqueryable: inv.problems.unqueryable,
  duplicateInventoryNames: inv.problems.duplicateNames,
  unresolved: [...new Set(inv.problems.unresolved)],
  unparsable: tree.unparsable,
  duplicateClasses: tree.duplicates,
  fieldValuesFromApis,
  quotaNames,
};

mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('source.json', OUT), JSON.stringify(source, null, 2) + '\n');
writeFileSync(new URL('apis.json', OUT), jsonLines(apis));
writeFileSync(new URL('inventories.json', OUT), jsonLines(inventories));
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
  console.log(`query actions: ${r.queryActions}, with an inventory: ${r.mappedQueries}`);
  list('query actions without @AutoQuery in the source', r.autoQueryMisses);
  for (const rule of r.queryRules) {
    const e = rule.evidence;
    console.log(`  rule ${rule.id}: ${rule.count} (path evidence: ${e.same} same, ${e.other.length} other, ${e.none} none)`);
    for (const x of e.other) console.log(`    other: ${x}`);
  }
  list('SDK-rule targets that are header inventories', r.toHeader);
  const candidates = (u) => u.candidates.map((c) => `${c.name} (${c.why.join('; ')})`).join(', ') || 'none';
  list('query actions left without inventory', r.unmappedQueries.map((u) => [u.name, ...u.notes, `candidates: ${candidates(u)}`].join('; ')));
  const cc = r.crossCheck;
  console.log(`nameAndPath on autoQuery/name queries: ${cc.agree.length} agree, ${cc.ambiguous.length} ambiguous, ${cc.none.length} none`);
  list('  disagree', cc.disagree);
  list('query actions with their own parameters', r.queryOwnParams);
  list('result classes not found', r.unresolvedResults);
  list('path placeholders that are not parameters', r.placeholders);
  list('POST/PUT body keys that are empty strings', r.emptyBodyKeys);
  list('body keys that are the string "null"', r.nullBodyKeys);
  list('body keys "param" (not "params")', r.paramBodyKeys);
  console.log(`inventories: ${r.inventories} (${r.headerInventories} @Inventory, ${r.sdkInventories} from SDK classes)`);
  list('SDK fields left out (neither primitive nor an inventory)', r.sdkLeftOut);
  list('SDK nested inventories', r.sdkNested.map((n) => `${n.owner}.${n.name} -> ${n.inventory}${n.list ? ' (list)' : ''}`));
  list('SDK record fields that their @Inventory superclass record leaves out', r.inheritedExtras);
  list('nested inventories without a record', r.nestedWithoutRecord);
  list('query fields given valid values by their create/update APIs', r.fieldValuesFromApis);
  list('quota names (known values of UpdateQuota name and Quota.name)', r.quotaNames);
  list('header query targets without SDK copy', r.headerDiffs.filter((d) => !d.diff).map((d) => d.name));
  list(
    'SDK fields the header record has not',
    r.headerDiffs.flatMap((d) => (d.diff?.sdkOnly ?? []).map((f) => `${d.name}.${f.name} (${f.type}): ${f.why}`)),
  );
  list('header fields the SDK has not', r.headerDiffs.flatMap((d) => (d.diff?.headerOnly ?? []).map((f) => `${d.name}.${f}`)));
  list(
    'field types that differ',
    r.headerDiffs.flatMap((d) => (d.diff?.types ?? []).map((t) => `${d.name}.${t.name}: ${t.header} / ${t.sdk}`)),
  );
  list('expansions with missing targets', r.dangling);
  list('expansions/aliases only registered in code (AddExpandedQueryExtensionPoint)', r.extensionOnly);
  list('expansion annotations on non-@Inventory classes (ignored by ZQL)', r.ignoredForOther);
  list('expansions redeclared differently by a subclass (the superclass wins)', r.clashes);
  list('expansion keys that are not fields', r.badKeys);
  list('inventory fields with no column behind them (left out)', r.notColumns);
  list('duplicate inventory names', r.duplicateInventoryNames);
  list('unresolved type references', r.unresolved);
  list('unparsable files', r.unparsable);
  list('duplicate classes', r.duplicateClasses);
  console.log(`families: ${r.families.length}`);
  console.log(r.families.map(([f, n]) => `${f} ${n}`).join(', '));
}
