// Handler building blocks shared by the families: the generic Query verb and simple delete/update shapes.
import { permissionDenied } from '../errors.js';
import type { Work } from '../limits.js';
import { present, replyPieces } from '../present.js';
import { pick, type QueryRequest } from '../query.js';
import { type Ctx, Deferred, type Handler, type QueryAnswer, str } from '../sim.js';
import type { Rec } from '../store.js';

/** The generic Query verb: the request the server read from the query string, over the caller's visible rows, each
 *  row with the lists its inventory class carries (unless `fields` picked some). */
export function queryHandler(inventory: string): Handler {
  return (ctx) => new Deferred(answerQuery(ctx, inventory));
}

/** A page of more rows than this is written as it is made, never held whole. */
const WHOLE_REPLY_ROWS = 1000;

function* answerQuery(ctx: Ctx, inventory: string): Work<QueryAnswer> {
  const { sim } = ctx;
  const req: QueryRequest = ctx.query ?? { conditions: [] };
  const result = yield* sim.engine.run(inventory, req, sim.visibility(ctx.caller.accountUuid));
  if (req.count) return { body: { total: result.total } };
  const table = sim.store.table(inventory);
  const refs = result.rows ?? [];
  const rowAt = (i: number): Rec => {
    const r = table.row(refs[i]);
    return req.fields ? pick(r, req.fields) : present(sim, inventory, r);
  };
  if (refs.length > WHOLE_REPLY_ROWS) return { pieces: replyPieces(refs.length, rowAt, result.total) };
  const rows = refs.map((_, i) => rowAt(i));
  return { body: result.total === undefined ? { inventories: rows } : { inventories: rows, total: result.total } };
}

/** `Delete<X>`: the owner or an admin removes the resource; deleting what is already gone succeeds, as on a real server. */
export function deleteHandler(inventory: string, cascade?: (ctx: Ctx, uuid: string) => void): Handler {
  return (ctx) => {
    const uuid = String(ctx.params.uuid);
    if (!ctx.sim.store.table(inventory).get(uuid)) return {};
    ctx.sim.owned(inventory, uuid, ctx.caller);
    cascade?.(ctx, uuid);
    ctx.sim.remove(inventory, uuid);
    return {};
  };
}

/** `Update<X>`: sets the given fields (only those named) on a resource the caller owns. */
export function updateHandler(inventory: string, fields: readonly string[], uuidParam = 'uuid'): Handler {
  return (ctx) => {
    const rec = ctx.sim.owned(inventory, ctx.params[uuidParam], ctx.caller);
    const patch: Rec = {};
    for (const f of fields) if (ctx.params[f] !== undefined) patch[f] = ctx.params[f];
    return { inventory: ctx.sim.update(inventory, rec, patch) };
  };
}

/** Copies the named parameters that were given. */
export function given(params: Rec, names: readonly string[]): Rec {
  const out: Rec = {};
  for (const n of names) if (params[n] !== undefined) out[n] = params[n];
  return out;
}

export const text = (v: unknown, fallback = ''): string => str(v) ?? fallback;

/** Infrastructure, accounts, quotas and prices are the admin's business. */
export function requireAdmin(ctx: Ctx): void {
  if (!ctx.sim.isAdmin(ctx.caller.accountUuid)) throw permissionDenied(`API ${ctx.api.name} is only allowed to the admin account`);
}
