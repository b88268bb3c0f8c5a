// The catalog generator's readers (scripts/catalog-gen) on small Java sources written for these tests.
import { describe, expect, it } from 'vitest';
import { annotationDefaults, buildApis, familyFromPackage, paramRecord, paramType, pathKey, restInfo } from '../../scripts/catalog-gen/apis.mjs';
import { buildInventories } from '../../scripts/catalog-gen/inventories.mjs';
import { literalAssignments, parseJava, parseNumber, typeText, unquote } from '../../scripts/catalog-gen/java.mjs';
import { jsonLines, toJson } from '../../scripts/catalog-gen/output.mjs';
import {
  camelWords,
  compareWithSdk,
  mapQueries,
  relatedName,
  sdkIndex,
  sdkInventoryRecord,
  sourceClassPairs,
} from '../../scripts/catalog-gen/sdk.mjs';
import { SourceTree } from '../../scripts/catalog-gen/sources.mjs';

const OPTION = `
package demo.sdk;
public @interface Option {
    boolean required() default true;
    String[] validValues() default {};
    String validRegexValues() default "";
    int maxLength() default Integer.MIN_VALUE;
    int minLength() default Integer.MIN_VALUE;
    boolean nonempty() default false;
    boolean nullElements() default false;
    boolean emptyString() default true;
    long[] numberRange() default {};
    String[] numberRangeUnit() default {};
    boolean noTrim() default false;
}`;

const defaults = annotationDefaults(parseJava(OPTION).types[0]);

/** The fields of a class body written inline. */
function fieldsOf(body: string, imports = '') {
  return parseJava(`package demo;\n${imports}\npublic class Probe {\n${body}\n}`).types[0].fields;
}

describe('java reader', () => {
  it('numbers: Long suffixes, hex, underscores, floats, beyond 2^53', () => {
    expect(parseNumber('1L')).toBe(1);
    expect(parseNumber('0x1fL')).toBe(31);
    expect(parseNumber('1_000')).toBe(1000);
    expect(parseNumber('2.5f')).toBe(2.5);
    expect(parseNumber('9223372036854775807L')).toBe(9223372036854775807n);
  });

  it('string literals are unescaped', () => {
    expect(unquote(String.raw`"a\\d+\"q\"\t\u0041"`)).toBe('a\\d+"q"\tA');
  });

  it('annotation-type defaults', () => {
    expect(defaults.required).toBe(true);
    expect(defaults.maxLength).toEqual({ ref: 'Integer.MIN_VALUE' });
    expect(defaults.numberRange).toEqual([]);
    expect(defaults.emptyString).toBe(true);
  });

  it('nested annotations, arrays of annotations, class literals and constants', () => {
    const [field] = fieldsOf(`
      @Link(target = Other.class, column = @Column(name = "ownerId", ref = "id"), mode = Mode.FAST)
      @Group({@Item(key = "a"), @Item(key = "b" + "c")})
      private String owner;`);
    const [link, group] = field.annotations;
    expect(link).toEqual({
      name: 'Link',
      args: { target: { class: 'Other' }, column: { name: 'Column', args: { name: 'ownerId', ref: 'id' } }, mode: { ref: 'Mode.FAST' } },
    });
    expect(group.args.value).toEqual([
      { name: 'Item', args: { key: 'a' } },
      { name: 'Item', args: { key: 'bc' } },
    ]);
  });

  it('declarations only: comments, strings, methods, initializers and nested types do not leak fields', () => {
    const unit = parseJava(`
      package demo;
      import java.util.*;
      /* class Fake { int nope; } */
      public class Box<T> extends Base<T> implements Cloneable {
          private static final String TEXT = "}{;"; // not a block
          private String a, b = "x,y";
          private Map<String, List<Long>> m = new HashMap<String, List<Long>>();
          int[] ids, grid[];
          static { int hidden = 1; }
          { int alsoHidden = 2; }
          public Box() { int local = 3; }
          public <R> R convert(java.util.function.Function<T, R> f) { return null; }
          public static class Inner { private Long deep; }
          enum Color { RED("r") { public String toString() { return "R"; } }, GREEN, ; int code; }
      }`);
    const box = unit.types[0];
    expect(box.extends && typeText(box.extends)).toBe('Base<T>');
    expect(box.fields.map((f) => `${f.name}:${typeText(f.type)}`)).toEqual([
      'TEXT:String',
      'a:String',
      'b:String',
      'm:Map<String,List<Long>>',
      'ids:int[]',
      'grid:int[][]',
    ]);
    expect(box.fields[0].modifiers).toEqual(['private', 'static', 'final']);
    expect(box.types.map((t) => t.name)).toEqual(['Inner', 'Color']);
    expect(box.types[0].fields.map((f) => f.name)).toEqual(['deep']);
    expect(box.types[1].constants).toEqual(['RED', 'GREEN']);
  });

  it('literal assignments of one method body', () => {
    const src = `class A {
      protected Info info() { Info i = new Info(); i.method = "PUT"; i.key = ""; i.poll = true; i.other = compute(); return i; }
      protected void other() { i.method = "GET"; }
    }`;
    expect(literalAssignments(src, 'info')).toEqual({ method: 'PUT', key: '', poll: true, other: { expr: 'compute()' } });
    expect(restInfo('class B { RestInfo getRestInfo() { info.httpMethod = "GET"; info.parameterName = ""; } }')).toEqual({
      httpMethod: 'GET',
      parameterName: '',
    });
  });
});

