// Results for people and for pipelines: json (the default, as the classic tool), table, yaml, csv, tsv, value and
// ndjson, with chosen columns (dotted paths reach into lists: vmNics.ip), a JMESPath --query, and colour. Pure.
// Its libraries (yaml, cli-table3, JMESPath, chalk) make it a bundle of its own (dist/format.cjs), loaded only when
// a result is not plain JSON or colour is on.
import { compile, search } from '@jmespath-community/jmespath';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import YAML from 'yaml';
import type { InventorySpec } from '../catalog/types.js';
import { usageError } from '../errors.js';
import { suggest } from '../util/suggest.js';
import { displayWidth } from '../util/width.js';
import type { Format } from './formats.js';
import { escapeHidden, hasHidden, jsonText } from './json.js';
import { visible } from './server-text.js';

export type { Format };

/** How coloured text is made (undefined: no colour). */
export interface Colors {
  /** A resource state: Running green, Stopped grey, Error red, ... */
  state(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

export interface RenderOptions {
  format: Format;
  /** -c/--column: the columns (dotted paths) to show, in order. */
  columns?: readonly string[];
  /** The inventory the rows are, for the table's default columns. */
  inventory?: InventorySpec;
  colors?: Colors;
  /** The terminal's width, for tables. */
  width?: number;
  /** The table's own words ("(no rows)", "3 items") in the user's language (src/output/locale.ts). */
  words?: (english: string) => string;
  /** The fields the rows are known to have, for the columns of csv, tsv and value written as rows come (--all). */
  fields?: readonly string[];
  /** Told of a field first seen after the columns were written (csv, tsv and value without -c, as rows come). */
  onLateColumn?: (name: string) => void;
}

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a result holds: rows (inventories, an array), one record (an inventory), or one value (`total`, `valid`). */
export type Shape = { kind: 'rows'; rows: unknown[] } | { kind: 'value'; value: unknown };

export function shapeOf(result: unknown): Shape {
  if (Array.isArray(result)) return { kind: 'rows', rows: result };
  if (!isRec(result)) return { kind: 'value', value: result };
  if (Array.isArray(result.inventories)) return { kind: 'rows', rows: result.inventories };
  const keys = Object.keys(result).filter((k) => k !== 'schema');
  if (keys.length === 1) {
    const only = result[keys[0]];
    if (Array.isArray(only)) return { kind: 'rows', rows: only };
    if (isRec(only)) return { kind: 'rows', rows: [only] };
    return { kind: 'value', value: only };
  }
  return { kind: 'rows', rows: [result] };
}

/** The values a dotted path reaches in a record, through lists at any step (`vmNics.ip` on a VM: each NIC's ip). */
export function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return Array.isArray(value) ? value : [value];
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (!isRec(value)) return [];
  const [head, ...rest] = path;
  return Object.hasOwn(value, head) ? valuesAt(value[head], rest) : [];
}

/** One column of a row: a field as it is, or what a path through lists reaches (a list when there are several). */
export function columnValue(row: unknown, column: string): unknown {
  if (isRec(row) && Object.hasOwn(row, column)) return row[column];
  const found = valuesAt(row, column.split('.'));
  return found.length === 0 ? undefined : found.length === 1 && !column.includes('.') ? found[0] : found;
}

/** A cell's text: empty for nothing, scalars joined by commas for lists, JSON for the rest. */
export function cellText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.every((x) => !isRec(x) && !Array.isArray(x)) ? v.map(cellText).join(',') : JSON.stringify(v);
  if (isRec(v)) return JSON.stringify(v);
  return String(v);
}

/** The columns of rows with no -c: every field, in the order they first appear. */
function allColumns(rows: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) if (isRec(r)) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

const PREFERRED = ['uuid', 'name', 'state', 'status', 'type', 'hypervisorType', 'cpuNum', 'memorySize', 'ip', 'size', 'zoneUuid', 'createDate'];

/** A table's columns with no -c: the inventory's own choice, else the usual suspects that the rows have. */
function tableColumns(rows: readonly unknown[], inventory?: InventorySpec): string[] {
  if (inventory?.columns?.length) return [...inventory.columns];
  const present = allColumns(rows);
  const scalar = present.filter((c) => rows.some((r) => isRec(r) && r[c] !== null && r[c] !== undefined && typeof r[c] !== 'object'));
  const chosen = PREFERRED.filter((c) => scalar.includes(c));
  for (const c of scalar) if (chosen.length < 6 && !chosen.includes(c)) chosen.push(c);
  return chosen.length ? chosen : present.slice(0, 6);
}

