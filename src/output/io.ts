import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { importEsm } from '../util/esm.js';

// The one door to the terminal. Logic hands results and messages (with a level) to an Io; the Io decides where they
// go (results to stdout, everything else to stderr), whether they are coloured, and how prompts, progress and Ctrl-C
// reach the user. The process Io writes to the real terminal; a memory Io (tests, the shell's capture) records them.

export type Level = 'error' | 'warn' | 'info' | 'debug';

export interface Message {
  level: Level | 'result';
  text: string;
  /** The result as data (the shell keeps it to render again in another format). */
  data?: unknown;
  /** Written as is: a piece of a streamed result, not a line. */
  raw?: boolean;
}

export interface Terminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (on: boolean) => void };
  output: NodeJS.WritableStream;
}

export interface Io {
  /** A result: stdout, a line (a newline is added when missing); `data` is the result it shows; `shown`: what a
   *  terminal shows instead, when that differs (colours, escapes: onScreen in src/output/format.ts). */
  out(text: string, data?: unknown, shown?: string): void;
  /** A piece of a result written as it comes (--all): stdout, as is. */
  write(text: string, shown?: string): void;
  /** Whether text for this stream may be coloured (see colorFor); --no-color turns it off. */
  color(stream: 'stdout' | 'stderr'): boolean;
  /** Called once the options are known. */
  setNoColor(noColor: boolean): void;
  /** The terminal's width in columns, when stdout is one. */
  width(): number | undefined;
  /** A message on stderr (info level). */
  err(text: string): void;
  /** A message on stderr with a level. */
  say(level: Level, text: string): void;
  /** A one-line progress indicator on stderr (a terminal only); `undefined` clears it. */
  progress(text: string | undefined): void;
  /** Asks for a secret with a masked prompt (a terminal only). */
  askSecret(message: string): Promise<string>;
  /** All of stdin (read once; later calls get the same text). */
  readInput(): Promise<string>;
  /** Runs `handler` on Ctrl-C until the returned function is called. */
  onInterrupt(handler: () => void): () => void;
  /** The streams the line editor and pager use. */
  terminal(): Terminal;
  /** Shows long text through $PAGER on a terminal, or prints it. */
  page(text: string): Promise<void>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Writes all of `text` to a file descriptor synchronously: a one-shot command writes its result and exits, and
 *  building process.stdout (a stream, plus the tty module for a terminal) would cost more than the command itself.
 *  A reader that has gone away (`| head`) ends the output quietly. */
function writeFd(fd: number, text: string, newline = true): void {
  const data = Buffer.from(newline && !text.endsWith('\n') ? `${text}\n` : text, 'utf8');
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
      else if (code === 'EPIPE') return;
      else throw e;
    }
  }
}

// node:tty pulls in the network stack: loaded only when a TTY question is asked.
const isatty = (fd: number): boolean => process.getBuiltinModule('node:tty').isatty(fd);

/** Whether an output could be a terminal, for colour: a character device (a terminal, or /dev/null, where colour
 *  does no harm). A stat, so that a warning on a pipe does not load the terminal modules. */
function mayBeTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && isatty(fd);
  } catch {
    return false;
  }
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** The process's terminal. TTY checks are lazy: only the shell, prompts and progress need them. */
export function processIo(): Io {
  let frame = 0;
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) writeFd(2, '\r\x1b[2K', false);
    progressShown = false;
  };
  const toErr = (text: string) => {
    clearProgress();
    writeFd(2, text);
  };
  let noColor = false;
  let paint: ((level: Level, text: string) => string) | undefined;
  let input: Promise<string> | undefined;
  const io: Io = {
    readInput: () => (input ??= Promise.resolve().then(() => readFileSync(0, 'utf8'))),
    out: (text, _data, shown) => {
      clearProgress();
      writeFd(1, shown ?? text);
    },
    write: (text, shown) => {
      clearProgress();
      writeFd(1, shown ?? text, false);
    },
    color: (stream) => colorFor({ env: io.env, get stdoutIsTTY() { return mayBeTerminal(1); }, get stderrIsTTY() { return mayBeTerminal(2); } }, stream, noColor),
    setNoColor: (v) => {
      noColor = v;
    },
    width: () => (io.stdoutIsTTY ? process.stdout.columns : undefined),
    err: toErr,
    say: (level, text) => {
      if ((level === 'error' || level === 'warn') && io.color('stderr')) {
        // Colours come with the renderers' bundle, loaded only for a terminal that shows them.
        paint ??= (() => {
          const c = (require('./format.js') as typeof import('./format.js')).makeColors();
          return (l: Level, t: string) => (l === 'error' ? c.error(t) : c.warn(t));
        })();
        return toErr(paint(level, text));
      }
      toErr(text);
    },
    progress(text) {
      if (text === undefined) return clearProgress();
      if (!io.stderrIsTTY) return;
      writeFd(2, `\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${text}`, false);
      progressShown = true;
    },
    async askSecret(message) {
      const { password } = await importEsm<typeof import('@inquirer/prompts')>('@inquirer/prompts');
      return password({ message, mask: '*' });
    },
    onInterrupt(handler) {
      process.on('SIGINT', handler);
      return () => void process.removeListener('SIGINT', handler);
    },
    terminal: () => ({ input: process.stdin, output: process.stdout }),
    page: (text) => pageThrough(io, text),
    get stdoutIsTTY() {
      return isatty(1);
    },
    get stderrIsTTY() {
      return isatty(2);
    },
    get stdinIsTTY() {
      return isatty(0);
    },
    env: process.env,
  };
  return io;
}

