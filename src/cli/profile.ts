// `zstack-cli profile add|use|list|show|remove NAME [key=value ...]`: the handlers of the profile commands.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isImportedCatalog } from '../catalog/index.js';
import { CliError, usageError } from '../errors.js';
import { formatSignatureDate } from '../request/zstack.js';
import { isMaskedSecret, isSecretKey, MASK } from '../request/render.js';
import { baseUrl, defaultEndpointFor } from '../request/endpoint.js';
import { localize } from '../output/locale.js';
import { DEFAULT_PROFILE, isHostName, PROFILE_KEYS, PROFILE_NAME, readSession, updateConfig, writeSession, type ProfileConfig, type StoredSession } from '../session/config.js';
import { OUTPUT_FORMATS, PROVIDERS } from '../session/settings.js';
import { didYouMean } from '../util/suggest.js';
import { expiredAt, sessionFits, SIM_PROFILE, type Context } from './context.js';
import { emitResult } from './emit.js';

/** `profile list`: every profile, the current one marked, and who is logged in to each; with -o, as rows of that
 *  format (current, name, provider, endpoint, who). */
export async function profileList(ctx: Context): Promise<void> {
  const env = ctx.io.env;
  const current = ctx.config.currentProfile ?? DEFAULT_PROFILE;
  const profiles = Object.keys({ [DEFAULT_PROFILE]: {}, ...ctx.config.profiles })
    .sort()
    .map((n) => {
      const p = ctx.config.profiles[n] ?? {};
      return { n, p, s: readSession(env, n), url: profileUrl(p) };
    });
  const sim = { current: current === SIM_PROFILE, name: SIM_PROFILE, provider: 'zstack', endpoint: 'embedded simulator (built in)', who: 'logged in as admin' };
  if (ctx.opts.output !== undefined) {
    const rows = profiles.map(({ n, p, s, url }) => ({ current: n === current, name: n, provider: p.provider ?? 'zstack', endpoint: url, who: whoIs(p, s, url) }));
    return emitResult(ctx, [...rows, sim]);
  }
  const lines = profiles.map(({ n, p, s, url }) => `${n === current ? '*' : ' '} ${n}\t${p.provider && p.provider !== 'zstack' ? `${p.provider} ` : ''}${url}\t${whoIs(p, s, url)}`);
  lines.push(`${sim.current ? '*' : ' '} ${sim.name}\t${sim.endpoint}\t${sim.who}`);
  ctx.io.out(localize(ctx.io, lines.join('\n')));
}

/** Where a profile's commands go: its settings over its provider's defaults. */
const profileUrl = (p: ProfileConfig): string => baseUrl({ ...defaultEndpointFor(p.provider), ...definedOnly(p) });

/** Who a profile's commands run as, as far as this machine knows: an AC token, an AccessKey, the stored session
 *  (and whether it expired or the server refused it, or belongs to another endpoint than the profile's `url`, where a
 *  login with -H/-p left it: the profile's commands cannot use it), or nobody. */
function whoIs(p: ProfileConfig, s: StoredSession | undefined, url: string): string {
  const provider = p.provider ?? 'zstack';
  if (provider === 'ac') return p.token ? 'token' : 'no token';
  if (provider === 'zstack' && p.accessKeyId && p.accessKeySecret) return `AccessKey ${p.accessKeyId}`;
  if (!s) return 'not logged in';
  const name = s.userName ?? s.accountName ?? s.accountUuid;
  if (!sessionFits(s, url, provider)) {
    return s.endpoint && s.endpoint !== url ? `session of ${name} at ${s.endpoint} (not this profile's endpoint)` : `${s.provider ?? 'zstack'} session of ${name} (not this profile's provider)`;
  }
  if (s.refusedAt) return `session expired (was ${name})`;
  if (s.provider === 'eos' && expiredAt(s.expiredDate)) return `token expired for ${name}`;
  return `logged in as ${name}`;
}

/** `profile show [NAME]`: the settings (secret masked) and the session of one profile. */
export function profileShow(ctx: Context, name: string | undefined): void {
  const env = ctx.io.env;
  const n = name ?? ctx.profileName;
  if (n === SIM_PROFILE) {
    const s = readSession(env, SIM_PROFILE);
    return ctx.io.out(JSON.stringify({ name: SIM_PROFILE, builtIn: true, endpoint: 'embedded simulator on a free loopback port', session: { account: s?.accountName ?? 'admin' } }, null, 2));
  }
  checkName(n);
  const p = ctx.config.profiles[n];
  if (!p && n !== DEFAULT_PROFILE) throw noProfile(n, ctx);
  const s = readSession(env, n);
  const url = profileUrl(p ?? {});
  // A session left by a login to another endpoint (-H/-p) says where it belongs: this profile's commands cannot use it.
  const elsewhere = s && !sessionFits(s, url, p?.provider ?? 'zstack') ? { endpoint: s.endpoint, provider: s.provider ?? 'zstack', usable: false } : {};
  const shown = { name: n, ...p, ...(p?.accessKeySecret ? { accessKeySecret: MASK } : {}), ...(p?.token ? { token: MASK } : {}), endpoint: url, session: s ? { account: s.accountName, user: s.userName, expiredDate: s.expiredDate, ...(s.refusedAt ? { refusedAt: s.refusedAt } : {}), ...elsewhere } : null };
  ctx.io.out(JSON.stringify(shown, null, 2));
}