describe('parameters', () => {
  it('every keyword that differs from its default, under its catalog name', () => {
    const [field] = fieldsOf(`
      @Option(required = false, validValues = {"on","off"}, validRegexValues = "^[a-z]+\\\\d*$", maxLength = 64,
              minLength = 2, nonempty = true, nullElements = true, emptyString = false,
              numberRange = {-1L, 9223372036854775807L}, numberRangeUnit = {"byte", "bytes"}, noTrim = true)
      public java.lang.String mode = "on";`);
    field.annotations[0].name = 'Param';
    expect(paramRecord(field, defaults)).toEqual({
      name: 'mode',
      type: 'string',
      validValues: ['on', 'off'],
      validRegexValues: '^[a-z]+\\d*$',
      maxLength: 64,
      minLength: 2,
      nonEmpty: true,
      nullElements: true,
      emptyString: false,
      numberRange: [-1, 9223372036854775807n],
      numberRangeUnit: ['byte', 'bytes'],
      noTrim: true,
      default: 'on',
    });
  });

  it('a literal initializer is the default, but not the zero value of a primitive', () => {
    const fields = fieldsOf(`
      @Param(required = true)
      public java.lang.String scope = "account";
      @Param(required = true)
      public long value = 0L;
      @Param(required = false)
      public int port = 22;
      @Param(required = false)
      public boolean force = false;
      @Param(required = false)
      public java.lang.Boolean sync = true;`);
    expect(fields.map((f) => paramRecord(f, defaults).default)).toEqual(['account', undefined, 22, undefined, true]);
  });

  it('defaults are left out; required is written when true, explicit or implied', () => {
    const fields = fieldsOf(`
      @Param(required = true, nonempty = false, nullElements = false, emptyString = true, noTrim = false)
      public String a;
      @Param
      public java.util.Map b;
      @Param(required = false)
      public long c;`);
    expect(fields.map((f) => paramRecord(f, defaults))).toEqual([
      { name: 'a', type: 'string', required: true },
      { name: 'b', type: 'map', required: true },
      { name: 'c', type: 'long' },
    ]);
  });

  it('types, generics, arrays and enums', () => {
    const t = (decl: string) => paramType(fieldsOf(`public ${decl} x;`)[0].type, (n) => (n === 'demo.Level' ? ['LOW', 'HIGH'] : undefined));
    expect(t('java.util.List<String>')).toEqual({ type: 'list', elementType: 'string' });
    expect(t('java.util.Set<java.lang.Long>')).toEqual({ type: 'list', elementType: 'long' });
    expect(t('java.util.List')).toEqual({ type: 'list' });
    expect(t('int[]')).toEqual({ type: 'list', elementType: 'integer' });
    expect(t('Collection<? extends Number>')).toEqual({ type: 'list', elementType: 'object' });
    expect(t('java.util.Map<String, Object>')).toEqual({ type: 'map' });
    expect(t('java.lang.Short')).toEqual({ type: 'integer' });
    expect(t('double')).toEqual({ type: 'float' });
    expect(t('demo.Level')).toEqual({ type: 'string', validValues: ['LOW', 'HIGH'] });
    expect(t('demo.Blob')).toEqual({ type: 'object' });
  });
});

