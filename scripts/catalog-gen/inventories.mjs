// Inventory records: the queryable fields of every @Inventory class, its joins to other inventories and their aliases,
// read the way the server's ZQL metadata reads them (annotations on the inventory, its superclasses and on other
// inventories that name it as `target`).
import { findAnnotation, repeated, simpleName, tokenize, unquote } from './java.mjs';
import { COLLECTIONS, FIELD_SCALARS, MAPS } from './types.mjs';

/** Field annotations that keep a field out of queries: see README.md. */
const HIDDEN_FIELD = ['APINoSee', 'Unqueryable'];

export const inventoryName = (className) => className.replace(/Inventory$/, '');

const isStatic = (field) => field.modifiers.includes('static');
const isInventoryClass = (entry) => !!entry && !!findAnnotation(entry.decl.annotations, 'Inventory');
const classArg = (value) => (value && typeof value === 'object' && 'class' in value ? value.class : undefined);
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sameJoin = (a, b) => a.targetEntry === b.targetEntry && a.localKey === b.localKey && a.foreignKey === b.foreignKey;

/** Whether a class or one of its superclasses declares an instance field of that name. */
const hasField = (tree, entry, name) => tree.lineage(entry).some((c) => c.decl.fields.some((f) => f.name === name && !isStatic(f)));

/** Builds every inventory record. @param {import('./sources.mjs').SourceTree} tree */
export function buildInventories(tree) {
  const problems = {
    dangling: [], unresolved: [], clashes: [], ignoredForOther: [], duplicateNames: [], badKeys: [], notColumns: [], unqueryable: [],
  };
  const resolve = (name, from, what) => {
    const hit = tree.resolve(name, from);
    if (!hit) problems.unresolved.push(`${what}: ${name} in ${from.fqcn}`);
    return hit;
  };
  const entries = [...tree.types.values()].filter(isInventoryClass);
  const byName = new Map();
  for (const e of entries) {
    const name = inventoryName(e.decl.name);
    if (byName.has(name)) problems.duplicateNames.push(`${byName.get(name).fqcn} / ${e.fqcn}`);
    else byName.set(name, e);
  }
  const { declared, extensionOnly } = declaredJoins(tree, resolve, problems);
  const records = entries.map((e) => inventoryRecord(tree, e, declared, resolve, problems)).sort((a, b) => cmp(a.name, b.name));
  return { records, byName, problems, extensionOnly };
}

/**
 * The joins and aliases each inventory class declares itself, gets from another inventory's `target =`, or gets
 * from plugin code: `Map<entry, { expand: Map, aliases: Map }>`.
 */