/** `profile add NAME key=value...`: creates the profile or updates the settings given. */
export async function profileAdd(ctx: Context, name: string, settingTokens: string[]): Promise<void> {
  checkName(name);
  if (name === SIM_PROFILE) throw usageError(`'${SIM_PROFILE}' is the built-in simulator profile; choose another name`);
  const settings = parseSettings(settingTokens);
  if (settings.catalog !== undefined && !isImportedCatalog(ctx.io.env, settings.catalog)) {
    throw usageError(`catalog: no imported catalog named '${settings.catalog}'`, ['list them: zstack-cli catalog list', 'import one: zstack-cli catalog import zssdk.py --name NAME']);
  }
  const c = await updateConfig(ctx.io.env, (cfg) => {
    const merged: Record<string, unknown> = { ...cfg.profiles[name], ...settings };
    // `key=` (nothing after the =) removes a setting (contextPath= is an empty context path, a value of its own).
    for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
    cfg.profiles[name] = merged as ProfileConfig;
  });
  ctx.io.say('info', `profile '${name}' saved (${profileUrl(c.profiles[name])})`);
}

export async function profileUse(ctx: Context, name: string): Promise<void> {
  checkName(name);
  await updateConfig(ctx.io.env, (cfg) => {
    if (name !== DEFAULT_PROFILE && name !== SIM_PROFILE && !cfg.profiles[name]) throw noProfile(name, ctx);
    cfg.currentProfile = name;
  });
  ctx.io.say('info', `now using profile '${name}'`);
}

export async function profileRemove(ctx: Context, name: string): Promise<void> {
  checkName(name);
  if (name === SIM_PROFILE) throw usageError(`'${SIM_PROFILE}' is built in and cannot be removed`);
  await updateConfig(ctx.io.env, (cfg) => {
    if (!cfg.profiles[name]) throw noProfile(name, ctx);
    delete cfg.profiles[name];
    if (cfg.currentProfile === name) delete cfg.currentProfile;
  });
  await writeSession(ctx.io.env, name, undefined);
  ctx.io.say('info', `profile '${name}' removed`);
}

function definedOnly(p: ProfileConfig): Partial<{ host: string; port: number; https: boolean; contextPath: string }> {
  const out: Record<string, unknown> = {};
  for (const k of ['host', 'port', 'https', 'contextPath'] as const) if (p[k] !== undefined) out[k] = p[k];
  return out;
}

/** The server's UTC offset as AccessKey requests write it (formatSignatureDate's reading). */
function checkTimeZone(value: string): void {
  try {
    formatSignatureDate(new Date(), value);
  } catch (e) {
    throw usageError(`serverTimeZone: '${value}' is not an offset such as +08:00 or -05:30`, [(e as CliError).details?.[0] ?? 'the management node\'s UTC offset']);
  }
}

/** The full name of a file that can be read now. */
function readableFile(key: string, value: string): string {
  const file = resolve(value);
  try {
    readFileSync(file);
  } catch (e) {
    throw usageError(`${key}: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return file;
}

function checkName(name: string): void {
  if (!PROFILE_NAME.test(name)) throw usageError(`'${name}' is not a valid profile name`, ['use letters, digits, _ . - (up to 64 characters)']);
}

function noProfile(name: string, ctx: Context): CliError {
  return usageError(`no profile named '${name}'`, didYouMean(name, Object.keys(ctx.config.profiles)));
}

export function parseSettings(tokens: string[]): ProfileConfig {
  const out: Record<string, unknown> = {};
  for (const t of tokens) {
    const eq = t.indexOf('=');
    const key = eq > 0 ? t.slice(0, eq) : '';
    const value = t.slice(eq + 1);
    if (eq < 0 && Object.hasOwn(PROFILE_KEYS, t)) throw usageError(`${t} needs a value: ${t}=<value>`);
    const kind = Object.hasOwn(PROFILE_KEYS, key) ? PROFILE_KEYS[key as keyof typeof PROFILE_KEYS] : undefined;
    if (kind && isMaskedSecret(value) && isSecretKey(key)) {
      throw usageError(`${key}=${value} is a mask, not the ${key}: a recalled or copied line holds it where the secret was`, [`give the ${key} itself: profile add NAME ${key}=<value>`]);
    }
    if (!kind) throw usageError(`unknown profile setting '${key || t}'`, [...didYouMean(key || t, Object.keys(PROFILE_KEYS)), `settings: ${Object.keys(PROFILE_KEYS).join(', ')}`]);
    if (kind === 'port') {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < 1 || n > 65535) throw usageError(`port: '${value}' is not a port number (1-65535)`);
      out[key] = n;
    } else if (kind === 'boolean') {
      if (!/^(true|false)$/i.test(value)) throw usageError(`${key}: use true or false`);
      out[key] = value.toLowerCase() === 'true';
    } else if (kind === 'format') {
      if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) throw usageError(`output: '${value}' is not an output format`, [`formats: ${OUTPUT_FORMATS.join(', ')}`]);
      out[key] = value;
    } else if (kind === 'provider') {
      if (!(PROVIDERS as readonly string[]).includes(value)) throw usageError(`provider: '${value}' is not valid`, [`valid values: ${PROVIDERS.join(', ')}`]);
      out[key] = value;
    } else if (value === '' && key !== 'contextPath') {
      out[key] = undefined; // removed (profileAdd)
    } else {
      if (key === 'host' && !isHostName(value)) throw usageError(`host: '${value}' is not a host name or address`);
      if (key === 'catalog' && !PROFILE_NAME.test(value)) throw usageError(`catalog: '${value}' is not a catalog name`, ['list them: zstack-cli catalog list']);
      if (key === 'serverTimeZone') checkTimeZone(value);
      // A certificate is kept by its full name: a command run from another directory still finds it.
      out[key] = key === 'caCert' ? readableFile('caCert', value) : value;
    }
  }
  return out as ProfileConfig;
}