describe('families', () => {
  it('from message packages', () => {
    expect(familyFromPackage('org.zstack.header.vm')).toBe('vm');
    expect(familyFromPackage('org.zstack.header.vm.cdrom')).toBe('vm');
    expect(familyFromPackage('org.zstack.header.identity.role.api')).toBe('identity');
    expect(familyFromPackage('org.zstack.network.securitygroup')).toBe('securitygroup');
    expect(familyFromPackage('org.zstack.network.service.eip')).toBe('eip');
    expect(familyFromPackage('org.zstack.header.network.service')).toBe('networkservice');
    expect(familyFromPackage('org.zstack.header.storage.primary')).toBe('primarystorage');
    expect(familyFromPackage('org.zstack.storage.backup.sftp')).toBe('backupstorage');
    expect(familyFromPackage('org.zstack.core.config')).toBe('config');
    expect(familyFromPackage('org.zstack.sdk.iam2.api')).toBe('iam2');
    expect(familyFromPackage('org.zstack.heder.storage.volume.backup')).toBe('volume');
  });

  it('resource words of paths', () => {
    expect(pathKey('/vm-instances/{uuid}/actions')).toBe('vminstance');
    expect(pathKey('/get/oauth2/token')).toBe('oauth2');
    expect(pathKey('/policies')).toBe('policy');
    expect(pathKey('/nas/file-systems')).toBe('nas');
    expect(pathKey(undefined)).toBe('');
  });
});

const ZOO = [
  {
    path: 'zoo/src/main/java/demo/zoo/PetState.java',
    text: 'package demo.zoo; public enum PetState { Awake, Asleep; }',
  },
  {
    path: 'zoo/src/main/java/demo/zoo/AnimalVO.java',
    text: `package demo.zoo;
      import javax.persistence.*;
      public class AnimalVO {
          @Id @Column private String uuid;
          @Column private String name;
          @Column private String ownerUuid;
          @Column private java.sql.Timestamp createDate;
          @Transient private String mood;
      }`,
  },
  {
    path: 'zoo/src/main/java/demo/zoo/PetVO.java',
    text: `package demo.zoo;
      public class PetVO extends AnimalVO {
          @Column @Enumerated(EnumType.STRING) private PetState state;
          @Column private Integer legs;
      }`,
  },
  {
    path: 'zoo/src/main/java/demo/zoo/AnimalInventory.java',
    text: `package demo.zoo;
      import demo.people.OwnerInventory;
      @Inventory(mappingVOClass = AnimalVO.class)
      @ExpandedQueries({
          @ExpandedQuery(expandedField = "owner", inventoryClass = OwnerInventory.class,
                  foreignKey = "ownerUuid", expandedInventoryKey = "uuid")
      })
      @ExpandedQueryAliases({@ExpandedQueryAlias(alias = "keeper", expandedField = "owner.keeper")})
      public class AnimalInventory {
          private String uuid;
          private String name;
          private String ownerUuid;
          @APINoSee private String secret;
          private java.sql.Timestamp createDate;
          private String mood;
      }`,
  },
  {
    path: 'zoo/src/main/java/demo/zoo/PetInventory.java',
    text: `package demo.zoo;
      import java.util.List;
      @Inventory(mappingVOClass = PetVO.class)
      public class PetInventory extends AnimalInventory {
          private static final long serialVersionUID = 1L;
          private String state;
          private Integer legs;
          @Queryable(mappingClass = CollarInventory.class, joinColumn = @JoinColumn(name = "petUuid"))
          private List<CollarInventory> collars;
          @Queryable(mappingClass = NicknameInventory.class, joinColumn = @JoinColumn(name = "petUuid", referencedColumnName = "nickname"))
          private List<String> nicknames;
          private OwnerSummary summary;
      }`,
  },
  {
    path: 'zoo/src/main/java/demo/zoo/CollarInventory.java',
    text: `package demo.zoo;
      @Inventory(mappingVOClass = CollarVO.class)
      public class CollarInventory { private String petUuid; private Long size; }`,
  },
  {
    path: 'people/src/main/java/demo/people/OwnerInventory.java',
    text: `package demo.people;
      import demo.zoo.*;
      @Inventory(mappingVOClass = OwnerVO.class)
      @ExpandedQueries({
          @ExpandedQuery(target = PetInventory.class, expandedField = "walker", inventoryClass = OwnerInventory.class,
                  foreignKey = "ownerUuid", expandedInventoryKey = "uuid", hidden = true)
      })
      public class OwnerInventory { private String uuid; private String keeper; }`,
  },
  {
    path: 'people/src/main/java/demo/people/PeopleManager.java',
    text: `package demo.people;
      import demo.zoo.CollarInventory;
      import demo.zoo.PetInventory;
      public class PeopleManager {
          public List<ExpandedQueryStruct> getExpandedQueryStructs() {
              ExpandedQueryStruct s = new ExpandedQueryStruct();
              s.setInventoryClassToExpand(CollarInventory.class);
              s.setExpandedField("pet");
              s.setInventoryClass(PetInventory.class);
              s.setForeignKey("petUuid");
              s.setExpandedInventoryKey("uuid");
              return list(s);
          }
      }`,
  },
];

