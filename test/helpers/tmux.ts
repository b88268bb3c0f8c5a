// Drives a program in a real pseudo-terminal through tmux: type keys, press Tab, read the screen.
import { execFileSync, spawnSync } from 'node:child_process';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export class TmuxSession {
  readonly name = `zc${process.pid}${Math.floor(Math.random() * 1e6)}`;

  constructor(command: string, env: Record<string, string>) {
    const exports = Object.entries(env).map(([k, v]) => `${k}=${shq(v)}`).join(' ');
    // A session killed just before may take the tmux server down while this one starts ("server exited
    // unexpectedly"): start again on a fresh server.
    for (let attempt = 1; ; attempt++) {
      try {
        execFileSync('tmux', ['new-session', '-d', '-s', this.name, '-x', '200', '-y', '50', `env ${exports} ${command}; sleep 30`], { stdio: 'pipe' });
        break;
      } catch (e) {
        if (attempt >= 5 || !/server exited unexpectedly|no server running|lost server/.test(String((e as { stderr?: unknown }).stderr ?? e))) throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100 * attempt);
      }
    }
  }

  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, '-l', text]);
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' });
  }

  /** The screen and all that has scrolled off above it. */
  history(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-S', '-', '-t', this.name], { encoding: 'utf8' });
  }

  /** Waits until the screen matches (or fails with the screen in the message). */
  async waitFor(re: RegExp, ms = 10000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const s = this.screen();
      if (re.test(s)) return s;
      if (Date.now() > deadline) throw new Error(`screen never matched ${re}:\n${s}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  kill(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name]);
  }
}

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
