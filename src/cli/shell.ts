// Starts the interactive shell with the CLI's own pieces: the prompt from the profile and session, completion, and
// the program's dispatcher for every line.
import type { Io } from '../output/io.js';
import { DEFAULT_PROFILE } from '../session/config.js';
import { runShell, type ShellSession } from '../shell/shell.js';
import { resolveContext, type Context } from './context.js';
import { completeForShellNow } from './complete.js';
import { linesFailed } from './batch.js';
import { contextNow } from './embedded.js';

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
  const code = await runShell(
    {
      io,
      prompt: (profile) => {
        try {
          return promptFor(contextNow(resolveContext(io, { ...ctx.opts, profile: profile ?? ctx.opts.profile })));
        } catch {
          return '>>> ';
        }
      },
      run: (words, lineIo, session) => runOnce(words, lineIo, session),
      complete: (line, profile, results) =>
        completeForShellNow(line, io.env, profile ?? ctx.profileName, { where: 'shell', provider: ctx.opts.provider, results: () => [...results].reverse() }),
    },
    globalArgs,
  );
  if (code !== 0) throw linesFailed(code);
}
