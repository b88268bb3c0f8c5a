// Running one API verb: tokens -> invocation -> request -> (dry-run | transport) -> result; sessions kept per profile.
import { findParam, type Catalog } from '../catalog/catalog.js';
import { readFileSync } from 'node:fs';
import type { ApiSpec, InventorySpec } from '../catalog/types.js';
import { CliError, usageError } from '../errors.js';
import { isFieldAt } from '../invocation/fields.js';
import { findApi, parseInvocation, type Invocation } from '../invocation/parse.js';
import { baseUrl } from '../request/endpoint.js';
import { isMaskedSecret, renderCurl, renderDryRun } from '../request/render.js';
import type { HttpRequest } from '../request/types.js';
import { buildAcRequest } from '../request/ac.js';
import { buildEosRequest } from '../request/eos.js';
import { buildZStackRequest } from '../request/zstack.js';
import { writeSession, type StoredSession } from '../session/config.js';
import { limitsFor } from '../transport/limits.js';
import type { Context } from './context.js';
import { emitResult, isPlainJson, renderOptions, replyJson, screened, warnMissingColumns, type ResultMeta } from './emit.js';

const LOGIN_VERBS = new Set(['LogInByAccount', 'LogInByUser', 'LogInByLdap']);
const STORED_SESSION_VERBS = new Set(['ValidateSession', 'RenewSession', 'LogOut']);
const PLACEHOLDER_SESSION = 'not-logged-in';

export async function runApi(catalog: Catalog, ctx: Context, verb: string, args: string[]): Promise<void> {
  const api = findApi(catalog, verb);
  if (ctx.output.all && !api.query) throw usageError(`--all pages through the rows of a Query verb; ${api.name} is not one`);
  if (ctx.output.query) (await import('../output/format.js')).checkQuery(ctx.output.query);
  args = await withFileValues(ctx, api, args);
  // Everything but the secrets to be asked for is checked first: a typo is not found after a password was typed.
  const toAsk = secretsToAsk(ctx, api, args);
  if (toAsk.length) parseInvocation(catalog, api.name, args.filter((a) => !toAsk.includes(paramOf(api, a)?.name ?? '')), { allowUnknown: ctx.opts.allowUnknown, toAsk });
  args = await withDefaults(ctx, api, args);
  const invocation = parseInvocation(catalog, api.name, args, { allowUnknown: ctx.opts.allowUnknown });
  for (const name of invocation.unknown ?? []) ctx.io.say('warn', `zstack-cli: warning: '${name}' is not in the catalog of ${api.name}; sent as given (--allow-unknown)`);
  const needsAuth = api.session !== false;
  const offline = ctx.opts.dryRun || ctx.opts.curl;
  if (needsAuth && ctx.auth.kind === 'none' && !offline) throw notLoggedIn(ctx);
  const build = (inv: Invocation) => buildRequest(ctx, inv);
  if (ctx.output.all) return runAll(catalog, ctx, invocation, build);
  const request = build(invocation);
  if (ctx.opts.dryRun) return ctx.io.out(renderDryRun(request));
  if (ctx.opts.curl) return ctx.io.out(renderCurl(request, { insecure: ctx.insecure, caCert: ctx.caCert }));

  const meta = resultMeta(catalog, inventoryOf(catalog, api));
  // A --query is over the whole reply: such a reply is read whole.
  if (api.query && !invocation.query.count && !ctx.output.query && (invocation.query.limit ?? 0) > STREAMED_ABOVE) return runStreamed(ctx, invocation, request, meta);
  const result = await execute(ctx, request, invocation.query.timeout);
  if (ctx.opts.wait === false && isLocation(result)) {
    await emitResult(ctx, result);
    ctx.io.say('info', `job submitted; wait for it with: zstack-cli job wait ${result.location}`);
    return;
  }
  await afterSuccess(ctx, api, invocation.params, result);
  await emitResult(ctx, result, meta);
  if (api.query && !invocation.query.count) {
    const reply = result as { inventories?: unknown[]; total?: unknown };
    afterRows(ctx, invocation, Array.isArray(reply?.inventories) ? reply.inventories.length : 0, reply?.total);
  }
}

