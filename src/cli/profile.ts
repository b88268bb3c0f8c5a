// `zstack-cli profile add|use|list|show|remove NAME [key=value ...]`
import { CliError, usageError } from '../errors.js';
import { MASK } from '../request/render.js';
import { baseUrl, DEFAULT_ENDPOINT } from '../request/endpoint.js';
import { DEFAULT_PROFILE, isHostName, PROFILE_KEYS, PROFILE_NAME, readSession, updateConfig, writeSession, type ProfileConfig } from '../session/config.js';
import { didYouMean } from '../util/suggest.js';
import { SIM_PROFILE, type Context } from './context.js';

const USAGE = 'usage: zstack-cli profile add|use|list|show|remove NAME [host=... port=... https=... contextPath=... provider=zstack accessKeyId=... accessKeySecret=...]';

export async function runProfile(ctx: Context, args: string[]): Promise<void> {
  const [action, name, ...rest] = args;
  const env = ctx.io.env;
  switch (action) {
    case 'list': {
      const lines = Object.keys({ [DEFAULT_PROFILE]: {}, ...ctx.config.profiles }).sort().map((n) => {
        const p = ctx.config.profiles[n] ?? {};
        const s = readSession(env, n);
        const mark = n === (ctx.config.currentProfile ?? DEFAULT_PROFILE) ? '*' : ' ';
        return `${mark} ${n}\t${baseUrl({ ...DEFAULT_ENDPOINT, ...definedOnly(p) })}\t${s ? `logged in as ${s.userName ?? s.accountName ?? s.accountUuid}` : 'not logged in'}`;
      });
      const simMark = ctx.config.currentProfile === SIM_PROFILE ? '*' : ' ';
      lines.push(`${simMark} ${SIM_PROFILE}\tembedded simulator (built in)\tlogged in as admin`);
      return ctx.io.out(lines.join('\n'));
    }
    case 'show': {
      const n = name ?? ctx.profileName;
      if (n === SIM_PROFILE) {
        const s = readSession(env, SIM_PROFILE);
        return ctx.io.out(JSON.stringify({ name: SIM_PROFILE, builtIn: true, endpoint: 'embedded simulator on a free loopback port', session: { account: s?.accountName ?? 'admin' } }, null, 2));
      }
      const p = ctx.config.profiles[n];
      if (!p && n !== DEFAULT_PROFILE) throw noProfile(n, ctx);
      const s = readSession(env, n);
      const shown = { name: n, ...p, ...(p?.accessKeySecret ? { accessKeySecret: MASK } : {}), endpoint: baseUrl({ ...DEFAULT_ENDPOINT, ...definedOnly(p ?? {}) }), session: s ? { account: s.accountName, user: s.userName, expiredDate: s.expiredDate } : null };
      return ctx.io.out(JSON.stringify(shown, null, 2));
    }
    case 'add': {
      checkName(name);
      if (name === SIM_PROFILE) throw usageError(`'${SIM_PROFILE}' is the built-in simulator profile; choose another name`);
      const settings = parseSettings(rest);
      const c = await updateConfig(env, (cfg) => {
        cfg.profiles[name!] = { ...cfg.profiles[name!], ...settings };
      });
      ctx.io.err(`profile '${name}' saved (${baseUrl({ ...DEFAULT_ENDPOINT, ...definedOnly(c.profiles[name!]) })})`);
      return;
    }
    case 'use': {
      checkName(name);
      await updateConfig(env, (cfg) => {
        if (name !== DEFAULT_PROFILE && name !== SIM_PROFILE && !cfg.profiles[name!]) throw noProfile(name!, ctx);
        cfg.currentProfile = name;
      });
      ctx.io.err(`now using profile '${name}'`);
      return;
    }
    case 'remove': {
      checkName(name);
      if (name === SIM_PROFILE) throw usageError(`'${SIM_PROFILE}' is built in and cannot be removed`);
      await updateConfig(env, (cfg) => {
        if (!cfg.profiles[name!]) throw noProfile(name!, ctx);
        delete cfg.profiles[name!];
        if (cfg.currentProfile === name) delete cfg.currentProfile;
      });
      await writeSession(env, name!, undefined);
      ctx.io.err(`profile '${name}' removed`);
      return;
    }
    default:
      throw usageError(action ? `unknown profile action '${action}'` : 'profile needs an action', [USAGE]);
  }
}

function definedOnly(p: ProfileConfig): Partial<{ host: string; port: number; https: boolean; contextPath: string }> {
  const out: Record<string, unknown> = {};
  for (const k of ['host', 'port', 'https', 'contextPath'] as const) if (p[k] !== undefined) out[k] = p[k];
  return out;
}

function checkName(name: string | undefined): void {
  if (!name) throw usageError('profile name missing', [USAGE]);
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
    if (eq < 0 && t in PROFILE_KEYS) throw usageError(`${t} needs a value: ${t}=<value>`);
    const kind = PROFILE_KEYS[key as keyof ProfileConfig];
    if (!kind) throw usageError(`unknown profile setting '${key || t}'`, [...didYouMean(key || t, Object.keys(PROFILE_KEYS)), `settings: ${Object.keys(PROFILE_KEYS).join(', ')}`]);
    if (kind === 'port') {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < 1 || n > 65535) throw usageError(`port: '${value}' is not a port number (1-65535)`);
      out[key] = n;
    } else if (kind === 'boolean') {
      if (!/^(true|false)$/i.test(value)) throw usageError(`${key}: use true or false`);
      out[key] = value.toLowerCase() === 'true';
    } else if (kind === 'provider') {
      if (!['zstack', 'eos', 'ac'].includes(value)) throw usageError(`provider: '${value}' is not valid`, ['valid values: zstack, eos, ac']);
      out[key] = value;
    } else {
      if (key === 'host' && !isHostName(value)) throw usageError(`host: '${value}' is not a host name or address`);
      out[key] = value;
    }
  }
  return out as ProfileConfig;
}
