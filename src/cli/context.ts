// Who and where: the profile, endpoint, credentials and options for one command.
// Precedence everywhere: command-line option > environment > profile > default.
import { DEFAULT_PROFILE, isHostName, readConfig, readSession, SIM_PROFILE, type ConfigFile, type ProfileConfig, type StoredSession } from '../session/config.js';
import type { Catalog } from '../catalog/catalog.js';
import { catalogOf } from '../catalog/index.js';
import { usageError } from '../errors.js';
import { checkFormat, type Format } from '../output/formats.js';
import type { Io } from '../output/io.js';
import { baseUrl, DEFAULT_ENDPOINT, defaultEndpointFor } from '../request/endpoint.js';
import { PROVIDERS, type Provider } from '../session/settings.js';
import { commandDeadline, type TimeLimit } from '../transport/limits.js';
import type { Auth, Endpoint } from '../request/types.js';

export { SIM_PROFILE };

export interface GlobalOptions {
  dryRun?: boolean;
  curl?: boolean;
  debug?: boolean;
  host?: string;
  port?: string;
  contextPath?: string;
  https?: boolean;
  insecure?: boolean;
  caCert?: string;
  profile?: string;
  /** zstack, eos or ac (else the environment's or the profile's). */
  provider?: string;
  /** Run on the embedded simulator. */
  sim?: boolean;
  timeout?: string;
  wait?: boolean;
  jobUuid?: string;
  webhook?: string;
  /** Send unknown parameter names and query fields as given. */
  allowUnknown?: boolean;
  output?: string;
  columns?: string[];
  query?: string;
  all?: boolean;
  pageSize?: string;
  noColor?: boolean;
  passwordStdin?: boolean;
  help?: boolean;
  version?: boolean;
}

/** How results are shown: the format and what of them (resolved from options, environment and profile). */
export interface OutputSettings {
  format: Format;
  columns?: string[];
  query?: string;
  all: boolean;
  pageSize: number;
}

export interface Context {
  io: Io;
  opts: GlobalOptions;
  output: OutputSettings;
  config: ConfigFile;
  profileName: string;
  profile: ProfileConfig;
  /** Whose API the command speaks: the profile's provider unless --provider or ZSTACK_PROVIDER says otherwise. */
  provider: Provider;
  endpoint: Endpoint;
  session?: StoredSession;
  /** The endpoint of a stored session that was left unused because this command talks to another one. */
  sessionElsewhere?: string;
  /** When the stored session or token expired (EOS tokens carry their expiry) or the server refused it: it is not
   *  sent. */
  sessionExpired?: string;
  auth: Auth;
  insecure: boolean;
  caCert?: string;
  /** --timeout in seconds, if given. */
  timeoutSec?: number;
  /** When the command must end by: --timeout from when the command began, if given. */
  deadline?: TimeLimit;
}

/** The global options from their values keyed by long name (both option parsers produce that shape), checked. */
export function globalOptionsFrom(v: Readonly<Record<string, string | boolean | string[] | undefined>>): GlobalOptions {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const flag = (k: string) => (v[k] === true ? true : undefined);
  const opts: GlobalOptions = {
    dryRun: flag('dry-run'),
    curl: flag('curl'),
    debug: flag('debug'),
    host: str('host'),
    port: str('port'),
    contextPath: str('context-path'),
    https: flag('https'),
    insecure: flag('insecure'),
    caCert: str('ca-cert'),
    profile: str('profile'),
    provider: str('provider'),
    sim: flag('sim'),
    timeout: str('timeout'),
    wait: v['no-wait'] ? false : undefined,
    jobUuid: str('job-uuid'),
    webhook: str('webhook'),
    allowUnknown: flag('allow-unknown'),
    output: str('output'),
    // `-c uuid -c name` and `-c uuid,name` alike (no field name holds a comma).
    columns: v.column === undefined ? undefined : ([] as string[]).concat(v.column as string | string[]).flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean),
    query: str('query'),
    all: flag('all'),
    pageSize: str('page-size'),
    noColor: flag('no-color'),
    passwordStdin: flag('password-stdin'),
    help: flag('help'),
    version: flag('version'),
  };
  if (opts.jobUuid !== undefined && !/^[0-9a-f]{32}$/.test(opts.jobUuid)) {
    throw usageError(`--job-uuid: '${opts.jobUuid}' is not a UUID v4 without dashes (32 lowercase hex characters)`);
  }
  if (opts.dryRun && opts.curl) throw usageError('choose one of --dry-run and --curl');
  if (opts.provider !== undefined) checkProvider(opts.provider, '--provider');
  if (opts.webhook !== undefined && !/^https?:\/\/\S+$/.test(opts.webhook)) throw usageError(`--webhook: '${opts.webhook}' is not an http(s) URL`);
  return opts;
}