function declaredJoins(tree, resolve, problems) {
  const declared = new Map();
  const mapsOf = (entry) => {
    if (!declared.has(entry)) declared.set(entry, { expand: new Map(), aliases: new Map() });
    return declared.get(entry);
  };
  const add = (entry, kind, item) => {
    const map = mapsOf(entry)[kind === 'expand' ? 'expand' : 'aliases'];
    if (map.has(item.name)) return false;
    map.set(item.name, item);
    return true;
  };

  const forOther = [];
  for (const e of tree.types.values()) {
    const lists = [
      ['expand', repeated(e.decl.annotations, 'ExpandedQueries', 'ExpandedQuery')],
      ['alias', repeated(e.decl.annotations, 'ExpandedQueryAliases', 'ExpandedQueryAlias')],
    ];
    for (const [kind, list] of lists) {
      for (const at of list) {
        if (!isInventoryClass(e)) {
          // ZQL reads these annotations from @Inventory classes only
          problems.ignoredForOther.push(`${e.fqcn}: ${kind} ${at.args.expandedField ?? at.args.alias}`);
          continue;
        }
        const targetName = classArg(at.args.target);
        const target = targetName ? resolve(targetName, e, 'expansion target') : e;
        const item = kind === 'expand' ? annotatedJoin(at, e, resolve) : { name: at.args.alias, path: at.args.expandedField };
        if (target === e) add(e, kind, item);
        else if (target) forOther.push({ target, kind, item, source: e.fqcn });
      }
    }
  }
  for (const { target, kind, item, source } of forOther) {
    if (isInventoryClass(target)) add(target, kind, item);
    else problems.dangling.push(`${source}: ${kind} ${item.name} targets ${target.fqcn}, not an @Inventory`);
  }

  const extensionOnly = [];
  const registrars = [...tree.types.values()].filter(
    (e) => e.local === e.decl.name && !e.path.startsWith('sdk/') && /new ExpandedQuery(Alias)?Struct\(/.test(e.text),
  );
  for (const e of registrars) {
    for (const s of extensionStructs(tree, e, e.text)) {
      if (isInventoryClass(s.toExpand) && add(s.toExpand, s.kind, s.item)) {
        extensionOnly.push(`${inventoryName(s.toExpand.decl.name)}.${s.item.name} (${s.source})`);
      }
    }
  }
  return { declared, extensionOnly };
}

function annotatedJoin(at, from, resolve) {
  const cls = classArg(at.args.inventoryClass);
  const target = resolve(cls, from, 'expanded inventory');
  return {
    name: at.args.expandedField,
    inventory: inventoryName(target ? target.decl.name : simpleName(cls ?? '?')),
    targetEntry: target,
    localKey: at.args.foreignKey,
    foreignKey: at.args.expandedInventoryKey,
    hidden: at.args.hidden === true,
  };
}

function inventoryRecord(tree, e, declared, resolve, problems) {
  const name = inventoryName(e.decl.name);
  const lineage = tree.lineage(e);
  const parent = lineage.slice(1).find(isInventoryClass);
  const voName = classArg(findAnnotation(e.decl.annotations, 'Inventory').args.mappingVOClass) ?? '';
  const vo = resolve(voName, e, 'mapping VO');
  const voFields = vo ? tree.lineage(vo).flatMap((c) => c.decl.fields.filter((f) => !isStatic(f)).map((f) => ({ f, c }))) : [];
  const primaryKey = voFields.find(({ f }) => findAnnotation(f.annotations, 'Id'))?.f.name ?? 'uuid';
  const isColumn = (field) => !vo || voFields.some(({ f }) => f.name === field && !findAnnotation(f.annotations, 'Transient'));

  const fields = [];
  const joins = new Map();
  for (const cls of [...lineage].reverse()) {
    for (const f of cls.decl.fields) {
      if (cls === e && findAnnotation(f.annotations, 'Unqueryable')) problems.unqueryable.push(`${name}.${f.name}`);
      if (isStatic(f) || HIDDEN_FIELD.some((a) => findAnnotation(f.annotations, a))) continue;
      const kind = classifyField(tree, f, cls);
      const queryable = findAnnotation(f.annotations, 'Queryable');
      if (kind.inventory && queryable) {
        const target = kind.inventory;
        const foreignKey = queryable.args.joinColumn?.args?.name;
        joins.set(f.name, { name: f.name, inventory: inventoryName(target.decl.name), targetEntry: target, localKey: primaryKey, foreignKey });
      } else if (kind.type && !queryable && !isColumn(f.name)) {
        problems.notColumns.push(`${name}.${f.name}`);
      } else if (kind.type) {
        const field = { name: f.name, type: kind.type };
        const values = kind.validValues ?? (kind.type === 'string' ? voEnum(tree, voFields, f.name) : undefined);
        if (values) field.validValues = values;
        const at = fields.findIndex((x) => x.name === f.name);
        if (at >= 0) fields[at] = field; // a subclass redeclares it
        else fields.push(field);
      }
    }
  }
  // farthest superclass first; on a clash the class keeps what it inherits, as ZQL's metadata merge does
  const aliases = new Map();
  for (const cls of [...lineage].reverse()) {
    const own = declared.get(cls);
    if (!own) continue;
    for (const [key, join] of own.expand) {
      const inherited = cls === e && joins.get(key);
      if (!inherited) joins.set(key, join);
      else if (!sameJoin(inherited, join)) problems.clashes.push(`${name}.${key}`);
    }
    for (const [key, alias] of own.aliases) if (!(cls === e && aliases.has(key))) aliases.set(key, alias);
  }

  const rec = { name, resourceType: vo ? vo.decl.name : simpleName(voName) };
  if (parent) rec.parent = inventoryName(parent.decl.name);
  rec.fields = fields;
  const expand = [...joins.values()].map((j) => {
    if (!isInventoryClass(j.targetEntry)) problems.dangling.push(`${name}.${j.name} -> ${j.inventory}`);
    else {
      if (!hasField(tree, e, j.localKey)) problems.badKeys.push(`${name}.${j.name}: no ${name}.${j.localKey}`);
      if (!hasField(tree, j.targetEntry, j.foreignKey)) problems.badKeys.push(`${name}.${j.name}: no ${j.inventory}.${j.foreignKey}`);
    }
    const out = { name: j.name, inventory: j.inventory, localKey: j.localKey, foreignKey: j.foreignKey };
    if (j.hidden) out.hidden = true;
    return out;
  });
  if (expand.length) rec.expand = expand.sort((a, b) => cmp(a.name, b.name));
  if (aliases.size) rec.aliases = [...aliases.values()].sort((a, b) => cmp(a.name, b.name));
  return rec;
}

/**
 * What a field of an inventory is for queries: `{ type, validValues? }` for a primitive field,
 * `{ inventory }` for another inventory or a collection of them, `{}` for anything else.
 */
export function classifyField(tree, field, from) {
  const t = field.type;
  const name = simpleName(t.name);
  if (t.dims > 0) return { type: 'list' };
  if (FIELD_SCALARS[name] && !t.args.length) return { type: FIELD_SCALARS[name] };
  if (MAPS.has(name)) return { type: 'map' };
  if (COLLECTIONS.has(name)) {
    const element = t.args[0];
    if (!element || FIELD_SCALARS[simpleName(element.name)]) return { type: 'list' };
    const target = tree.resolve(element.name, from);
    if (target?.decl.kind === 'enum') return { type: 'list' };
    return isInventoryClass(target) ? { inventory: target } : {};
  }
  const target = tree.resolve(t.name, from);
  if (target?.decl.kind === 'enum') return { type: 'string', validValues: target.decl.constants };
  return isInventoryClass(target) ? { inventory: target } : {};
}

/** The constants of the enum behind an `@Enumerated` VO field of that name, if any. */
function voEnum(tree, voFields, name) {
  const hit = voFields.find(({ f }) => f.name === name && findAnnotation(f.annotations, 'Enumerated'));
  const type = hit && tree.resolve(hit.f.type.name, hit.c);
  return type?.decl.kind === 'enum' ? type.decl.constants : undefined;
}

/**
 * Joins and aliases that plugins register in code (`AddExpandedQueryExtensionPoint`) with `ExpandedQueryStruct` /
 * `ExpandedQueryAliasStruct` setter calls, read from one source file: `{ kind, toExpand, item, source }` per struct.
 */
export function extensionStructs(tree, entry, source) {
  const tokens = tokenize(source);
  const structs = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i].v;
    const next = tokens[i + 1]?.v;
    if (v === 'new' && (next === 'ExpandedQueryStruct' || next === 'ExpandedQueryAliasStruct') && tokens[i + 2]?.v === '(') {
      structs.push({ kind: next === 'ExpandedQueryStruct' ? 'expand' : 'alias', props: {} });
    } else if (structs.length && tokens[i].k === 'id' && /^set[A-Z]/.test(v) && tokens[i - 1]?.v === '.' && next === '(') {
      const arg = tokens[i + 2];
      const props = structs.at(-1).props;
      const prop = v[3].toLowerCase() + v.slice(4);
      if (arg.k === 'str') props[prop] = unquote(arg.v);
      else if (arg.v === 'true' || arg.v === 'false') props[prop] = arg.v === 'true';
      else if (arg.k === 'id' && tokens[i + 3]?.v === '.' && tokens[i + 4]?.v === 'class') props[prop] = tree.resolve(arg.v, entry);
    }
  }
  return structs
    .map(({ kind, props }) => {
      if (kind === 'alias') {
        return { kind, toExpand: props.inventoryClass, source: entry.fqcn, item: { name: props.alias, path: props.expandedField } };
      }
      const target = props.inventoryClass;
      const item = {
        name: props.expandedField,
        inventory: target ? inventoryName(target.decl.name) : '?',
        targetEntry: target,
        localKey: props.foreignKey,
        foreignKey: props.expandedInventoryKey,
        hidden: props.hidden === true,
      };
      return { kind, toExpand: props.inventoryClassToExpand, source: entry.fqcn, item };
    })
    .filter((s) => s.toExpand && s.item.name);
}
