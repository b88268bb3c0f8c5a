// Running one API verb: tokens -> invocation -> request -> (dry-run | transport) -> result; sessions kept per profile.
import { findParam, type Catalog } from '../catalog/catalog.js';
import type { ApiSpec } from '../catalog/types.js';
import { CliError, usageError } from '../errors.js';
import { findApi, parseInvocation } from '../invocation/parse.js';
import { formatResult } from '../output/format.js';
import { baseUrl } from '../request/endpoint.js';
import { renderCurl, renderDryRun } from '../request/render.js';
import type { HttpRequest } from '../request/types.js';
import { buildZStackRequest } from '../request/zstack.js';
import { writeSession, type StoredSession } from '../session/config.js';
import type { Context } from './context.js';

const LOGIN_VERBS = new Set(['LogInByAccount', 'LogInByUser', 'LogInByLdap']);
const STORED_SESSION_VERBS = new Set(['ValidateSession', 'RenewSession', 'LogOut']);
const PLACEHOLDER_SESSION = 'not-logged-in';

export async function runApi(catalog: Catalog, ctx: Context, verb: string, args: string[]): Promise<void> {
  const api = findApi(catalog, verb);
  args = await withDefaults(ctx, api, args);
  const invocation = parseInvocation(catalog, api.name, args, { allowUnknown: ctx.opts.allowUnknown });
  for (const name of invocation.unknown ?? []) ctx.io.say('warn', `zstack-cli: warning: '${name}' is not in the catalog of ${api.name}; sent as given (--allow-unknown)`);
  const needsAuth = api.session !== false;
  const offline = ctx.opts.dryRun || ctx.opts.curl;
  if (needsAuth && ctx.auth.kind === 'none' && !offline) throw notLoggedIn(ctx);
  const auth = ctx.auth.kind === 'none' && offline ? { kind: 'session' as const, sessionUuid: PLACEHOLDER_SESSION } : ctx.auth;
  const request = buildZStackRequest(invocation, ctx.endpoint, auth, {
    jobUuid: ctx.opts.jobUuid,
    webhook: ctx.opts.webhook,
    apiTimeout: ctx.timeoutSec,
  });
  if (ctx.opts.dryRun) return ctx.io.out(renderDryRun(request));
  if (ctx.opts.curl) return ctx.io.out(renderCurl(request, { insecure: ctx.insecure, caCert: ctx.caCert }));

  const result = await execute(ctx, request, invocation.query.timeout);
  if (ctx.opts.wait === false && isLocation(result)) {
    ctx.io.out(formatResult(result));
    ctx.io.say('info', `job submitted; wait for it with: zstack-cli job wait ${result.location}`);
    return;
  }
  await afterSuccess(ctx, api, invocation.params, result);
  ctx.io.out(formatResult(result));
}

const isLocation = (r: unknown): r is { location: string } => typeof r === 'object' && r !== null && typeof (r as { location?: unknown }).location === 'string' && Object.keys(r).length === 1;

/** Sends a request (and waits for its job) with progress on a terminal and Ctrl-C handling. */
export async function execute(ctx: Context, request: HttpRequest | { location: string }, queryTimeoutSec?: number): Promise<unknown> {
  const { executeZStack, pollJob } = await import('../transport/zstack.js');
  const { closeTransport } = await import('../transport/http.js');
  const abort = new AbortController();
  const stopListening = ctx.io.onInterrupt(() => abort.abort(new CliError('interrupted', 'interrupted')));
  const opts = {
    endpoint: ctx.endpoint,
    profile: ctx.profileName,
    insecure: ctx.insecure,
    caCert: ctx.caCert,
    signal: abort.signal,
    noWait: ctx.opts.wait === false,
    jobTimeoutMs: ctx.timeoutSec !== undefined ? ctx.timeoutSec * 1000 : undefined,
    requestTimeoutMs: queryTimeoutSec !== undefined ? queryTimeoutSec * 1000 : 5 * 60 * 1000,
    debug: ctx.opts.debug ? (line: string) => ctx.io.say('debug', line) : undefined,
    onJobProgress: ({ jobId, elapsedMs }: { jobId: string; elapsedMs: number }) => ctx.io.progress(`waiting for job ${jobId} (${(elapsedMs / 1000).toFixed(1)} s)`),
  };
  try {
    return 'location' in request ? await pollJob(request.location, opts) : await executeZStack(request, opts);
  } catch (e) {
    if (abort.signal.aborted && !(e instanceof CliError && e.kind === 'interrupted')) throw new CliError('interrupted', 'interrupted');
    throw e;
  } finally {
    ctx.io.progress(undefined);
    stopListening();
    await closeTransport();
  }
}

