// `zstack-cli wait <Inventory> uuid=<uuid> <field>=<value> ... [--timeout S]`: reads the resource with its query verb,
// again and again (250 ms apart at first, then further apart up to 3 s), until it has every value wanted (exit 0, the
// inventory printed), can no longer get them by itself (a destroyed VM, a deleted image, a resource gone: exit 1), or
// the time is up (exit 124, as coreutils `timeout`). Ctrl-C stops waiting (130).
import { catalogOf } from '../catalog/index.js';
import { CliError, isCliError, usageError } from '../errors.js';
import { parseInvocation } from '../invocation/parse.js';
import { holds, parseWait, unreachable, type Wanted } from '../invocation/wait.js';
import { renderCurl, renderDryRun } from '../request/render.js';
import { sleep } from '../transport/http.js';
import { DEFAULT_JOB_TIMEOUT_MS } from '../transport/zstack.js';
import { buildRequest, execute, notLoggedIn } from './api.js';
import { catalogNameOf, type Context } from './context.js';
import { emitResult } from './emit.js';

/** The first pause between two reads, the longest, and how it grows. */
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 3000;
const GROWTH = 1.5;

type Row = Record<string, unknown>;

export async function waitFor(ctx: Context, inventoryName: string, words: readonly string[]): Promise<void> {
  if (ctx.provider !== 'zstack') {
    throw usageError(`wait: the resources waited for are ZStack's; ${ctx.provider === 'eos' ? 'EasyStack EOS' : 'AC'} has no query verbs to read them with`, [
      'run it with --provider zstack, or with a ZStack profile',
    ]);
  }
  const catalog = catalogOf(ctx.provider, ctx.io.env, catalogNameOf(ctx));
  const target = parseWait(catalog, inventoryName, words);
  if (ctx.output.all) throw usageError('wait: --all pages through the rows of a Query verb; wait prints one resource');
  if (ctx.output.query) (await import('../output/format.js')).checkQuery(ctx.output.query);
  // --timeout is how long to wait here, not a time limit for the server: the reads go without X-API-Timeout.
  const request = buildRequest({ ...ctx, timeoutSec: undefined }, parseInvocation(catalog, target.verb, [`uuid=${target.uuid}`]));
  if (ctx.opts.dryRun || ctx.opts.curl) {
    ctx.io.out(ctx.opts.dryRun ? renderDryRun(request) : renderCurl(request, { insecure: ctx.insecure, caCert: ctx.caCert }));
    ctx.io.say('info', `(wait: sent again until ${target.wanted.map(shown).join(' and ')})`);
    return;
  }
  if (ctx.auth.kind === 'none') throw notLoggedIn(ctx);

  const what = `${target.inventory.name} ${target.uuid}`;
  const limitS = ctx.timeoutSec ?? DEFAULT_JOB_TIMEOUT_MS / 1000;
  const started = Date.now();
  // Each read may take what is left of the time, no more.
  const reading: Context = { ...ctx, deadline: ctx.deadline ?? { at: started + limitS * 1000, label: `the default limit of ${limitS} s for wait`, hint: 'wait longer with --timeout SECONDS' } };
  const deadline = reading.deadline!.at;
  const abort = new AbortController();
  const stopListening = ctx.io.onInterrupt(() => abort.abort(new CliError('interrupted', `interrupted: stopped waiting for ${what}`)));
  try {
    let pause = FIRST_PAUSE_MS;
    let missing = target.wanted;
    let last: Row | undefined; // the resource as last read
    for (let reads = 0; ; reads++) {
      let reply: { inventories?: Row[] };
      try {
        reply = (await execute(reading, request)) as typeof reply;
      } catch (e) {
        if (abort.signal.aborted) throw abort.signal.reason; // Ctrl-C during a read
        if (isCliError(e) && (e.kind === 'transport' || e.kind === 'timeout') && Date.now() >= deadline - 50) throw timedOut(what, limitS, last, missing);
        throw e;
      }
      const row = Array.isArray(reply?.inventories) && typeof reply.inventories[0] === 'object' ? reply.inventories[0] : undefined;
      if (!row) {
        throw new CliError('api', reads === 0 ? `no ${what}` : `${what} is gone (deleted or expunged) before ${missing.map(shown).join(' and ')}`, [
          ...(reads === 0 ? [`check the uuid: zstack-cli ${target.verb} uuid=${target.uuid} (or press Tab after uuid=)`] : []),
        ]);
      }
      last = row;
      missing = target.wanted.filter((w) => !holds(row, w));
      if (!missing.length) return await emitResult(ctx, { inventory: row }, { inventory: target.inventory });
      const stuck = unreachable(row, missing);
      if (stuck) {
        const others = missing.filter((w) => w !== stuck);
        throw new CliError('api', `${what} is ${String(row[stuck.field.name])}: it will not become ${shown(stuck)} by itself`, others.length ? [`also: ${others.map((w) => current(row, w)).join(', ')}`] : []);
      }
      const left = deadline - Date.now();
      if (left <= 0) throw timedOut(what, limitS, row, missing);
      ctx.io.progress(`waiting for ${what}: ${missing.map((w) => `${current(row, w)} (want ${w.value ?? 'null'})`).join(', ')} ${((Date.now() - started) / 1000).toFixed(1)} s`);
      // The last pause is cut to the deadline, so the last read happens right at it.
      await sleep(Math.min(pause, left), abort.signal);
      pause = Math.min(LONGEST_PAUSE_MS, Math.round(pause * GROWTH));
    }
  } finally {
    ctx.io.progress(undefined);
    stopListening();
  }
}

const shown = (w: Wanted): string => `${w.field.name}=${w.value ?? 'null'}`;
const current = (row: Row, w: Wanted): string => `${w.field.name}=${row[w.field.name] === undefined ? 'null' : typeof row[w.field.name] === 'string' ? String(row[w.field.name]) : JSON.stringify(row[w.field.name])}`;

function timedOut(what: string, limitS: number, row: Row | undefined, missing: readonly Wanted[]): CliError {
  return new CliError('timeout', `gave up waiting for ${what} after ${limitS} s: ${missing.map(shown).join(' and ')} did not happen`, [
    ...(row ? [`now: ${missing.map((w) => current(row, w)).join(', ')}`] : []),
    'wait longer with --timeout SECONDS',
  ]);
}
