// API records from the SDK's action classes, joined with the server's API message classes by name.
import { findAnnotation, literalAssignments, sameValue, simpleName } from './java.mjs';
import { COLLECTIONS, MAPS, PARAM_SCALARS } from './types.mjs';

/** Parameters every action carries (credentials, tags, client address): handled by the tool, not listed per API. */
export const COMMON_PARAMS = ['systemTags', 'userTags', 'sessionId', 'accessKeyId', 'accessKeySecret', 'requestIp'];

/** Annotation keywords whose output name differs from the Java element name. */
const KEYWORD_NAMES = { nonempty: 'nonEmpty' };

/**
 * The catalog type of a Java type reference: `{ type, elementType?, validValues? }`.
 * `enumType(name)` returns the constants of an enum type, or undefined for anything else.
 */
export function paramType(t, enumType = () => undefined) {
  const name = simpleName(t.name);
  if (t.dims > 0) {
    const element = paramType({ ...t, dims: t.dims - 1 }, enumType);
    return { type: 'list', elementType: element.type };
  }
  if (PARAM_SCALARS[name]) return { type: PARAM_SCALARS[name] };
  if (COLLECTIONS.has(name)) return t.args.length ? { type: 'list', elementType: paramType(t.args[0], enumType).type } : { type: 'list' };
  if (MAPS.has(name)) return { type: 'map' };
  const constants = enumType(t.name);
  if (constants) return { type: 'string', validValues: constants };
  return { type: 'object' };
}

/** One `@Param` field as a parameter record; `defaults` are the annotation's declared element defaults. */
export function paramRecord(field, defaults, enumType) {
  const at = findAnnotation(field.annotations, 'Param');
  const { type, elementType, validValues } = paramType(field.type, enumType);
  const rec = { name: field.name, type };
  if (elementType) rec.elementType = elementType;
  const args = { ...at.args };
  if (args.required ?? defaults.required) rec.required = true;
  delete args.required;
  if (validValues && !args.validValues) rec.validValues = validValues;
  // A primitive's `= 0` / `= false` is the SDK generator's zero value, not a default anyone chose.
  const zeroOfPrimitive = /^(int|long|short|byte|float|double|boolean)$/.test(field.type.name) && (field.init === 0 || field.init === false);
  if (field.init !== undefined && typeof field.init !== 'bigint' && !zeroOfPrimitive) rec.default = field.init;
  for (const [key, value] of Object.entries(args)) {
    if (key in defaults && sameValue(value, defaults[key])) continue;
    rec[KEYWORD_NAMES[key] ?? key] = value;
  }
  return rec;
}

/** The element defaults of an annotation type declaration, e.g. the SDK's `Param`. */
export function annotationDefaults(decl) {
  return Object.fromEntries(decl.elements.filter((e) => 'default' in e).map((e) => [e.name, e.default]));
}

/** The REST facts of an SDK action's `getRestInfo()`. */
export function restInfo(source) {
  return literalAssignments(source, 'getRestInfo') ?? {};
}

/** A short group name from a Java package: see README.md, "Families". */
export function familyFromPackage(pkg) {
  // `heder`: a misspelling of `header` used by some SDK packages
  const noise = new Set(['org', 'zstack', 'sdk', 'header', 'heder', 'api', 'message', 'entity']);
  const containers = new Set(['core', 'network', 'service', 'storage']);
  const segments = pkg.split('.').map((s) => s.toLowerCase()).filter((s) => s && !noise.has(s));
  const dropped = [];
  while (segments.length && containers.has(segments[0])) dropped.push(segments.shift());
  if (!segments.length) return dropped.join('') || 'core';
  if (dropped.at(-1) === 'storage' && (segments[0] === 'primary' || segments[0] === 'backup')) return `${segments[0]}storage`;
  return segments[0];
}

/** Leading path words that name an operation rather than a resource (`/get/oauth2/token`). */
const PATH_VERBS = new Set(['add', 'batch', 'check', 'create', 'delete', 'get', 'list', 'move', 'query', 'remove', 'start', 'update', 'validate']);

