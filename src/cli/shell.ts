// Starts the interactive shell with the CLI's own pieces: prompt from the profile/session, completion, help.
import { getCatalog } from '../catalog/index.js';
import { findApi } from '../invocation/parse.js';
import { globalHelp, verbHelp } from '../output/help.js';
import { wantsChinese, type Io } from '../output/io.js';
import { DEFAULT_PROFILE } from '../session/config.js';
import { usageError } from '../errors.js';
import { runShell, SHELL_BUILTINS } from '../shell/shell.js';
import { resolveContext, SIM_PROFILE, type Context } from './context.js';
import { completeForShellNow } from './complete.js';
import { contextNow } from './embedded.js';
import { VERSION } from '../version.js';

type RunOnce = (argv: readonly string[], io: Io) => Promise<number>;

/** `admin@10.0.0.1 >>> `, `- @10.0.0.1 >>> ` when not logged in; `[lab] ` in front for a profile other than the default. */
export function promptFor(ctx: Context): string {
  const who = ctx.session ? (ctx.session.userName ?? ctx.session.accountName ?? ctx.session.accountUuid ?? '?') : ctx.auth.kind === 'accessKey' ? `key:${ctx.auth.keyId}` : '- ';
  const where = ctx.endpoint.host;
  return `${ctx.profileName === DEFAULT_PROFILE ? '' : `[${ctx.profileName}] `}${who}@${where} >>> `;
}

export async function startShell(ctx: Context, globalArgs: string[], runOnce: RunOnce): Promise<void> {
  const catalog = getCatalog();
  const io = ctx.io;
  const withProfile = (profile?: string) => resolveContext(io, { ...ctx.opts, profile: profile ?? ctx.opts.profile });
  await runShell(
    {
      io,
      input: process.stdin,
      output: process.stdout,
      prompt: (profile) => {
        try {
          return promptFor(contextNow(withProfile(profile)));
        } catch {
          return '>>> ';
        }
      },
      run: (words, lineIo) => runOnce(words, lineIo),
      complete: (line, profile) =>
        completeForShellNow(line, io.env, profile ?? ctx.profileName, { builtins: SHELL_BUILTINS.map((value) => ({ value, description: 'shell built-in' })) }),
      checkProfile: (name) => {
        const c = withProfile(undefined).config;
        if (name !== DEFAULT_PROFILE && name !== SIM_PROFILE && !c.profiles[name]) throw usageError(`no profile named '${name}'`, ['list them: zstack-cli profile list']);
      },
      help: (verb) => (verb ? verbHelp(catalog, findApi(catalog, verb), { chinese: wantsChinese(io.env), contextPath: ctx.endpoint.contextPath }) : globalHelp(catalog, VERSION)),
    },
    globalArgs,
  );
}