describe('inventories', () => {
  const tree = new SourceTree(ZOO);
  const { records, problems, extensionOnly } = buildInventories(tree);
  const pet = records.find((r) => r.name === 'Pet')!;

  it('names resolve through imports, the same package and on-demand imports', () => {
    const owner = tree.get('demo.people.OwnerInventory')!;
    expect(tree.resolve('PetInventory', owner)?.fqcn).toBe('demo.zoo.PetInventory');
    expect(tree.resolve('OwnerInventory', tree.get('demo.zoo.AnimalInventory')!)?.fqcn).toBe('demo.people.OwnerInventory');
    expect(tree.lineage(tree.get('demo.zoo.PetInventory')!).map((e) => e.decl.name)).toEqual(['PetInventory', 'AnimalInventory']);
  });

  it('a child inherits fields (superclass first), joins and aliases, and names its parent', () => {
    expect(pet.parent).toBe('Animal');
    expect(pet.resourceType).toBe('PetVO');
    expect(pet.fields).toEqual([
      { name: 'uuid', type: 'string' },
      { name: 'name', type: 'string' },
      { name: 'ownerUuid', type: 'string' },
      { name: 'createDate', type: 'timestamp' },
      { name: 'state', type: 'string', validValues: ['Awake', 'Asleep'] },
      { name: 'legs', type: 'integer' },
      { name: 'nicknames', type: 'list' },
    ]);
    expect(pet.aliases).toEqual([{ name: 'keeper', path: 'owner.keeper' }]);
  });

  it('joins: declared, @Queryable collections (VO primary key), and declared onto another inventory', () => {
    expect(pet.expand).toEqual([
      { name: 'collars', inventory: 'Collar', localKey: 'uuid', foreignKey: 'petUuid' },
      { name: 'owner', inventory: 'Owner', localKey: 'ownerUuid', foreignKey: 'uuid' },
      { name: 'walker', inventory: 'Owner', localKey: 'ownerUuid', foreignKey: 'uuid', hidden: true },
    ]);
    const animal = records.find((r) => r.name === 'Animal')!;
    expect(animal.expand?.map((x) => x.name)).toEqual(['owner']);
  });

  it('joins registered in code are read from the setter calls', () => {
    expect(records.find((r) => r.name === 'Collar')!.expand).toEqual([{ name: 'pet', inventory: 'Pet', localKey: 'petUuid', foreignKey: 'uuid' }]);
    expect(extensionOnly).toEqual(['Collar.pet (demo.people.PeopleManager)']);
  });

  it('left out: @APINoSee, statics, fields without a column, non-inventory objects; all reported', () => {
    expect(problems.notColumns).toEqual(['Animal.mood', 'Pet.mood']);
    expect(problems.dangling).toEqual([]);
    expect(problems.unresolved).toEqual(expect.arrayContaining(['mapping VO: OwnerVO in demo.people.OwnerInventory']));
  });
});

