// Generated facts (from ZStack's SDK, src/catalog/zstack/generated/, or from a server's own zssdk.py imported with
// `zstack-cli catalog import`) plus the hand-written overlay -> the catalog records every room reads. Pure.
// An overlay entry that names a verb, parameter, inventory or field the facts lack is a problem, reported by name:
// the build fails on it, so the overlay cannot drift away from the API.
import type { ApiOverlay, ApiSpec, CatalogData, ParamOverlay, CatalogOverlay, ExpansionSpec, FieldSpec, HttpMethod, InventorySpec, ParamSpec, ParamType } from './types.js';

/** One API as the generator (or the importer) writes it. */
export interface GeneratedApi {
  name: string;
  family: string;
  method: string;
  path: string;
  bodyKey?: string;
  session?: boolean;
  async?: boolean;
  response?: string[];
  query?: string;
  /** `unmapped`: a query action whose inventory the generator could not identify. */
  queryRule?: string;
  params: GeneratedParam[];
}

export interface GeneratedParam {
  name: string;
  type: string;
  required?: boolean;
  validValues?: string[];
  knownValues?: string[];
  validRegexValues?: string;
  maxLength?: number;
  minLength?: number;
  numberRange?: [number, number];
  nonEmpty?: boolean;
  emptyString?: boolean;
  elementType?: string;
  default?: string | number | boolean;
}

export interface GeneratedInventory {
  name: string;
  resourceType?: string;
  fields: Array<{ name: string; type: string; validValues?: string[]; knownValues?: string[] }>;
  expand?: Array<{ name: string; inventory: string; localKey: string; foreignKey: string; hidden?: boolean }>;
  aliases?: Array<{ name: string; path: string }>;
}

export interface GeneratedCatalog {
  apis: readonly GeneratedApi[];
  inventories: readonly GeneratedInventory[];
}

type Problems = { push(p: string): unknown };

