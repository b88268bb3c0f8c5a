// Handler building blocks shared by the families: the generic Query verb and simple delete/update shapes.
import { invalidArgument, permissionDenied } from '../errors.js';
import type { QueryRequest } from '../query.js';
import { type Ctx, type Handler, str } from '../sim.js';
import type { Rec } from '../store.js';

function intParam(search: URLSearchParams, name: string): number | undefined {
  const v = search.get(name);
  if (v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw invalidArgument(`${name} must be an integer, got '${v}'`);
  return n;
}

const bool = (search: URLSearchParams, name: string): boolean => search.get(name) === 'true';

/** What the real server reads from a query's query string (it ignores `condition=`, `sortBy` and `sortDirection`). */
export function queryRequest(ctx: Ctx): QueryRequest {
  const s = ctx.search;
  const conditions = s.getAll('q');
  if (ctx.queryUuid) conditions.push(`uuid=${ctx.queryUuid}`);
  const fields = s.get('fields');
  return {
    conditions,
    limit: intParam(s, 'limit'),
    start: intParam(s, 'start'),
    count: bool(s, 'count'),
    replyWithCount: bool(s, 'replyWithCount'),
    sort: s.get('sort') ?? undefined,
    fields: fields ? fields.split(',').filter(Boolean) : undefined,
  };
}

/** Inventories whose real answer embeds related rows (VmInstance carries its NICs and volumes). */
const EMBED: Record<string, Array<{ as: string; expansion: string }>> = {
  VmInstance: [
    { as: 'vmNics', expansion: 'vmNics' },
    { as: 'allVolumes', expansion: 'allVolumes' },
  ],
};

export function queryHandler(inventory: string): Handler {
  return (ctx) => {
    const { sim } = ctx;
    const req = queryRequest(ctx);
    const result = sim.engine.run(inventory, req, sim.visibility(ctx.caller.accountUuid));
    if (req.count) return { total: result.total };
    const embeds = EMBED[inventory];
    let rows = result.inventories ?? [];
    if (embeds && !req.fields?.length) {
      const inv = sim.engine.inv(inventory);
      rows = rows.map((r) => {
        const out: Rec = { ...r };
        for (const e of embeds) out[e.as] = sim.engine.joined(inv, r, inv.expand!.find((x) => x.name === e.expansion)!);
        return out;
      });
    }
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