/** Watches the rows shown for -c columns that no row has and some row shows it lacks (a misspelt column, or a path
 *  the rows do not reach): each such column, with the row fields it may have meant. A row says nothing about a path
 *  that meets null, a plain value or an empty list on the way, nor about a missing key that `isField` says is a field
 *  there (a real server leaves empty fields out of its JSON). Rows come in batches (--all); the fields for the
 *  suggestions are taken from the first rows only. */
export function columnWatch(
  columns: readonly string[] | undefined,
  isField: (parent: readonly string[], key: string) => boolean = () => false,
): { rows(rows: readonly unknown[]): void; missing(): { column: string; near: string[] }[] } {
  const unseen = new Map((columns ?? []).map((c) => [c, c.split('.')]));
  const lacking = new Set<string>();
  const fields = new Set<string>();
  let looked = 0;
  /** What a value says of `path` (after `parent`): it has it, it lacks it (a record on the way has no such key, and
   *  that key is no field there), or nothing. */
  const reach = (value: unknown, path: readonly string[], parent: readonly string[]): 'has' | 'lacks' | undefined => {
    if (Array.isArray(value)) {
      let said: 'lacks' | undefined;
      for (const v of value) {
        const r = reach(v, path, parent);
        if (r === 'has') return r;
        said ??= r;
      }
      return said;
    }
    if (!isRec(value)) return undefined;
    const [head, ...rest] = path;
    if (!Object.hasOwn(value, head)) return isField(parent, head) ? undefined : 'lacks';
    return rest.length ? reach(value[head], rest, [...parent, head]) : 'has';
  };
  return {
    rows(rows) {
      if (!unseen.size) return;
      for (const r of rows) {
        if (!isRec(r)) continue;
        if (looked++ < SUGGEST_FROM) {
          for (const k of Object.keys(r)) fields.add(k);
          // The fields a dotted column's parent reaches (vmNics.ipp: each NIC's fields, vmNics.ip).
          for (const path of unseen.values()) {
            const parent = path.slice(0, -1);
            for (const v of parent.length ? valuesAt(r, parent) : []) if (isRec(v)) for (const k of Object.keys(v)) fields.add(`${parent.join('.')}.${k}`);
          }
        }
        for (const [c, path] of unseen) {
          const said = Object.hasOwn(r, c) ? 'has' : reach(r, path, []);
          if (said === 'has') unseen.delete(c);
          else if (said === 'lacks') lacking.add(c);
        }
      }
    },
    missing: () =>
      [...unseen.keys()]
        .filter((column) => lacking.has(column))
        .map((column) => {
          const last = column.split('.').pop()!;
          const near = [...new Set([...(fields.has(last) && last !== column ? [last] : []), ...suggest(column, fields)])].filter((n) => n !== column);
          return { column, near };
        }),
  };
}

/** Rows whose fields are read for the suggestions of columnWatch. */
const SUGGEST_FROM = 1000;

const project = (rows: readonly unknown[], columns: readonly string[]): Rec[] => rows.map((r) => Object.fromEntries(columns.map((c) => [c, columnValue(r, c) ?? null])));

/** A whole result in one format. */
export function renderResult(result: unknown, opts: RenderOptions): string {
  const shape = shapeOf(result);
  const { format } = opts;
  if (format === 'json' || format === 'yaml') {
    const data = opts.columns?.length && shape.kind === 'rows' ? project(shape.rows, opts.columns) : result;
    return format === 'json' ? jsonText(data, 2) : yamlText(data);
  }
  if (shape.kind === 'value') return format === 'ndjson' ? jsonText(shape.value) : format === 'table' ? visible(cellText(shape.value)) : cellText(shape.value);
  const stream = rowStream(opts);
  // Each row a line, each line ending in a newline: an empty last row is a line too (`| wc -l` counts it).
  return [stream.rows(shape.rows), stream.end()].join('');
}

/** What a terminal shows of rendered output, when that differs from the output itself (which is what a pipe, a file
 *  and the shell's `save` get). A table's colours are for the screen only (its cells are escaped already); csv, tsv
 *  and value show control and bidirectional characters escaped there, as ls does (in a pipe they are the data); JSON
 *  and YAML escape them in any case (./json.ts). */
export function onScreen(text: string, format: Format, colored: boolean): { text: string; shown?: string } {
  if (format === 'table') return colored ? { text: text.replace(SGR, ''), shown: text } : { text };
  if (format === 'csv' || format === 'tsv' || format === 'value') {
    const shown = visible(text, true);
    return shown === text ? { text } : { text, shown };
  }
  return { text };
}

