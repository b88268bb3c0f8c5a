// The catalog generator's readers (scripts/catalog-gen) on small Java sources written for these tests.
import { describe, expect, it } from 'vitest';
import { annotationDefaults, familyFromPackage, paramRecord, paramType, pathKey, restInfo } from '../../scripts/catalog-gen/apis.mjs';
import { buildInventories } from '../../scripts/catalog-gen/inventories.mjs';
import { literalAssignments, parseJava, parseNumber, typeText, unquote } from '../../scripts/catalog-gen/java.mjs';
import { jsonLines, toJson } from '../../scripts/catalog-gen/output.mjs';
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
    });
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

describe('output', () => {
  it('writes bigints digit for digit and one record per line', () => {
    expect(toJson({ a: [1, 9223372036854775807n], b: undefined, c: '' })).toBe('{"a":[1,9223372036854775807],"c":""}');
    expect(jsonLines([{ x: 1 }, { y: 2 }])).toBe('[\n{"x":1},\n{"y":2}\n]\n');
    expect(jsonLines([])).toBe('[]\n');
  });
});
