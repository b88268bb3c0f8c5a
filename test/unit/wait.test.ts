// The conditions of `zstack-cli wait`: read against the catalog, compared with a record, and judged unreachable.
import { describe, expect, it } from 'vitest';
import { holds, parseWait, unreachable } from '../../src/invocation/wait.js';
import { catalog } from '../helpers/build.js';

const UUID = '0123456789abcdef0123456789abcdef';

describe('parseWait', () => {
  it('reads the inventory (any case, with Inventory or Query around it), the uuid and the wanted values', () => {
    for (const name of ['VmInstance', 'vminstance', 'VmInstanceInventory', 'QueryVmInstance']) {
      const t = parseWait(catalog, name, [`uuid=${UUID}`, 'state=Running', 'hostUuid=null', 'CPUNUM=2']);
      expect(t.inventory.name).toBe('VmInstance');
      expect(t.verb).toBe('QueryVmInstance');
      expect(t.uuid).toBe(UUID);
      expect(t.wanted.map((w) => [w.field.name, w.value])).toEqual([['state', 'Running'], ['hostUuid', null], ['cpuNum', '2']]);
    }
  });

  it('refuses a list field: it cannot be compared with one value', () => {
    expect(() => parseWait(catalog, 'Alarm', [`uuid=${UUID}`, 'labels=a'])).toThrow(/Alarm's labels is a list: it cannot be compared with a value/);
  });
});

describe('holds and unreachable', () => {
  const t = parseWait(catalog, 'VmInstance', [`uuid=${UUID}`, 'state=Running', 'cpuNum=2', 'hostUuid=null']);
  const [state, cpu, host] = t.wanted;

  it('compares strings exactly, numbers as numbers, null with null or a field left out', () => {
    expect(holds({ state: 'Running' }, state)).toBe(true);
    expect(holds({ state: 'running' }, state)).toBe(false);
    expect(holds({ cpuNum: 2 }, cpu)).toBe(true);
    expect(holds({ cpuNum: '2.0' }, cpu)).toBe(true);
    expect(holds({ hostUuid: null }, host)).toBe(true);
    expect(holds({}, host)).toBe(true);
    expect(holds({ hostUuid: 'x' }, host)).toBe(false);
    expect(holds({}, state)).toBe(false);
  });

  it('a state the resource does not leave by itself, unless the one wanted is ahead of it', () => {
    expect(unreachable({ state: 'Destroyed' }, [state])).toBe(state);
    expect(unreachable({ state: 'Destroying' }, [state])).toBe(state);
    expect(unreachable({ state: 'Stopped' }, [state])).toBeUndefined();
    expect(unreachable({ state: 'Starting' }, [state])).toBeUndefined();
    const destroyed = parseWait(catalog, 'VmInstance', [`uuid=${UUID}`, 'state=Destroyed']).wanted;
    expect(unreachable({ state: 'Destroying' }, destroyed)).toBeUndefined();
    expect(unreachable({ state: 'Expunging' }, destroyed)).toBe(destroyed[0]);
    // Only state and status say so: a name that happens to read Deleted does not.
    const named = parseWait(catalog, 'VmInstance', [`uuid=${UUID}`, 'name=web']).wanted;
    expect(unreachable({ name: 'Deleted' }, named)).toBeUndefined();
  });
});