/** The request of an invocation, by the wire contract of its provider. Offline (--dry-run, --curl) a missing
 *  session or token is shown as a placeholder. */
export function buildRequest(ctx: Context, inv: Invocation): HttpRequest {
  const offline = ctx.opts.dryRun || ctx.opts.curl;
  const provider = inv.api.provider ?? 'zstack';
  if (provider === 'eos' || provider === 'ac') {
    const auth = ctx.auth.kind === 'none' && offline ? { kind: 'token' as const, token: PLACEHOLDER_SESSION } : ctx.auth;
    return provider === 'eos' ? buildEosRequest(inv, ctx.endpoint, auth) : buildAcRequest(inv, ctx.endpoint, auth);
  }
  const auth = ctx.auth.kind === 'none' && offline ? { kind: 'session' as const, sessionUuid: PLACEHOLDER_SESSION } : ctx.auth;
  return buildZStackRequest(inv, ctx.endpoint, auth, { jobUuid: ctx.opts.jobUuid, webhook: ctx.opts.webhook, apiTimeout: ctx.timeoutSec });
}

/** What rendering a verb's result knows of it: its inventory, and which keys the catalog says are fields. */
function resultMeta(catalog: Catalog, inventory: InventorySpec | undefined): ResultMeta {
  return inventory ? { inventory, isField: (parent, key) => isFieldAt(catalog, inventory, parent, key) } : {};
}

/** The inventory a verb's result holds: the one it queries, else the one its name ends with (CreateAccount). */
function inventoryOf(catalog: Catalog, api: ApiSpec): InventorySpec | undefined {
  if (api.query) return catalog.inventory(api.query);
  const words = api.name.match(/[A-Z][a-z0-9]*/g) ?? [];
  for (let i = 1; i < words.length; i++) {
    const inv = catalog.inventory(words.slice(i).join(''));
    if (inv) return inv;
  }
  return undefined;
}

/** After a query's rows, on stderr: the total (replyWithCount=true) when the output has no place for it (plain JSON
 *  holds it), and, when the page is as full as the limit in force and may not be all there is, how to get the rest.
 *  `count`: the rows the reply had; `reply total`: all there are, when the reply says. */
function afterRows(ctx: Context, inv: Invocation, count: number, replyTotal: unknown): void {
  const total = typeof replyTotal === 'number' ? replyTotal : undefined;
  if (total !== undefined && !isPlainJson(ctx)) ctx.io.say('info', `zstack-cli: total: ${total}`);
  const limit = inv.query.limit ?? SERVER_DEFAULT_LIMIT;
  const next = (inv.query.start ?? 0) + count;
  if (count === 0 || count < limit || (total !== undefined && next >= total)) return;
  const which = inv.query.limit === undefined ? "server's default " : '';
  if (total !== undefined) ctx.io.say('warn', `zstack-cli: ${count} of ${total} rows: the ${which}limit`);
  else ctx.io.say('warn', count === 1 ? `zstack-cli: 1 row: the ${which}limit; more may exist` : `zstack-cli: ${count} rows: the ${which}limit; more may exist`);
  ctx.io.say('warn', `  every row: add --all (or count them: ${inv.api.name} ... count=true); the next page: start=${next}`);
}

/** The server answers at most this many rows when no limit is given. */
const SERVER_DEFAULT_LIMIT = 1000;

/** --all: page through every row (start/limit), writing each page as it comes, so memory holds one page (a page of
 *  more than STREAMED_ABOVE rows: a piece of it). */
