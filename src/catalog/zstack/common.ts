// Pieces several families share, so each is defined once.
import type { FieldSpec, ParamSpec } from '../types.js';

export const ENABLED_DISABLED = ['Enabled', 'Disabled'];

/** Every Delete* API takes it. The seeds put it in the body; a DELETE carries it in the query string, which is
 *  the derived location for DELETE, so no `location` override is needed. */
export const deleteMode: ParamSpec = {
  name: 'deleteMode',
  type: 'string',
  validValues: ['Permissive', 'Enforcing'],
  desc: 'Permissive (default) refuses when something depends on the resource; Enforcing deletes anyway',
  zh: '删除模式',
};

/** uuid, name and description: the head of most inventories. */
export const named: readonly FieldSpec[] = [
  { name: 'uuid', type: 'string', desc: 'UUID of the resource' },
  { name: 'name', type: 'string', desc: 'Name' },
  { name: 'description', type: 'string', desc: 'Description' },
];

/** createDate and lastOpDate, on almost every inventory. */
export const timestamps: readonly FieldSpec[] = [
  { name: 'createDate', type: 'timestamp', desc: 'Creation time' },
  { name: 'lastOpDate', type: 'timestamp', desc: 'Last modification time' },
];
