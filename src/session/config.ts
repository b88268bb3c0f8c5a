// Profiles (XDG config) and per-profile sessions (XDG state). Reads are plain JSON reads (start-up stays cheap).
// The configuration is written through conf (schema-validated, atomic, mode 0600), a session with the atomic file
// writer; both under a cross-process lock.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_FORMATS, PROFILE_KEYS, PROVIDERS, type Provider } from './settings.js';
import { usageError } from '../errors.js';
import { damagedFile, privateDir, readJsonFile, refuseLink, writeFileAtomic } from '../util/files.js';
import { withFileLock } from './lock.js';
import { configDir, privatePath, stateDir } from './paths.js';
import { importEsm } from '../util/esm.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface ProfileConfig {
  host?: string;
  port?: number;
  https?: boolean;
  contextPath?: string;
  provider?: Provider;
  insecure?: boolean;
  caCert?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  /** The management node's UTC offset (`+08:00` by default), for AccessKey Date headers. */
  serverTimeZone?: string;
  /** The AC openapi token (provider ac), sent as the `token` header. */
  token?: string;
  /** The imported catalog this profile uses (default: the one named like the profile, if any). */
  catalog?: string;
  /** The output format for this profile's commands (default json). */
  output?: string;
}

export interface ConfigFile {
  currentProfile?: string;
  profiles: Record<string, ProfileConfig>;
}

export interface StoredSession {
  /** The session uuid (ZStack) or the token (EOS). */
  uuid: string;
  /** Whose session it is; ZStack when left out. */
  provider?: Provider;
  accountUuid?: string;
  userUuid?: string;
  accountName?: string;
  userName?: string;
  expiredDate?: string;
  createDate?: string;
  /** Base URL the session was obtained from. */
  endpoint?: string;
  /** When the server refused it (expired, logged out elsewhere): kept to say so, never sent again. */
  refusedAt?: string;
}

export const DEFAULT_PROFILE = 'default';
/** The built-in profile that runs every command on the embedded simulator. */
export const SIM_PROFILE = 'sim';
export { PROFILE_KEYS };
export const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

const PROFILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    host: { type: 'string', minLength: 1 },
    port: { type: 'integer', minimum: 1, maximum: 65535 },
    https: { type: 'boolean' },
    contextPath: { type: 'string' },
    provider: { enum: [...PROVIDERS] },
    insecure: { type: 'boolean' },
    caCert: { type: 'string' },
    accessKeyId: { type: 'string', minLength: 1 },
    accessKeySecret: { type: 'string', minLength: 1 },
    serverTimeZone: { type: 'string', minLength: 1 },
    token: { type: 'string', minLength: 1 },
    catalog: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' },
    output: { enum: [...OUTPUT_FORMATS] },
  },
} as const;

export const configPath = (env: Env): string => join(configDir(env), 'config.json');
const sessionDir = (env: Env): string => join(stateDir(env), 'sessions');
export const sessionPath = (env: Env, profile: string): string => join(sessionDir(env), `${profile}.json`);

export function readConfig(env: Env): ConfigFile {
  const path = configPath(env);
  const raw = readJsonFile(path, 'configuration file');
  if (raw === undefined) return { profiles: Object.create(null) };
  const problem = configProblem(raw);
  if (problem) throw damagedFile('configuration file', path, problem);
  return raw as ConfigFile;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with a configuration read from disk (hand edits happen), or undefined. Cheap: no schema library. */
function configProblem(raw: unknown): string | undefined {
  if (!isObject(raw)) return 'not a JSON object';
  if (raw.currentProfile !== undefined && typeof raw.currentProfile !== 'string') return 'currentProfile is not a string';
  const profiles = raw.profiles ?? {};
  if (!isObject(profiles)) return 'profiles is not an object';
  // Without a prototype: a profile named `constructor` or `toString` must not find Object's.
  raw.profiles = Object.assign(Object.create(null), profiles);
  for (const [name, p] of Object.entries(profiles)) {
    if (!isObject(p)) return `profile '${name}' is not an object`;
    for (const [key, kind] of Object.entries(PROFILE_KEYS)) {
      const v = p[key];
      if (v === undefined) continue;
      const ok =
        kind === 'port' ? Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535
        : kind === 'boolean' ? typeof v === 'boolean'
        : kind === 'provider' ? (PROVIDERS as readonly unknown[]).includes(v)
        : kind === 'format' ? (OUTPUT_FORMATS as readonly unknown[]).includes(v)
        : key === 'host' ? typeof v === 'string' && isHostName(v)
        : typeof v === 'string';
      if (!ok) return `profile '${name}': ${key} ${JSON.stringify(v)} is not valid`;
    }
  }
  return undefined;
}

/** A host name, IPv4 or IPv6 address: nothing that could change the URL's meaning (`/`, `?`, `@`, spaces). */
export const isHostName = (host: string): boolean => /^[A-Za-z0-9.\-:[\]]+$/.test(host);

/** Read-modify-write of the configuration under the lock; the mutation sees the latest file. */
export async function updateConfig(env: Env, mutate: (c: ConfigFile) => void): Promise<ConfigFile> {
  const dir = configDir(env);
  privateDir(dir);
  refuseLink(configPath(env)); // the settings library would write through a link
  const { default: Conf } = await importEsm<typeof import('conf')>('conf'); // loaded before the lock: hold it briefly
  return withFileLock(join(dir, 'config.json.lock'), async () => {
    const store = openStore(Conf, dir, 'config', {
      currentProfile: { type: 'string' },
      profiles: { type: 'object', additionalProperties: PROFILE_SCHEMA },
    });
    const current: ConfigFile = { currentProfile: store.get('currentProfile') as string | undefined, profiles: Object.assign(Object.create(null), store.get('profiles') as ConfigFile['profiles']) };
    mutate(current);
    try {
      store.store = JSON.parse(JSON.stringify(current));
    } catch (e) {
      throw usageError(`invalid profile settings: ${(e as Error).message.replace(/^Config schema violation: /, '')}`);
    }
    return current;
  });
}

/** The stored session of a profile. A damaged session file only holds a token: it reads as no session (with
 *  `onDamaged` told why), and the next login replaces it. */
export function readSession(env: Env, profile: string, onDamaged?: (message: string) => void): StoredSession | undefined {
  let s: unknown;
  try {
    s = readJsonFile(sessionPath(env, profile), 'session file');
  } catch (e) {
    onDamaged?.((e as Error).message);
    return undefined;
  }
  if (s !== undefined && !(isObject(s) && typeof s.uuid === 'string')) {
    onDamaged?.(`the session file ${sessionPath(env, profile)} is damaged (no session uuid)`);
    return undefined;
  }
  return s as StoredSession | undefined;
}

export async function writeSession(env: Env, profile: string, session: StoredSession | undefined): Promise<void> {
  const dir = sessionDir(env);
  privatePath(stateDir(env), sessionPath(env, profile));
  await withFileLock(join(dir, `${profile}.json.lock`), async () => {
    // Written or removed under the lock: a login landing in between from another shell must not be lost or deleted.
    if (session) writeFileAtomic(sessionPath(env, profile), `${JSON.stringify(session, null, 2)}\n`);
    else rmSync(sessionPath(env, profile), { force: true });
  });
}

function openStore(Conf: typeof import('conf').default, dir: string, name: string, schema: Record<string, unknown>) {
  try {
    return new Conf<Record<string, unknown>>({
      cwd: dir,
      configName: name,
      projectName: 'zstack-cli',
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
      schema: schema as never,
    });
  } catch (e) {
    throw damagedFile('configuration file', join(dir, `${name}.json`), (e as Error).message);
  }
}