async function runAll(catalog: Catalog, ctx: Context, inv: Invocation, build: (inv: Invocation) => HttpRequest): Promise<void> {
  const { api } = inv;
  const q = inv.query;
  if (q.count || q.replyWithCount) throw usageError('--all writes rows; count=true and replyWithCount=true answer a total (use one or the other)');
  if (q.limit !== undefined) throw usageError('--all pages through every row: leave out limit= (set the page size with --page-size)');
  const pageSize = ctx.output.pageSize;
  const pageOf = (start: number): Invocation => ({ ...inv, query: { ...q, start, limit: pageSize } });
  if (ctx.opts.dryRun || ctx.opts.curl) {
    const first = build(pageOf(q.start ?? 0));
    ctx.io.out(ctx.opts.dryRun ? renderDryRun(first) : renderCurl(first, { insecure: ctx.insecure, caCert: ctx.caCert }));
    ctx.io.say('info', `(--all: then start=${(q.start ?? 0) + pageSize}, ... until a page has fewer than ${pageSize} rows)`);
    return;
  }
  const writer = await rowWriter(ctx, resultMeta(catalog, inventoryOf(catalog, api)));
  for (let start = q.start ?? 0; ; start += pageSize) {
    let count = 0;
    if (pageSize > STREAMED_ABOVE) {
      // A large page is read as it arrives too: never held whole, whatever the page size.
      await execute(ctx, build(pageOf(start)), q.timeout, (rows) => {
        count += rows.length;
        writer.rows(rows);
      });
    } else {
      const page = (await execute(ctx, build(pageOf(start)), q.timeout)) as { inventories?: unknown[] };
      const rows = Array.isArray(page?.inventories) ? page.inventories : [];
      count = rows.length;
      writer.rows(rows);
    }
    if (count < pageSize) break;
    // More rows than asked for: the server ignores limit=, and would answer the same rows again and again.
    if (count > pageSize) throw new CliError('transport', `the server answered ${count} rows for limit=${pageSize} (start=${start}): it does not honour limit=, so --all cannot page`, ['leave out --all, or check the server']);
  }
  await writer.end();
}

/** A query that may answer more rows than this is read as it arrives (one request, rows written as they come). */
const STREAMED_ABOVE = 2000;

/** A large query reply: its rows are written as they arrive, so memory holds a piece of the reply, not the reply (a
 *  reply of hundreds of thousands of rows would not even fit in one string). Plain JSON keeps the reply's shape. */
async function runStreamed(ctx: Context, inv: Invocation, request: HttpRequest, meta: ResultMeta): Promise<void> {
  let count = 0;
  let rest: Record<string, unknown>;
  if (isPlainJson(ctx)) {
    const json = replyJson();
    rest = (await execute(ctx, request, inv.query.timeout, (rows) => {
      count += rows.length;
      ctx.io.write(json.rows(rows));
    })) as Record<string, unknown>;
    ctx.io.write(json.end(rest));
  } else {
    const writer = await rowWriter(ctx, meta);
    rest = (await execute(ctx, request, inv.query.timeout, (rows) => {
      count += rows.length;
      writer.rows(rows);
    })) as Record<string, unknown>;
    await writer.end();
  }
  afterRows(ctx, inv, count, rest?.total);
}

/** Rows written in the chosen format as they come (--query applies to each batch of rows). */
async function rowWriter(ctx: Context, meta: ResultMeta): Promise<{ rows(rows: unknown[]): void; end(): Promise<void> }> {
  if (ctx.output.query) {
    // A --query is over the whole result: the rows are gathered (memory grows with them) and the result written at
    // the end, as one reply would be.
    const all: unknown[] = [];
    return {
      rows: (rows) => void all.push(...rows),
      end: () => emitResult(ctx, { inventories: all }, meta),
    };
  }
  const f = await import('../output/format.js');
  const colored = ctx.io.color('stdout');
  const inventory = meta.inventory;
  const stream = f.rowStream({
    ...renderOptions(ctx, meta),
    colors: colored ? f.makeColors() : undefined,
    fields: inventory?.fields.map((x) => x.name),
    onLateColumn: (name) => ctx.io.say('warn', `zstack-cli: warning: a later row has a field '${name}' that is not among the columns written first; choose the columns with -c`),
  });
  const watch = f.columnWatch(ctx.output.columns, meta.isField);
  const write = (rendered: string) => {
    if (!rendered) return;
    const out = screened(ctx, f, rendered, colored);
    ctx.io.write(out.text, out.shown);
  };
  return {
    rows(rows) {
      write(stream.rows(rows));
      watch.rows(rows);
    },
    async end() {
      write(stream.end());
      warnMissingColumns(ctx.io, watch.missing());
    },
  };
}