/** Through $PAGER (default `less -R`) on a terminal; printed otherwise. */
function pageThrough(io: Io, text: string): Promise<void> {
  if (!io.stdoutIsTTY) {
    io.out(text);
    return Promise.resolve();
  }
  const pager = io.env.PAGER || 'less -R';
  const { spawn } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', pager], { stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', () => (io.out(text), resolve()));
    child.on('close', () => resolve());
    child.stdin.on('error', () => {});
    child.stdin.end(text.endsWith('\n') ? text : `${text}\n`);
  });
}

export interface MemoryIoOptions {
  env?: Record<string, string | undefined>;
  /** What the terminal looks like; default: nothing is a terminal. */
  tty?: boolean;
  /** Answers to masked prompts, in order. */
  secrets?: string[];
  /** Lines on stdin (for the shell). */
  input?: NodeJS.ReadableStream;
}

export interface MemoryIo extends Io {
  readonly messages: Message[];
  stdout(): string;
  stderr(): string;
  /** Delivers a Ctrl-C to whoever listens. */
  interrupt(): void;
}

/** An Io that records everything, for tests and in-process runs. */
export function memoryIo(opts: MemoryIoOptions = {}): MemoryIo {
  const messages: Message[] = [];
  const handlers = new Set<() => void>();
  const secrets = [...(opts.secrets ?? [])];
  let stdin: Promise<string> | undefined;
  const inputStream = () => opts.input ?? new (process.getBuiltinModule('node:stream') as typeof import('node:stream')).PassThrough().end();
  const join = (pick: (m: Message) => boolean) =>
    messages
      .filter(pick)
      .map((m) => (m.raw || m.text.endsWith('\n') ? m.text : `${m.text}\n`))
      .join('');
  const io: MemoryIo = {
    messages,
    out: (text, data, shown) => void messages.push({ level: 'result', text: shown ?? text, ...(data === undefined ? {} : { data }) }),
    write: (text, shown) => void messages.push({ level: 'result', text: shown ?? text, raw: true }),
    color: () => false,
    setNoColor: () => {},
    width: () => undefined,
    err: (text) => void messages.push({ level: 'info', text }),
    say: (level, text) => void messages.push({ level, text }),
    progress: () => {},
    async askSecret(message) {
      const answer = secrets.shift();
      if (answer === undefined) throw new Error(`no answer for the prompt '${message}'`);
      messages.push({ level: 'info', text: `${message} ${'*'.repeat(answer.length)}` });
      return answer;
    },
    onInterrupt(handler) {
      handlers.add(handler);
      return () => void handlers.delete(handler);
    },
    readInput: () =>
      (stdin ??= (async () => {
        let text = '';
        for await (const chunk of inputStream()) text += String(chunk);
        return text;
      })()),
    interrupt: () => [...handlers].forEach((h) => h()),
    terminal() {
      const { PassThrough } = process.getBuiltinModule('node:stream') as typeof import('node:stream');
      const output = new PassThrough();
      output.on('data', (d: Buffer) => messages.push({ level: 'info', text: d.toString('utf8') }));
      return { input: inputStream(), output };
    },
    page: async (text) => io.out(text),
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: opts.tty ?? false,
    stdinIsTTY: opts.tty ?? false,
    env: opts.env ?? {},
    stdout: () => join((m) => m.level === 'result'),
    stderr: () => join((m) => m.level !== 'result'),
  };
  return io;
}

/** The same Io with its results also handed to `tee` (the shell keeps them for `more` and `save`). */
export function teeResults(io: Io, tee: (text: string, data: unknown) => void): Io {
  return Object.assign(Object.create(io) as Io, {
    out(text: string, data?: unknown, shown?: string) {
      tee(text, data);
      io.out(text, data, shown);
    },
    write(text: string, shown?: string) {
      tee(text, undefined);
      io.write(text, shown);
    },
  });
}

/** Chinese text when the locale says so. */
export function wantsChinese(env: Io['env']): boolean {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(lang);
}

/** Whether text for a stream may be coloured: the one place that decides. A terminal, unless NO_COLOR is set or
 *  --no-color given; FORCE_COLOR (other than 0) turns it on anywhere. */
export function colorFor(io: Pick<Io, 'env' | 'stdoutIsTTY' | 'stderrIsTTY'>, stream: 'stdout' | 'stderr', noColorOption = false): boolean {
  if (noColorOption) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.TERM === 'dumb') return false;
  return stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
}
