// The global options, defined once: the parser (cli/main), help (output/help) and completion (cli/complete) read it.

export interface OptionSpec {
  /** Long name without dashes. */
  name: string;
  short?: string;
  /** Placeholder when the option takes a value. */
  value?: string;
  help: string;
}

export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'dry-run', help: 'print the request as JSON instead of sending it (secrets masked)' },
  { name: 'curl', help: 'print the request as a curl command line instead of sending it' },
  { name: 'sim', help: 'run on the embedded simulator (same as --profile sim)' },
  { name: 'profile', value: 'name', help: 'use this profile (env ZSTACK_PROFILE; default: the one chosen with `profile use`)' },
  { name: 'host', short: 'H', value: 'host', help: 'management node host (env ZSTACK_HOST; default localhost)' },
  { name: 'port', short: 'p', value: 'port', help: 'management node port (env ZSTACK_PORT; default 8080)' },
  { name: 'context-path', value: 'path', help: "REST context path (env ZSTACK_CONTEXT_PATH; default 'zstack', may be empty)" },
  { name: 'https', help: 'use https (env ZSTACK_HTTPS=true)' },
  { name: 'insecure', help: 'skip TLS certificate verification (explicit opt-in)' },
  { name: 'ca-cert', value: 'file', help: 'trust this CA certificate (env ZSTACK_CA_CERT)' },
  { name: 'timeout', value: 'seconds', help: 'how long to wait for an asynchronous job (default 1800); sent as X-API-Timeout' },
  { name: 'no-wait', help: 'print the job location at once instead of waiting' },
  { name: 'job-uuid', value: 'hex32', help: 'name the job (X-Job-UUID)' },
  { name: 'webhook', value: 'url', help: 'have the server POST the result there (X-Web-Hook)' },
  { name: 'debug', help: 'log each request and response to stderr (secrets masked); stack traces' },
  { name: 'help', short: 'h', help: 'show help; `zstack-cli help <Verb>` for one command' },
  { name: 'version', short: 'V', help: 'print the version' },
];

/** `-H, --host <host>` */
export const optionLabel = (o: OptionSpec): string => `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` <${o.value}>` : ''}`;
