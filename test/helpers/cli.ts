// Running the CLI in tests: in-process with a memory Io (most tests: fast, and everything the program says is seen),
// or the built binary in a child process where the process itself is the point (exit status, signals, environment
// read by libraries, real terminals and shells).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runOnce } from '../../src/cli/main.js';
import { memoryIo, type MemoryIo } from '../../src/output/io.js';

export const BIN = fileURLToPath(new URL('../../bin/zstack-cli', import.meta.url));

/** `zstack-cli sim --port 0 <args>` in the background; resolves once it says where it listens, with how it exits. */
export function startSimProcess(args: string[], env?: Record<string, string | undefined>): Promise<{ child: ChildProcess; port: number; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const child = spawn(process.execPath, [BIN, 'sim', '--port', '0', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d) => {
      err += d;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
      if (m) resolve({ child, port: Number(m[1]), exited });
    });
    void exited.then(() => reject(new Error(err)));
  });
}

let sharedHome: Record<string, string> | undefined;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh HOME with XDG config and state directories, so tests never touch the user's files. */
export function tempHome(): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'zstack-cli-test-'));
  return { HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_STATE_HOME: join(home, 'state') };
}

export interface InProcessOptions {
  /** Whether stdin, stdout and stderr are terminals. */
  tty?: boolean;
  /** Answers to masked prompts. */
  secrets?: string[];
  /** Text on stdin. */
  input?: string;
  /** Sees the Io before the command runs (to interrupt it, say). */
  onIo?: (io: MemoryIo) => void;
}

/** Runs `zstack-cli <args>` in this process, as `run` would, with a colourless environment of its own. */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}, opts: InProcessOptions = {}): Promise<CliResult & { io: MemoryIo }> {
  const io = memoryIo({
    env: { NO_COLOR: '1', ...(sharedHome ??= tempHome()), ...env },
    tty: opts.tty,
    secrets: opts.secrets,
    input: opts.input === undefined ? undefined : Readable.from([opts.input]),
  });
  opts.onIo?.(io);
  const code = await runOnce(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr(), io };
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