// A small SDK: actions with their result classes and inventory classes, one query per mapping rule.
const SDK_DIR = 'sdk/src/main/java/org/zstack/sdk';
const sdkFile = (name: string, body: string, pkg = 'org.zstack.sdk') => ({
  path: `sdk/src/main/java/${pkg.replace(/\./g, '/')}/${name}.java`,
  text: `package ${pkg};\nimport org.zstack.sdk.*;\n${body}`,
});
/** An action class, its result class and the REST facts of its `getRestInfo()`. */
function action(name: string, method: string, path: string, result: string, query = true, pkg = 'org.zstack.sdk') {
  return [
    sdkFile(
      `${name}Action`,
      `public class ${name}Action extends ${query ? 'QueryAction' : 'AbstractAction'} {
        public static class Result { public ErrorCode error; public ${pkg}.${name}Result value; }
        protected RestInfo getRestInfo() {
          RestInfo info = new RestInfo();
          info.httpMethod = "${method}"; info.path = "${path}"; info.needSession = true; info.needPoll = false;
          info.parameterName = "";
          return info;
        }
      }`,
      pkg,
    ),
    sdkFile(`${name}Result`, `public class ${name}Result { ${result} }`, pkg),
  ];
}
const query = (name: string, path: string, inventories = 'public java.util.List inventories;') =>
  action(name, 'GET', path, `${inventories} public java.lang.Long total;`);
const inventory = (name: string, body = 'public java.lang.String uuid;', pkg = 'org.zstack.sdk') =>
  sdkFile(`${name}Inventory`, `public class ${name}Inventory { ${body} }`, pkg);

