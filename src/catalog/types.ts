// The shape of everything the tool knows about an API. Pure data: the parser, the validator,
// the request builder, help, completion and the simulator all read these records.
import type { Provider } from '../session/settings.js';

export type { Provider };

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
  /** The values the server is known to hold where others may exist (quota names of plugins): offered by completion;
   *  a value close to one of them but not one of them is refused as a typo, others are sent as given. */
  knownValues?: readonly string[];
  /** A regular expression (Java syntax, as the SDK states it) the whole value must match. */
  validRegex?: string;
  /** Inclusive bounds for numbers. */
  numberRange?: readonly [number, number];
  /** Bounds on the length of a string value. */
  maxLength?: number;
  minLength?: number;
  /** A list (or string) that must not be empty. */
  nonEmpty?: boolean;
  /** False when an empty string is refused. */
  emptyString?: boolean;
  /** The element type of a list, when the SDK says (`String`, `Integer`, ...). */
  elementType?: string;
  /** The SDK's default value. */
  default?: string | number | boolean;
  /** Sent when not given: the SDK marks it required and always sends its default (AddLdapServer `scope`). */
  sendsDefault?: boolean;
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

export interface ApiSpec {
  /** Canonical verb, e.g. `LogInByAccount`. */
  name: string;
  provider?: Provider; // default zstack
  /** Family for grouping in help: `identity`, `vm`, `l3`, ... */
  family: string;
  method: HttpMethod;
  /** Path after `<context>/v1`, with `{var}` placeholders. */
  path: string;
  /** POST/PUT body wrapper key (`params`, `logInByAccount`, ... exactly as the SDK sends it, even `""`). */
  bodyKey?: string;
  /** False for login-style APIs that need no session. Default true. */
  session?: boolean;
  /** A login: its answer is the session or token this profile keeps (providers other than ZStack). */
  login?: boolean;
  /** Answers 202 + job location. Default: every non-GET API that needs a session. */
  async?: boolean;
  params: readonly ParamSpec[];
  /** Families of parameters named by a pattern (`volumes_<type>`): any name the pattern matches is one of them, sent
   *  under the name given. `<...>` stands for letters, digits, `_`, `-` and `.`. */
  paramPatterns?: readonly ParamSpec[];
  /** Top keys of the success answer (`inventory`, `inventories`, `total`, `valid`, ...); absent for `{}`. */
  response?: readonly string[];
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
  /** Values the server is known to hold where others may exist (see ParamSpec.knownValues). */
  knownValues?: readonly string[];
  desc?: string;
}

/** A cross-resource join: `vmNics` on VmInstance joins VmNic where VmNic.vmInstanceUuid = VmInstance.uuid.
 *  A key is one of: a field of its inventory; a list-valued property of the record whose name ends in `Uuids`
 *  (`attachedClusterUuids`: matches when the list holds the other side's value); or a dotted path through one of its
 *  inventory's own expansions (`networkServices.networkServiceProviderUuid`: a many-to-many join via a reference table).
 *  An alias (`via`) names a path of other expansions instead (`cluster` = `clusterRef.cluster`). */
export interface ExpansionSpec {
  name: string;
  inventory: string;
  localKey?: string;
  foreignKey?: string;
  /** An alias: the expansion names it stands for, in order. */
  via?: readonly string[];
  /** Not offered by completion (the server's hidden joins), though queries may use it. */
  hidden?: boolean;
}

export interface InventorySpec {
  /** Inventory name without the `Inventory` suffix, e.g. `VmInstance`. */
  name: string;
  /** Database resource type used by the real server (`VmInstanceVO`), for GetResourceNames and sharing. */
  resourceType?: string;
  fields: readonly FieldSpec[];
  expand?: readonly ExpansionSpec[];
  /** The query verb that searches it (`QueryVmInstance`). */
  query?: string;
  /** Columns a table shows by default. */
  columns?: readonly string[];
}

export interface CatalogData {
  apis: readonly ApiSpec[];
  inventories: readonly InventorySpec[];
}

/** What the hand-written overlay may add to the generated facts: what the SDK cannot say. */
export interface ParamOverlay {
  desc?: string;
  zh?: string;
  since?: string;
  password?: 'sha512' | 'plain';
  resource?: string;
  /** Values the server enforces (its enum) where the SDK states none; naming values the SDK states is a problem. */
  validValues?: readonly string[];
}

export interface ApiOverlay {
  summary?: string;
  zh?: string;
  example?: readonly string[];
  params?: Readonly<Record<string, ParamOverlay>>;
  /** Parameters a seed manual documents that the open-source SDK lacks (newer or commercial releases). Naming
   *  one the SDK has is a problem, as is annotating one it lacks. */
  addParams?: readonly ParamSpec[];
}

export interface FieldOverlay {
  desc?: string;
  validValues?: readonly string[];
}

export interface InventoryOverlay {
  columns?: readonly string[];
  fields?: Readonly<Record<string, FieldOverlay>>;
  /** Fields a seed manual documents that the open-source definitions lack. */
  addFields?: readonly FieldSpec[];
}

export interface CatalogOverlay {
  apis?: Readonly<Record<string, ApiOverlay>>;
  /** Annotations for a parameter of this name on every API that has one (`deleteMode`). */
  everyParam?: Readonly<Record<string, ParamOverlay>>;
  inventories?: Readonly<Record<string, InventoryOverlay>>;
}
