// An index of the types declared in a set of Java files, and name resolution the way javac does it for the cases
// that occur in declarations: nested types, single-type imports, the same package, on-demand imports, java.lang.
import { allTypes, parseJava, simpleName } from './java.mjs';

/** @typedef {{ fqcn: string, path: string, text: string, decl: any, unit: any, local: string }} TypeEntry */

export class SourceTree {
  /** @param {{ path: string, text: string }[]} files */
  constructor(files) {
    /** @type {Map<string, TypeEntry>} */
    this.types = new Map();
    /** @type {Map<string, string[]>} */
    this.bySimpleName = new Map();
    this.duplicates = [];
    this.unparsable = [];
    for (const { path, text } of files) {
      let unit;
      try {
        unit = parseJava(text);
      } catch (e) {
        this.unparsable.push(`${path}: ${e.message}`);
        continue;
      }
      for (const { local, decl } of allTypes(unit)) {
        const fqcn = unit.package ? `${unit.package}.${local}` : local;
        if (this.types.has(fqcn)) {
          this.duplicates.push(`${fqcn}: ${this.types.get(fqcn).path} and ${path}`);
          continue;
        }
        this.types.set(fqcn, { fqcn, path, text, decl, unit, local });
        const list = this.bySimpleName.get(decl.name) ?? [];
        list.push(fqcn);
        this.bySimpleName.set(decl.name, list);
      }
    }
  }

  get(fqcn) {
    return this.types.get(fqcn);
  }

  /** Resolves a type name as written inside `from`'s source file. */
  resolve(name, from) {
    const [head, ...rest] = name.split('.');
    if (rest.length) {
      const exact = this.types.get(name);
      if (exact) return exact;
      const outer = this.resolve(head, from);
      return outer && this.types.get(`${outer.fqcn}.${rest.join('.')}`);
    }
    const { unit } = from;
    const pkg = unit.package ? `${unit.package}.` : '';
    // a type nested in the same file, innermost enclosing scope first
    const scopes = from.local.split('.');
    for (let n = scopes.length; n >= 0; n--) {
      const hit = this.types.get(`${pkg}${[...scopes.slice(0, n), name].join('.')}`);
      if (hit && hit.unit === unit) return hit;
    }
    const imported = unit.imports.find((i) => !i.endsWith('.*') && simpleName(i) === name);
    if (imported) return this.types.get(imported);
    const samePackage = this.types.get(`${pkg}${name}`);
    if (samePackage) return samePackage;
    for (const i of unit.imports.filter((x) => x.endsWith('.*'))) {
      const hit = this.types.get(`${i.slice(0, -1)}${name}`);
      if (hit) return hit;
    }
    return undefined;
  }

  /** The superclass entry of a class, when it is part of the tree. */
  superclass(entry) {
    return entry.decl.extends ? this.resolve(entry.decl.extends.name, entry) : undefined;
  }

  /** The class and its superclasses found in the tree, nearest first. */
  lineage(entry) {
    const chain = [];
    for (let e = entry; e && !chain.includes(e); e = this.superclass(e)) chain.push(e);
    return chain;
  }
}
