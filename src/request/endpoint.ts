import { PROVIDER_DEFAULTS, type Provider } from '../session/settings.js';
import type { Endpoint } from './types.js';

export const DEFAULT_ENDPOINT: Endpoint = { https: false, host: 'localhost', port: 8080, contextPath: 'zstack' };

/** The endpoint of a provider when nothing else is set (EOS: Keystone's port, no context path; AC: https). */
export function defaultEndpointFor(provider: Provider = 'zstack'): Endpoint {
  const d = PROVIDER_DEFAULTS[provider];
  return { https: d.https, host: DEFAULT_ENDPOINT.host, port: d.port, contextPath: d.contextPath };
}

/** `http://host:8080/zstack` (no trailing slash). IPv6 literals are bracketed. */
export function baseUrl(e: Endpoint): string {
  const host = e.host.includes(':') && !e.host.startsWith('[') ? `[${e.host}]` : e.host;
  const ctx = e.contextPath.replace(/^\/+|\/+$/g, '');
  return `${e.https ? 'https' : 'http'}://${host}:${e.port}${ctx ? `/${ctx}` : ''}`;
}
