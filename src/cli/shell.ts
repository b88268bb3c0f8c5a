// Starts the interactive shell with the CLI's own pieces: the prompt from the profile and session, completion, and
// the program's dispatcher for every line.
import type { Io } from '../output/io.js';
import type { Provider } from '../catalog/types.js';
import { reportError } from '../output/report.js';
import { DEFAULT_PROFILE, readConfig } from '../session/config.js';
import { runShell, type ShellSession } from '../shell/shell.js';
import { resolveContext, SIM_PROFILE, type Context, type GlobalOptions } from './context.js';
import { completeForShellNow } from './complete.js';
import { linesFailed } from './batch.js';
import { acquireSim, contextNow, releaseSim } from './embedded.js';

type RunOnce = (argv: readonly string[], io: Io, shell: ShellSession) => Promise<number>;

/** `admin@10.0.0.1 >>> `, `- @10.0.0.1 >>> ` when not logged in; `[lab] ` in front for a profile other than the default,
 *  `eos:` or `ac:` for another provider than ZStack. */
export function promptFor(ctx: Context): string {
  const who =
    ctx.session && !ctx.sessionExpired
      ? (ctx.session.userName ?? ctx.session.accountName ?? ctx.session.accountUuid ?? '?')
      : ctx.auth.kind === 'accessKey'
        ? `key:${ctx.auth.keyId}`
        : ctx.auth.kind === 'token' && ctx.provider === 'ac'
          ? 'token'
          : '- ';
  const where = ctx.endpoint.host;
  return `${ctx.profileName === DEFAULT_PROFILE ? '' : `[${ctx.profileName}] `}${ctx.provider === 'zstack' ? '' : `${ctx.provider}:`}${who}@${where} >>> `;
}

export async function startShell(ctx: Context, globalArgs: string[], runOnce: RunOnce): Promise<void> {
  const io = ctx.io;
  /** The options of a line: the shell's own, with the profile chosen by `use` in place of its --profile or --sim. */
  const optsFor = (profile: string | undefined): GlobalOptions => (profile === undefined ? ctx.opts : { ...ctx.opts, profile, sim: undefined });
  let held: Provider | undefined; // the provider whose embedded simulator `use sim` holds
  /** After each line: a profile removed under the shell gives way to the one it started with; `use sim` holds the
   *  embedded simulator until another `use`, so that the prompt can say who is logged in there. */
  const settle = async (session: ShellSession) => {
    if (session.profile !== undefined && session.profile !== DEFAULT_PROFILE && session.profile !== SIM_PROFILE && !profileExists(io, session.profile)) {
      io.say('warn', `zstack-cli: profile '${session.profile}' is gone; back to the shell's first profile`);
      session.profile = undefined;
    }
    const wants = session.profile === SIM_PROFILE;
    if (wants && held === undefined) {
      const simCtx = resolveContext(io, optsFor(SIM_PROFILE));
      await acquireSim(simCtx);
      held = simCtx.provider;
    } else if (!wants && held !== undefined) {
      await releaseSim(held);
      held = undefined;
    }
  };
  const code = await runShell(
    {
      io,
      prompt: (profile) => {
        try {
          return promptFor(contextNow(resolveContext(io, optsFor(profile))));
        } catch {
          return '>>> ';
        }
      },
      run: async (words, lineIo, session) => {
        const code = await runOnce(words, lineIo, session);
        try {
          await settle(session);
        } catch (e) {
          reportError(io, e, false, true);
        }
        return code;
      },
      complete: (line, profile, results) =>
        completeForShellNow(line, io.env, profile ?? ctx.profileName, { where: 'shell', provider: ctx.opts.provider, results: () => [...results].reverse() }),
    },
    globalArgs,
  ).finally(() => (held === undefined ? undefined : releaseSim(held)));
  if (code !== 0) throw linesFailed(code);
}

function profileExists(io: Io, name: string): boolean {
  try {
    return Object.hasOwn(readConfig(io.env).profiles, name);
  } catch {
    return true; // a damaged configuration is for the commands to report
  }
}
