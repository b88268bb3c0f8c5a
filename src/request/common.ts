// What the providers' request builders share: a value as wire text, and an invocation's parameters in their places.
import { paramLocation } from '../catalog/catalog.js';
import type { ParamLocation, ParamSpec } from '../catalog/types.js';
import type { Invocation } from '../invocation/parse.js';

export const enc = encodeURIComponent;

/** A value as it travels in a URL or a header: strings as they are, lists comma-joined or JSON, the rest as text. */
export function wireText(v: unknown, lists: 'json' | 'comma' = 'json'): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && lists === 'comma') return v.map((x) => wireText(x)).join(',');
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

export interface Placed {
  spec: ParamSpec;
  value: unknown;
  where: ParamLocation;
}

/** Every parameter the invocation sends (given, or sent by default), with its value and where it goes. */
export function placedParams(inv: Invocation): Placed[] {
  const out: Placed[] = [];
  for (const spec of [...inv.api.params, ...(inv.extraParams ?? [])]) {
    if (!(spec.name in inv.params) && !spec.sendsDefault) continue;
    out.push({ spec, value: spec.name in inv.params ? inv.params[spec.name] : spec.default, where: paramLocation(inv.api, spec) });
  }
  return out;
}
