// What each built-in command of src/commands.ts does, keyed by its path ("profile add"). The table there describes
// the commands; this file only runs them. `help` has no handler: cli/main reads `help X` as `X --help`. A unit test
// checks that every other command has a handler and no handler is left over.
import { usageError } from '../errors.js';
import type { Io } from '../output/io.js';
import { DEFAULT_PROFILE, readConfig, SIM_PROFILE } from '../session/config.js';
import type { ShellSession } from '../shell/shell.js';
import { didYouMean } from '../util/suggest.js';
import { resolveContext, type Context, type GlobalOptions } from './context.js';
import { withContext } from './embedded.js';

export interface CommandCall {
  io: Io;
  /** The command's path, e.g. ['profile', 'add']. */
  path: readonly string[];
  /** Its positional arguments, in the order the table declares them (a variadic one spread at the end). */
  args: string[];
  /** Its own options, by long name. */
  opts: Readonly<Record<string, string | boolean | string[] | undefined>>;
  globals: GlobalOptions;
  /** The whole command line, for commands that pass it on (the shell). */
  argv: readonly string[];
  /** Set inside the interactive shell. */
  shell?: ShellSession;
  /** Runs one line as the program would (the shell's lines). */
  runOnce: (argv: readonly string[], io: Io, shell?: ShellSession) => Promise<number>;
}

export type Handler = (call: CommandCall) => Promise<void>;

const session = (c: CommandCall): ShellSession => c.shell!;

const renderAgain = (c: CommandCall) => ({
  output: c.opts.output as string | undefined,
  columns: c.opts.column as string[] | undefined,
  query: c.opts.query as string | undefined,
});

export const HANDLERS: Readonly<Record<string, Handler>> = {
  shell: async (c) => {
    if (c.shell) throw usageError('this is the shell already');
    const { startShell } = await import('./shell.js');
    await withContext(c.io, c.globals, (ctx) => startShell(ctx, c.argv.filter((a) => a !== 'shell'), c.runOnce));
  },
  'profile add': (c) => profileDo(c, (p, ctx) => p.profileAdd(ctx, c.args[0], c.args.slice(1))),
  'profile use': (c) => profileDo(c, (p, ctx) => p.profileUse(ctx, c.args[0])),
  'profile list': (c) => profileDo(c, async (p, ctx) => p.profileList(ctx)),
  'profile show': (c) => profileDo(c, async (p, ctx) => p.profileShow(ctx, c.args[0])),
  'profile remove': (c) => profileDo(c, (p, ctx) => p.profileRemove(ctx, c.args[0])),
  'job wait': async (c) => {
    const { jobWait } = await import('./job.js');
    await withContext(c.io, c.globals, (ctx) => jobWait(ctx, c.args[0]));
  },
  wait: async (c) => {
    const { waitFor } = await import('./wait.js');
    await withContext(c.io, c.globals, (ctx) => waitFor(ctx, c.args[0], c.args.slice(1)));
  },
  'catalog import': async (c) => (await import('./catalog.js')).catalogImport(resolveContext(c.io, c.globals), c.args, c.opts.name as string | undefined),
  'catalog list': async (c) => (await import('./catalog.js')).catalogList(resolveContext(c.io, c.globals)),
  'catalog show': async (c) => (await import('./catalog.js')).catalogShow(resolveContext(c.io, c.globals), c.args[0]),
  'catalog remove': async (c) => (await import('./catalog.js')).catalogRemove(resolveContext(c.io, c.globals), c.args[0]),
  batch: async (c) => {
    const { runBatch } = await import('./batch.js');
    const opts = { file: c.args[0], jobs: c.opts.jobs as string | undefined, continueOnError: c.opts['continue-on-error'] === true };
    await withContext(c.io, c.globals, (ctx) => runBatch(ctx, c.argv, opts, c.runOnce));
  },
  call: async (c) => {
    const { runCall } = await import('./call.js');
    const [method, path, ...words] = c.args;
    await withContext(c.io, c.globals, (ctx) => runCall(ctx, method, path, words, { bodyKey: c.opts['body-key'] as string | undefined, body: c.opts.body as string | undefined }));
  },
  sim: async (c) => {
    if (c.shell) throw usageError('the simulator runs in the foreground: start `zstack-cli sim` in another terminal (this shell can use --sim or `use sim`)');
    const { runSimCommand, simCommand } = await import('./sim.js');
    await runSimCommand(simCommand(c.opts as Record<string, string | undefined>), c.io);
  },
  completion: async (c) => {
    const { completionScript } = await import('./complete.js');
    c.io.out(completionScript(c.args[0]));
  },
  more: async (c) => (await import('../shell/builtins.js')).more(c.io, session(c), c.args[0], renderAgain(c)),
  save: async (c) => (await import('../shell/builtins.js')).save(c.io, session(c), c.args[0], c.args[1], renderAgain(c)),
  history: async (c) => (await import('../shell/builtins.js')).history(c.io, session(c)),
  use: async (c) => {
    const name = c.args[0];
    const config = readConfig(c.io.env);
    if (name !== DEFAULT_PROFILE && name !== SIM_PROFILE && !config.profiles[name]) {
      throw usageError(`no profile named '${name}'`, [...didYouMean(name, Object.keys(config.profiles)), 'list them: profile list']);
    }
    session(c).profile = name;
  },
  exit: async (c) => void (session(c).exiting = true),
  quit: async (c) => void (session(c).exiting = true),
};

async function profileDo(c: CommandCall, fn: (p: typeof import('./profile.js'), ctx: Context) => Promise<void>): Promise<void> {
  await fn(await import('./profile.js'), resolveContext(c.io, c.globals));
}
