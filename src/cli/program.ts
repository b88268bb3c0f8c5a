// The built-in commands as a commander program, built from the command table (src/commands.ts). Loaded only when
// the first word names a built-in command: API verbs take the lighter path in cli/main, because loading commander
// costs more start-up time than a verb has to spare.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { COMMANDS, GLOBAL_OPTIONS, resolveCommand, type CommandSpec, type OptionSpec } from '../commands.js';
import { usageError } from '../errors.js';
import { commandHelp } from '../output/help.js';
import { wantsChinese, type Io } from '../output/io.js';
import type { ShellSession } from '../shell/shell.js';
import { historyPath } from '../shell/history.js';
import { globalOptionsFrom } from './context.js';
import { emitHelp } from './emit.js';
import { HANDLERS, type CommandCall } from './handlers.js';

type RunOnce = CommandCall['runOnce'];

const flags = (o: OptionSpec): string => `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` <${o.value}>` : ''}`;

/** Adds options to a commander command and remembers which spec each attribute belongs to. */
function addOptions(cmd: Command, specs: readonly OptionSpec[], names: Map<string, string>): void {
  for (const spec of specs) {
    if (spec.name === 'help') continue; // commander's own, rendered by our help
    const option = new Option(flags(spec), spec.help.en);
    if (spec.multiple) option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
    names.set(option.attributeName(), spec.name);
    cmd.addOption(option);
  }
}

/** Option values keyed by their long names (commander keys them by camel-cased attribute). */
function byName(values: Record<string, unknown>, names: Map<string, string>): Record<string, string | boolean | string[] | undefined> {
  const out: Record<string, string | boolean | string[] | undefined> = {};
  for (const [attr, value] of Object.entries(values)) {
    const name = names.get(attr) ?? attr;
    // `--no-wait` is commander's negation of `wait`: only its presence (false) means anything.
    if (name.startsWith('no-')) out[name] = value === false ? true : undefined;
    else out[name] = value as string | boolean | string[] | undefined;
  }
  return out;
}

/** `printed.help`: help commander was asked for (--help), printed once parsing is over. */
function build(io: Io, argv: readonly string[], runOnce: RunOnce, shell: ShellSession | undefined, printed: { help?: string }): Command {
  const chinese = wantsChinese(io.env);
  const globalNames = new Map<string, string>();
  const root = new Command('zstack-cli').enablePositionalOptions().helpCommand(false).exitOverride();
  root.configureOutput({ writeOut: (s) => (printed.help = s.trimEnd()), writeErr: () => {}, outputError: () => {} });
  addOptions(root, GLOBAL_OPTIONS, globalNames);

  const attach = (parent: Command, spec: CommandSpec, path: string[]) => {
    const cmd = parent.command(spec.name).helpCommand(false).exitOverride();
    cmd.configureOutput({ writeOut: (s) => (printed.help = s.trimEnd()), writeErr: () => {}, outputError: () => {} });
    cmd.configureHelp({ formatHelp: () => commandHelp(path, spec, chinese) });
    cmd.description(spec.summary.en);
    const ownNames = new Map<string, string>();
    addOptions(cmd, spec.options ?? [], ownNames);
    const globals = new Map<string, string>();
    if (spec.globals) addOptions(cmd, GLOBAL_OPTIONS, globals);
    for (const a of spec.args ?? []) {
      const arg = new Argument(a.required ? `<${a.name}${a.variadic ? '...' : ''}>` : `[${a.name}${a.variadic ? '...' : ''}]`);
      // A choice in any case (`call get /zones`): the choice as the table writes it.
      const choices = a.choices;
      if (choices) {
        arg.argParser((value: string) => {
          const hit = choices.find((c) => c.toLowerCase() === value.toLowerCase());
          if (hit === undefined) throw new InvalidArgumentError(`'${value}' is not one of ${choices.join(', ')}`);
          return hit;
        });
      }
      cmd.addArgument(arg);
    }
    for (const sub of spec.subcommands ?? []) attach(cmd, sub, [...path, sub.name]);
    if (spec.subcommands?.length) return;
    const handler = HANDLERS[path.join(' ')];
    cmd.action(async (...actionArgs: unknown[]) => {
      const self = actionArgs[actionArgs.length - 1] as Command;
      if (spec.scope === 'shell' && !shell) {
        throw usageError(`'${spec.name}' works inside the interactive shell`, [
          "start it with 'zstack-cli shell' (or zstack-cli --sim shell)",
          ...(spec.name === 'history' ? [`the history is kept in ${historyPath(io.env)}`] : []),
          ...(spec.name === 'more' || spec.name === 'save' ? ['the shell keeps results across sessions: type `more` in it to list them'] : []),
        ]);
      }
      const values = self.opts();
      io.setNoColor(values.color === false || root.opts().color === false);
      const own: Record<string, unknown> = {};
      const global: Record<string, unknown> = {};
      for (const [attr, value] of Object.entries(values)) (globals.has(attr) ? global : own)[attr] = value;
      await handler({
        io,
        path,
        args: (self.processedArgs as unknown[]).flatMap((v) => (v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [String(v)])),
        opts: byName(own, ownNames),
        globals: globalOptionsFrom({ ...byName(root.opts(), globalNames), ...definedOnly(byName(global, globals)) }),
        argv,
        shell,
        runOnce,
      });
    });
  };
  for (const spec of COMMANDS) attach(root, spec, [spec.name]);
  return root;
}

const definedOnly = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Runs a built-in command line (`profile add lab host=...`, `sim --port 0`, `help more`). */
export async function runCommand(argv: readonly string[], io: Io, runOnce: RunOnce, shell?: ShellSession): Promise<void> {
  const printed: { help?: string } = {};
  try {
    await build(io, argv, runOnce, shell, printed).parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') {
      io.setNoColor(argv.includes('--no-color'));
      if (printed.help !== undefined) await emitHelp(io, printed.help);
      return;
    }
    throw commanderUsage(e, argv);
  }
}

/** Commander's message in the tool's words: one line, a did-you-mean, and where to read more. */
function commanderUsage(e: CommanderError, argv: readonly string[]) {
  const named = resolveCommand(argv.filter((w) => !w.startsWith('-')));
  const path = named?.path.join(' ') ?? '';
  if (e.code === 'commander.help' && named?.spec.subcommands) {
    return usageError(`'${path}' needs a command: ${named.spec.subcommands.map((s) => s.name).join(', ')}`, [`run 'zstack-cli help ${path}' for details`]);
  }
  const [first, ...rest] = e.message.replace(/^error: /, '').split('\n');
  const details = rest.map((l) => l.replace(/^\(Did you mean (.*)\?\)$/, 'did you mean: $1?')).filter(Boolean);
  // An argument's value refused by its parser (a choice): the argument's name and why.
  const message = first.replace(/^command-argument value '.*' is invalid for argument '([^']+)'\. (.*)$/s, '$1: $2').replace(/\.$/, '');
  return usageError(message, [...details, `run 'zstack-cli help${path ? ` ${path}` : ''}' for its ${path ? 'arguments and options' : 'commands and options'}`]);
}
