// tokens -> Invocation: the verb from the catalog, typed and validated parameters, query conditions.
import { findParam, paramLocation, type Catalog } from '../catalog/catalog.js';
import type { ApiSpec, FieldSpec, InventorySpec, ParamSpec } from '../catalog/types.js';
import { usageError, type CliError } from '../errors.js';
import { didYouMean, suggest } from '../util/suggest.js';
import { checkServerReading, isFieldName, splitCondition, type Condition } from './condition.js';
import { ALLOW_UNKNOWN_HINT, resolveFieldPath } from './fields.js';
import { coerceValue, parseBoolean, parseList } from './values.js';

export interface QueryOptions {
  limit?: number;
  start?: number;
  count?: boolean;
  replyWithCount?: boolean;
  sortBy?: string;
  sortDirection?: 'asc' | 'desc';
  fields?: string[];
  groupBy?: string;
  filterName?: string;
  /** Seconds the client waits for the answer (the classic tool's `timeout`); not sent to the server. */
  timeout?: number;
}

export interface Invocation {
  api: ApiSpec;
  params: Record<string, unknown>;
  conditions: Condition[];
  query: QueryOptions;
  /** Parameters the catalog does not know, sent as given (--allow-unknown): their specs. */
  extraParams?: ParamSpec[];
  /** Names the catalog does not know that this invocation sends anyway (parameters and condition fields). */
  unknown?: string[];
}

export interface ParseOptions {
  /** Send parameter names and query fields the catalog does not know instead of refusing them. */
  allowUnknown?: boolean;
  /** Secrets still to be asked for (a password left out of a login): taken as given, their values unchecked, so that
   *  everything else is checked before anyone types a secret. */
  toAsk?: readonly string[];
}


/** The special parameters of every Query verb, with how each value is read. */
export const QUERY_SPECIALS = ['limit', 'start', 'count', 'replyWithCount', 'sortBy', 'sortDirection', 'sort', 'fields', 'groupBy', 'filterName', 'timeout'] as const;
type QuerySpecial = (typeof QUERY_SPECIALS)[number];

export function findApi(catalog: Catalog, verb: string): ApiSpec {
  const api = catalog.find(verb);
  if (api) return api;
  throw usageError(`unknown command '${verb}'`, [...didYouMean(verb, catalog.verbNames()), "run 'zstack-cli help' for the list of commands"]);
}

export function parseInvocation(catalog: Catalog, verb: string, args: readonly string[], options: ParseOptions = {}): Invocation {
  const api = findApi(catalog, verb);
  if (api.query) return parseQuery(catalog, api, args, options);
  const extraParams: ParamSpec[] = [];
  const patterned: ParamSpec[] = [];
  const extraNotes: string[] = [];
  const params = parseParams(api, args, options.allowUnknown ? extraParams : undefined, patterned, extraNotes, options.toAsk ?? []);
  const unknown = [...extraParams.map((p) => p.name), ...extraNotes];
  return {
    api,
    params,
    conditions: [],
    query: {},
    ...(extraParams.length || patterned.length ? { extraParams: [...patterned, ...extraParams] } : {}),
    ...(unknown.length ? { unknown } : {}),
  };
}

/** `extra`: where unknown parameters go (as strings, or JSON when the value is a JSON array or object), if allowed;
 *  `patterned`: where the parameters named by one of the API's patterns go (`volumes_hdd`); `extraNotes`: values
 *  outside the known ones sent anyway (when unknown names are allowed). */
