// The grammar of `zstack-cli wait <Inventory> uuid=<uuid> <field>=<value> ...` and what its conditions mean: which
// inventories can be waited for (those a query verb searches), which of their fields compare, whether a resource
// has what is wanted, and whether it can still get there. Pure: completion reads it too.
import type { Catalog } from '../catalog/catalog.js';
import type { FieldSpec, InventorySpec } from '../catalog/types.js';
import { usageError } from '../errors.js';
import { didYouMean, suggest } from '../util/suggest.js';
import { splitCondition } from './condition.js';

/** One condition: the field, and the value it must have (`null`: none). */
export interface Wanted {
  field: FieldSpec;
  value: string | null;
}

export interface WaitTarget {
  inventory: InventorySpec;
  /** The query verb that reads it. */
  verb: string;
  uuid: string;
  wanted: Wanted[];
}

// Built once per catalog (catalogs are immutable): inventory name -> [query verb, its summary].
const queried = new WeakMap<Catalog, ReadonlyMap<string, readonly [string, string]>>();

/** The inventories that can be waited for: those a query verb searches, with that verb and its summary. */
export function waitableInventories(catalog: Catalog): ReadonlyMap<string, readonly [string, string]> {
  let map = queried.get(catalog);
  if (!map) {
    const m = new Map<string, readonly [string, string]>();
    for (const [verb, , summary, inventory] of catalog.index().verbs) if (inventory && !m.has(inventory)) m.set(inventory, [verb, summary]);
    queried.set(catalog, (map = new Map([...m].sort(([a], [b]) => a.localeCompare(b)))));
  }
  return map;
}

/** Fields whose values compare: scalars, not lists or maps. */
export const comparable = (f: FieldSpec): boolean => f.type !== 'list' && f.type !== 'map';

/** The fields offered and accepted, `uuid` first (it names the resource), then the catalog's order. */
export function waitFields(inv: InventorySpec): FieldSpec[] {
  const fields = inv.fields.filter(comparable);
  return [...fields.filter((f) => f.name === 'uuid'), ...fields.filter((f) => f.name !== 'uuid')];
}

const UUID = /^[0-9a-f]{32}$/i;
const NUMERIC = new Set(['integer', 'long', 'float']);

/** Reads and checks the words of a wait against the catalog (exit 2 for anything it cannot mean). */
export function parseWait(catalog: Catalog, name: string, words: readonly string[]): WaitTarget {
  const inventory = findInventory(catalog, name);
  const verb = waitableInventories(catalog).get(inventory.name)![0];
  const fields = waitFields(inventory);
  let uuid: string | undefined;
  const wanted: Wanted[] = [];
  for (const word of words) {
    const c = splitCondition(word);
    if (!c || (c.op !== '=' && c.op !== 'is null')) {
      throw usageError(`wait: '${word}' is not a <field>=<value> condition`, [
        'wait compares with = only: uuid=<uuid> then one or more field=value (field=null: no value), e.g. state=Running',
      ]);
    }
    if (c.field.includes('.')) {
      throw usageError(`wait: '${c.field}' is a field of a related resource; wait compares ${inventory.name}'s own fields`, [
        `wait for that resource itself, or check it with zstack-cli ${verb} uuid=<uuid> ${c.field}=...`,
      ]);
    }
    const field = fields.find((f) => f.name === c.field) ?? fields.find((f) => f.name.toLowerCase() === c.field.toLowerCase());
    if (!field) {
      const other = inventory.fields.find((f) => f.name === c.field);
      if (other) throw usageError(`wait: ${inventory.name}'s ${other.name} is a ${other.type}: it cannot be compared with a value`);
      throw usageError(`wait: ${inventory.name} has no field '${c.field}'`, [
        ...didYouMean(c.field, fields.map((f) => f.name)),
        `fields of ${inventory.name}: ${fields.map((f) => f.name).join(', ')}`,
      ]);
    }
    const value = c.op === 'is null' ? null : c.value!;
    if (field.name === 'uuid') {
      if (uuid !== undefined) throw usageError('wait: uuid is given more than once; wait for one resource at a time');
      if (value === null || !UUID.test(value)) throw usageError(`wait: '${value ?? 'null'}' is not a UUID (32 hexadecimal characters)`);
      uuid = value;
      continue;
    }
    if (wanted.some((w) => w.field === field)) throw usageError(`wait: ${field.name} is given more than once`);
    if (value !== null) checkValue(field, value);
    wanted.push({ field, value });
  }
  if (uuid === undefined) throw usageError(`wait: which ${inventory.name}? give uuid=<uuid>`, [`e.g. zstack-cli wait ${inventory.name} uuid=<uuid> ${example(fields)}`]);
  if (!wanted.length) throw usageError(`wait: what for? give one or more field=value after uuid=`, [`e.g. zstack-cli wait ${inventory.name} uuid=${uuid} ${example(fields)}`]);
  return { inventory, verb, uuid, wanted };
}