/** Fills in what the user may leave out: the stored session's uuid, and a password asked on a terminal. */
async function withDefaults(ctx: Context, api: ApiSpec, args: string[]): Promise<string[]> {
  const has = (name: string) => args.some((a) => a.includes('=') && findParam(api, a.slice(0, a.indexOf('=')))?.name === name);
  if (STORED_SESSION_VERBS.has(api.name) && !has('sessionUuid')) {
    if (!ctx.session) {
      if (ctx.opts.dryRun || ctx.opts.curl) return [...args, `sessionUuid=${PLACEHOLDER_SESSION}`];
      throw notLoggedIn(ctx);
    }
    args = [...args, `sessionUuid=${ctx.session.uuid}`];
  }
  const pw = api.params.find((p) => p.name === 'password' && p.required && p.password);
  if (LOGIN_VERBS.has(api.name) && pw && !has('password')) {
    if (!ctx.io.stdinIsTTY || !ctx.io.stderrIsTTY) {
      throw usageError(`${api.name} needs password=...`, ['without a terminal the password cannot be asked for: pass password=<secret> (for example from a variable)']);
    }
    const { askSecret } = await import('./prompt.js');
    args = [...args, `password=${await askSecret(ctx.io, `Password for ${args.find((a) => /^(accountName|userName|uid)=/.test(a))?.split('=').slice(1).join('=') ?? api.name}:`)}`];
  }
  return args;
}

function notLoggedIn(ctx: Context): CliError {
  const p = ctx.profileName === 'default' ? '' : ` --profile ${ctx.profileName}`;
  return new CliError('auth', `not logged in (profile '${ctx.profileName}', ${baseUrl(ctx.endpoint)})`, [
    ...(ctx.sessionElsewhere ? [`the session stored for this profile belongs to ${ctx.sessionElsewhere}`] : []),
    `log in first: zstack-cli${p} LogInByAccount accountName=admin`,
    'or configure an AccessKey: ZSTACK_ACCESS_KEY_ID and ZSTACK_ACCESS_KEY_SECRET',
  ]);
}

/** Login stores the session for this profile only; LogOut removes it. Passwords are never stored. */
async function afterSuccess(ctx: Context, api: ApiSpec, params: Record<string, unknown>, result: unknown): Promise<void> {
  const env = ctx.io.env;
  if (LOGIN_VERBS.has(api.name)) {
    const r = result as { inventory?: Record<string, string>; accountInventory?: { name?: string } };
    const inv = r.inventory;
    if (!inv?.uuid) throw new CliError('transport', `${api.name} answered without a session uuid`);
    const session: StoredSession = {
      uuid: inv.uuid,
      accountUuid: inv.accountUuid,
      userUuid: inv.userUuid,
      accountName: (params.accountName as string | undefined) ?? r.accountInventory?.name,
      userName: (params.userName as string | undefined) ?? (api.name === 'LogInByLdap' ? (params.uid as string) : undefined),
      expiredDate: inv.expiredDate,
      createDate: inv.createDate,
      endpoint: baseUrl(ctx.endpoint),
    };
    await writeSession(env, ctx.profileName, session);
    ctx.io.say('info', `logged in to ${baseUrl(ctx.endpoint)} as ${session.userName ?? session.accountName ?? session.accountUuid} (profile '${ctx.profileName}')`);
  } else if (api.name === 'LogOut' && ctx.session && params.sessionUuid === ctx.session.uuid) {
    await writeSession(env, ctx.profileName, undefined);
  } else if (api.name === 'RenewSession' && ctx.session && params.sessionUuid === ctx.session.uuid) {
    const inv = (result as { inventory?: { expiredDate?: string } }).inventory;
    if (inv?.expiredDate) await writeSession(env, ctx.profileName, { ...ctx.session, expiredDate: inv.expiredDate });
  }
}