const SHOP = [
  { path: `${SDK_DIR}/AbstractAction.java`, text: 'package org.zstack.sdk; public abstract class AbstractAction { }' },
  { path: `${SDK_DIR}/QueryAction.java`, text: 'package org.zstack.sdk; public abstract class QueryAction extends AbstractAction { }' },
  { path: `${SDK_DIR}/Param.java`, text: 'package org.zstack.sdk; public @interface Param { boolean required() default true; }' },
  {
    path: 'sdk/src/main/java/SourceClassMap.java',
    text: `package org.zstack.sdk;
      public class SourceClassMap {
        public final static HashMap<String, String> srcToDstMapping = new HashMap() {{
          put("demo.shop.LabelInventory", "org.zstack.sdk.LabelInventory");
          put("demo.shop.LabelPatternInventory", "org.zstack.sdk.LabelPatternInventory");
          put("demo.shop.BoxInventory", "org.zstack.sdk.BoxInventory");
          put("org.zstack.sdk.BoxInventory", "demo.shop.BoxInventory");
        }};
      }`,
  },
  // the server side: one query message with @AutoQuery, two inventories, one plain class
  { path: 'shop/src/main/java/demo/shop/BoxVO.java', text: 'package demo.shop; public class BoxVO { @Id private String uuid; private String name; }' },
  {
    path: 'shop/src/main/java/demo/shop/BoxInventory.java',
    text: `package demo.shop;
      import java.util.List;
      @Inventory(mappingVOClass = BoxVO.class)
      public class BoxInventory {
          private String uuid;
          private String name;
          @APINoSee private String secret;
          @Queryable(mappingClass = LabelPatternInventory.class, joinColumn = @JoinColumn(name = "boxUuid"))
          private List<LabelPatternInventory> labels;
          private String mood;
      }`,
  },
  {
    path: 'shop/src/main/java/demo/shop/APIQueryBoxMsg.java',
    text: 'package demo.shop; @AutoQuery(replyClass = APIQueryBoxReply.class, inventoryClass = BoxInventory.class) public class APIQueryBoxMsg { }',
  },
  {
    path: 'shop/src/main/java/demo/shop/LabelPatternInventory.java',
    text: 'package demo.shop; @Inventory(mappingVOClass = LabelPatternVO.class) public class LabelPatternInventory { private String uuid; private String boxUuid; }',
  },
  { path: 'shop/src/main/java/demo/shop/LabelInventory.java', text: 'package demo.shop; public class LabelInventory { private String tag; }' },
  ...query('QueryBox', '/boxes'),
  inventory('Box', 'public java.lang.String uuid; public java.lang.String name; public java.util.List labels; public java.lang.String mood; public java.lang.String extra;'),
  // result: the result class names the element type
  ...query('QueryCrate', '/crates', 'public java.util.List<CrateThingInventory> inventories;'),
  inventory('CrateThing'),
  inventory('Crate'),
  // name, in a sub-package
  ...query('QueryJob', '/jobs'),
  inventory('Job', 'public java.lang.String uuid;', 'org.zstack.sdk.jobs'),
  // fromLocal, ignoreCase, plural, prefixed, ref
  ...query('QueryDiskFromLocal', '/disks'),
  inventory('Disk'),
  ...query('QueryIPSecLink', '/ipsec'),
  inventory('IPsecLink'),
  ...query('QueryRecord', '/records'),
  inventory('Records', 'public long id;', 'org.zstack.sdk.migratedb'),
  ...query('QueryWallRule', '/walls/rules'),
  inventory('FireWallRule'),
  ...query('QueryPodPodSpec', '/pods/specs'),
  inventory('PodPodSpecRef'),
  // nameAndPath: a related name that an action on the same path returns
  ...query('QueryPortal', '/portals'),
  inventory('PortalGate'),
  inventory('PortalOther'),
  ...action('CreatePortal', 'POST', '/portals', 'public PortalGateInventory inventory;', false),
  ...action('UpdatePortal', 'PUT', '/portals/{uuid}/actions', 'public PortalGateInventory inventory;', false),
  ...action('MovePortal', 'PUT', '/portals/{uuid}/move', 'public PortalOtherInventory inventory;', false),
  // a same-named class that copies a server class ZQL cannot query; the path names a header @Inventory
  ...query('QueryLabel', '/labels'),
  inventory('Label'),
  inventory('LabelPattern'),
  ...action('CreateLabel', 'POST', '/labels', 'public LabelPatternInventory inventory;', false),
  // left unmapped: two related names and no path evidence; a related class another query returns
  ...query('QuerySms', '/sms'),
  inventory('SmsAEndpoint'),
  inventory('SmsBEndpoint'),
  ...query('QueryBuild', '/builds'),
  ...query('QueryBuildExport', '/builds/exports'),
  inventory('BuildExport'),
  ...action('ExportBuild', 'PUT', '/builds/{uuid}/actions', 'public BuildExportInventory inventory;', false),
  // two queries that nameAndPath would both send to one class
  ...query('QueryOldGate', '/old-gates'),
  ...query('QueryNewGate', '/new-gates'),
  inventory('Gate'),
  ...action('CreateOldGate', 'POST', '/old-gates', 'public GateInventory inventory;', false),
  ...action('CreateNewGate', 'POST', '/new-gates', 'public GateInventory inventory;', false),
];

