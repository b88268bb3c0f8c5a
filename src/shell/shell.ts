// The interactive shell: readline with a synchronous completer, the same grammar and commands as one-shot use.
// A fresh readline interface per line, closed while a command runs: prompts (@inquirer) then own the terminal
// alone, and Ctrl-C reaches the running command as an interrupt (stop waiting for a job) instead of the line editor.
// Every line, built-ins included, runs through the program's one dispatcher with this shell's session.
import * as readline from 'node:readline';
import { findCommand } from '../commands.js';
import { tokenize } from '../invocation/tokens.js';
import { teeResults, type Io, type Terminal } from '../output/io.js';
import { localize } from '../output/locale.js';
import { exitCodeFor } from '../errors.js';
import { reportError } from '../output/report.js';
import { appendHistory, historyPath, loadHistory, maskSecrets, type HistoryEntry } from './history.js';
import { loadResults, resultsPath, saveResults, type KeptResult } from './results.js';
import { addReverseSearch } from './search.js';
import { displayWidth, padEnd } from '../util/width.js';

export type { KeptResult } from './results.js';

/** What the shell's built-ins (more, save, history, use, exit) work on. */
export interface ShellSession {
  /** Results of earlier commands (this session's and kept ones), oldest first, under their history numbers. */
  readonly results: KeptResult[];
  /** History lines, oldest first, numbered, secrets masked. */
  readonly history: HistoryEntry[];
  /** The profile chosen with `use`. */
  profile?: string;
  exiting: boolean;
}

export interface ShellDeps {
  io: Io;
  /** The prompt for the current profile and session. */
  prompt(profile: string | undefined): string;
  /** Runs one command's words (global options included) with this Io and session; resolves to its exit code. */
  run(words: string[], io: Io, session: ShellSession): Promise<number>;
  /** Completion for the line up to the cursor. Synchronous on purpose: while an asynchronous completion is pending,
   *  readline lets a quick second Tab into the line. */
  complete(line: string, profile: string | undefined, results: readonly KeptResult[]): ShellCompletion;
}

/** What Tab offers for the line up to the cursor. */
export interface ShellCompletion {
  /** For readline: the new text of the word being completed, one per candidate. */
  completions: string[];
  /** The end of the line they replace. */
  replaced: string;
  /** The candidates as a listing shows them, in its order, with a note beside each (a resource's name beside its
   *  UUID, what a parameter is). Without notes they are laid out in columns. */
  listing: { text: string; note?: string }[];
}

const MEMORY = 1000;
/** Results kept in memory (the file keeps fewer, and only small ones). */
const MAX_RESULTS = 100;

/** `globalArgs`: the options the shell was started with, given to every command that takes global options.
 *  On a terminal it goes on after a failed command; with lines piped in it stops at the first failure, and answers
 *  that command's exit code (0 when every line succeeded), as a script would want. */
export async function runShell(deps: ShellDeps, globalArgs: string[]): Promise<number> {
  const { io } = deps;
  const terminal = io.terminal();
  const histFile = historyPath(io.env);
  const resultsFile = resultsPath(io.env);
  const session: ShellSession = { results: loadResults(resultsFile), history: loadHistory(histFile), exiting: false };
  const stopInterrupt = io.onInterrupt(() => {}); // Ctrl-C between commands must never end the shell
  if (terminal.input.isTTY) io.say('info', 'zstack-cli shell: Tab completes, `help` lists commands, Ctrl-D exits.');
  // Piped input (`printf '...' | zstack-cli shell`) is read whole through the Io, without prompts.
  const piped = terminal.input.isTTY ? undefined : (await io.readInput()).split(/\r?\n/).values();
  try {
    while (!session.exiting) {
      const line = piped ? (piped.next().value ?? null) : await readLine(deps, terminal, session);
      if (line === null) break; // Ctrl-D
      const trimmed = line.trim();
      if (!trimmed) continue;
      appendHistory(histFile, trimmed);
      // Recalled lines carry no secrets either (a recalled mask asks for the secret again).
      const entry: HistoryEntry = { n: (session.history.at(-1)?.n ?? 0) + 1, line: maskSecrets(trimmed) };
      session.history.push(entry);
      if (session.history.length > MEMORY) session.history.shift();
      let words: string[];
      try {
        words = tokenize(trimmed);
      } catch (e) {
        reportError(io, e, false, true);
        if (piped) return exitCodeFor(e);
        continue;
      }
      if (!words.length) continue; // a comment alone
      const spec = findCommand(words[0]);
      const globals = spec && !spec.globals ? [] : session.profile ? [...withoutProfile(globalArgs), '--profile', session.profile] : globalArgs;
      // Results of commands are kept for `more` and `save`; help and the built-ins' own output are not results.
      const keeps = !spec || (spec.scope !== 'shell' && spec.name !== 'help');
      const captured: Array<{ text: string; data: unknown }> = [];
      const code = await deps.run([...globals, ...words], keeps ? teeResults(io, (text, data) => captured.push({ text, data })) : io, session);
      if (code === 0 && captured.length) {
        const text = captured.map((c) => c.text).join('\n');
        session.results.push({ n: entry.n, line: entry.line, text, ...(captured.length === 1 ? { data: captured[0].data } : {}) });
        if (session.results.length > MAX_RESULTS) session.results.shift();
        saveResults(resultsFile, session.results);
        if (terminal.input.isTTY) io.say('info', `[result ${entry.n}]`);
      }
      if (code !== 0 && piped) return code;
    }
  } finally {
    stopInterrupt();
  }
  return 0;
}

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

