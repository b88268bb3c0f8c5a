// `zstack-cli job wait <location-or-id>`: resume waiting for an asynchronous API job.
import { jobLocation } from '../transport/zstack.js';
import { usageError } from '../errors.js';
import { execute } from './api.js';
import type { Context } from './context.js';
import { emitResult } from './emit.js';

export async function jobWait(ctx: Context, target: string): Promise<void> {
  if (ctx.provider !== 'zstack') {
    throw usageError(`job wait: asynchronous jobs are ZStack's; ${ctx.provider === 'eos' ? 'EasyStack EOS' : 'AC'} APIs answer at once`, ['run it with --provider zstack, or with a ZStack profile']);
  }
  const location = jobLocation(target, ctx.endpoint);
  // Nothing to show instead of sending: waiting is asking the job's location until it answers.
  if (ctx.opts.dryRun || ctx.opts.curl) throw usageError(`job wait sends nothing but GET ${location} until the job ends: ${ctx.opts.dryRun ? '--dry-run' : '--curl'} has no request of its own to show`);
  const result = await execute({ ...ctx, opts: { ...ctx.opts, wait: true } }, { location });
  await emitResult(ctx, result);
}