const PARAM_TYPES = new Set<ParamType>(['string', 'integer', 'long', 'float', 'boolean', 'list', 'map', 'object']);
const FIELD_TYPES = new Set(['string', 'integer', 'long', 'float', 'boolean', 'timestamp', 'list', 'map']);
const METHODS = new Set<HttpMethod>(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']);

/** Every API takes these; query verbs do not (their words are conditions). */
export const TAG_PARAMS: readonly ParamSpec[] = [
  { name: 'systemTags', type: 'list', desc: 'System tags', zh: '系统标签' },
  { name: 'userTags', type: 'list', desc: 'User tags', zh: '用户标签' },
];

/** Parameters holding a secret travel as given (masked in output) unless the overlay says the server wants their
 *  SHA-512 digest. */
export const isSecretName = (name: string): boolean => /password|secret/i.test(name);

/** `lenient`: overlay entries that do not fit are left out instead of reported (an imported catalog of another
 *  release may lack what the built-in overlay describes). */
export function mergeCatalog(given: GeneratedCatalog, overlays: readonly CatalogOverlay[] = [], lenient = false): { data: CatalogData; problems: string[] } {
  const found: string[] = [];
  const problems = lenient ? { push: (p: string) => (p.startsWith('overlay:') ? 0 : found.push(p)) } : found;
  const gen = withUnmappedQueries(given);
  const apiOverlay = new Map<string, NonNullable<CatalogOverlay['apis']>[string][]>();
  const invOverlay = new Map<string, NonNullable<CatalogOverlay['inventories']>[string][]>();
  for (const o of overlays) {
    for (const [name, a] of Object.entries(o.apis ?? {})) apiOverlay.set(name, [...(apiOverlay.get(name) ?? []), a]);
    for (const [name, i] of Object.entries(o.inventories ?? {})) invOverlay.set(name, [...(invOverlay.get(name) ?? []), i]);
  }
  const genInventories = new Map(gen.inventories.map((i) => [i.name, i]));
  const everyParam = new Map<string, ParamOverlay>();
  for (const o of overlays) for (const [name, po] of Object.entries(o.everyParam ?? {})) everyParam.set(name, { ...everyParam.get(name), ...po });
  for (const name of everyParam.keys()) if (!gen.apis.some((a) => a.params.some((p) => p.name === name))) problems.push(`overlay: no API has a parameter ${name}`);
  for (const name of apiOverlay.keys()) if (!gen.apis.some((a) => a.name === name)) problems.push(`overlay: no API named ${name}`);
  for (const name of invOverlay.keys()) if (!genInventories.has(name)) problems.push(`overlay: no inventory named ${name}`);

  const apis = gen.apis.map((g) => {
    const layers = apiOverlay.get(g.name) ?? [];
    const last = <T>(get: (l: ApiOverlay) => T | undefined): T | undefined => layers.reduce<T | undefined>((v, l) => get(l) ?? v, undefined);
    const summary = last((l) => l.summary);
    const zh = last((l) => l.zh);
    const example = last((l) => l.example);
    const params = g.query ? [] : g.params.map((p) => annotate(g.name, toParam(g.name, p, problems), everyParam.get(p.name), problems));
    for (const layer of layers) {
      for (const added of layer.addParams ?? []) {
        if (params.some((p) => p.name === added.name)) problems.push(`overlay: ${g.name} already has a parameter ${added.name}: annotate it instead of adding it`);
        else params.push(added);
      }
      for (const [pname, po] of Object.entries(layer.params ?? {})) {
        const i = params.findIndex((p) => p.name === pname);
        if (i < 0) problems.push(`overlay: ${g.name} has no parameter ${pname}`);
        else params[i] = annotate(g.name, params[i], po, problems);
        if (po.resource && !genInventories.has(po.resource)) problems.push(`overlay: ${g.name}.${pname} names an unknown inventory ${po.resource}`);
      }
    }
    if (g.query && !genInventories.has(g.query)) problems.push(`${g.name}: queries an unknown inventory ${g.query}`);
    if (!METHODS.has(g.method as HttpMethod)) problems.push(`${g.name}: unknown method ${g.method}`);
    const names = new Set(params.map((p) => p.name));
    const api: ApiSpec = {
      name: g.name,
      family: g.family,
      method: g.method as HttpMethod,
      path: g.path,
      ...(g.bodyKey !== undefined && g.method !== 'GET' && g.method !== 'DELETE' ? { bodyKey: g.bodyKey } : {}),
      ...(g.session === false ? { session: false } : {}),
      async: g.async ?? false,
      params: g.query ? params : [...params, ...TAG_PARAMS.filter((t) => !names.has(t.name))],
      ...(g.response?.length ? { response: g.response } : {}),
      ...(g.query ? { query: g.query } : {}),
      summary: summary ?? summaryFromName(g.name),
      ...(zh ? { zh } : {}),
      ...(example ? { example } : {}),
    };
    return api;
  });

  const queryOf = new Map<string, string>();
  for (const a of [...apis].sort((x, y) => Number(y.name === `Query${y.query}`) - Number(x.name === `Query${x.query}`))) {
    if (a.query && !queryOf.has(a.query)) queryOf.set(a.query, a.name);
  }
  const inventories = gen.inventories.map((g) => {
    const fields: FieldSpec[] = g.fields.map((f) => {
      if (!FIELD_TYPES.has(f.type)) problems.push(`${g.name}.${f.name}: unknown field type ${f.type}`);
      return { name: f.name, type: f.type as FieldSpec['type'], ...(f.validValues?.length ? { validValues: f.validValues } : {}), ...(f.knownValues?.length ? { knownValues: f.knownValues } : {}) };
    });
    const expand: ExpansionSpec[] = (g.expand ?? []).map((e) => ({ name: e.name, inventory: e.inventory, localKey: e.localKey, foreignKey: e.foreignKey, ...(e.hidden ? { hidden: true } : {}) }));
    let columns: readonly string[] | undefined;
    for (const layer of invOverlay.get(g.name) ?? []) {
      for (const added of layer.addFields ?? []) {
        if (fields.some((f) => f.name === added.name)) problems.push(`overlay: inventory ${g.name} already has a field ${added.name}`);
        else fields.push(added);
      }
      for (const [fname, fo] of Object.entries(layer.fields ?? {})) {
        const i = fields.findIndex((f) => f.name === fname);
        if (i < 0) problems.push(`overlay: inventory ${g.name} has no field ${fname}`);
        else fields[i] = { ...fields[i], ...fo };
      }
      for (const c of layer.columns ?? []) if (!fields.some((f) => f.name === c)) problems.push(`overlay: columns of ${g.name} name an unknown field ${c}`);
      columns = layer.columns ?? columns;
    }
    for (const e of expand) if (!genInventories.has(e.inventory)) problems.push(`${g.name}.${e.name}: joins an unknown inventory ${e.inventory}`);
    return { g, inv: { name: g.name, ...(g.resourceType ? { resourceType: g.resourceType } : {}), fields, expand, ...(queryOf.has(g.name) ? { query: queryOf.get(g.name) } : {}), ...(columns ? { columns } : {}) } };
  });
  // Aliases last: their target is where their path of expansions leads.
  const byName = new Map(inventories.map(({ inv }) => [inv.name, inv]));
  for (const { g, inv } of inventories) {
    for (const alias of g.aliases ?? []) {
      const via = alias.path.split('.');
      let at: InventorySpec | undefined = inv;
      for (const step of via) at = byName.get(at?.expand?.find((e) => e.name === step)?.inventory ?? '');
      if (!at) problems.push(`${g.name}.${alias.name}: the alias path ${alias.path} leads nowhere`);
      else inv.expand.push({ name: alias.name, inventory: at.name, via });
    }
  }
  return {
    data: { apis, inventories: inventories.map(({ inv }) => (inv.expand.length ? inv : { ...inv, expand: undefined })).map(dropUndefined) },
    problems: found,
  };
}

/** A query verb whose inventory is unknown searches a placeholder inventory without fields, named after the verb:
 *  it stays a query (conditions, paging) and its conditions go out unchecked only with --allow-unknown. */
function withUnmappedQueries(gen: GeneratedCatalog): GeneratedCatalog {
  const unmapped = gen.apis.filter((a) => a.queryRule === 'unmapped' && !a.query);
  if (!unmapped.length) return gen;
  const names = new Set(gen.inventories.map((i) => i.name));
  const extra: GeneratedInventory[] = [];
  const apis = gen.apis.map((a) => {
    if (a.queryRule !== 'unmapped' || a.query) return a;
    let name = a.name.replace(/^Query/, '');
    if (names.has(name)) name = `${name}Record`;
    names.add(name);
    extra.push({ name, fields: [] });
    return { ...a, query: name, params: [] };
  });
  return { apis, inventories: [...gen.inventories, ...extra] };
}

function annotate(api: string, p: ParamSpec, po: ParamOverlay | undefined, problems: Problems): ParamSpec {
  if (!po) return p;
  if (po.validValues && p.validValues) problems.push(`overlay: ${api}.${p.name} already has valid values from the SDK`);
  return { ...p, ...po };
}

function toParam(api: string, p: GeneratedParam, problems: Problems): ParamSpec {
  if (!PARAM_TYPES.has(p.type as ParamType)) problems.push(`${api}.${p.name}: unknown parameter type ${p.type}`);
  // A required parameter with a default the SDK always sends (AddLdapServer `scope` = account): the user may leave it
  // out and the tool sends it too. Only a chosen word counts: a number filled in silently could set a quota to it.
  const usable = p.default !== undefined && (!p.validValues || p.validValues.includes(String(p.default))) && (!p.numberRange || (Number(p.default) >= p.numberRange[0] && Number(p.default) <= p.numberRange[1]));
  const sends = usable && p.required === true && typeof p.default === 'string';
  return {
    name: p.name,
    type: p.type as ParamType,
    ...(p.required && !sends ? { required: true } : {}),
    ...(usable ? { default: p.default } : {}),
    ...(sends ? { sendsDefault: true } : {}),
    ...(p.validValues?.length ? { validValues: p.validValues } : {}),
    ...(p.knownValues?.length ? { knownValues: p.knownValues } : {}),
    ...(p.validRegexValues ? { validRegex: p.validRegexValues } : {}),
    ...(p.numberRange ? { numberRange: p.numberRange } : isPortName(p) ? { numberRange: [1, 65535] as const } : {}),
    ...(p.maxLength !== undefined ? { maxLength: p.maxLength } : {}),
    ...(p.minLength !== undefined ? { minLength: p.minLength } : {}),
    ...(p.nonEmpty ? { nonEmpty: true } : {}),
    ...(p.emptyString === false ? { emptyString: false } : {}),
    ...(p.elementType ? { elementType: p.elementType } : {}),
    ...(isSecretName(p.name) ? { password: 'plain' as const } : {}),
  };
}

const dropUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

// Words that read as acronyms in a summary.
const ACRONYMS = new Map(
  ['vm', 'vms', 'ip', 'ips', 'eip', 'vip', 'vpc', 'lb', 'cpu', 'gpu', 'pci', 'iso', 'ssh', 'ldap', 'kvm', 'nic', 'dns', 'dhcp', 'nat', 'snat', 'ha', 'uuid', 'mtu', 'vlan', 'vxlan', 'sdn', 'acl', 'api', 'os', 'usb', 'sns', 'ai', 'ecs', 'oss', 'vpn', 'cdp', 'nas', 'iam2', 'l2', 'l3', 'ovf', 'v2v', 'scsi', 'iscsi', 'ceph', 'hba', 'mdev', 'sr', 'iov', 'qos', 'ntp', 'sso', 'cas', 'zql', 'vtep', 'bgp', 'ospf'].map((w) => [w, w === 'vms' ? 'VMs' : w === 'ips' ? 'IPs' : w === 'iam2' ? 'IAM2' : w.toUpperCase()]),
);

/** "Create a security group" from CreateSecurityGroup, when nobody wrote a summary. */
export function summaryFromName(name: string): string {
  const words = name.match(/[A-Z]+[0-9]*(?![a-z])|[A-Z]?[a-z]+[0-9]*|[0-9]+/g) ?? [name];
  const [verb, ...rest] = words;
  const noun = rest.map((w) => ACRONYMS.get(w.toLowerCase()) ?? w.toLowerCase()).join(' ');
  if (!noun) return verb;
  if (verb === 'Query') return `Query ${plural(noun)}`;
  const article = /^(Create|Add|Delete|Update|Get|Change|Attach|Detach|Destroy|Recover|Expunge|Reconnect|Start|Stop|Reboot|Migrate|Clone|Set|Remove)$/.test(verb) && !/s$/.test(noun) ? (/^([aeio]|un|(L[23]|SSH|LDAP|ISO|EIP|ACL|HA|NAT|SNAT|SDN|MTU)\b)/.test(noun) ? 'an ' : 'a ') : '';
  return `${verb} ${article}${noun}`;
}

function plural(noun: string): string {
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** A TCP/UDP port the SDK gives no range: 1-65535 like the ports it does give one (not the range ends of a security
 *  group rule, where -1 means every port of ICMP or ALL). */
function isPortName(p: GeneratedParam): boolean {
  return (p.type === 'integer' || p.type === 'long') && (p.name === 'port' || /^(?!start|end)\w+Port$/.test(p.name));
}