describe('query targets from the SDK', () => {
  const tree = new SourceTree(SHOP);
  const inv = buildInventories(tree);
  const api = buildApis(tree, inv.byName);
  const index = sdkIndex(tree);
  const result = mapQueries(tree, api, inv.byName, index);
  const target = (name: string) => {
    const rec = result.records.find((r) => r.name === name)!;
    return rec.query === undefined ? undefined : `${rec.query} ${rec.queryRule}`;
  };

  it('camel-case words and related names', () => {
    expect(camelWords('IPSecConnection')).toEqual(['ip', 'sec', 'connection']);
    expect(camelWords('IAM2LdapBinding')).toEqual(['iam2', 'ldap', 'binding']);
    expect(camelWords('EcsVSwitch')).toEqual(['ecs', 'v', 'switch']);
    expect(relatedName(camelWords('HybridEip'), camelWords('HybridEipAddress'))).toBe(true);
    expect(relatedName(camelWords('VpcIkeConfig'), camelWords('VpcVpnIkeConfig'))).toBe(true);
    expect(relatedName(camelWords('ResourcePrice'), camelWords('Price'))).toBe(true);
    expect(relatedName(camelWords('ResourcePrice'), camelWords('Resource'))).toBe(false);
    expect(relatedName(camelWords('BuildApp'), camelWords('BuildApplication'))).toBe(false);
  });

  it('SourceClassMap pairs and the server class of each SDK class', () => {
    expect(sourceClassPairs('put("a.B", "c.D"); put ( "e" , "f" ); get("x", "y");')).toEqual([['a.B', 'c.D'], ['e', 'f']]);
    expect(index.serverOf.get('org.zstack.sdk.BoxInventory')).toBe('demo.shop.BoxInventory');
    expect(index.byName.get('JobInventory')?.map((e) => e.fqcn)).toEqual(['org.zstack.sdk.jobs.JobInventory']);
  });

  it('each rule, in order', () => {
    expect(target('QueryBox')).toBe('Box autoQuery');
    expect(target('QueryCrate')).toBe('CrateThing result');
    expect(target('QueryJob')).toBe('Job name');
    expect(target('QueryDiskFromLocal')).toBe('Disk fromLocal');
    expect(target('QueryIPSecLink')).toBe('IPsecLink ignoreCase');
    expect(target('QueryRecord')).toBe('Records plural');
    expect(target('QueryWallRule')).toBe('FireWallRule prefixed');
    expect(target('QueryPodPodSpec')).toBe('PodPodSpecRef ref');
    expect(target('QueryPortal')).toBe('PortalGate nameAndPath');
    expect(result.counts).toMatchObject({ autoQuery: 1, result: 1, name: 2, nameAndPath: 2 });
  });

  it('query and queryRule follow async in the record', () => {
    const rec = result.records.find((r) => r.name === 'QueryJob')!;
    expect(Object.keys(rec)).toEqual(['name', 'family', 'method', 'path', 'async', 'query', 'queryRule', 'response', 'params']);
  });

  it('a class that copies a non-@Inventory server class is never a target; an @Inventory copy names the header record', () => {
    expect(target('QueryLabel')).toBe('LabelPattern nameAndPath');
    expect(result.skipped).toEqual(['QueryLabel: org.zstack.sdk.LabelInventory -> demo.shop.LabelInventory']);
    expect(result.toHeader).toEqual(['QueryLabel -> LabelPattern']);
    expect([...result.sdkTargets.keys()].sort()).toEqual(
      ['BuildExport', 'CrateThing', 'Disk', 'FireWallRule', 'IPsecLink', 'Job', 'PodPodSpecRef', 'PortalGate', 'Records'].sort(),
    );
  });

  it('no guess: several candidates, or a class another query returns', () => {
    expect(target('QuerySms')).toBeUndefined();
    expect(target('QueryBuild')).toBeUndefined();
    const sms = result.unmapped.find((u) => u.name === 'QuerySms')!;
    expect(sms.candidates).toEqual([
      { name: 'SmsAEndpoint', why: ['name'] },
      { name: 'SmsBEndpoint', why: ['name'] },
    ]);
    const build = result.unmapped.find((u) => u.name === 'QueryBuild')!;
    expect(build.notes).toEqual(['rule nameAndPath: BuildExport is already the target of QueryBuildExport']);
    expect(build.candidates).toEqual([{ name: 'BuildExport', why: ['name', 'returned by ExportBuild'] }]);
    expect(target('QueryOldGate')).toBeUndefined();
    expect(result.unmapped.find((u) => u.name === 'QueryOldGate')!.notes).toEqual(['rule nameAndPath finds GateInventory, as for QueryNewGate']);
  });

  it('path evidence per rule', () => {
    expect(result.evidence.nameAndPath).toEqual({ same: 2, other: [], none: 0 });
    expect(result.evidence.name).toEqual({ same: 0, other: [], none: 2 });
  });

  it('SDK records: public instance fields, inherited first, enums, nested inventories, the rest left out', () => {
    const t = new SourceTree([
      sdkFile('BaseInventory', 'public class BaseInventory { public java.lang.String uuid; public java.sql.Timestamp createDate; }'),
      sdkFile('ThingState', 'public enum ThingState { On, Off }'),
      sdkFile('OwnerInventory', 'public class OwnerInventory { public String uuid; }'),
      sdkFile('Blob', 'public class Blob { public String x; }'),
      sdkFile(
        'ThingInventory',
        `public class ThingInventory extends BaseInventory {
          private static final long serialVersionUID = 1L;
          public java.util.List triggersUuid;
          public java.util.Set<String> tags;
          public ThingState state;
          public java.lang.Integer size;
          public java.lang.Double ratio;
          public java.util.LinkedHashMap opts;
          public OwnerInventory owner;
          public java.util.List<OwnerInventory> owners;
          public OwnerInventory[] others;
          public java.lang.Object payload;
          public Blob blob;
          public java.sql.Timestamp createDate;
          String hidden;
          public java.lang.String getHidden() { return hidden; }
        }`,
      ),
    ]);
    const idx = sdkIndex(t);
    const { record, leftOut } = sdkInventoryRecord(t, t.get('org.zstack.sdk.ThingInventory')!, idx);
    expect(record).toEqual({
      name: 'Thing',
      source: 'sdk',
      sdkClass: 'org.zstack.sdk.ThingInventory',
      parent: 'Base',
      fields: [
        { name: 'uuid', type: 'string' },
        { name: 'createDate', type: 'timestamp' },
        { name: 'triggersUuid', type: 'list' },
        { name: 'tags', type: 'list' },
        { name: 'state', type: 'string', validValues: ['On', 'Off'] },
        { name: 'size', type: 'integer' },
        { name: 'ratio', type: 'float' },
        { name: 'opts', type: 'map' },
      ],
      nested: [
        { name: 'owner', inventory: 'Owner', list: false },
        { name: 'owners', inventory: 'Owner', list: true },
        { name: 'others', inventory: 'Owner', list: true },
      ],
    });
    expect(leftOut).toEqual(['Thing.payload: java.lang.Object', 'Thing.blob: Blob']);
  });

  it('a header record against its SDK copy: what the record lacks and why', () => {
    const box = inv.records.find((r) => r.name === 'Box')!;
    expect(box.fields.map((f) => f.name)).toEqual(['uuid', 'name']);
    const copy = sdkInventoryRecord(tree, tree.get('org.zstack.sdk.BoxInventory')!, index).record;
    const diff = compareWithSdk(tree, tree.get('demo.shop.BoxInventory')!, box, copy, new Set(inv.problems.notColumns));
    expect(diff).toEqual({
      sdkOnly: [
        { name: 'labels', type: 'list', why: 'join' },
        { name: 'mood', type: 'string', why: 'no column' },
        { name: 'extra', type: 'string', why: 'not in the server class' },
      ],
      headerOnly: [],
      types: [],
      sharedLists: [],
    });
  });
});

describe('output', () => {
  it('writes bigints digit for digit and one record per line', () => {
    expect(toJson({ a: [1, 9223372036854775807n], b: undefined, c: '' })).toBe('{"a":[1,9223372036854775807],"c":""}');
    expect(jsonLines([{ x: 1 }, { y: 2 }])).toBe('[\n{"x":1},\n{"y":2}\n]\n');
    expect(jsonLines([])).toBe('[]\n');
  });
});
