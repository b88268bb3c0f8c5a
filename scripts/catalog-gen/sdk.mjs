// Query targets and inventory records from the SDK's own classes, for the query actions whose server message is not in
// the open-source tree. The SDK declares an `XxxInventory` class, with the public fields the server answers with, for
// every inventory; it does not say which one a query returns (`QueryXxxResult.inventories` is a raw `java.util.List`),
// so the target is found by the rules in QUERY_RULES, in order. See README.md, "Query targets from the SDK".
import { resultClass } from './apis.mjs';
import { classifyField, inventoryName } from './inventories.mjs';
import { findAnnotation, simpleName, tokenize, typeText, unquote } from './java.mjs';
import { COLLECTIONS, FIELD_SCALARS, MAPS } from './types.mjs';

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const classList = (entries) => entries.map((e) => e.decl.name).join(', ');
const isStatic = (field) => field.modifiers.includes('static');

/** How a query action's target was found, strongest first; `id` is written as the API's `queryRule`. */
export const QUERY_RULES = [
  { id: 'autoQuery', what: "the server message's `@AutoQuery(inventoryClass)`" },
  { id: 'result', what: 'the element type the SDK result class declares for `inventories` (generic or array)' },
  { id: 'name', what: '`QueryXxx` -> `XxxInventory`, in any SDK package' },
  { id: 'fromLocal', what: '`QueryXxxFromLocal` -> `XxxInventory`' },
  { id: 'ignoreCase', what: '`QueryXxx` -> the one class named `XxxInventory` ignoring case' },
  { id: 'plural', what: '`QueryXxx` -> the one class named `XxxsInventory` or `XxxesInventory`' },
  { id: 'prefixed', what: '`QueryXxx` -> the one class named `<Prefix>XxxInventory`' },
  { id: 'ref', what: '`QueryXxx` -> the one class named `XxxRefInventory`' },
  {
    id: 'nameAndPath',
    what: "the one class whose name is related to `Xxx` and that an action on the query's own path returns",
  },
];

