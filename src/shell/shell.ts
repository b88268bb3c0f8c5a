// The interactive shell: readline with an async completer, the same grammar as one-shot commands, built-ins.
// A fresh readline interface per line, closed while a command runs: prompts (@inquirer) then own the terminal
// alone, and Ctrl-C reaches the running command as SIGINT (stop waiting for a job) instead of the line editor.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as readline from 'node:readline';
import { CliError, usageError } from '../errors.js';
import { tokenize } from '../invocation/tokens.js';
import type { Io } from '../output/io.js';
import { appendHistory, historyPath, loadHistory, maskSecrets } from './history.js';

export interface ShellDeps {
  io: Io;
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (on: boolean) => void };
  output: NodeJS.WritableStream;
  /** The prompt for the current profile and session. */
  prompt(profile: string | undefined): string;
  /** Runs one command's words (global options included) with this Io; resolves to its exit code. */
  run(words: string[], io: Io): Promise<number>;
  /** Completion for the line up to the cursor: candidates and the part of the line they replace. Synchronous on
   *  purpose: while an asynchronous completion is pending, readline lets a quick second Tab into the line. */
  complete(line: string, profile: string | undefined): [string[], string];
  /** Checks that a profile exists (throws a usage error otherwise). */
  checkProfile(name: string): void;
  help(verb?: string): string;
}

const BUILTINS = ['help', 'more', 'save', 'history', 'use', 'exit', 'quit'];
export const SHELL_BUILTINS: readonly string[] = BUILTINS;

export async function runShell(deps: ShellDeps, globalArgs: string[]): Promise<void> {
  const { io } = deps;
  const histFile = historyPath(io.env);
  let history = loadHistory(histFile).reverse(); // readline wants newest first; the file is already masked
  const results: string[] = [];
  let profile: string | undefined;
  const keepAlive = () => {}; // Ctrl-C between commands must never end the shell
  process.on('SIGINT', keepAlive);
  if (deps.input.isTTY) io.err('zstack-cli shell: Tab completes, `help` lists commands, Ctrl-D exits.');
  // Piped input (`printf '...' | zstack-cli shell`) is read by one interface, without prompts: a fresh interface
  // per line would drop the lines the previous one had already buffered.
  const piped = deps.input.isTTY ? undefined : readline.createInterface({ input: deps.input, terminal: false })[Symbol.asyncIterator]();
  try {
    for (;;) {
      const line = piped ? await piped.next().then((r) => (r.done ? null : r.value)) : await readLine(deps, history, profile);
      if (line === null) break; // Ctrl-D
      const trimmed = line.trim();
      if (!trimmed) continue;
      appendHistory(histFile, trimmed);
      history = [maskForMemory(trimmed), ...history.filter((h) => h !== trimmed)].slice(0, 1000);
      let words: string[];
      try {
        words = tokenize(trimmed);
      } catch (e) {
        io.err(`zstack-cli: ${(e as Error).message}`);
        continue;
      }
      const [cmd, ...rest] = words;
      if (cmd === 'exit' || cmd === 'quit') break;
      try {
        if (await builtin(deps, cmd, rest, results, history, (p) => (profile = p))) continue;
      } catch (e) {
        reportBuiltinError(io, e);
        continue;
      }
      const captured: string[] = [];
      const tee: Io = { ...io, out: (t) => (captured.push(t), io.out(t)) };
      const code = await deps.run([...(profile ? [...withoutProfile(globalArgs), '--profile', profile] : globalArgs), ...words], tee);
      if (code === 0 && captured.length) {
        results.push(captured.join('\n'));
        if (deps.input.isTTY && (results.length > 1 || captured.join('').length > 2000)) io.err(`[result ${results.length}]`);
      }
    }
  } finally {
    process.removeListener('SIGINT', keepAlive);
  }
}

// Recalled lines carry no secrets either (the user retypes the password).
const maskForMemory = maskSecrets;

/** The start-up options without the profile choice (--profile NAME, --profile=NAME, --sim), which `use` replaces. */
function withoutProfile(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--profile') i++;
    else if (args[i] !== '--sim' && !args[i].startsWith('--profile=')) out.push(args[i]);
  }
  return out;
}

