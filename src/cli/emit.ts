// A command's result on stdout, in the format the user chose: plain JSON right here (the common case, no library to
// load), everything else through the renderers' bundle (src/output/format.ts).
import type { InventorySpec } from '../catalog/types.js';
import type { Io } from '../output/io.js';
import { jsonText } from '../output/json.js';
import { localize } from '../output/locale.js';
import type { Context } from './context.js';

export interface ResultMeta {
  /** The inventory the result's rows are, for a table's default columns. */
  inventory?: InventorySpec;
  /** Whether a key is a field of the records a path reaches (the catalog's word, for columnWatch). */
  isField?: (parent: readonly string[], key: string) => boolean;
}

export const isPlainJson = (ctx: Context): boolean => ctx.output.format === 'json' && !ctx.output.columns?.length && !ctx.output.query;

export async function emitResult(ctx: Context, result: unknown, meta: ResultMeta = {}): Promise<void> {
  if (isPlainJson(ctx)) return ctx.io.out(jsonText(result, 2), result);
  const f = await import('../output/format.js');
  const shown = ctx.output.query ? f.applyQuery(result, ctx.output.query) : result;
  const colored = ctx.io.color('stdout');
  // After a --query the rows are whatever it made of them: a table takes their own keys, not the inventory's columns.
  const rendered = f.renderResult(shown, { ...renderOptions(ctx, ctx.output.query ? {} : meta), colors: colored ? f.makeColors() : undefined });
  // Rows in a row format with nothing in them print nothing at all (`| wc -l` says 0).
  if (rendered !== '') {
    const out = screened(ctx, f, rendered, colored);
    ctx.io.out(out.text, result, out.shown);
  }
  const shape = f.shapeOf(shown);
  if (shape.kind === 'rows') {
    const watch = f.columnWatch(ctx.output.columns, meta.isField);
    watch.rows(shape.rows);
    warnMissingColumns(ctx.io, watch.missing());
  }
}

/** Rendered output, and what a terminal shows of it when stdout is one (onScreen in src/output/format.ts). */
export function screened(ctx: Context, f: typeof import('../output/format.js'), rendered: string, colored: boolean): { text: string; shown?: string } {
  return ctx.io.stdoutIsTTY ? f.onScreen(rendered, ctx.output.format, colored) : { text: rendered };
}

/** -c columns no row had: said on stderr (the output has them empty), with the fields meant. Not an error: a server
 *  may leave a field out of every row of a page. */
export function warnMissingColumns(io: Io, missing: readonly { column: string; near: string[] }[]): void {
  for (const { column, near } of missing) {
    io.say('warn', near.length ? `zstack-cli: warning: no row has a column '${column}' (did you mean: ${near.join(', ')}?)` : `zstack-cli: warning: no row has a column '${column}'`);
  }
}

export function renderOptions(ctx: Context, meta: ResultMeta) {
  return { format: ctx.output.format, columns: ctx.output.columns, inventory: meta.inventory, width: ctx.io.width(), words: (english: string) => localize(ctx.io, english) };
}

/** A query reply in plain JSON written as its rows come: the text JSON.stringify(reply, null, 2) gives, with the rows
 *  first and the rest of the reply (`total`) after them. */
export function replyJson(): { rows(rows: unknown[]): string; end(rest: Record<string, unknown>): string } {
  let started = false;
  return {
    rows(rows) {
      if (!rows.length) return '';
      const text = rows.map((r) => `    ${jsonText(r, 2).replace(/\n/g, '\n    ')}`).join(',\n');
      const out = `${started ? ',\n' : '{\n  "inventories": [\n'}${text}`;
      started = true;
      return out;
    },
    end(rest) {
      const { inventories: _, ...others } = rest;
      const tail = Object.entries(others)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `,\n  ${jsonText(k)}: ${jsonText(v, 2).replace(/\n/g, '\n  ')}`)
        .join('');
      return `${started ? '\n  ]' : '{\n  "inventories": []'}${tail}\n}\n`;
    },
  };
}

/** Help text, its headings in bold on a terminal that shows colour. */
export async function emitHelp(io: Io, text: string): Promise<void> {
  if (!io.color('stdout')) return io.out(text);
  const { makeColors } = await import('../output/format.js');
  const c = makeColors();
  io.out(text.replace(/^(\S[^\n]*[:：])$/gm, (h) => c.heading(h)));
}
