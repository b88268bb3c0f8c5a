// Resolves query field paths (`vmNics.l3Network.name`) across the inventories' expanded queries.
import { TAG_FIELDS, type Catalog } from '../catalog/catalog.js';
import type { FieldSpec, InventorySpec } from '../catalog/types.js';
import { usageError } from '../errors.js';
import { suggest } from '../util/suggest.js';

/** How to send what the catalog does not know, for a server newer than the catalog. */
export const ALLOW_UNKNOWN_HINT = 'to send it anyway (a newer server may know it), add --allow-unknown';

export interface ResolvedField {
  /** The inventory that owns the last segment. */
  inventory: InventorySpec;
  /** The field itself; undefined for `__systemTag__` / `__userTag__`. */
  field?: FieldSpec;
  /** True when the path crosses into another resource. */
  crossResource: boolean;
}

const isTagField = (name: string): boolean => (TAG_FIELDS as readonly string[]).includes(name);

export function resolveFieldPath(catalog: Catalog, root: InventorySpec, path: string): ResolvedField {
  const segments = path.split('.');
  let inv = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i];
    const target = related(catalog, inv, seg);
    if (!target) {
      const prefix = segments.slice(0, i).join('.');
      const names = (inv.expand ?? []).map((e) => e.name);
      const near = suggest(seg, names);
      throw usageError(`unknown field '${path}': ${inv.name} has no related resource '${seg}'${prefix ? ` (after '${prefix}.')` : ''}`, [
        ...(near.length ? [`did you mean: ${near.map((n) => joinPath(segments, i, `${n}.`)).join(', ')}?`] : []),
        names.length ? `related resources of ${inv.name}: ${names.join(', ')}` : `${inv.name} has no related resources`,
        ALLOW_UNKNOWN_HINT,
      ]);
    }
    inv = target;
  }
  const last = segments[segments.length - 1];
  const crossResource = segments.length > 1;
  if (isTagField(last)) return { inventory: inv, crossResource };
  const field = inv.fields.find((f) => f.name === last);
  if (!field && inv.fields.length === 0) {
    throw usageError(`cannot check '${path}': the catalog has no query metadata for ${inv.name} (the SDK does not say what it holds)`, [ALLOW_UNKNOWN_HINT]);
  }
  if (!field) {
    const candidates = [...inv.fields.map((f) => f.name), ...TAG_FIELDS, ...(inv.expand ?? []).map((e) => `${e.name}.`)];
    const near = suggest(last, candidates);
    throw usageError(`unknown field '${path}': ${inv.name} has no field '${last}'`, [
      ...(near.length ? [`did you mean: ${near.map((n) => joinPath(segments, segments.length - 1, n)).join(', ')}?`] : []),
      `try: zstack-cli help Query${root.name} (or press Tab)`,
      ALLOW_UNKNOWN_HINT,
    ]);
  }
  return { inventory: inv, field, crossResource };
}

function joinPath(segments: string[], index: number, replacement: string): string {
  return [...segments.slice(0, index), replacement].join('.');
}

/** Whether `key` is a field of the records that `parent` reaches from `root`'s (through related resources): a field
 *  a server may leave out of its JSON when it is empty. */
export function isFieldAt(catalog: Catalog, root: InventorySpec, parent: readonly string[], key: string): boolean {
  let inv = root;
  for (const seg of parent) {
    const next = related(catalog, inv, seg);
    if (!next) return false;
    inv = next;
  }
  return inv.fields.some((f) => f.name === key);
}

/** The inventory of `inv`'s related resource `name` (one of its expanded queries), if it has one. */
function related(catalog: Catalog, inv: InventorySpec, name: string): InventorySpec | undefined {
  const exp = inv.expand?.find((e) => e.name === name);
  return exp && catalog.inventory(exp.inventory);
}