const example = (fields: readonly FieldSpec[]): string => {
  const state = fields.find((f) => f.name === 'state' || f.name === 'status');
  return state ? `${state.name}=${state.validValues?.includes('Running') ? 'Running' : state.validValues?.[0] ?? '<value>'}` : `${fields.find((f) => f.name !== 'uuid')?.name ?? 'name'}=<value>`;
};

/** The inventory by name (case-insensitively; `VmInstanceInventory` and `QueryVmInstance` also name VmInstance). */
function findInventory(catalog: Catalog, name: string): InventorySpec {
  const names = [...waitableInventories(catalog).keys()];
  const bare = name.replace(/Inventory$/, '').replace(/^Query(?=[A-Z])/, '');
  const found = names.find((n) => n === bare) ?? names.find((n) => n.toLowerCase() === bare.toLowerCase());
  const inventory = found && catalog.inventory(found);
  if (inventory) return inventory;
  if (catalog.inventory(bare)) throw usageError(`wait: ${bare} cannot be waited for: no query verb reads it`);
  const near = suggest(bare, names);
  throw usageError(`wait: unknown resource '${name}'`, [
    ...(near.length ? [`did you mean: ${near.join(', ')}?`] : []),
    'the resources are the inventories of the Query verbs (VmInstance for QueryVmInstance); press Tab for the list',
  ]);
}

function checkValue(field: FieldSpec, value: string): void {
  if (field.validValues && !field.validValues.includes(value)) {
    throw usageError(`wait: ${field.name}: '${value}' is not a valid value`, [...didYouMean(value, field.validValues), `valid values: ${field.validValues.join(', ')}`]);
  }
  if (NUMERIC.has(field.type) && (value.trim() === '' || !Number.isFinite(Number(value)))) throw usageError(`wait: ${field.name} is a number, not '${value}'`);
  if (field.type === 'boolean' && !/^(true|false)$/i.test(value)) throw usageError(`wait: ${field.name} is a boolean: use true or false, not '${value}'`);
}

/** Whether a record has the value a condition wants (a field left out counts as null). */
export function holds(row: Readonly<Record<string, unknown>>, w: Wanted): boolean {
  const v = row[w.field.name];
  if (w.value === null || v === null || v === undefined) return w.value === null && (v === null || v === undefined);
  if (NUMERIC.has(w.field.type)) return Number(v) === Number(w.value);
  if (w.field.type === 'boolean') return String(v).toLowerCase() === w.value.toLowerCase();
  return String(v) === w.value;
}

/** States a resource does not leave by itself, with the ones it may still reach from there: a destroyed VM is
 *  expunged in time (and then gone); a finished long job stays as it ended. Read from `state` and `status` fields. */
const FINAL_STATES: Readonly<Record<string, readonly string[]>> = {
  Destroying: ['Destroyed', 'Expunging'],
  Destroyed: ['Expunging'],
  Expunging: [],
  Deleting: ['Deleted'],
  Deleted: [],
  Succeeded: [],
  Failed: [],
  Canceled: [],
  Cancelled: [],
  Completed: [],
  Rejected: [],
};

/** A condition the resource can no longer meet by itself: its state is final and the wanted one is not ahead. */
export function unreachable(row: Readonly<Record<string, unknown>>, wanted: readonly Wanted[]): Wanted | undefined {
  return wanted.find((w) => {
    if (w.field.name !== 'state' && w.field.name !== 'status') return false;
    const now = String(row[w.field.name]);
    const ahead = FINAL_STATES[now];
    return ahead !== undefined && now !== w.value && !ahead.includes(w.value ?? '');
  });
}
