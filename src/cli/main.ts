// The command-line program: the one dispatcher (one-shot and every shell line) and the single place that picks the
// exit code (run). A first word that names a built-in command goes to the commander program built from the command
// table (cli/program); anything else is an API verb, whose options are read from the same table by readOptions
// (cli/options), which adds nothing to start-up, as commander would.
import { COMMANDS, findCommand, GLOBAL_OPTIONS } from '../commands.js';
import { exitCodeFor, usageError } from '../errors.js';
import { commandHelp, globalHelp, verbHelp } from '../output/help.js';
import { processIo, wantsChinese, type Io } from '../output/io.js';
import { localized } from '../output/locale.js';
import { reportError } from '../output/report.js';
import type { ShellSession } from '../shell/shell.js';
import { suggest } from '../util/suggest.js';
import { VERSION } from '../version.js';
import { runApi } from './api.js';
import { providerOfVerb } from '../catalog/index.js';
import { PROVIDER_DEFAULTS } from '../session/settings.js';
import { commandCatalog, globalOptionsFrom, helpContextPath, type GlobalOptions } from './context.js';
import { withContext } from './embedded.js';
import { readOptions } from './options.js';
import { emitHelp } from './emit.js';

const takesValue = (word: string): boolean => {
  const name = word.replace(/^--?/, '');
  return GLOBAL_OPTIONS.some((o) => o.value !== undefined && (o.name === name || o.short === name));
};

/** The first word that is not an option or an option's value. */
export function firstWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i];
    if (w === '--') return argv[i + 1];
    if (!w.startsWith('-') || w === '-') return w;
    if (!w.includes('=') && takesValue(w)) i++;
  }
  return undefined;
}

/** The words and global options of an API verb's command line. Options may stand anywhere. */
export function parseArgv(argv: readonly string[]): { words: string[]; opts: GlobalOptions } {
  const { values, words } = readOptions(argv, GLOBAL_OPTIONS);
  return { words, opts: globalOptionsFrom(values) };
}

/** Runs one command line; throws what goes wrong. `shell`: the interactive shell this line was typed in. */
export async function main(argv: readonly string[], io: Io, shell?: ShellSession): Promise<void> {
  // bin/zstack-cli sends Tab presses to the lighter completion bundle; in-process callers come through here.
  if (argv[0] === '__complete') return (await import('./complete.js')).runComplete(argv.slice(1), io);
  const first = firstWord(argv);
  // `help X Y` is `X Y --help`: the verb path answers verbs and everything (fast), commander the commands.
  if (first === 'help') {
    const rest = argv.filter((_, i) => i !== argv.indexOf('help'));
    const about = firstWord(rest);
    if (about === 'help' || (about === undefined && rest.some((w) => w === '--help' || w === '-h'))) {
      return emitHelp(io, commandHelp(['help'], findCommand('help')!, wantsChinese(io.env)));
    }
    return main([...rest, '--help'], io, shell);
  }
  if (first !== undefined && findCommand(first)) {
    const { runCommand } = await import('./program.js');
    return runCommand(argv, io, runOnce, shell);
  }
  const { words, opts } = parseArgv(argv);
  io.setNoColor(opts.noColor === true);
  if (opts.version) return io.out(VERSION);
  const { catalog, provider } = commandCatalog(io, opts);
  const [verb, ...rest] = words;
  if (verb === undefined) {
    // On a terminal: the shell. With commands piped in: the same lines, no prompt (`printf ... | zstack-cli`).
    if (!opts.help && !shell && (io.stdoutIsTTY || !io.stdinIsTTY) && (io.stdinIsTTY || (await hasInput(io)))) return main(['shell', ...argv], io);
    return emitHelp(io, globalHelp(catalog, VERSION, { chinese: wantsChinese(io.env), where: shell ? 'shell' : 'cli', provider }));
  }
  const api = catalog.find(verb);
  const elsewhere = api ? undefined : providerOfVerb(verb, provider, io.env);
  if (elsewhere) {
    const label = PROVIDER_DEFAULTS[elsewhere].label;
    throw usageError(`'${verb}' is ${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label} API, and this command speaks ${PROVIDER_DEFAULTS[provider].label} (provider ${provider})`, [
      `run it with --provider ${elsewhere}, or with a profile whose provider is ${elsewhere} (zstack-cli profile add NAME provider=${elsewhere} host=...)`,
    ]);
  }
  if (!api) {
    throw usageError(`unknown command '${verb}'`, [...didYouMeanCommand(verb, catalog.verbNames()), "run 'zstack-cli help' for the list of commands"]);
  }
  if (opts.help) return emitHelp(io, verbHelp(catalog, api, { chinese: wantsChinese(io.env), contextPath: helpContextPath(io, opts) }));
  return withContext(io, opts, (ctx) => runApi(catalog, ctx, verb, rest));
}

/** Whether stdin holds anything (piped input; an empty pipe or /dev/null means "no commands": help). */
async function hasInput(io: Io): Promise<boolean> {
  return (await io.readInput()).trim() !== '';
}

function didYouMeanCommand(word: string, verbs: readonly string[]): string[] {
  // `zstack-cli version`: an option written as a command.
  const option = GLOBAL_OPTIONS.find((o) => o.name === word.toLowerCase().replace(/^-+/, ''));
  if (option) return [`did you mean: --${option.name}?`];
  const near = suggest(word, [...COMMANDS.map((c) => c.name), ...verbs]);
  return near.length ? [`did you mean: ${near.join(', ')}?`] : [];
}

/** One command: reports its error and answers the exit code for it (used by run and by each shell line). Everything
 *  it says goes out in the user's language (src/output/locale.ts). */
export async function runOnce(argv: readonly string[], ioGiven: Io, shell?: ShellSession): Promise<number> {
  const io = await localized(ioGiven);
  try {
    await main(argv, io, shell);
    return 0;
  } catch (error) {
    reportError(io, error, argv.includes('--debug'), shell !== undefined);
    return exitCodeFor(error);
  }
}

/** Entry point for bin/zstack-cli: the only place that sets the process exit code, and where the process ends. When
 *  a command returns, everything it says has been written (synchronously, src/output/io.ts) and every file it keeps
 *  is saved: the process ends there and then, rather than close its idle keep-alive connections one by one (which
 *  would otherwise hold it open; closing them costs a live command a millisecond or two). */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<never> {
  const code = await runOnce(argv, io);
  process.exit(code);
}
