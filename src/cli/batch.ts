// `zstack-cli batch [FILE|-] [-j N] [--continue-on-error]`: one command per line (the shell's grammar, `#` comments),
// up to N at once in this process (one session, one connection pool), output in line order. With `-o ndjson` each
// line is one record: {"line", "command", "ok", "result" | "error"}; otherwise every error names its line on stderr
// (`zstack-cli: line 4: ...`). The exit code is the worst line's.
import { readFileSync } from 'node:fs';
import { findCommand, GLOBAL_OPTIONS } from '../commands.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { tokenize } from '../invocation/tokens.js';
import type { Io, Message } from '../output/io.js';
import { jsonText } from '../output/json.js';
import type { Context } from './context.js';

export interface BatchOptions {
  file?: string;
  jobs?: string;
  continueOnError?: boolean;
}

type RunOnce = (argv: readonly string[], io: Io) => Promise<number>;

interface Line {
  number: number;
  text: string;
}

interface Outcome {
  line: Line;
  code: number;
  messages: Message[];
}

/** The global options of the batch's own command line, to run every line with (minus how the batch prints). */
export function lineOptions(argv: readonly string[], ndjson: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i];
    const name = w.startsWith('--') ? w.slice(2).split('=')[0] : w.startsWith('-') && w.length === 2 ? w.slice(1) : undefined;
    const spec = name === undefined ? undefined : GLOBAL_OPTIONS.find((o) => o.name === name || o.short === name);
    if (!spec || spec.name === 'help') continue;
    const value = spec.value && !w.includes('=') ? argv[++i] : undefined;
    // With ndjson records, each line's result travels as data in its record: the line itself prints plain JSON.
    if (ndjson && ['output', 'column', 'query'].includes(spec.name)) continue;
    out.push(w, ...(value === undefined ? [] : [value]));
  }
  return out;
}

export function parseLines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ number: i + 1, text: t.trim() }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}

export async function runBatch(ctx: Context, argv: readonly string[], opts: BatchOptions, runOnce: RunOnce): Promise<void> {
  const jobs = opts.jobs === undefined ? 1 : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw usageError(`-j: '${opts.jobs}' is not a number from 1 to 64`);
  let text: string;
  if (opts.file === undefined || opts.file === '-') text = await ctx.io.readInput();
  else {
    try {
      text = readFileSync(opts.file, 'utf8');
    } catch (e) {
      throw usageError(`cannot read ${opts.file}: ${(e as Error).message}`);
    }
  }
  const ndjson = ctx.output.format === 'ndjson';
  const worst = await runLines(ctx.io, parseLines(text), { jobs, continueOnError: opts.continueOnError === true, ndjson, prefix: lineOptions(argv, ndjson) }, runOnce);
  if (worst !== 0) throw linesFailed(worst);
}

/** Runs the lines and writes their output in line order as it becomes ready; answers the worst exit code. */
export async function runLines(io: Io, lines: Line[], opts: { jobs: number; continueOnError: boolean; ndjson: boolean; prefix: string[] }, runOnce: RunOnce): Promise<number> {
  const done = new Map<number, Outcome>();
  let next = 0; // the next line to start
  let shown = 0; // the next line to write
  let worst = 0;
  let stopped = false;
  const flush = () => {
    while (shown < lines.length && done.has(shown)) {
      write(io, done.get(shown)!, opts.ndjson);
      done.delete(shown);
      shown++;
    }
  };
  const worker = async () => {
    while (!stopped && next < lines.length) {
      const index = next++;
      const outcome = await runLine(io, lines[index], opts.prefix, runOnce, opts.ndjson);
      worst = Math.max(worst, outcome.code);
      if (outcome.code !== 0 && !opts.continueOnError) stopped = true;
      done.set(index, outcome);
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, lines.length) }, worker));
  // Lines never started (after a failure) are not written; those that ran are, in order.
  for (const [i, o] of [...done].sort((a, b) => a[0] - b[0])) if (i >= shown) write(io, o, opts.ndjson);
  return worst;
}

const ERROR_START = 'zstack-cli: ';

/** An error of a line, naming it: `zstack-cli: line 4: unknown command 'x'`. */
const atLine = (line: Line, text: string): Message => ({ level: 'error', text: `zstack-cli: line ${line.number}: ${text}` });

/** `ndjson`: the line's record carries its number, so its messages are left as the command said them. */
async function runLine(io: Io, line: Line, prefix: string[], runOnce: RunOnce, ndjson: boolean): Promise<Outcome> {
  const { memoryIo } = await import('../output/io.js');
  const lineIo = memoryIo({ env: { ...io.env } });
  let words: string[];
  try {
    words = tokenize(line.text);
  } catch (e) {
    return { line, code: EXIT.usage, messages: [atLine(line, (e as Error).message)] };
  }
  const spec = findCommand(words[0]);
  if (spec && (spec.scope === 'shell' || spec.name === 'shell' || spec.name === 'batch' || spec.name === 'sim')) {
    return { line, code: EXIT.usage, messages: [atLine(line, `'${spec.name}' cannot run in a batch`)] };
  }
  const code = await runOnce([...(spec && !spec.globals ? [] : prefix), ...words], lineIo);
  // Every error names its line, as those above do (its details stay indented under it).
  const named = (m: Message): Message => (m.level === 'error' && m.text.startsWith(ERROR_START) ? atLine(line, m.text.slice(ERROR_START.length)) : m);
  return { line, code, messages: ndjson ? lineIo.messages : lineIo.messages.map(named) };
}

function write(io: Io, o: Outcome, ndjson: boolean): void {
  if (!ndjson) {
    for (const m of o.messages) {
      if (m.level === 'result') (m.raw ? io.write(m.text) : io.out(m.text, m.data));
      else io.say(m.level, m.text);
    }
    return;
  }
  const results = o.messages.filter((m) => m.level === 'result');
  const record: Record<string, unknown> = { line: o.line.number, command: o.line.text, ok: o.code === 0 };
  if (o.code === 0) record.result = results.length === 1 ? (results[0].data ?? results[0].text) : results.map((m) => m.data ?? m.text).join('');
  else {
    const text = o.messages.filter((m) => m.level === 'error').map((m) => m.text.replace(/^zstack-cli: /, '').trim());
    record.error = { exitCode: o.code, message: text[0] ?? 'failed', details: text.slice(1) };
  }
  io.out(jsonText(record), record);
}

/** The error of a batch whose lines failed: the worst line's exit code; the lines have said what went wrong. */
export function linesFailed(code: number): CliError {
  const kind = (Object.entries(EXIT).find(([, v]) => v === code)?.[0] ?? 'internal') as CliError['kind'];
  return new CliError(kind, `a line failed (exit ${code})`, [], true);
}