/** The resource word of a REST path, normalised: `/vm-instances/{uuid}/actions` -> `vminstance`. */
export function pathKey(path) {
  const segments = (path ?? '').split('/').filter((s) => s && !s.startsWith('{'));
  let word = (segments.find((s) => !PATH_VERBS.has(s.toLowerCase())) ?? segments[0] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (word.endsWith('ies')) word = word.slice(0, -3) + 'y';
  else if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);
  return word;
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds every API record.
 * @param {import('./sources.mjs').SourceTree} tree
 * @param {Map<string, any>} inventoryByName inventory name -> its entry
 */
export function buildApis(tree, inventoryByName) {
  const problems = { duplicates: [], unmappedQueries: [], queryOwnParams: [], unresolvedResults: [], placeholders: [] };
  const entries = [...tree.types.values()];
  const abstractAction = tree.get('org.zstack.sdk.AbstractAction');
  const queryAction = tree.get('org.zstack.sdk.QueryAction');
  const actions = entries.filter(
    (e) =>
      e.path.startsWith('sdk/') &&
      e.local === e.decl.name &&
      e.decl.kind === 'class' &&
      !e.decl.modifiers.includes('abstract') &&
      tree.lineage(e).includes(abstractAction),
  );
  const messages = new Map();
  for (const e of entries) {
    const m = /^API(\w+)Msg$/.exec(e.decl.name);
    if (!m || e.path.startsWith('sdk/')) continue;
    messages.set(m[1], [...(messages.get(m[1]) ?? []), e]);
  }
  const defaults = annotationDefaults(tree.get('org.zstack.sdk.Param').decl);
  const enumOf = (from) => (name) => {
    const t = tree.resolve(name, from);
    return t?.decl.kind === 'enum' ? t.decl.constants : undefined;
  };

  const drafts = [];
  const seen = new Map();
  for (const a of actions) {
    const name = a.decl.name.replace(/Action$/, '');
    if (seen.has(name)) {
      problems.duplicates.push(`${name}: ${seen.get(name)} and ${a.fqcn}`);
      continue;
    }
    seen.set(name, a.fqcn);
    const candidates = messages.get(name) ?? [];
    if (candidates.length > 1) problems.duplicates.push(`API${name}Msg: ${candidates.map((c) => c.fqcn).join(', ')}`);
    const message = candidates[0];
    const info = restInfo(a.text);
    const isQuery = tree.lineage(a).includes(queryAction);

    const rec = { name };
    rec.method = info.httpMethod;
    rec.path = info.path;
    const body = info.parameterName;
    if (typeof body === 'string' && (body !== '' || !['GET', 'DELETE'].includes(rec.method))) rec.bodyKey = body;
    if (info.needSession === false) rec.session = false;
    rec.async = info.needPoll === true;

    if (isQuery) {
      const inventory = queryInventory(tree, message, inventoryByName);
      if (inventory) rec.query = inventory;
      else problems.unmappedQueries.push(`${name}${message ? ` (${message.decl.name})` : ' (no API message in the source)'}`);
    }
    const response = resultFields(tree, a);
    if (response === undefined) problems.unresolvedResults.push(name);
    else if (response.length) rec.response = response;
    if (message) rec.message = message.decl.name;

    const params = a.decl.fields
      .filter((f) => findAnnotation(f.annotations, 'Param') && !COMMON_PARAMS.includes(f.name))
      .map((f) => paramRecord(f, defaults, enumOf(a)));
    if (isQuery && params.length) problems.queryOwnParams.push(`${name}: ${params.map((p) => p.name).join(', ')}`);
    rec.params = params;
    for (const v of (rec.path ?? '').match(/\{[^}]+\}/g) ?? []) {
      if (!params.some((p) => p.name === v.slice(1, -1))) problems.placeholders.push(`${name}: ${rec.method} ${rec.path} ${v}`);
    }
    drafts.push({ rec, message, entry: a, isQuery });
  }

  assignFamilies(drafts);
  const records = drafts
    .map(({ rec, family }) => {
      const { name, ...rest } = rec;
      return { name, family, ...rest };
    })
    .sort((a, b) => cmp(a.name, b.name));
  const outsideSdkPackage = actions.filter((a) => !/^org\.zstack\.sdk\b/.test(a.unit.package)).map((a) => a.fqcn).sort();
  const queryActions = drafts.filter((d) => d.isQuery).length;
  const byName = new Map(drafts.map((d) => [d.rec.name, d.entry]));
  const queryNames = drafts.filter((d) => d.isQuery).map((d) => d.rec.name).sort(cmp);
  return { records, problems, actionCount: actions.length, queryActions, queryNames, outsideSdkPackage, actions: byName };
}

/** The inventory a query action searches, from its API message's `@AutoQuery(inventoryClass = ...)`. */
function queryInventory(tree, message, inventoryByName) {
  const at = message && findAnnotation(message.decl.annotations, 'AutoQuery');
  const cls = at?.args.inventoryClass?.class;
  const target = cls && tree.resolve(cls, message);
  const name = target?.decl.name.replace(/Inventory$/, '');
  return name && inventoryByName.get(name) === target ? name : undefined;
}

/** The SDK result class an action answers with (the type of its `Result.value`), if found. */
export function resultClass(tree, action) {
  const result = action.decl.types.find((t) => t.name === 'Result');
  const value = result?.fields.find((f) => f.name === 'value');
  return value && tree.resolve(value.type.name, action);
}

/** The field names of the SDK result class an action answers with; undefined when the class is not found. */
function resultFields(tree, action) {
  return resultClass(tree, action)?.decl.fields.filter((f) => !f.modifiers.includes('static')).map((f) => f.name);
}

/** Families: see README.md. Mutates each draft with `family`. */
function assignFamilies(drafts) {
  const byPathKey = new Map();
  for (const d of drafts) {
    if (!d.message) continue;
    d.family = familyFromPackage(d.message.unit.package);
    const key = pathKey(d.rec.path);
    const counts = byPathKey.get(key) ?? new Map();
    counts.set(d.family, (counts.get(d.family) ?? 0) + 1);
    byPathKey.set(key, counts);
  }
  const known = new Set(drafts.filter((d) => d.family).map((d) => d.family));
  for (const d of drafts) {
    if (d.family) continue;
    const key = pathKey(d.rec.path);
    const counts = byPathKey.get(key);
    if (counts) d.family = [...counts].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0][0];
    else if (known.has(key)) d.family = key;
    else if (d.entry.unit.package !== 'org.zstack.sdk') d.family = familyFromPackage(d.entry.unit.package);
    else d.family = key || 'other';
  }
}