/** Lower-cased camel-case words: `IPSecConnection` -> ip, sec, connection; `IAM2LdapBinding` -> iam2, ldap, binding. */
export function camelWords(name) {
  return (name.match(/[A-Z0-9]+(?![a-z])|[A-Z0-9]?[a-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
}

/**
 * Whether a class name's words are related to a query's: they hold the query's words in the same order, other words
 * allowed around and between them (`HybridEip` -> `HybridEipAddress`), or they are its last words
 * (`ResourcePrice` -> `Price`).
 */
export function relatedName(queryWords, classWords) {
  if (classWords.length < queryWords.length) {
    return classWords.join(' ') === queryWords.slice(queryWords.length - classWords.length).join(' ');
  }
  let i = 0;
  for (const w of classWords) if (w === queryWords[i]) i++;
  return i === queryWords.length;
}

/** `put("from", "to")` pairs of the SDK's `SourceClassMap` (server class <-> SDK class, both directions). */
export function sourceClassPairs(source) {
  const t = tokenize(source);
  const pairs = [];
  for (let i = 0; i + 5 < t.length; i++) {
    const [put, open, from, comma, to, close] = t.slice(i, i + 6);
    if (put.v === 'put' && open.v === '(' && from.k === 'str' && comma.v === ',' && to.k === 'str' && close.v === ')') {
      pairs.push([unquote(from.v), unquote(to.v)]);
    }
  }
  return pairs;
}

/**
 * The SDK's inventory classes (`sdk/**` classes named `*Inventory`) by simple name, and the server class each one
 * copies according to the SDK's `SourceClassMap`.
 * @param {import('./sources.mjs').SourceTree} tree
 */
export function sdkIndex(tree) {
  const all = [...tree.types.values()]
    .filter((e) => e.path.startsWith('sdk/') && e.decl.kind === 'class' && /.Inventory$/.test(e.decl.name))
    .sort((a, b) => cmp(a.fqcn, b.fqcn));
  const byName = new Map();
  for (const e of all) byName.set(e.decl.name, [...(byName.get(e.decl.name) ?? []), e]);
  const serverOf = new Map();
  const map = [...tree.types.values()].find((e) => e.path.startsWith('sdk/') && e.decl.name === 'SourceClassMap');
  for (const [from, to] of map ? sourceClassPairs(map.text) : []) {
    if (!from.startsWith('org.zstack.sdk.') && !serverOf.has(to)) serverOf.set(to, from);
  }
  const set = new Set(all);
  return { all, byName, serverOf, isInventory: (e) => !!e && set.has(e) };
}

/**
 * The server class an SDK class copies: `{ fqcn, entry, queryable }`; `entry` when that class is in the tree,
 * `queryable` false when it is in the tree but not an `@Inventory` (ZQL answers queries on `@Inventory` classes only).
 */
export function serverCounterpart(tree, index, sdkEntry) {
  const fqcn = index.serverOf.get(sdkEntry.fqcn);
  const entry = fqcn ? tree.get(fqcn.replace(/\$/g, '.')) : undefined;
  return { fqcn, entry, queryable: !entry || !!findAnnotation(entry.decl.annotations, 'Inventory') };
}

/** The stem of a query action name: `QueryEcsVpcFromLocal` -> `EcsVpc`. */
const stemOf = (name) => name.replace(/^Query/, '').replace(/FromLocal$/, '');

/**
 * Inventory classes returned as `inventory` by the actions on a query's own REST path: the same path, or one more
 * `{placeholder}` segment, optionally followed by `/actions`. `[{ action, entry }]`.
 */
function pathEvidence(query, returns) {
  const out = [];
  for (const [rec, entry] of returns) {
    if (rec.name === query.name || !rec.path || !query.path) continue;
    const rest = rec.path.startsWith(query.path) ? rec.path.slice(query.path.length) : undefined;
    if (rest !== undefined && /^(\/\{[^/}]+\}(\/actions)?)?$/.test(rest)) out.push({ action: rec.name, entry });
  }
  return out;
}

/**
 * Gives every query action it can a `query` (an inventory name) and a `queryRule` (QUERY_RULES id). Returns the new API
 * records (same order, `query`/`queryRule` after `async`), the SDK classes that need an inventory record, counts per
 * rule, the unmapped queries with reasons and candidates, and the cross-check of `nameAndPath` against stronger rules.
 * @param {import('./sources.mjs').SourceTree} tree
 * @param {{ records: any[], queryNames: string[], actions: Map<string, any> }} api
 * @param {Map<string, any>} headerByName header inventory name -> its `@Inventory` entry
 * @param {ReturnType<typeof sdkIndex>} index
 */
export function mapQueries(tree, api, headerByName, index) {
  const isQuery = new Set(api.queryNames);
  const headerNameOf = new Map([...headerByName].map(([name, e]) => [e, name]));
  // an SDK class stands for a header inventory when its SourceClassMap server class is that @Inventory
  const targetName = (sdkEntry) => {
    const server = serverCounterpart(tree, index, sdkEntry);
    return (server.entry && headerNameOf.get(server.entry)) ?? inventoryName(sdkEntry.decl.name);
  };
  const notQueryable = (e) => !serverCounterpart(tree, index, e).queryable;

  const returns = [];
  for (const rec of api.records) {
    const action = api.actions.get(rec.name);
    const result = action && !isQuery.has(rec.name) ? resultClass(tree, action) : undefined;
    const field = result?.decl.fields.find((f) => f.name === 'inventory' && !isStatic(f));
    const entry = field && tree.resolve(field.type.name, result);
    if (index.isInventory(entry)) returns.push([rec, entry]);
  }

  const byLower = new Map();
  for (const e of index.all) byLower.set(e.decl.name.toLowerCase(), [...(byLower.get(e.decl.name.toLowerCase()) ?? []), e]);
  const named = (n) => index.byName.get(n) ?? [];
  const others = (list, n) => list.filter((e) => e.decl.name !== n);
  const rules = {
    result(q) {
      const result = resultClass(tree, api.actions.get(q.name));
      const field = result?.decl.fields.find((f) => f.name === 'inventories' && !isStatic(f));
      const element = field && (field.type.args[0] ?? (field.type.dims > 0 ? field.type : undefined));
      const entry = element && tree.resolve(element.name, result);
      return index.isInventory(entry) ? [entry] : [];
    },
    name: (q) => named(`${q.name.replace(/^Query/, '')}Inventory`),
    fromLocal: (q) => (/FromLocal$/.test(q.name) ? named(`${stemOf(q.name)}Inventory`) : []),
    ignoreCase: (q) => others(byLower.get(`${stemOf(q.name)}inventory`.toLowerCase()) ?? [], `${stemOf(q.name)}Inventory`),
    plural: (q) => [...named(`${stemOf(q.name)}sInventory`), ...named(`${stemOf(q.name)}esInventory`)],
    prefixed: (q) => others(index.all.filter((e) => e.decl.name.endsWith(`${stemOf(q.name)}Inventory`)), `${stemOf(q.name)}Inventory`),
    ref: (q) => named(`${stemOf(q.name)}RefInventory`),
  };

  const mapped = new Map(); // query name -> { entry (SDK class) | undefined, name, rule }
  const skipped = new Set(); // `Query: SDK class -> server class` for classes ZQL cannot query
  const notes = new Map(); // query name -> what stopped a rule
  const note = (q, text) => notes.set(q, [...(notes.get(q) ?? []), text]);
  for (const q of api.records.filter((r) => isQuery.has(r.name))) {
    if (q.query) {
      mapped.set(q.name, { name: q.query, rule: 'autoQuery' });
      continue;
    }
    for (const [rule, find] of Object.entries(rules)) {
      const found = find(q);
      const usable = found.filter((e) => !notQueryable(e));
      for (const e of found.filter(notQueryable)) {
        const server = serverCounterpart(tree, index, e).fqcn;
        skipped.add(`${q.name}: ${e.fqcn} -> ${server}`);
        note(q.name, `rule ${rule}: \`${e.decl.name}\` copies \`${server}\`, not an \`@Inventory\``);
      }
      if (usable.length === 1) {
        mapped.set(q.name, { entry: usable[0], name: targetName(usable[0]), rule });
        break;
      }
      if (usable.length > 1) note(q.name, `rule ${rule} finds ${usable.length} classes: ${classList(usable)}`);
    }
  }

  // nameAndPath: last, and never a class another query already returns
  const claimed = new Map([...mapped].map(([q, m]) => [m.name, q]));
  const wordsOf = new Map(index.all.map((e) => [e, camelWords(inventoryName(e.decl.name))]));
  const nameAndPath = (q) => {
    const words = camelWords(stemOf(q.name));
    const evidence = pathEvidence(q, returns);
    const byPath = new Set(evidence.map((x) => x.entry));
    const byName = index.all.filter((e) => relatedName(words, wordsOf.get(e)) && !notQueryable(e));
    const taken = (e) => claimed.has(targetName(e)) && claimed.get(targetName(e)) !== q.name;
    const both = byName.filter((e) => byPath.has(e));
    return { free: both.filter((e) => !taken(e)), taken: both.filter(taken), byName, evidence };
  };
  // the same rule on the queries the two strongest rules map, to see how often it would agree with them
  const crossCheck = { agree: [], disagree: [], ambiguous: [], none: [] };
  for (const q of api.records.filter((r) => isQuery.has(r.name))) {
    const m = mapped.get(q.name);
    if (!m || (m.rule !== 'autoQuery' && m.rule !== 'name')) continue;
    const { free } = nameAndPath(q);
    const names = free.map((e) => targetName(e));
    if (names.length !== 1) (names.length ? crossCheck.ambiguous : crossCheck.none).push(q.name);
    else if (names[0] === m.name) crossCheck.agree.push(q.name);
    else crossCheck.disagree.push(`${q.name}: ${m.name} (${m.rule}), ${names[0]} (nameAndPath)`);
  }
  const found = new Map(); // query -> the one class nameAndPath finds
  for (const q of api.records.filter((r) => isQuery.has(r.name) && !mapped.has(r.name))) {
    const { free, taken } = nameAndPath(q);
    for (const e of taken) note(q.name, `rule nameAndPath: ${targetName(e)} is already the target of ${claimed.get(targetName(e))}`);
    if (free.length === 1) found.set(q.name, free[0]);
    else if (free.length > 1) note(q.name, `rule nameAndPath finds ${free.length} classes: ${classList(free)}`);
  }
  for (const [q, e] of found) {
    const rivals = [...found].filter(([other, x]) => other !== q && x === e).map(([other]) => other);
    if (rivals.length) note(q, `rule nameAndPath finds ${e.decl.name}, as for ${rivals.join(', ')}`);
    else mapped.set(q, { entry: e, name: targetName(e), rule: 'nameAndPath' });
  }

  const unmapped = [];
  for (const q of api.records.filter((r) => isQuery.has(r.name) && !mapped.has(r.name))) {
    const { byName, evidence } = nameAndPath(q);
    const candidates = new Map();
    const add = (e, why) => {
      const name = inventoryName(e.decl.name);
      candidates.set(name, [...new Set([...(candidates.get(name) ?? []), why])]);
    };
    for (const e of byName) add(e, 'name');
    for (const x of evidence) add(x.entry, `returned by ${x.action}`);
    const list = [...candidates].sort((a, b) => cmp(a[0], b[0])).map(([name, why]) => ({ name, why }));
    unmapped.push({ name: q.name, notes: notes.get(q.name) ?? [], candidates: list });
  }

  // each mapping against the actions on the query's own path: the same class (or a super/subclass) or another one
  const evidence = Object.fromEntries(QUERY_RULES.map((r) => [r.id, { same: 0, other: [], none: 0 }]));
  for (const q of api.records.filter((r) => mapped.has(r.name))) {
    const m = mapped.get(q.name);
    const target = m.entry ?? index.byName.get(`${m.name}Inventory`)?.[0];
    const onPath = pathEvidence(q, returns);
    const related = (e) => !!target && (tree.lineage(e).includes(target) || tree.lineage(target).includes(e));
    if (!onPath.length) evidence[m.rule].none++;
    else if (onPath.some((x) => related(x.entry))) evidence[m.rule].same++;
    else {
      const returned = onPath.map((x) => `${x.action} -> ${inventoryName(x.entry.decl.name)}`);
      evidence[m.rule].other.push(`${q.name}: ${m.name}; ${returned.join(', ')}`);
    }
  }

  const records = api.records.map((rec) => {
    const m = mapped.get(rec.name);
    if (!isQuery.has(rec.name)) return rec;
    const out = {};
    for (const [k, v] of Object.entries(rec)) {
      if (k === 'query') continue;
      out[k] = v;
      if (k === 'async' && m) {
        out.query = m.name;
        out.queryRule = m.rule;
      }
    }
    return out;
  });
  const counts = Object.fromEntries(QUERY_RULES.map((r) => [r.id, 0]));
  for (const m of mapped.values()) counts[m.rule]++;
  const sdkTargets = new Map();
  for (const m of mapped.values()) if (m.entry && !headerByName.has(m.name)) sdkTargets.set(m.name, m.entry);
  const toHeader = [...mapped].filter(([, m]) => m.entry && headerByName.has(m.name)).map(([q, m]) => `${q} -> ${m.name}`);
  return {
    records, counts, mapped: mapped.size, sdkTargets, toHeader, unmapped, crossCheck, evidence, skipped: [...skipped],
  };
}

/**
 * What a public field of an SDK inventory class is: `{ type, validValues? }` like a header inventory field,
 * `{ inventory, list }` for another SDK inventory class or a collection/array of them, `{}` for anything else.
 */
export function sdkFieldKind(tree, field, from, index) {
  const t = field.type;
  const name = simpleName(t.name);
  const resolve = (ref) => tree.resolve(ref.name, from);
  if (t.dims > 0) {
    const element = { ...t, dims: 0 };
    const target = resolve(element);
    return index.isInventory(target) ? { inventory: target, list: true } : { type: 'list' };
  }
  if (FIELD_SCALARS[name] && !t.args.length) return { type: FIELD_SCALARS[name] };
  if (MAPS.has(name)) return { type: 'map' };
  if (COLLECTIONS.has(name)) {
    const element = t.args[0];
    if (!element || FIELD_SCALARS[simpleName(element.name)]) return { type: 'list' };
    const target = resolve(element);
    if (target?.decl.kind === 'enum') return { type: 'list' };
    return index.isInventory(target) ? { inventory: target, list: true } : {};
  }
  const target = resolve(t);
  if (target?.decl.kind === 'enum') return { type: 'string', validValues: target.decl.constants };
  return index.isInventory(target) ? { inventory: target, list: false } : {};
}

/**
 * The inventory record of an SDK class: its public instance fields and those of its superclasses (superclass
 * first). `leftOut` lists the fields that are neither primitive nor inventories (`Name.field: Type`).
 */
export function sdkInventoryRecord(tree, entry, index) {
  const name = inventoryName(entry.decl.name);
  const lineage = tree.lineage(entry);
  const fields = [];
  const nested = [];
  const leftOut = [];
  const put = (list, item) => {
    const at = list.findIndex((x) => x.name === item.name);
    if (at >= 0) list[at] = item; // a subclass redeclares it
    else list.push(item);
  };
  for (const cls of [...lineage].reverse()) {
    for (const f of cls.decl.fields) {
      if (isStatic(f) || !f.modifiers.includes('public')) continue;
      const kind = sdkFieldKind(tree, f, cls, index);
      if (kind.inventory) put(nested, { name: f.name, inventory: inventoryName(kind.inventory.decl.name), list: kind.list });
      else if (kind.validValues) put(fields, { name: f.name, type: kind.type, validValues: kind.validValues });
      else if (kind.type) put(fields, { name: f.name, type: kind.type });
      else leftOut.push(`${name}.${f.name}: ${typeText(f.type)}`);
    }
  }
  const rec = { name, source: 'sdk', sdkClass: entry.fqcn };
  const parent = lineage.slice(1).find((e) => index.isInventory(e));
  if (parent) rec.parent = inventoryName(parent.decl.name);
  rec.fields = fields;
  if (nested.length) rec.nested = nested;
  return { record: rec, leftOut };
}

/**
 * How the record of a header `@Inventory` differs from the SDK copy of the same class. `sdkOnly`: SDK fields the
 * record has no field for, with the reason found in the server class (`APINoSee`, `join`, `inventory` (an inventory
 * without a join), `no column`, `not primitive`, or `not in the server class`); `headerOnly`: record fields the SDK
 * class lacks; `types`: fields typed differently; `sharedLists`: `list` fields both have.
 * @param {Set<string>} notColumns `Name.field` of the fields the header records leave out for lack of a column
 */
export function compareWithSdk(tree, headerEntry, headerRecord, sdkRecord, notColumns) {
  const lineage = tree.lineage(headerEntry);
  const declared = (field) => {
    for (const cls of lineage) {
      const f = cls.decl.fields.find((x) => x.name === field && !isStatic(x));
      if (f) return { f, cls };
    }
    return undefined;
  };
  const joins = new Set((headerRecord.expand ?? []).map((j) => j.name));
  const why = (field) => {
    const hit = declared(field);
    if (!hit) return 'not in the server class';
    if (findAnnotation(hit.f.annotations, 'APINoSee')) return 'APINoSee';
    const kind = classifyField(tree, hit.f, hit.cls);
    if (kind.inventory) return joins.has(field) ? 'join' : 'inventory';
    if (!kind.type) return 'not primitive';
    if (notColumns.has(`${headerRecord.name}.${field}`)) return 'no column';
    return 'other';
  };
  const mine = new Map(headerRecord.fields.map((f) => [f.name, f]));
  const nested = (sdkRecord.nested ?? []).map((n) => ({ name: n.name, type: n.list ? `list of ${n.inventory}` : n.inventory }));
  const theirs = [...sdkRecord.fields, ...nested];
  const sdkNames = new Set(theirs.map((f) => f.name));
  const sdkOnly = theirs.filter((f) => !mine.has(f.name)).map((f) => ({ name: f.name, type: f.type, why: why(f.name) }));
  const headerOnly = headerRecord.fields.filter((f) => !sdkNames.has(f.name)).map((f) => f.name);
  const types = sdkRecord.fields
    .filter((f) => mine.has(f.name) && mine.get(f.name).type !== f.type)
    .map((f) => ({ name: f.name, header: mine.get(f.name).type, sdk: f.type }));
  const sharedLists = sdkRecord.fields.filter((f) => f.type === 'list' && mine.get(f.name)?.type === 'list');
  return { sdkOnly, headerOnly, types, sharedLists: sharedLists.map((f) => f.name) };

}
