import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/zstack-cli', import.meta.url));

let sharedHome: Record<string, string> | undefined;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built binary like a user would, with a clean, colourless environment. */
export function cli(args: string[], env: Record<string, string | undefined> = {}, input?: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    env: { PATH: process.env.PATH, NO_COLOR: '1', ...(sharedHome ??= tempHome()), ...env },
    timeout: 30000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh HOME with XDG config and state directories, so tests never touch the user's files. */
export function tempHome(): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'zstack-cli-test-'));
  return { HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_STATE_HOME: join(home, 'state') };
}

/** Runs the binary without blocking the event loop (so an in-process server can answer it). */
export function cliAsync(args: string[], env: Record<string, string | undefined> = {}, onSpawn?: (child: ChildProcess) => void): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    onSpawn?.(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal === 'SIGINT' ? 130 : -1), stdout, stderr });
    });
  });
}
