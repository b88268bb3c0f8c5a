import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowSplitter } from '../../src/transport/json-stream.js';

/** Feeds `text` in the given pieces and answers every row and the rest. */
function split(text: string, cuts: number[], drop: string[] = ['schema']) {
  const s = rowSplitter('inventories', drop);
  const rows: unknown[] = [];
  let from = 0;
  for (const at of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b).concat(text.length)) {
    rows.push(...s.push(text.slice(from, at)));
    from = at;
  }
  return { rows, rest: s.end() };
}

describe('rowSplitter', () => {
  it('hands over the rows of a reply one by one and keeps the rest, without the schema', () => {
    const body = '{"inventories":[{"uuid":"a","name":"x]\\"}"},{"uuid":"b","vmNics":[{"ip":"10.0.0.5"}]}],"total":2,"schema":{"inventories[0]":"org.zstack.VmInstanceInventory"}}';
    const { rows, rest } = split(body, [3, 17, 30, 31, 60]);
    expect(rows).toEqual([{ uuid: 'a', name: 'x]"}' }, { uuid: 'b', vmNics: [{ ip: '10.0.0.5' }] }]);
    expect(rest).toEqual({ inventories: [], total: 2, schema: null });
  });

  it('reads rows that are strings, numbers, literals and arrays, and keys in any order', () => {
    const body = ' { "total" : 4 , "a" : "inventories" , "inventories" : [ "s,]" , -1.5e3 , true , null , [ 1 , [ 2 ] ] ] } ';
    expect(split(body, [5, 40, 41, 70])).toEqual({ rows: ['s,]', -1500, true, null, [1, [2]]], rest: { total: 4, a: 'inventories', inventories: [] } });
  });

  it('leaves a nested array of the same name alone', () => {
    const body = '{"x":{"inventories":[1,2]},"inventories":[]}';
    expect(split(body, [])).toEqual({ rows: [], rest: { x: { inventories: [1, 2] }, inventories: [] } });
  });

  it('refuses a body that ends inside the rows, and malformed JSON', () => {
    expect(() => split('{"inventories":[{"a":1},', [])).toThrow(SyntaxError);
    expect(() => split('{"inventories":[{"a":1}],', [])).toThrow(SyntaxError);
    expect(() => split('{"inventories":[{"a":}]}', [])).toThrow(SyntaxError);
  });

  it('agrees with JSON.parse for any reply cut anywhere (property)', () => {
    const row = fc.jsonValue({ maxDepth: 3 });
    const reply = fc.record({
      before: fc.dictionary(fc.string().filter((k) => k !== 'inventories' && k !== 'schema'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      rows: fc.array(row, { maxLength: 20 }),
      after: fc.dictionary(fc.string().filter((k) => k !== 'inventories' && k !== 'schema'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      schema: fc.option(fc.dictionary(fc.string(), fc.string()), { nil: undefined }),
      indent: fc.constantFrom(0, 1, 2),
    });
    fc.assert(
      fc.property(reply, fc.array(fc.nat(4000), { maxLength: 30 }), (r, cuts) => {
        const obj: Record<string, unknown> = { ...r.before, inventories: r.rows, ...r.after, ...(r.schema ? { schema: r.schema } : {}) };
        const text = JSON.stringify(obj, null, r.indent);
        const { rows, rest } = split(text, cuts);
        // JSON.parse turns -0 into 0 either way; compare through JSON.
        expect(JSON.stringify(rows)).toEqual(JSON.stringify(JSON.parse(JSON.stringify(r.rows))));
        const expected = JSON.parse(text) as Record<string, unknown>;
        expected.inventories = [];
        if (r.schema) expected.schema = null;
        expect(rest).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