const SGR = /\x1b\[[0-9;]*m/g;

/** Rows written as they come (--all pages through every row): the text for each batch, and what closes it. */
export interface RowStream {
  rows(rows: readonly unknown[]): string;
  end(): string;
}

export function rowStream(opts: RenderOptions): RowStream {
  const inner = recordStream(opts);
  if (opts.format === 'json' || opts.format === 'yaml' || opts.format === 'ndjson') return inner;
  // In columns, rows that are not records are rows of their own: a list (`--query 'inventories[].[name,cpuNum]'`)
  // a field each, numbered from 1; a plain value (a --query that picks names) one column.
  const record = (r: unknown): Rec => (isRec(r) ? r : Array.isArray(r) ? Object.fromEntries(r.map((v, i) => [String(i + 1), v])) : { value: r });
  return { rows: (rows) => inner.rows(rows.map(record)), end: () => inner.end() };
}

function recordStream(opts: RenderOptions): RowStream {
  const { format } = opts;
  let columns: string[] | undefined = opts.columns?.length ? [...opts.columns] : undefined;
  let started = false;
  // Without -c, csv, tsv and value take their columns from the first rows (the header is written with them), and the
  // fields the rows are known to have (a server leaves empty ones out of its JSON; a later page may have them).
  const derived = !columns;
  const firstColumns = (rows: readonly unknown[]): string[] => [...new Set([...allColumns(rows), ...(opts.fields ?? [])])];
  let seen: Set<string> | undefined; // the columns, and the later fields already told of
  const noteLater = (rows: readonly unknown[]) => {
    seen ??= new Set(columns);
    for (const r of rows) {
      if (!isRec(r)) continue;
      for (const k in r) {
        if (seen.has(k)) continue;
        seen.add(k);
        opts.onLateColumn?.(k);
      }
    }
  };
  switch (format) {
    case 'json':
      return {
        rows(rows) {
          const items = (columns ? project(rows, columns) : rows).map((r) => jsonText(r, 2).replace(/^/gm, '  '));
          if (!items.length) return '';
          const text = `${started ? ',\n' : '[\n'}${items.join(',\n')}`;
          started = true;
          return text;
        },
        end: () => (started ? '\n]\n' : '[]\n'),
      };
    case 'yaml':
      return {
        rows(rows) {
          if (!rows.length) return '';
          started = true;
          // Each batch a YAML sequence: one after another, they are one sequence.
          return yamlText(columns ? project(rows, columns) : rows);
        },
        end: () => (started ? '' : '[]\n'),
      };
    case 'ndjson':
      return { rows: (rows) => (columns ? project(rows, columns) : rows).map((r) => `${jsonText(r)}\n`).join(''), end: () => '' };
    case 'csv':
    case 'tsv': {
      const sep = format === 'csv' ? ',' : '\t';
      const quote = format === 'csv' ? csvField : tsvField;
      return {
        rows(rows) {
          let text = '';
          if (!started) {
            columns ??= firstColumns(rows);
            text += `${columns.map(quote).join(sep)}\n`;
            started = true;
          }
          if (derived) noteLater(rows);
          return text + rows.map((r) => `${columns!.map((c) => quote(cellText(columnValue(r, c)))).join(sep)}\n`).join('');
        },
        end: () => '',
      };
    }
    case 'value':
      return {
        rows(rows) {
          columns ??= firstColumns(rows);
          if (derived) noteLater(rows);
          return rows.map((r) => `${columns!.map((c) => tsvField(cellText(columnValue(r, c)))).join('\t')}\n`).join('');
        },
        end: () => '',
      };
    case 'table': {
      // A table needs every row to size its columns: it is rendered at the end.
      const all: unknown[] = [];
      return {
        rows(rows) {
          all.push(...rows);
          return '';
        },
        end: () => `${tableText(all, { ...opts, columns: columns ?? tableColumns(all, opts.inventory) })}\n`,
      };
    }
  }
}

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Tabs and line breaks inside a value would break the lines and fields of tsv and value output: written as `\t`,
 *  `\r`, `\n`. Everything else, backslashes included, is the data as it is (a Windows path stays one). */
const tsvField = (text: string): string => text.replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');

/** YAML text; a string holding a character that could drive or reorder a terminal is double-quoted, that character
 *  written as a `\uHHHH` escape (src/output/json.ts). */
function yamlText(data: unknown): string {
  const doc = new YAML.Document(data);
  let hidden = false;
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && hasHidden(node.value)) {
        node.type = 'QUOTE_DOUBLE';
        hidden = true;
      }
    },
  });
  const text = doc.toString({ lineWidth: 0 });
  // Only double-quoted scalars hold them now, where \u is an escape.
  return hidden ? escapeHidden(text) : text;
}