/** `key=@FILE` takes the value from a file, `key=@-` from stdin (`key=@@x` is the literal `@x`): secrets and long
 *  JSON stay off the command line. Query verbs' conditions are left alone. */
async function withFileValues(ctx: Context, api: ApiSpec, args: string[]): Promise<string[]> {
  if (api.query) return args;
  const out: string[] = [];
  for (const a of args) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=@(.*)$/s.exec(a);
    if (!m) {
      out.push(a);
      continue;
    }
    const [, key, from] = m;
    if (from.startsWith('@')) {
      out.push(`${key}=${from}`);
      continue;
    }
    if (from === '') throw usageError(`${key}=@ needs a file name (or - for stdin); write ${key}=@@ for a value that starts with @`);
    let text: string;
    if (from === '-') text = await ctx.io.readInput();
    else {
      try {
        text = readFileSync(from, 'utf8');
      } catch (e) {
        throw usageError(`${key}=@${from}: cannot read the file: ${(e as Error).message}`, [`write ${key}=@@... for a value that starts with @`]);
      }
    }
    out.push(`${key}=${text.replace(/\r?\n$/, '')}`);
  }
  return out;
}

const isLocation = (r: unknown): r is { location: string } => typeof r === 'object' && r !== null && typeof (r as { location?: unknown }).location === 'string' && Object.keys(r).length === 1;

/** Sends a request (and waits for its job) with progress on a terminal and Ctrl-C handling, within the command's
 *  limits (--timeout, the query's `timeout=`, ZSTACK_REQUEST_TIMEOUT, ZSTACK_MAX_RESPONSE). The connection pool
 *  stays open for the next request (a shell's lines, a batch); `run` closes it when the process is done. */
export async function execute(ctx: Context, request: HttpRequest | { location: string }, queryTimeoutSec?: number, onRows?: (rows: unknown[]) => void): Promise<unknown> {
  const { executeZStack, pollJob } = await import('../transport/zstack.js');
  const abort = new AbortController();
  const stopListening = ctx.io.onInterrupt(() => abort.abort(new CliError('interrupted', 'interrupted')));
  const opts = {
    endpoint: ctx.endpoint,
    profile: ctx.profileName,
    insecure: ctx.insecure,
    // A CA certificate is for TLS: a plain-http endpoint does not read it.
    caCert: ctx.endpoint.https ? ctx.caCert : undefined,
    signal: abort.signal,
    noWait: ctx.opts.wait === false,
    jobTimeoutMs: ctx.timeoutSec !== undefined ? ctx.timeoutSec * 1000 : undefined,
    limits: limitsFor(ctx.io.env, ctx.deadline, queryTimeoutSec),
    debug: ctx.opts.debug ? (line: string) => ctx.io.say('debug', line) : undefined,
    onJobProgress: ({ jobId, elapsedMs }: { jobId: string; elapsedMs: number }) => ctx.io.progress(`waiting for job ${jobId} (${(elapsedMs / 1000).toFixed(1)} s)`),
  };
  try {
    if ('location' in request) return await pollJob(request.location, opts);
    if (request.provider === 'eos') return await (await import('../transport/eos.js')).executeEos(request, { ...opts, login: request.url.endsWith('/v3/auth/tokens') });
    if (request.provider === 'ac') return await (await import('../transport/ac.js')).executeAc(request, opts);
    return await executeZStack(request, opts, onRows);
  } catch (e) {
    if (abort.signal.aborted && !(e instanceof CliError && e.kind === 'interrupted')) throw new CliError('interrupted', 'interrupted');
    if (e instanceof CliError && e.kind === 'auth' && ctx.session && ctx.auth.kind !== 'accessKey' && ctx.auth.kind !== 'none') await markRefused(ctx, ctx.session);
    throw e;
  } finally {
    ctx.io.progress(undefined);
    stopListening();
  }
}

/** The parameter a `key=value` word gives. */
const paramOf = (api: ApiSpec, word: string) => (word.indexOf('=') > 0 ? findParam(api, word.slice(0, word.indexOf('='))) : undefined);

