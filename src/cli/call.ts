// `zstack-cli call METHOD PATH [key=value | key:=json ...] [--body-key K] [--body JSON|@FILE]`: any API the catalog
// lacks, sent like a verb (the same request builder, endpoint, session or AccessKey, job polling and exit codes).
import { readFileSync } from 'node:fs';
import { isSecretName } from '../catalog/merge.js';
import type { ApiSpec, HttpMethod, ParamSpec } from '../catalog/types.js';
import { usageError } from '../errors.js';
import type { Invocation } from '../invocation/parse.js';
import { renderCurl, renderDryRun } from '../request/render.js';
import { buildRequest, execute } from './api.js';
import type { Context } from './context.js';
import { emitResult } from './emit.js';

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

export interface CallOptions {
  bodyKey?: string;
  body?: string;
}

/** The ad-hoc API and invocation of a raw call: `key=value` is a string, `key:=json` a JSON value, a key given twice
 *  a list (repeated in a query string); `{var}` in the path takes the parameter of that name. */
export function rawInvocation(methodText: string, pathText: string, words: readonly string[], contextPath: string, opts: CallOptions): Invocation {
  const method = methodText.toUpperCase() as HttpMethod;
  if (!METHODS.includes(method)) throw usageError(`call: '${methodText}' is not an HTTP method`, [`use one of ${METHODS.join(', ')}`]);
  const path = apiPath(pathText, contextPath);
  const params: Record<string, unknown> = {};
  const specs = new Map<string, ParamSpec>();
  for (const w of words) {
    const m = /^([A-Za-z_][A-Za-z0-9_.]*)(:?=)([\s\S]*)$/.exec(w);
    if (!m) throw usageError(`call: '${w}' is not key=value or key:=json`, ['key=value sends a string, key:=json a JSON value (number, true/false, array, object)']);
    const [, key, op, text] = m;
    let value: unknown = text;
    if (op === ':=') {
      try {
        value = JSON.parse(text);
      } catch (e) {
        throw usageError(`call: the value of ${key} is not valid JSON (${(e as Error).message})`);
      }
    }
    if (key in params) {
      params[key] = [...(Array.isArray(params[key]) && specs.get(key)!.type === 'list' ? (params[key] as unknown[]) : [params[key]]), value];
      specs.set(key, { ...specs.get(key)!, type: 'list' });
    } else {
      params[key] = value;
      specs.set(key, { name: key, type: op === ':=' ? 'object' : 'string', ...(isSecretName(key) ? { password: 'plain' as const } : {}) });
    }
  }
  for (const v of path.match(/\{(\w+)\}/g) ?? []) {
    if (!(v.slice(1, -1) in params)) throw usageError(`call: the path needs ${v.slice(1, -1)}=...`);
  }
  const api: ApiSpec = {
    name: 'call',
    family: 'raw',
    method,
    path,
    ...(method === 'POST' || method === 'PUT' || method === 'PATCH' ? { bodyKey: opts.bodyKey ?? 'params' } : {}),
    async: method !== 'GET',
    params: [...specs.values()],
    summary: 'raw call',
  };
  return { api, params, conditions: [], query: {} };
}

/** `/v1/zones`, `/zstack/v1/zones` and `/zones` all mean the API path `/zones`. */
function apiPath(text: string, contextPath: string): string {
  if (!text.startsWith('/')) throw usageError(`call: the path '${text}' must start with /`, ['e.g. zstack-cli call GET /zones or /v1/zones']);
  const ctx = contextPath ? `/${contextPath.replace(/^\/+|\/+$/g, '')}` : '';
  const rest = ctx && text.startsWith(`${ctx}/v1/`) ? text.slice(ctx.length + 3) : text.startsWith('/v1/') ? text.slice(3) : text;
  if (rest.includes('?')) throw usageError('call: give query parameters as key=value words, not in the path');
  return rest;
}

function bodyFrom(text: string): unknown {
  let json = text;
  if (text.startsWith('@')) {
    try {
      json = readFileSync(text.slice(1), 'utf8');
    } catch (e) {
      throw usageError(`--body: cannot read ${text.slice(1)}: ${(e as Error).message}`);
    }
  }
  try {
    return JSON.parse(json);
  } catch (e) {
    throw usageError(`--body: not valid JSON (${(e as Error).message})`);
  }
}

export async function runCall(ctx: Context, method: string, path: string, words: string[], opts: CallOptions): Promise<void> {
  const zstack = ctx.provider === 'zstack';
  const inv = rawInvocation(method, path, words, zstack ? ctx.endpoint.contextPath : '', opts);
  const offline = ctx.opts.dryRun || ctx.opts.curl;
  // A call without a session is sent without one: login APIs need none, and the server says when one is missing.
  let api: ApiSpec = { ...inv.api, session: ctx.auth.kind !== 'none' || !!offline };
  if (!zstack) {
    // The provider's own contract: EOS bodies wrapped only in a --body-key given, AC parameters as headers.
    const { bodyKey: _zstackDefault, ...rest } = api;
    api = { ...rest, provider: ctx.provider, async: false, ...(opts.bodyKey !== undefined ? { bodyKey: opts.bodyKey } : {}) };
    if (ctx.provider === 'ac') api = { ...api, params: api.params.map((p) => ({ ...p, location: 'header' as const })) };
  }
  const request = buildRequest(ctx, { ...inv, api });
  if (opts.body !== undefined) {
    if (request.body === null) throw usageError(`--body: a ${inv.api.method} carries no body; give key=value words for its query string`);
    request.body = bodyFrom(opts.body);
  }
  if (ctx.opts.dryRun) return ctx.io.out(renderDryRun(request));
  if (ctx.opts.curl) return ctx.io.out(renderCurl(request, { insecure: ctx.insecure, caCert: ctx.caCert }));
  await emitResult(ctx, await execute(ctx, request));
}
