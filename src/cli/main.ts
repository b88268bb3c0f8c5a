// The command-line program: global options, dispatch, and the single place that picks the exit code (run).
import { Command, CommanderError } from 'commander';
import { getCatalog } from '../catalog/index.js';
import { CliError, exitCodeFor, usageError } from '../errors.js';
import { findApi } from '../invocation/parse.js';
import { globalHelp, verbHelp } from '../output/help.js';
import { processIo, wantsChinese, type Io } from '../output/io.js';
import { runApi } from './api.js';
import { resolveContext, type GlobalOptions } from './context.js';
import { runJob } from './job.js';
import { runProfile } from './profile.js';

declare const __VERSION__: string | undefined;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

function program(): Command {
  return new Command('zstack-cli')
    .helpOption(false)
    .allowExcessArguments(true)
    .argument('[words...]')
    .option('--dry-run')
    .option('--curl')
    .option('--debug')
    .option('-H, --host <host>')
    .option('-p, --port <port>')
    .option('--context-path <path>')
    .option('--https')
    .option('--insecure')
    .option('--ca-cert <file>')
    .option('--profile <name>')
    .option('--timeout <seconds>')
    .option('--no-wait')
    .option('--job-uuid <uuid>')
    .option('--webhook <url>')
    .option('-h, --help')
    .option('-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
}

export function parseArgv(argv: readonly string[]): { words: string[]; opts: GlobalOptions } {
  const cmd = program();
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) throw usageError(e.message.replace(/^error: /, ''), ["run 'zstack-cli help' for the options"]);
    throw e;
  }
  const opts = cmd.opts<GlobalOptions>();
  if (opts.jobUuid !== undefined && !/^[0-9a-f]{32}$/.test(opts.jobUuid)) {
    throw usageError(`--job-uuid: '${opts.jobUuid}' is not a UUID v4 without dashes (32 lowercase hex characters)`);
  }
  if (opts.webhook !== undefined && !/^https?:\/\/\S+$/.test(opts.webhook)) throw usageError(`--webhook: '${opts.webhook}' is not an http(s) URL`);
  return { words: cmd.args, opts };
}

export async function main(argv: readonly string[], io: Io): Promise<void> {
  const { words, opts } = parseArgv(argv);
  if (opts.version) return io.out(VERSION);
  const catalog = getCatalog();
  const ctx = resolveContext(io, opts);
  const [first, ...rest] = words;
  const helpOpts = { chinese: wantsChinese(io.env), contextPath: ctx.endpoint.contextPath };
  if (first === undefined || (first === 'help' && rest.length === 0) || (first === 'help' && rest[0] === undefined)) {
    return io.out(globalHelp(catalog, VERSION));
  }
  if (first === 'help') return io.out(verbHelp(catalog, findApi(catalog, rest[0]), helpOpts));
  if (first === 'profile') return runProfile(ctx, rest);
  if (first === 'job') return runJob(ctx, rest);
  if (opts.help) return io.out(verbHelp(catalog, findApi(catalog, first), helpOpts));
  return runApi(catalog, ctx, first, rest);
}

function report(io: Io, error: unknown, debug: boolean): void {
  if (error instanceof CliError) {
    io.err(`zstack-cli: ${error.message}`);
    for (const d of error.details) io.err(`  ${d}`);
    if (debug && error.stack) io.err(error.stack);
    return;
  }
  const e = error as Error;
  io.err(`zstack-cli: internal error: ${e?.message ?? String(error)}`);
  if (debug && e?.stack) io.err(e.stack);
  else io.err('  run again with --debug for the stack trace');
}

/** Entry point for bin/zstack-cli: the only place that sets the process exit code. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  try {
    await main(argv, io);
  } catch (error) {
    report(io, error, argv.includes('--debug'));
    code = exitCodeFor(error);
  }
  process.exitCode = code;
  return code;
}
