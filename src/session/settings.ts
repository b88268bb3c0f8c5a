// The settings a profile can hold (`zstack-cli profile add NAME key=value ...`) and how each value is read.
// Pure data: the configuration code, the command table and completion read it.

export const PROVIDERS = ['zstack', 'eos', 'ac'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** What a provider's endpoint is when nothing says otherwise. */
export const PROVIDER_DEFAULTS: Readonly<Record<Provider, { port: number; https: boolean; contextPath: string; label: string }>> = {
  zstack: { port: 8080, https: false, contextPath: 'zstack', label: 'ZStack' },
  // Keystone's public port; EOS quota and user APIs are Keystone's.
  eos: { port: 5000, https: false, contextPath: '', label: 'EasyStack EOS' },
  // The AC openapi address of the seed's examples.
  ac: { port: 65102, https: true, contextPath: '', label: 'AC' },
};

export type SettingKind = 'string' | 'port' | 'boolean' | 'provider' | 'format';

/** The output formats, for the `output` setting (the renderers are in src/output). */
export const OUTPUT_FORMATS = ['json', 'table', 'yaml', 'csv', 'tsv', 'value', 'ndjson'] as const;

export const PROFILE_KEYS = {
  host: 'string',
  port: 'port',
  https: 'boolean',
  contextPath: 'string',
  provider: 'provider',
  insecure: 'boolean',
  caCert: 'string',
  accessKeyId: 'string',
  accessKeySecret: 'string',
  serverTimeZone: 'string',
  token: 'string',
  catalog: 'string',
  output: 'format',
} as const satisfies Record<string, SettingKind>;

export type ProfileKey = keyof typeof PROFILE_KEYS;

/** The values completion offers for a setting, if it has a fixed set. */
export function settingValues(key: string): readonly string[] | undefined {
  const kind = Object.hasOwn(PROFILE_KEYS, key) ? (PROFILE_KEYS as Record<string, SettingKind>)[key] : undefined;
  return kind === 'boolean' ? ['true', 'false'] : kind === 'provider' ? PROVIDERS : kind === 'format' ? OUTPUT_FORMATS : undefined;
}