/** At the terminal Tab completes and is never text, but Node's readline awaits even a synchronous completer, and a
 *  second Tab arriving in the same input chunk (a quick double Tab) is inserted into the line as a character. */
const withoutTabs = (line: string): string => line.replace(/\t/g, '');

function readLine(deps: ShellDeps, history: string[], profile: string | undefined): Promise<string | null> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({
      input: deps.input,
      output: deps.output,
      terminal: deps.input.isTTY === true,
      history: [...history],
      historySize: 1000,
      removeHistoryDuplicates: true,
      completer: (line: string, cb: (err: Error | null, result: [string[], string]) => void) => {
        let result: [string[], string];
        try {
          result = deps.complete(withoutTabs(line), profile);
        } catch {
          result = [[], line];
        }
        cb(null, result);
      },
    });
    let done = false;
    const finish = (value: string | null) => {
      if (done) return;
      done = true;
      rl.close();
      resolve(value);
    };
    rl.on('line', (l) => finish(withoutTabs(l)));
    rl.on('close', () => finish(null));
    rl.on('SIGINT', () => {
      // Ctrl-C clears the line and asks again.
      deps.output.write('^C\n');
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      rl.prompt();
    });
    rl.setPrompt(deps.prompt(profile));
    rl.prompt();
  });
}

async function builtin(deps: ShellDeps, cmd: string, args: string[], results: string[], history: string[], setProfile: (p: string) => void): Promise<boolean> {
  const { io } = deps;
  switch (cmd) {
    case 'help':
      io.out(deps.help(args[0]) + (args[0] ? '' : '\n\nShell built-ins: more [N], save N FILE, history, use PROFILE, exit (or Ctrl-D).'));
      return true;
    case 'history':
      io.out([...history].reverse().map((h, i) => `${String(i + 1).padStart(5)}  ${h}`).join('\n'));
      return true;
    case 'shell':
      throw usageError('this is the shell already');
    case 'sim':
      throw usageError('the simulator runs in the foreground: start `zstack-cli sim` in another terminal (this shell can use --sim or `use sim`)');
    case 'use': {
      if (!args[0]) throw usageError('usage: use PROFILE');
      deps.checkProfile(args[0]);
      setProfile(args[0]);
      return true;
    }
    case 'more': {
      const text = resultAt(results, args[0]);
      await page(deps, text);
      return true;
    }
    case 'save': {
      if (args.length !== 2) throw usageError('usage: save N FILE');
      const text = resultAt(results, args[0]);
      try {
        writeFileSync(args[1], text.endsWith('\n') ? text : `${text}\n`);
      } catch (e) {
        throw usageError(`cannot write ${args[1]}: ${(e as Error).message}`);
      }
      io.err(`saved result ${args[0]} to ${args[1]}`);
      return true;
    }
    default:
      return false;
  }
}

function resultAt(results: string[], n: string | undefined): string {
  if (!results.length) throw usageError('no results yet');
  const index = n === undefined ? results.length : Number(n);
  if (!Number.isInteger(index) || index < 1 || index > results.length) throw usageError(`no result ${n}: results are numbered 1 to ${results.length}`);
  return results[index - 1];
}

/** Through $PAGER (default `less -R`) on a terminal; printed otherwise. */
function page(deps: ShellDeps, text: string): Promise<void> {
  if (!deps.io.stdoutIsTTY) {
    deps.io.out(text);
    return Promise.resolve();
  }
  const pager = deps.io.env.PAGER || 'less -R';
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', pager], { stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', () => (deps.io.out(text), resolve()));
    child.on('close', () => resolve());
    child.stdin.on('error', () => {});
    child.stdin.end(text.endsWith('\n') ? text : `${text}\n`);
  });
}

function reportBuiltinError(io: Io, e: unknown): void {
  if (e instanceof CliError) {
    io.err(`zstack-cli: ${e.message}`);
    for (const d of e.details) io.err(`  ${d}`);
  } else io.err(`zstack-cli: ${(e as Error).message}`);
}