/** The secret parameter a word gives as a mask (`password=***`), which is never sent (withoutMasks). */
function maskedSecret(api: ApiSpec, word: string) {
  const spec = paramOf(api, word);
  return spec?.password && isMaskedSecret(word.slice(word.indexOf('=') + 1)) ? spec : undefined;
}

/** Whether a login's password is left out (asked for on a terminal, refused elsewhere). */
const loginPasswordLeftOut = (api: ApiSpec, args: readonly string[]): boolean =>
  (LOGIN_VERBS.has(api.name) || api.login === true) &&
  api.params.some((p) => p.name === 'password' && p.required && p.password) &&
  !args.some((a) => paramOf(api, a)?.name === 'password');

/** The secrets withDefaults will ask for on a terminal: ones given as a mask, and a login's password left out. */
function secretsToAsk(ctx: Context, api: ApiSpec, args: readonly string[]): string[] {
  // The terminal questions last: answering them loads node:tty, which a verb without secrets has no need of.
  if (ctx.opts.passwordStdin || !api.params.some((p) => p.password) || !ctx.io.stdinIsTTY || !ctx.io.stderrIsTTY) return [];
  const masked = args.flatMap((a) => maskedSecret(api, a)?.name ?? []);
  return [...new Set([...masked, ...(loginPasswordLeftOut(api, args) ? ['password'] : [])])];
}

/** Fills in what the user may leave out: the stored session's uuid, and a password asked on a terminal. */
async function withDefaults(ctx: Context, api: ApiSpec, args: string[]): Promise<string[]> {
  args = await withoutMasks(ctx, api, args);
  const has = (name: string) => args.some((a) => paramOf(api, a)?.name === name);
  if (STORED_SESSION_VERBS.has(api.name) && !has('sessionUuid')) {
    if (!ctx.session) {
      if (ctx.opts.dryRun || ctx.opts.curl) return [...args, `sessionUuid=${PLACEHOLDER_SESSION}`];
      throw notLoggedIn(ctx);
    }
    args = [...args, `sessionUuid=${ctx.session.uuid}`];
  }
  if (ctx.opts.passwordStdin) {
    // The verb's secret: `password` if it has one, else its first secret parameter.
    const secret = api.params.find((p) => p.name === 'password' && p.password) ?? api.params.find((p) => p.password);
    if (!secret) throw usageError(`--password-stdin: ${api.name} takes no password or secret`);
    if (has(secret.name)) throw usageError(`--password-stdin: ${secret.name} is given on the command line too; give it one way`);
    const line = (await ctx.io.readInput()).split(/\r?\n/)[0];
    if (!line) throw usageError(`--password-stdin: stdin is empty; pipe the ${secret.name} in, e.g. printf '%s\\n' "$PW" | zstack-cli ...`);
    return [...args, `${secret.name}=${line}`];
  }
  if (loginPasswordLeftOut(api, args)) {
    if (!ctx.io.stdinIsTTY || !ctx.io.stderrIsTTY) {
      throw usageError(`${api.name} needs password=...`, [
        'without a terminal the password cannot be asked for: pipe it in with --password-stdin (it stays out of `ps`), or pass password=<secret>',
      ]);
    }
    const { askSecret } = await import('./prompt.js');
    args = [...args, `password=${await askSecret(ctx.io, `Password for ${args.find((a) => /^(accountName|userName|uid|user_name|user_id)=/.test(a))?.split('=').slice(1).join('=') ?? api.name}:`)}`];
  }
  return args;
}

/** A secret given as a mask (`password=***` from a recalled history line, `********` copied from --dry-run) is never
 *  sent: on a terminal the secret is asked for, masked; elsewhere the command is refused. */
async function withoutMasks(ctx: Context, api: ApiSpec, args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    const spec = maskedSecret(api, a);
    if (!spec) {
      out.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    if (!ctx.io.stdinIsTTY || !ctx.io.stderrIsTTY) {
      throw usageError(`${spec.name}=${a.slice(eq + 1)} is a mask, not the ${spec.name}: a recalled or copied line holds it where the secret was`, [
        `type the ${spec.name} in its place, or pipe it in with --password-stdin and leave ${spec.name}= out`,
      ]);
    }
    const { askSecret } = await import('./prompt.js');
    out.push(`${spec.name}=${await askSecret(ctx.io, `${spec.name} (the line holds ${a.slice(eq + 1)} in its place):`)}`);
  }
  return out;
}

