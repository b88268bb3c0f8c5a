// The shape of everything the tool knows about an API. Pure data: the parser, the validator,
// the request builder, help, completion and the simulator all read these records.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** How a `key=value` token is turned into a wire value. */
export type ParamType =
  | 'string'
  | 'integer' // 32-bit signed
  | 'long' // 64-bit signed (kept within JS safe integers)
  | 'float' // any finite number
  | 'boolean' // true / false
  | 'list' // comma-separated (`\,` escapes a comma) or a JSON array
  | 'map' // JSON object
  | 'object'; // any JSON value (objects, arrays of objects)

/** Where a parameter travels. Left out in the catalog, it is derived:
 *  `{name}` in the path -> path; GET/DELETE -> query; POST/PUT -> body (inside the body key). */
export type ParamLocation = 'path' | 'query' | 'body' | 'header';

export interface ParamSpec {
  name: string;
  type: ParamType;
  required?: boolean;
  /** The only accepted values (compared case-sensitively, offered by completion). */
  validValues?: readonly string[];
  /** Inclusive bounds for numbers. */
  numberRange?: readonly [number, number];
  location?: ParamLocation;
  /** A secret: masked in output and history. `sha512` travels as the lowercase hex SHA-512 digest. */
  password?: 'sha512' | 'plain';
  /** English description. */
  desc?: string;
  /** Chinese description (from the seed's parameter table). */
  zh?: string;
  /** Version that introduced it, from the seed. */
  since?: string;
  /** Completion hint: the inventory whose UUIDs this parameter takes (e.g. `Account` for `accountUuid`). */
  resource?: string;
}

export type { Provider } from '../session/settings.js';
import type { Provider } from '../session/settings.js';

export interface ApiSpec {
  /** Canonical verb, e.g. `LogInByAccount`. */
  name: string;
  provider?: Provider; // default zstack
  /** Family for grouping in help: `account`, `user`, `quota`, `vm`, ... */
  family: string;
  method: HttpMethod;
  /** Path after `<context>/v1`, with `{var}` placeholders. */
  path: string;
  /** POST/PUT body wrapper key (`params`, `logInByAccount`, ...). */
  bodyKey?: string;
  /** False for login-style APIs that need no session. Default true. */
  session?: boolean;
  /** Answers 202 + job location. Default: every non-GET API that needs a session. */
  async?: boolean;
  params: readonly ParamSpec[];
  /** Top key of the success answer (`inventory`, `inventories`, `usages`, `valid`, ...); absent for `{}`. */
  response?: string;
  /** Query verbs: the inventory they search. */
  query?: string;
  /** One-line English summary and its Chinese original. */
  summary: string;
  zh?: string;
  /** An example invocation in CLI tokens, taken from the seed's SDK example. */
  example?: readonly string[];
}

export type FieldType = 'string' | 'integer' | 'long' | 'float' | 'boolean' | 'timestamp' | 'list' | 'map';

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Enumerated values where the real API has a fixed set (e.g. VM `state`). */
  validValues?: readonly string[];
  desc?: string;
}

/** A cross-resource join: `vmNics` on VmInstance joins VmNic where VmNic.vmInstanceUuid = VmInstance.uuid.
 *  A key is one of: a field of its inventory; a list-valued property of the record whose name ends in `Uuids`
 *  (`attachedClusterUuids`: matches when the list holds the other side's value); or a dotted path through one of its
 *  inventory's own expansions (`networkServices.networkServiceProviderUuid`: a many-to-many join via a reference table). */
export interface ExpansionSpec {
  name: string;
  inventory: string;
  localKey: string;
  foreignKey: string;
}

export interface InventorySpec {
  /** Inventory name without the `Inventory` suffix, e.g. `VmInstance`. */
  name: string;
  /** Database resource type used by the real server (`VmInstanceVO`), for GetResourceNames and sharing. */
  resourceType?: string;
  fields: readonly FieldSpec[];
  expand?: readonly ExpansionSpec[];
}

export interface CatalogData {
  apis: readonly ApiSpec[];
  inventories: readonly InventorySpec[];
}
