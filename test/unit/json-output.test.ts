// JSON and YAML output: any value reads back the same through a JSON or YAML parser (the oracles), and no character
// that could drive or reorder a terminal (C1 controls, DEL, bidirectional controls, line separators) is printed raw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { onScreen, renderResult } from '../../src/output/format.js';
import { jsonText } from '../../src/output/json.js';

const RAW = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const hidden = fc.constantFrom('\x85', '\x9b', '\x7f', '\u202e', '\u2066', '\u200f', '\u2028', '\u061c', 'a', '名', '\x1b', '"', '\\', ' ', 'é');
const text = fc.array(hidden, { maxLength: 8 }).map((cs) => cs.join(''));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(text, tie('v'), { maxKeys: 3 })),
})).v;

describe('JSON and YAML output', () => {
  it('escapes what could drive a terminal, and reads back the same (property)', () => {
    fc.assert(
      fc.property(value, (v) => {
        const json = jsonText(v, 2);
        expect(json).not.toMatch(RAW);
        expect(JSON.parse(json)).toEqual(v);
        const rows = { inventories: [v, { name: v }] };
        for (const format of ['json', 'ndjson', 'yaml'] as const) {
          const out = renderResult(rows, { format });
          expect(out, format).not.toMatch(RAW);
          const back = format === 'yaml' ? YAML.parse(out) : format === 'json' ? JSON.parse(out) : out.replace(/\n$/, '').split('\n').map((l) => JSON.parse(l));
          expect(back, format).toEqual(format === 'ndjson' ? rows.inventories : rows);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a name with a right-to-left override shows as an escape', () => {
    const vm = { inventories: [{ name: 'invoice\u202efdp.exe', note: 'x\x9b31m' }] };
    expect(renderResult(vm, { format: 'json' })).toContain('"invoice\\u202efdp.exe"');
    expect(renderResult(vm, { format: 'yaml' })).toContain('name: "invoice\\u202efdp.exe"\n    note: "x\\u009b31m"');
    expect(renderResult({ inventories: [{ name: 'plain' }] }, { format: 'yaml' })).toBe('inventories:\n  - name: plain\n');
  });

  it('csv, tsv and value show those characters escaped on a terminal, and pass them on as they are', () => {
    const rows = { inventories: [{ name: 'a\x1b[31mred\u202eb\x9bc', note: 'tab\there' }] };
    const columns = ['name', 'note'];
    const value = renderResult(rows, { format: 'value', columns });
    expect(value).toBe('a\x1b[31mred\u202eb\x9bc\ttab\\there\n');
    expect(onScreen(value, 'value', false)).toEqual({ text: value, shown: 'a\\e[31mred\\u{202e}b\\x9bc\ttab\\there\n' });
    const csv = renderResult(rows, { format: 'csv', columns });
    expect(csv).toBe('name,note\na\x1b[31mred\u202eb\x9bc,tab\there\n');
    expect(onScreen(csv, 'csv', false).shown).toBe('name,note\na\\e[31mred\\u{202e}b\\x9bc,tab\there\n');
    expect(onScreen('name\nplain', 'tsv', false)).toEqual({ text: 'name\nplain' });
    // A table's colours are the screen's; what it keeps has none. A single value in a table is escaped too.
    expect(onScreen('\x1b[32mRunning\x1b[39m', 'table', true)).toEqual({ text: 'Running', shown: '\x1b[32mRunning\x1b[39m' });
    expect(renderResult({ inventories: [] , total: 1, x: 2 } as unknown, { format: 'table' })).not.toMatch(/\x1b/);
    expect(renderResult({ value: 'a\x1bb' }, { format: 'table' })).toBe('a\\eb');
  });
});