function checkProvider(value: string, where: string): Provider {
  if ((PROVIDERS as readonly string[]).includes(value)) return value as Provider;
  throw usageError(`${where}: '${value}' is not a provider`, [`valid values: ${PROVIDERS.join(', ')}`]);
}

/** The provider of a command: --provider, then ZSTACK_PROVIDER, then the profile's, then zstack. */
export function providerFor(option: string | undefined, env: Io['env'], profile: ProfileConfig): Provider {
  if (option !== undefined) return checkProvider(option, '--provider');
  if (env.ZSTACK_PROVIDER) return checkProvider(env.ZSTACK_PROVIDER, 'ZSTACK_PROVIDER');
  return profile.provider ?? 'zstack';
}

/** An environment variable's true or false (unset or empty: nothing said); anything else is refused, as
 *  ZSTACK_OUTPUT=xml is, rather than read as false. */
const bool = (name: string, v: string | undefined): boolean | undefined => {
  if (v === undefined || v === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw usageError(`${name}: '${v}' is not true or false`);
};

/** The profile a command uses: --profile, then ZSTACK_PROFILE, then the configuration's current profile, then default.
 *  Shared with completion, which must look in the same profile's cache. */
export function profileNameFor(option: string | undefined, env: Io['env'], config: ConfigFile): string {
  return option ?? (env.ZSTACK_PROFILE || config.currentProfile || DEFAULT_PROFILE);
}

export function resolveContext(io: Io, opts: GlobalOptions): Context {
  const env = io.env;
  const config = readConfig(env);
  const profileName = profileNameFor(opts.profile, env, config);
  const profile = config.profiles[profileName] ?? {};
  if (!config.profiles[profileName] && profileName !== DEFAULT_PROFILE && profileName !== SIM_PROFILE) {
    if (opts.profile !== undefined) throw usageError(`no profile named '${profileName}'`, [`create it: zstack-cli profile add ${profileName} host=<host>`, 'list them: zstack-cli profile list']);
    if (env.ZSTACK_PROFILE) {
      throw usageError(`ZSTACK_PROFILE names no profile '${profileName}'`, [`create it: zstack-cli profile add ${profileName} host=<host>, or unset ZSTACK_PROFILE`, 'list them: zstack-cli profile list']);
    }
  }
  const provider = providerFor(opts.provider, env, profile);
  const defaults = defaultEndpointFor(provider);
  const portText = opts.port ?? env.ZSTACK_PORT;
  let port = profile.port ?? defaults.port;
  if (portText !== undefined && portText !== '') {
    port = Number(portText);
    if (!/^\d+$/.test(portText) || port < 1 || port > 65535) throw usageError(`port: '${portText}' is not a port number (1-65535)`);
  }
  const host = opts.host ?? (env.ZSTACK_HOST || profile.host || defaults.host);
  if (!isHostName(host)) throw usageError(`host: '${host}' is not a host name or address`, ['give the bare host, e.g. -H 10.0.0.1 (the scheme, port and path have their own options)']);
  const endpoint: Endpoint = {
    https: opts.https ?? bool('ZSTACK_HTTPS', env.ZSTACK_HTTPS) ?? profile.https ?? defaults.https,
    host,
    port,
    contextPath: opts.contextPath ?? env.ZSTACK_CONTEXT_PATH ?? profile.contextPath ?? defaults.contextPath,
  };
  let timeoutSec: number | undefined;
  if (opts.timeout !== undefined) {
    timeoutSec = Number(opts.timeout);
    if (!/^\d+$/.test(opts.timeout) || timeoutSec < 1) throw usageError(`--timeout: '${opts.timeout}' is not a number of seconds`);
  }
  const format = checkFormat(opts.output ?? (env.ZSTACK_OUTPUT || profile.output || 'json'), opts.output !== undefined ? '--output' : env.ZSTACK_OUTPUT ? 'ZSTACK_OUTPUT' : `profile '${profileName}' output`);
  let pageSize = 500;
  if (opts.pageSize !== undefined) {
    pageSize = Number(opts.pageSize);
    if (!/^\d+$/.test(opts.pageSize) || pageSize < 1 || pageSize > 100_000) throw usageError(`--page-size: '${opts.pageSize}' is not a number from 1 to 100000`);
  }
  const stored = readSession(env, profileName, (message) => io.err(`zstack-cli: ${message}; log in again to replace it`));
  const session = stored && sessionFits(stored, baseUrl(endpoint), provider) ? stored : undefined;
  const sessionExpired = session && (session.refusedAt ?? (provider === 'eos' && expiredAt(session.expiredDate) ? session.expiredDate : undefined));
  const auth = authFor(provider, env, profile, sessionExpired ? undefined : session);
  return {
    io,
    opts,
    output: { format, columns: opts.columns, query: opts.query, all: opts.all === true, pageSize },
    config,
    profileName,
    profile,
    endpoint,
    provider,
    session,
    sessionElsewhere: stored && !session ? stored.endpoint : undefined,
    ...(sessionExpired ? { sessionExpired } : {}),
    auth,
    insecure: opts.insecure ?? bool('ZSTACK_INSECURE', env.ZSTACK_INSECURE) ?? profile.insecure ?? false,
    caCert: opts.caCert ?? (env.ZSTACK_CA_CERT || profile.caCert),
    timeoutSec,
    ...(timeoutSec !== undefined ? { deadline: commandDeadline(timeoutSec) } : {}),
  };
}

/** How a provider's requests are authenticated: ZStack an AccessKey (environment or profile) else the stored session;
 *  EOS the stored Keystone token; AC the token of AC_TOKEN or the profile. */
function authFor(provider: Provider, env: Io['env'], profile: ProfileConfig, session: StoredSession | undefined): Auth {
  if (provider === 'ac') {
    const token = env.AC_TOKEN || profile.token;
    return token ? { kind: 'token', token } : { kind: 'none' };
  }
  if (provider === 'eos') return session ? { kind: 'token', token: session.uuid } : { kind: 'none' };
  const keyId = env.ZSTACK_ACCESS_KEY_ID || profile.accessKeyId;
  const keySecret = env.ZSTACK_ACCESS_KEY_SECRET || profile.accessKeySecret;
  const serverTimeZone = env.ZSTACK_SERVER_TIMEZONE || profile.serverTimeZone;
  if (keyId && keySecret) return { kind: 'accessKey', keyId, keySecret, ...(serverTimeZone ? { serverTimeZone } : {}) };
  return session ? { kind: 'session', sessionUuid: session.uuid } : { kind: 'none' };
}

/** Whether a stored session may go to `url` (a command's base URL) for `provider`. A session belongs to the endpoint
 *  it was obtained from: it is never sent to another server. */
export function sessionFits(stored: StoredSession, url: string, provider: Provider): boolean {
  return (!stored.endpoint || stored.endpoint === url) && (stored.provider ?? 'zstack') === provider;
}

/** Whether an ISO 8601 expiry (Keystone's `expires_at`) is past. Other forms are left to the server. */
export function expiredAt(date: string | undefined): boolean {
  if (!date || !/^\d{4}-\d{2}-\d{2}T/.test(date)) return false;
  const t = Date.parse(date);
  return Number.isFinite(t) && t <= Date.now();
}

/** The context path help shows in API paths: the one this command would use, or the default when the
 *  configuration cannot be read (help must still work then). */
export function helpContextPath(io: Io, opts: GlobalOptions): string {
  try {
    return resolveContext(io, opts).endpoint.contextPath;
  } catch {
    return DEFAULT_ENDPOINT.contextPath;
  }
}

/** The imported catalog a command's profile uses: its `catalog` setting, else the one named like the profile. */
export const catalogNameOf = (ctx: Pick<Context, 'profile' | 'profileName'>): string => ctx.profile.catalog ?? ctx.profileName;

/** The provider and catalog of a command line (an unreadable configuration or an unknown provider: ZStack's; they
 *  are reported when the context is resolved). */
export function commandCatalog(io: Io, opts: GlobalOptions): { provider: Provider; catalog: Catalog } {
  let config: ConfigFile;
  try {
    config = readConfig(io.env);
  } catch {
    config = { profiles: Object.create(null) };
  }
  return profileProvider(io.env, config, opts.sim ? SIM_PROFILE : profileNameFor(opts.profile, io.env, config), opts.provider);
}

/** The catalog of a profile's provider (see commandCatalog). */
export function profileCatalog(env: Io['env'], config: ConfigFile, profileName: string, providerOption: string | undefined): Catalog {
  return profileProvider(env, config, profileName, providerOption).catalog;
}

function profileProvider(env: Io['env'], config: ConfigFile, profileName: string, providerOption: string | undefined): { provider: Provider; catalog: Catalog } {
  const profile = config.profiles[profileName] ?? {};
  let provider: Provider = 'zstack';
  try {
    provider = providerFor(providerOption, env, profile);
  } catch {
    // reported with the context
  }
  return { provider, catalog: catalogOf(provider, env, catalogNameOf({ profileName, profile })) };
}
