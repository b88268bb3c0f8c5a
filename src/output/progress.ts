// A one-line progress indicator on stderr, only when stderr is a terminal. Never on stdout.
import type { Io } from './io.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Progress {
  update(text: string): void;
  stop(): void;
}

export function createProgress(io: Io, write: (s: string) => void = (s) => void process.stderr.write(s)): Progress {
  if (!io.stderrIsTTY) return { update() {}, stop() {} };
  let frame = 0;
  let shown = false;
  return {
    update(text) {
      write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${text}`);
      shown = true;
    },
    stop() {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
  };
}