/** More candidates than this are counted on a second Tab, and listed on a third. */
export const LIST_WITHOUT_ASKING = 100;

/** The listing a second Tab shows (lines end in \r\n: the terminal is in raw mode). With notes one candidate per
 *  line, its note beside it; else in columns, read top to bottom (as `ls` and bash do), as many as `width` holds. */
export function formatListing(listing: ShellCompletion['listing'], width: number): string {
  const widest = Math.max(0, ...listing.map((e) => displayWidth(e.text)));
  let rows: string[];
  if (listing.some((e) => e.note)) {
    rows = listing.map((e) => (e.note ? `${padEnd(e.text, widest)}  ${e.note}` : e.text));
  } else {
    const columns = Math.max(1, Math.floor((width + 2) / (widest + 2)));
    const height = Math.ceil(listing.length / columns);
    rows = Array.from({ length: height }, (_, r) =>
      Array.from({ length: columns }, (_, c) => listing[c * height + r]?.text ?? '')
        .map((t) => padEnd(t, widest))
        .join('  ')
        .trimEnd(),
    );
  }
  return `\r\n${rows.join('\r\n')}\r\n`;
}

/** Whether readline would list the candidates (they add nothing to what is typed), which the shell does itself. */
function listsOnly(answer: ShellCompletion): boolean {
  if (answer.completions.length < 2) return false;
  let prefix = answer.completions[0];
  for (const c of answer.completions) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return answer.replaced.startsWith(prefix);
}

function readLine(deps: ShellDeps, terminal: Terminal, session: ShellSession): Promise<string | null> {
  return new Promise((resolve) => {
    // The key before the one being handled: readline handles each key before this listener hears of it.
    let previousKey: string | undefined;
    const onKeypress = (_s: unknown, key?: { name?: string }) => void (previousKey = key?.name);
    /** The line whose candidates were counted rather than listed (the next Tab on it lists them). */
    let offered: string | undefined;
    const recall = [...new Set(session.history.map((h) => h.line).reverse())]; // newest first, as readline wants
    const rl = readline.createInterface({
      input: terminal.input,
      output: terminal.output,
      terminal: terminal.input.isTTY === true,
      history: recall,
      historySize: MEMORY,
      removeHistoryDuplicates: true,
      completer: (line: string, cb: (err: Error | null, result: [string[], string]) => void) => {
        let answer: ShellCompletion;
        try {
          answer = deps.complete(withoutTabs(line), session.profile, session.results);
        } catch {
          return cb(null, [[], line]);
        }
        if (!listsOnly(answer)) return cb(null, [answer.completions, answer.replaced]);
        // readline would list them on a second Tab by their text alone, across the screen: the shell's listing has
        // the notes (names beside UUIDs) and reads top to bottom. Then the prompt and the line again, as readline's.
        if (previousKey === 'tab') {
          // Hundreds of candidates (every verb: ~1,900) are listed on a further Tab only, as bash asks before it
          // lists more than 100.
          if (answer.listing.length > LIST_WITHOUT_ASKING && offered !== line) {
            offered = line;
            const n = answer.listing.length;
            terminal.output.write(`\r\n${localize(deps.io, `${n} possibilities: type a few more letters, or press Tab again to list them all`)}\r\n`);
          } else {
            offered = undefined;
            terminal.output.write(formatListing(answer.listing, deps.io.width() ?? 80));
          }
          rl.prompt(true);
        }
        cb(null, [[], line]);
      },
    });
    terminal.input.on('keypress', onKeypress);
    const stopSearch = terminal.input.isTTY ? addReverseSearch(rl, terminal.input, terminal.output, recall) : () => {};
    let done = false;
    const finish = (value: string | null) => {
      if (done) return;
      done = true;
      stopSearch();
      terminal.input.removeListener('keypress', onKeypress);
      rl.close();
      resolve(value);
    };
    rl.on('line', (l) => finish(withoutTabs(l)));
    rl.on('close', () => {
      // Ctrl-D: leave on a fresh line, not after the prompt.
      if (!done && terminal.input.isTTY) terminal.output.write('\n');
      finish(null);
    });
    rl.on('SIGINT', () => {
      // Ctrl-C clears the line and asks again.
      terminal.output.write('^C\n');
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      rl.prompt();
    });
    rl.setPrompt(deps.prompt(session.profile));
    rl.prompt();
  });
}
