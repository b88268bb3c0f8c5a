// Java type names the catalog maps by name, shared by parameters (SDK) and inventory fields (server).

export const COLLECTIONS = new Set(['List', 'ArrayList', 'LinkedList', 'Set', 'HashSet', 'LinkedHashSet', 'TreeSet', 'Collection']);
export const MAPS = new Set(['Map', 'HashMap', 'LinkedHashMap', 'TreeMap']);

/** Scalar Java types of API parameters. */
export const PARAM_SCALARS = {
  String: 'string',
  int: 'integer', Integer: 'integer', short: 'integer', Short: 'integer', byte: 'integer', Byte: 'integer',
  long: 'long', Long: 'long',
  float: 'float', Float: 'float', double: 'float', Double: 'float',
  boolean: 'boolean', Boolean: 'boolean',
};

/** Scalar Java types of inventory fields: the parameter ones plus characters, big numbers and dates. */
export const FIELD_SCALARS = {
  ...PARAM_SCALARS,
  char: 'string', Character: 'string',
  BigInteger: 'long', BigDecimal: 'float',
  Timestamp: 'timestamp', Date: 'timestamp',
};