const STATE_COLUMNS = new Set(['state', 'status']);

function tableText(rows: readonly unknown[], opts: RenderOptions & { columns: readonly string[] }): string {
  const words = opts.words ?? ((english: string) => english);
  if (!rows.length) return opts.colors ? opts.colors.dim(words('(no rows)')) : words('(no rows)');
  const { columns, colors } = opts;
  const cells = rows.map((r) => columns.map((c) => tableCell(columnValue(r, c), words)));
  const widths = fitWidths(columns, cells, opts.width ?? 120);
  const table = new Table({
    head: columns.map((c) => (colors ? colors.heading(visible(c)) : visible(c))),
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
    truncate: '…',
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of cells) table.push(row.map((text, i) => (colors && STATE_COLUMNS.has(columns[i]) ? colors.state(text) : text)));
  return table.toString();
}

/** Nested values summarised: a list of records as its size, a record as its keys. A table is for people: what the
 *  server wrote is shown with its control characters escaped (src/output/server-text.ts). */
function tableCell(v: unknown, words: (english: string) => string): string {
  if (Array.isArray(v) && v.some((x) => isRec(x) || Array.isArray(x))) return words(`${v.length} item${v.length === 1 ? '' : 's'}`);
  if (isRec(v)) return visible(`{${Object.keys(v).join(',')}}`);
  return visible(cellText(v));
}

/** Column widths that fit `width`: each as wide as its longest cell, the widest ones cut first. */
function fitWidths(columns: readonly string[], cells: readonly string[][], width: number): number[] {
  // Display width, not length: a Chinese name takes two columns a character (cli-table3 measures cells the same way).
  const widths = columns.map((c, i) => Math.max(displayWidth(visible(c)), ...cells.map((r) => displayWidth(r[i]))));
  const budget = Math.max(width - (3 * columns.length + 1), columns.length * 4);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest] <= 4) break;
    widths[widest]--;
  }
  return widths;
}

/** --query: a JMESPath expression over the result, before it is formatted. */
export function applyQuery(result: unknown, expression: string): unknown {
  try {
    return search(result as never, expression);
  } catch (e) {
    throw usageError(`--query: ${(e as Error).message}`, [`a JMESPath expression, e.g. --query "inventories[?state=='Running'].name"`]);
  }
}

/** Checks a --query expression before anything is sent. */
export function checkQuery(expression: string): void {
  try {
    compile(expression);
  } catch (e) {
    throw usageError(`--query: ${(e as Error).message}`, [`a JMESPath expression, e.g. --query "inventories[?state=='Running'].name"`]);
  }
}

const STATE_STYLE: Record<string, 'green' | 'gray' | 'red' | 'yellow'> = {};
for (const s of ['Running', 'Connected', 'Enabled', 'Ready', 'Active', 'Available', 'Attached', 'Created', 'Succeeded']) STATE_STYLE[s.toLowerCase()] = 'green';
for (const s of ['Stopped', 'Disabled', 'Destroyed', 'Paused', 'Detached', 'Inactive', 'Deleted', 'Maintenance']) STATE_STYLE[s.toLowerCase()] = 'gray';
for (const s of ['Error', 'Crashed', 'Unknown', 'Disconnected', 'Failed', 'Lost', 'Fatal']) STATE_STYLE[s.toLowerCase()] = 'red';
for (const s of ['Starting', 'Stopping', 'Rebooting', 'Migrating', 'Connecting', 'Creating', 'Deleting', 'Destroying', 'Expunging', 'Pausing', 'Resuming']) STATE_STYLE[s.toLowerCase()] = 'yellow';

/** Colours for one stream (chalk, told the level: it reads neither NO_COLOR nor whether the stream is piped). */
export function makeColors(): Colors & { error(text: string): string; warn(text: string): string } {
  const chalk = new Chalk({ level: 1 });
  return {
    state: (text) => {
      const style = STATE_STYLE[text.trim().toLowerCase()];
      return style ? chalk[style](text) : text;
    },
    heading: (text) => chalk.bold(text),
    dim: (text) => chalk.gray(text),
    error: (text) => chalk.red(text),
    warn: (text) => chalk.yellow(text),
  };
}
