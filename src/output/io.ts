import { writeSync } from 'node:fs';

// The one place that writes to the terminal. Logic returns text; this decides where it goes and whether it is coloured.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Writes all of `text` to a file descriptor synchronously: a one-shot command writes its result and exits, and
 *  building process.stdout (a stream, plus the tty module for a terminal) would cost more than the command itself.
 *  A reader that has gone away (`| head`) ends the output quietly. */
function writeFd(fd: number, text: string): void {
  const data = Buffer.from(text.endsWith('\n') ? text : `${text}\n`, 'utf8');
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

/** The process's terminal. TTY checks are lazy: only the shell, prompts and progress need them. */
export function processIo(): Io {
  return {
    out: (t) => writeFd(1, t),
    err: (t) => writeFd(2, t),
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
}

/** Chinese help text when the locale says so. */
export function wantsChinese(env: Io['env']): boolean {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(lang);
}
