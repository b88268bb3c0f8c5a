// Handler building blocks shared by the families: the generic Query verb and simple delete/update shapes.
import { permissionDenied } from '../errors.js';
import { present } from '../present.js';
import type { QueryRequest } from '../query.js';
import { type Ctx, type Handler, str } from '../sim.js';
import type { Rec } from '../store.js';

/** The generic Query verb: the request the server read from the query string, over the caller's visible rows, each
 *  row with the lists its inventory class carries (unless `fields` picked some). */
export function queryHandler(inventory: string): Handler {
  return (ctx) => {
    const { sim } = ctx;
    const req: QueryRequest = ctx.query ?? { conditions: [] };
    const result = sim.engine.run(inventory, req, sim.visibility(ctx.caller.accountUuid));
    if (req.count) return { total: result.total };
    const rows = (result.inventories ?? []).map((r) => (req.fields ? r : present(sim, inventory, r)));
    return result.total === undefined ? { inventories: rows } : { inventories: rows, total: result.total };
  };
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