/** The server refused the stored session: the prompt, `profile list` and the next command say so at once. */
async function markRefused(ctx: Context, session: StoredSession): Promise<void> {
  try {
    await writeSession(ctx.io.env, ctx.profileName, { ...session, refusedAt: new Date().toISOString() });
  } catch {
    // the session file could not be updated: the next command learns it from the server again
  }
}

export function notLoggedIn(ctx: Context): CliError {
  const p = ctx.profileName === 'default' ? '' : ` --profile ${ctx.profileName}`;
  if (ctx.provider === 'ac') {
    return new CliError('auth', `no AC token (profile '${ctx.profileName}', ${baseUrl(ctx.endpoint)})`, [`set one: AC_TOKEN=<token>, or zstack-cli profile add ${ctx.profileName} token=<token>`]);
  }
  if (ctx.provider === 'eos') {
    return new CliError('auth', ctx.sessionExpired ? `the token of profile '${ctx.profileName}' expired at ${ctx.sessionExpired}` : `not logged in (profile '${ctx.profileName}', ${baseUrl(ctx.endpoint)})`, [
      `log in: zstack-cli${p} LogIn user_name=<name> project_name=<project>`,
    ]);
  }
  const who = ctx.session?.userName ?? ctx.session?.accountName;
  const what = ctx.sessionExpired
    ? `the session of profile '${ctx.profileName}'${who ? ` (${who})` : ''} expired: the server refused it at ${ctx.sessionExpired}`
    : `not logged in (profile '${ctx.profileName}', ${baseUrl(ctx.endpoint)})`;
  return new CliError('auth', what, [
    ...(ctx.sessionElsewhere ? [`the session stored for this profile belongs to ${ctx.sessionElsewhere}`] : []),
    `log in ${ctx.sessionExpired ? 'again' : 'first'}: zstack-cli${p} LogInByAccount accountName=admin`,
    'or configure an AccessKey: ZSTACK_ACCESS_KEY_ID and ZSTACK_ACCESS_KEY_SECRET',
  ]);
}

/** An EOS login keeps the token of its X-Subject-Token header, with its expiry, for this profile (as a session). */
async function keepToken(ctx: Context, result: unknown): Promise<void> {
  const { SUBJECT_TOKEN } = await import('../transport/eos.js');
  const token = (result as Record<symbol, unknown>)?.[SUBJECT_TOKEN];
  if (typeof token !== 'string' || !token) throw new CliError('transport', 'the login answered without a token (no X-Subject-Token header)');
  const t = (result as { token?: { expires_at?: string; issued_at?: string; user?: { id?: string; name?: string }; project?: { name?: string } } }).token;
  const session: StoredSession = {
    uuid: token,
    provider: 'eos',
    userUuid: t?.user?.id,
    userName: t?.user?.name,
    expiredDate: t?.expires_at,
    createDate: t?.issued_at,
    endpoint: baseUrl(ctx.endpoint),
  };
  await writeSession(ctx.io.env, ctx.profileName, session);
  const scope = t?.project?.name ? `, project ${t.project.name}` : '';
  ctx.io.say('info', `logged in to ${baseUrl(ctx.endpoint)} as ${session.userName ?? session.userUuid ?? 'the user'}${scope} (profile '${ctx.profileName}'; the token expires ${session.expiredDate ?? 'when the server says'})`);
}

/** Login stores the session for this profile only; LogOut removes it. Passwords are never stored. */
async function afterSuccess(ctx: Context, api: ApiSpec, params: Record<string, unknown>, result: unknown): Promise<void> {
  const env = ctx.io.env;
  if (api.login && api.provider === 'eos') return keepToken(ctx, result);
  if (LOGIN_VERBS.has(api.name)) {
    const r = result as { inventory?: Record<string, string>; accountInventory?: { name?: string } };
    const inv = r.inventory;
    if (typeof inv?.uuid !== 'string' || !inv.uuid) throw new CliError('transport', `${api.name} answered without a session uuid`);
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
