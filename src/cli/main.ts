// The command-line program: global options, dispatch, and the single place that picks the exit code (run).
import { parseArgs } from 'node:util';
import { getCatalog } from '../catalog/index.js';
import { exitCodeFor, isCliError, usageError } from '../errors.js';
import { findApi } from '../invocation/parse.js';
import { globalHelp, verbHelp } from '../output/help.js';
import { processIo, wantsChinese, type Io } from '../output/io.js';
import { runApi } from './api.js';
import { resolveContext, type Context, type GlobalOptions } from './context.js';
import { acquireSim, releaseSim, wantsSim } from './embedded.js';
import { runJob } from './job.js';
import { runProfile } from './profile.js';
import { VERSION } from '../version.js';
import { GLOBAL_OPTIONS } from '../options.js';


// Global options, parsed with node:util's parseArgs: built in, so it adds nothing to start-up (commander's load
// cost alone took a third of the start-up budget). Options may stand anywhere, before or after the verb.
const OPTIONS = Object.fromEntries(
  GLOBAL_OPTIONS.map((o) => [o.name, { type: o.value ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}) }]),
) as Record<string, { type: 'string' | 'boolean'; short?: string }>;

export function parseArgv(argv: readonly string[]): { words: string[]; opts: GlobalOptions } {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message
      .replace(/\. To specify a positional argument starting with a '-'.*$/s, '')
      .replace(/^Unknown option/, 'unknown option')
      .replace(/^Option '(.*)' argument missing$/, 'option $1 needs a value');
    throw usageError(message, ["run 'zstack-cli help' for the options"]);
  }
  const v = parsed.values as Record<string, never>;
  const opts: GlobalOptions = {
    dryRun: v['dry-run'],
    curl: v.curl,
    debug: v.debug,
    host: v.host,
    port: v.port,
    contextPath: v['context-path'],
    https: v.https,
    insecure: v.insecure,
    caCert: v['ca-cert'],
    profile: v.profile,
    sim: v.sim,
    timeout: v.timeout,
    wait: v['no-wait'] ? false : undefined,
    jobUuid: v['job-uuid'],
    webhook: v.webhook,
    help: v.help,
    version: v.version,
  };
  if (opts.jobUuid !== undefined && !/^[0-9a-f]{32}$/.test(opts.jobUuid)) {
    throw usageError(`--job-uuid: '${opts.jobUuid}' is not a UUID v4 without dashes (32 lowercase hex characters)`);
  }
  if (opts.dryRun && opts.curl) throw usageError('choose one of --dry-run and --curl');
  if (opts.webhook !== undefined && !/^https?:\/\/\S+$/.test(opts.webhook)) throw usageError(`--webhook: '${opts.webhook}' is not an http(s) URL`);
  return { words: parsed.positionals, opts };
}

export async function main(argv: readonly string[], io: Io): Promise<void> {
  // `sim` has options of its own (--port, --state, ...): they must not meet the global parser.
  if (argv[0] === 'sim') {
    const { runSimCommand } = await import('./sim.js');
    return runSimCommand(argv.slice(1), io);
  }
  const { words, opts } = parseArgv(argv);
  if (opts.version) return io.out(VERSION);
  const [first, ...rest] = words;
  if (first === 'completion') {
    const { completionScript } = await import('./complete.js');
    return io.out(completionScript(rest[0] ?? ''));
  }
  if (first === 'sim') throw usageError("'sim' takes its own options: write them after it, e.g. zstack-cli sim --port 8080");
  const ctx = resolveContext(io, opts);
  if (!wantsSim(ctx)) return dispatch(ctx, argv, words);
  const simCtx = await acquireSim(ctx);
  try {
    return await dispatch(simCtx, argv, words);
  } finally {
    await releaseSim();
  }
}

async function dispatch(ctx: Context, argv: readonly string[], words: string[]): Promise<void> {
  const { io, opts } = ctx;
  const catalog = getCatalog();
  const [first, ...rest] = words;
  const helpOpts = { chinese: wantsChinese(io.env), contextPath: ctx.endpoint.contextPath };
  if (first === 'shell' || (first === undefined && !opts.help && io.stdinIsTTY && io.stdoutIsTTY)) {
    const { startShell } = await import('./shell.js');
    return startShell(ctx, argv.filter((a) => a !== 'shell'), runOnce);
  }
  if (first === undefined || first === 'help') {
    return io.out(rest[0] === undefined ? globalHelp(catalog, VERSION) : verbHelp(catalog, findApi(catalog, rest[0]), helpOpts));
  }
  if (first === 'profile') return runProfile(ctx, rest);
  if (first === 'job') return runJob(ctx, rest);
  if (opts.help) return io.out(verbHelp(catalog, findApi(catalog, first), helpOpts));
  return runApi(catalog, ctx, first, rest);
}

function report(io: Io, error: unknown, debug: boolean): void {
  if (isCliError(error)) {
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

/** One command: reports its error and answers the exit code for it (used by run and by each shell line). */
export async function runOnce(argv: readonly string[], io: Io): Promise<number> {
  try {
    await main(argv, io);
    return 0;
  } catch (error) {
    report(io, error, argv.includes('--debug'));
    return exitCodeFor(error);
  }
}

/** Entry point for bin/zstack-cli: the only place that sets the process exit code. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const code = await runOnce(argv, io);
  process.exitCode = code;
  return code;
}