function parseParams(api: ApiSpec, args: readonly string[], extra: ParamSpec[] | undefined, patterned: ParamSpec[], extraNotes: string[], toAsk: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const name of toAsk) params[name] = '';
  for (const token of args) {
    const eq = token.indexOf('=');
    const key = eq > 0 ? token.slice(0, eq) : '';
    if (!isFieldName(key)) {
      throw usageError(`'${token}' is not a key=value parameter`, [`parameters of ${api.name}: ${api.params.map((p) => p.name).join(', ')}`]);
    }
    let spec = patterned.find((p) => p.name === key) ?? findParam(api, key) ?? extra?.find((p) => p.name === key);
    if (spec && !api.params.includes(spec) && !patterned.includes(spec) && !extra?.includes(spec)) patterned.push(spec);
    if (!spec && extra) {
      spec = { name: key, type: /^\s*[[{]/.test(token.slice(eq + 1)) ? 'object' : 'string' };
      extra.push(spec);
    }
    if (!spec) {
      throw usageError(`${api.name} has no parameter '${key}'`, [
        ...didYouMean(key, api.params.map((p) => p.name)),
        `run 'zstack-cli help ${api.name}' for its parameters`,
        ALLOW_UNKNOWN_HINT,
      ]);
    }
    const value = coerceValue(spec, token.slice(eq + 1));
    if (value === '' && paramLocation(api, spec) === 'path') throw usageError(`${spec.name} cannot be empty: it is part of the URL`);
    checkConstraints(spec, value);
    const sentAnyway = extra ? extraNotes : undefined; // --allow-unknown: note what is sent as given
    checkPlausible(spec, value, sentAnyway);
    if (spec.knownValues) for (const v of Array.isArray(value) ? value : [value]) checkKnown(spec.name, String(v), spec.knownValues, sentAnyway);
    if (spec.name in params) {
      if (spec.type !== 'list') throw usageError(`${spec.name} is given more than once`);
      (params[spec.name] as unknown[]).push(...(value as unknown[]));
      continue;
    }
    params[spec.name] = value;
  }
  const missing = api.params.filter((p) => p.required && !(p.name in params));
  for (const name of toAsk) delete params[name];
  if (missing.length) {
    throw usageError(`${api.name} is missing required parameter${missing.length > 1 ? 's' : ''}: ${missing.map((p) => p.name).join(', ')}`, [
      `usage: zstack-cli ${api.name} ${api.params.filter((p) => p.required).map((p) => `${p.name}=<${p.type}>`).join(' ')}`,
    ]);
  }
  return params;
}

/** What the SDK checks before it sends (valid values, lengths, patterns, non-empty): refused here with the reason. */
function checkConstraints(spec: ParamSpec, value: unknown): void {
  const values = Array.isArray(value) ? value : [value];
  if (spec.nonEmpty && (values.length === 0 || value === '')) throw usageError(`${spec.name} cannot be empty`);
  for (const v of values) {
    const shown = spec.password ? 'the value given' : `'${String(v)}'`; // a secret is never echoed
    if (spec.validValues && !spec.validValues.includes(String(v))) throw notValid(spec.name, shown, String(v), spec.validValues, !spec.password);
    if (typeof v !== 'string') continue;
    if (spec.emptyString === false && v === '') throw usageError(`${spec.name} cannot be an empty string`);
    if (spec.maxLength !== undefined && v.length > spec.maxLength) throw usageError(`${spec.name} is ${v.length} characters long: at most ${spec.maxLength} are allowed`);
    if (spec.minLength !== undefined && v.length < spec.minLength) throw usageError(`${spec.name} is ${v.length} characters long: at least ${spec.minLength} are needed`);
    const re = spec.validRegex ? patternOf(spec.validRegex) : undefined;
    if (re && !re.test(v)) throw usageError(`${spec.name}: ${shown} does not match the pattern ${spec.validRegex}`);
  }
}

const UUID_PARAM = /^(uuid|uuids|\w+Uuid|\w+Uuids)$/;
const UUID = /^[0-9a-fA-F]{32}$/;

/** Values that cannot be right whatever the server: an empty required name or resource reference, a resource UUID
 *  that is not 32 hexadecimal characters (each item of a list). Other required strings may be empty where the SDK
 *  allows it (AddLdapServer's anonymous bind: `username= password=`). The session is the tool's own (a placeholder
 *  in a dry run). `unknown`: where to note a UUID of another form when such values may be sent (--allow-unknown). */
function checkPlausible(spec: ParamSpec, value: unknown, unknown?: string[]): void {
  const empty = value === '' || (Array.isArray(value) && value.length === 0);
  if (spec.required && empty && (spec.name === 'name' || /^\w+Name$/.test(spec.name) || UUID_PARAM.test(spec.name))) throw usageError(`${spec.name} cannot be empty: it is required`);
  if (!UUID_PARAM.test(spec.name) || spec.name === 'sessionUuid' || (spec.type !== 'string' && spec.type !== 'list')) return;
  for (const v of Array.isArray(value) ? value : [value]) {
    if (typeof v !== 'string' || UUID.test(v) || (v === '' && !spec.required)) continue;
    if (unknown) {
      unknown.push(`${spec.name}=${v}`);
      continue;
    }
    throw usageError(`${spec.name}: '${v}' is not a UUID`, ['a ZStack UUID is 32 hexadecimal characters, e.g. 4d45e6c7787733979415760d2077fca0 (press Tab for the ones the server has)', ALLOW_UNKNOWN_HINT]);
  }
}

/** The SDK's (Java) pattern as a whole-value JavaScript one; a pattern JavaScript cannot read is not checked here
 *  (the server still checks it). */
function patternOf(java: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${java})$`);
  } catch {
    return undefined;
  }
}

function parseQuery(catalog: Catalog, api: ApiSpec, args: readonly string[], options: ParseOptions): Invocation {
  const inventory = catalog.inventory(api.query!);
  if (!inventory) throw usageError(`${api.name}: the catalog has no inventory '${api.query}'`);
  const conditions: Condition[] = [];
  const query: QueryOptions = {};
  const seen = new Set<string>();
  const unknown: string[] = [];
  const check = (c: Condition) => checkCondition(catalog, inventory, c, options.allowUnknown ? unknown : undefined);
  for (let i = 0; i < args.length; i++) {
    const token = args[i];
    // `field is null` / `field not null` given as three shell words.
    const next = args[i + 1]?.toLowerCase();
    if (isFieldName(token) && (next === 'is' || next === 'not') && args[i + 2]?.toLowerCase() === 'null') {
      conditions.push(check({ field: token, op: next === 'is' ? 'is null' : 'not null' }));
      i += 2;
      continue;
    }
    const eq = token.indexOf('=');
    const key = eq > 0 ? token.slice(0, eq) : '';
    const special = (QUERY_SPECIALS as readonly string[]).find((s) => s.toLowerCase() === key.toLowerCase()) as QuerySpecial | undefined;
    if (special) {
      if (seen.has(special)) throw usageError(`${special} is given more than once`);
      seen.add(special);
      setSpecial(inventory, query, special, token.slice(eq + 1));
      continue;
    }
    const condition = splitCondition(token);
    if (!condition) {
      throw usageError(`'${token}' is neither a query condition nor a key=value parameter`, [
        "a condition is <field><operator><value> with no spaces around the operator, e.g. name=vm1 'cpuNum>4' 'name~=web%'",
        `operators: = != > < >= <= ?= !?= ~= !~= and '<field> is null', '<field> not null'`,
      ]);
    }
    conditions.push(check(condition));
  }
  if (seen.has('sort') && (seen.has('sortBy') || seen.has('sortDirection'))) {
    throw usageError(`sort= and ${seen.has('sortBy') ? 'sortBy=' : 'sortDirection='} both choose the order: give one of them`, ['sort=+field (ascending), sort=-field (descending), or sortBy=field sortDirection=asc|desc']);
  }
  if (query.sortDirection && !query.sortBy) throw usageError('sortDirection needs sortBy=<field>');
  return { api, params: {}, conditions, query, ...(unknown.length ? { unknown } : {}) };
}

/** `unknown`: where to note a field the catalog does not know, when such fields may be sent. */
function checkCondition(catalog: Catalog, inventory: InventorySpec, c: Condition, unknown?: string[]): Condition {
  let resolved;
  try {
    resolved = resolveFieldPath(catalog, inventory, c.field);
  } catch (e) {
    if (!unknown) throw e;
    unknown.push(c.field);
  }
  if (c.value !== undefined && resolved?.field) checkConditionValue(c, resolved.field, unknown);
  checkServerReading(c);
  return c;
}

const NUMERIC = new Set(['integer', 'long', 'float']);

/** `unknown`: where to note a value outside the field's known values, when such values may be sent. */
function checkConditionValue(c: Condition, field: FieldSpec, unknown?: string[]): void {
  if (c.op === '~=' || c.op === '!~=') return; // patterns are the user's own
  const type = field.type;
  const values = c.op === '?=' || c.op === '!?=' ? c.value!.split(',') : [c.value!];
  // Comparisons (`>`, `<`, ...) on a field with known values are left alone: they order strings, not states.
  const equality = c.op === '=' || c.op === '!=' || c.op === '?=' || c.op === '!?=';
  for (const v of values) {
    if (equality && field.validValues && !field.validValues.includes(v)) {
      if (!unknown) throw notValid(c.field, `'${v}'`, v, field.validValues, true, ALLOW_UNKNOWN_HINT);
      unknown.push(`${c.field}${c.op}${v}`);
    }
    if (equality && field.knownValues) checkKnown(c.field, v, field.knownValues, unknown);
    if (NUMERIC.has(type) && !Number.isFinite(Number(v.trim() === '' ? Number.NaN : v))) {
      throw usageError(`${c.field} is a number: '${v}' cannot be compared with it`);
    }
    if (type === 'boolean' && !/^(true|false)$/i.test(v)) {
      throw usageError(`${c.field} is a boolean: use true or false, not '${v}'`);
    }
  }
}

/** A value that is not one of the known ones but close to one is a typo (`vm.nums`): refused with the suggestion,
 *  unless unknown values may be sent (noted in `unknown` then). A value far from all of them is the server's to judge. */
function checkKnown(name: string, value: string, known: readonly string[], unknown?: string[]): void {
  if (known.includes(value)) return;
  const near = suggest(value, known);
  if (!near.length) return;
  if (unknown) return void unknown.push(`${name}=${value}`);
  throw usageError(`${name}: '${value}' is not one of the known values`, [`did you mean: ${near.join(', ')}?`, `known values: ${known.join(', ')}`, ALLOW_UNKNOWN_HINT]);
}

/** The refusal of a value outside a known set: the valid values, and the closest ones (never for a secret). */
function notValid(name: string, shown: string, value: string, valid: readonly string[], nearest: boolean, ...hints: string[]): CliError {
  return usageError(`${name}: ${shown} is not a valid value`, [...(nearest ? didYouMean(value, valid) : []), `valid values: ${valid.join(', ')}`, ...hints]);
}

function setSpecial(inventory: InventorySpec, q: QueryOptions, key: QuerySpecial, raw: string): void {
  switch (key) {
    case 'limit':
    case 'start':
      // ZStack reads both as a Java Integer: a larger value is the server's HTTP 400 (exit 3), refused here instead.
      q[key] = nonNegativeInt(key, raw, JAVA_INT_MAX);
      return;
    case 'timeout':
      // As --timeout: a number of seconds, at least 1 (0 would give up before the request is sent).
      if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw usageError(`timeout: '${raw}' is not a number of seconds`, ['timeout=SECONDS: how long to wait for the answer, 1 or more']);
      q.timeout = nonNegativeInt(key, raw);
      return;
    case 'count':
    case 'replyWithCount':
      q[key] = parseBoolean(key, raw);
      return;
    case 'sortBy':
    case 'groupBy':
      q[key] = ownField(inventory, key, raw);
      return;
    case 'sortDirection': {
      const d = raw.toLowerCase();
      if (d !== 'asc' && d !== 'desc') throw usageError(`sortDirection: '${raw}' is not valid`, ['valid values: asc, desc']);
      q.sortDirection = d;
      return;
    }
    case 'sort': {
      // The server's own spelling: `sort=+field` or `sort=field` ascending, `sort=-field` descending.
      const sign = raw[0] === '+' || raw[0] === '-' ? raw[0] : '';
      const name = raw.slice(sign.length);
      if (!name) throw usageError('sort: give a field, e.g. sort=-createDate (descending) or sort=+name (ascending)');
      q.sortBy = ownField(inventory, key, name);
      q.sortDirection = sign === '-' ? 'desc' : 'asc';
      return;
    }
    case 'fields': {
      const names = (parseList('fields', raw) as unknown[]).map(String).filter((f) => f !== '');
      if (!names.length) throw usageError('fields: give at least one field name, e.g. fields=uuid,name');
      q.fields = [...new Set(names.map((f) => ownField(inventory, 'fields', f)))];
      return;
    }
    case 'filterName':
      q.filterName = raw;
      return;
  }
}

/** The largest Java `int`: how far `start` and `limit` go (the server reads them as Integer). */
const JAVA_INT_MAX = 2_147_483_647;

/** `serverMax`: the largest value the server reads (as a Java int). */
function nonNegativeInt(key: string, raw: string, serverMax?: number): number {
  if (!/^\d+$/.test(raw.trim())) throw usageError(`${key}: '${raw}' is not a whole number >= 0`);
  const n = Number(raw);
  if (serverMax !== undefined && n > serverMax) throw usageError(`${key}: ${raw.trim()} is too large: at most ${serverMax} (the server reads it as a 32-bit integer)`);
  if (!Number.isSafeInteger(n)) throw usageError(`${key}: ${raw} is too large`);
  return n;
}

/** sort, sortBy, groupBy and fields take the inventory's own fields only (no tags, no cross-resource paths). */
function ownField(inventory: InventorySpec, key: string, name: string): string {
  if (inventory.fields.some((f) => f.name === name)) return name;
  throw usageError(`${key}: ${inventory.name} has no field '${name}'`, [
    ...didYouMean(name, inventory.fields.map((f) => f.name)),
    `${key} takes one of the resource's own fields: ${inventory.fields.map((f) => f.name).join(', ')}`,
  ]);
}

