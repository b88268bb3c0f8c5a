import type { Endpoint } from './types.js';

export const DEFAULT_ENDPOINT: Endpoint = { https: false, host: 'localhost', port: 8080, contextPath: 'zstack' };

/** `http://host:8080/zstack` (no trailing slash). IPv6 literals are bracketed. */
export function baseUrl(e: Endpoint): string {
  const host = e.host.includes(':') && !e.host.startsWith('[') ? `[${e.host}]` : e.host;
  const ctx = e.contextPath.replace(/^\/+|\/+$/g, '');
  return `${e.https ? 'https' : 'http'}://${host}:${e.port}${ctx ? `/${ctx}` : ''}`;
}
