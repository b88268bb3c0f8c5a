// Invocation -> HttpRequest for EasyStack EOS (seed 000): Keystone v3 paths with no context path, the token in
// X-Auth-Token, bodies wrapped in the API's key (`{"domain": {...}}`, `{"user": {...}}`), and the password login's
// own body.
import { needsSession } from '../catalog/catalog.js';
import { usageError } from '../errors.js';
import type { Invocation } from '../invocation/parse.js';
import { enc, placedParams, wireText } from './common.js';
import { baseUrl } from './endpoint.js';
import type { Auth, Endpoint, HttpRequest } from './types.js';

export function buildEosRequest(inv: Invocation, endpoint: Endpoint, auth: Auth): HttpRequest {
  const { api } = inv;
  let path = api.path;
  const pairs: string[] = [];
  const fields: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  const secrets: string[][] = [];
  for (const { spec, value, where } of placedParams(inv)) {
    if (where === 'path') path = path.replace(`{${spec.name}}`, enc(wireText(value)));
    else if (where === 'query') pairs.push(`${enc(spec.name)}=${enc(wireText(value, 'comma'))}`);
    else if (where === 'header') headers[spec.name] = wireText(value, 'comma');
    else {
      fields[spec.name] = value;
      if (spec.password) secrets.push(api.bodyKey ? [api.bodyKey, spec.name] : [spec.name]);
    }
  }
  let body: unknown = null;
  if (api.login) {
    body = keystonePasswordAuth(inv.params);
    secrets.splice(0, secrets.length, ['auth', 'identity', 'password', 'user', 'password']);
  } else if (api.method !== 'GET' && api.method !== 'DELETE') {
    body = api.bodyKey ? { [api.bodyKey]: fields } : fields;
  }
  if (body !== null) headers['Content-Type'] = 'application/json';
  if (needsSession(api) && auth.kind === 'token') {
    headers['X-Auth-Token'] = auth.token;
    secrets.push(['header', 'X-Auth-Token']);
  }
  const url = `${baseUrl(endpoint)}${path}${pairs.length ? `?${pairs.join('&')}` : ''}`;
  return { provider: 'eos', method: api.method, url, headers, body, async: false, secrets };
}

/** Keystone v3's password authentication, scoped to a project when one is named (the seed's example). */
function keystonePasswordAuth(p: Record<string, unknown>): unknown {
  const text = (k: string) => (typeof p[k] === 'string' && p[k] !== '' ? (p[k] as string) : undefined);
  const [userName, userId] = [text('user_name'), text('user_id')];
  if (userName && userId) throw usageError('LogIn takes user_name=... or user_id=..., not both', ['e.g. zstack-cli LogIn user_name=admin project_name=admin']);
  if (!userName && !userId) throw usageError('LogIn needs user_name=... or user_id=... (one of them)', ['e.g. zstack-cli LogIn user_name=admin project_name=admin']);
  const [projectName, projectId] = [text('project_name'), text('project_id')];
  if (projectName && projectId) throw usageError('LogIn takes project_name=... or project_id=..., not both');
  const user = userId ? { id: userId, password: p.password } : { name: userName, domain: { name: text('domain_name') ?? 'Default' }, password: p.password };
  const project = projectId ? { id: projectId } : projectName ? { name: projectName, domain: { name: text('project_domain_name') ?? 'Default' } } : undefined;
  return { auth: { identity: { methods: ['password'], password: { user } }, ...(project ? { scope: { project } } : {}) } };
}
