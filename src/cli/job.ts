// `zstack-cli job wait <location-or-id>`: resume waiting for an asynchronous API job.
import { usageError } from '../errors.js';
import { formatResult } from '../output/format.js';
import { jobLocation } from '../transport/zstack.js';
import { execute } from './api.js';
import type { Context } from './context.js';

export async function runJob(ctx: Context, args: string[]): Promise<void> {
  const [action, target] = args;
  if (action !== 'wait' || !target) throw usageError('usage: zstack-cli job wait <location-or-job-id>');
  const result = await execute({ ...ctx, opts: { ...ctx.opts, wait: true } }, { location: jobLocation(target, ctx.endpoint) });
  ctx.io.out(formatResult(result));
}
