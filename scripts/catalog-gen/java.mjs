// A small reader for the declarations of Java source files: package, imports, types, annotations, fields,
// enum constants and annotation-type defaults. Method and initializer bodies are skipped, not parsed.

const TOKEN =
  /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[A-Za-z_$][\w$]*|0[xX][\da-fA-F_]+[lL]?|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?[lLfFdD]?|\.\d+(?:[eE][+-]?\d+)?[fFdD]?|\.\.\.|./gy;

const MODIFIERS = new Set([
  'public', 'protected', 'private', 'static', 'final', 'abstract', 'transient', 'volatile', 'synchronized',
  'native', 'strictfp', 'default',
]);

/** Splits Java source into tokens `{ k: 'id' | 'num' | 'str' | 'chr' | 'op', v }`, dropping blanks and comments. */
export function tokenize(src) {
  const out = [];
  TOKEN.lastIndex = 0;
  let m;
  while (TOKEN.lastIndex < src.length && (m = TOKEN.exec(src))) {
    const v = m[0];
    const c = v[0];
    if (/\s/.test(c) || v.startsWith('//') || v.startsWith('/*')) continue;
    if (c === '"') out.push({ k: 'str', v });
    else if (c === "'") out.push({ k: 'chr', v });
    else if (/[A-Za-z_$]/.test(c)) out.push({ k: 'id', v });
    else if (/\d/.test(c) || (c === '.' && v.length > 1 && v !== '...')) out.push({ k: 'num', v });
    else out.push({ k: 'op', v });
  }
  return out;
}

const ESCAPES = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', "'": "'", '\\': '\\' };

/** The value of a Java string literal (with its quotes). */
export function unquote(literal) {
  return literal.slice(1, -1).replace(/\\(u+[\da-fA-F]{4}|[0-7]{1,3}|.)/g, (_, e) => {
    if (e[0] === 'u') return String.fromCharCode(parseInt(e.replace(/^u+/, ''), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ESCAPES[e] ?? e;
  });
}

/** A Java numeric literal as a number, or a bigint when an integer is beyond the safe range (`9223372036854775807L`). */
export function parseNumber(text) {
  const t = text.replace(/_/g, '');
  if (/^0[xX]/.test(t)) return narrow(BigInt(t.replace(/[lL]$/, '')));
  if (/^\d+[lL]?$/.test(t)) return narrow(BigInt(t.replace(/[lL]$/, '')));
  return Number(t.replace(/[fFdD]$/, ''));
}

function narrow(big) {
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/** Renders a type reference back to source form, e.g. `java.util.Map<String,List<Long>>[]`. */
export function typeText(t) {
  const args = t.args.length ? `<${t.args.map(typeText).join(',')}>` : '';
  return t.name + args + '[]'.repeat(t.dims);
}

/** The simple name of a possibly qualified name: `java.util.List` -> `List`. */
export function simpleName(name) {
  return name.slice(name.lastIndexOf('.') + 1);
}

class Parser {
  constructor(tokens) {
    this.t = tokens;
    this.i = 0;
  }

  peek(o = 0) {
    return this.t[this.i + o];
  }

  is(v, o = 0) {
    return this.t[this.i + o]?.v === v;
  }

  next() {
    const tok = this.t[this.i++];
    if (!tok) throw new Error('unexpected end of source');
    return tok;
  }

  expect(v) {
    const tok = this.next();
    if (tok.v !== v) throw new Error(`expected '${v}' but found '${tok.v}' at token ${this.i - 1}`);
    return tok;
  }

  /** Skips a balanced group that starts at the current token (`(`, `{`, `[` or `<`). */
  skipGroup() {
    const open = this.next().v;
    const close = { '(': ')', '{': '}', '[': ']', '<': '>' }[open];
    let depth = 1;
    while (depth > 0) {
      const v = this.next().v;
      if (v === open) depth++;
      else if (v === close) depth--;
    }
  }

  qualifiedName() {
    let name = this.next().v;
    while (this.is('.') && this.peek(1)?.k === 'id' && !this.is('class', 1)) {
      this.i++;
      name += '.' + this.next().v;
    }
    return name;
  }

  compilationUnit() {
    const unit = { package: '', imports: [], types: [] };
    this.annotations(); // package annotations
    if (this.is('package')) {
      this.i++;
      unit.package = this.qualifiedName();
      this.expect(';');
    }
    while (this.is('import')) {
      this.i++;
      const isStatic = this.is('static');
      if (isStatic) this.i++;
      let name = this.qualifiedName();
      if (this.is('.')) {
        this.i += 2; // .*
        name += '.*';
      }
      this.expect(';');
      if (!isStatic) unit.imports.push(name);
    }
    while (this.i < this.t.length) {
      if (this.is(';')) {
        this.i++;
        continue;
      }
      const mods = this.modifiers();
      unit.types.push(this.typeDeclaration(mods));
    }
    return unit;
  }

  annotations() {
    const list = [];
    while (this.is('@') && !this.is('interface', 1)) list.push(this.annotation());
    return list;
  }

  /** Annotations and modifiers in any order. */
  modifiers() {
    const mods = { annotations: [], modifiers: [] };
    for (;;) {
      if (this.is('@') && !this.is('interface', 1)) mods.annotations.push(this.annotation());
      else if (this.peek() && MODIFIERS.has(this.peek().v) && !this.is('(', 1)) mods.modifiers.push(this.next().v);
      else return mods;
    }
  }

  annotation() {
    this.expect('@');
    const name = this.qualifiedName();
    const args = {};
    if (this.is('(')) {
      this.i++;
      if (this.peek()?.k === 'id' && this.is('=', 1)) {
        while (!this.is(')')) {
          const key = this.next().v;
          this.expect('=');
          args[key] = this.elementValue();
          if (this.is(',')) this.i++;
        }
      } else if (!this.is(')')) {
        args.value = this.elementValue();
      }
      this.expect(')');
    }
    return { name: simpleName(name), args };
  }

  /** An annotation element value: literal, class literal, constant reference, nested annotation or `{...}` array. */
  elementValue() {
    if (this.is('@')) return this.annotation();
    if (this.is('{')) {
      this.i++;
      const items = [];
      while (!this.is('}')) {
        items.push(this.elementValue());
        if (this.is(',')) this.i++;
      }
      this.i++;
      return items;
    }
    const start = this.i;
    const parts = [this.primary()];
    while (this.is('+')) {
      this.i++;
      parts.push(this.primary());
    }
    if (parts.length === 1) return parts[0];
    if (parts.every((p) => typeof p === 'string')) return parts.join('');
    return { expr: this.t.slice(start, this.i).map((x) => x.v).join(' ') };
  }

  primary() {
    const tok = this.peek();
    if (tok.v === '-' && this.peek(1)?.k === 'num') {
      this.i++;
      return -parseNumber(this.next().v);
    }
    if (tok.v === '(') {
      this.i++;
      const v = this.elementValue();
      this.expect(')');
      return v;
    }
    if (tok.k === 'str') return this.i++, unquote(tok.v);
    if (tok.k === 'chr') return this.i++, unquote(tok.v);
    if (tok.k === 'num') return this.i++, parseNumber(tok.v);
    if (tok.v === 'true' || tok.v === 'false') return this.i++, tok.v === 'true';
    if (tok.k === 'id') {
      const name = this.qualifiedName();
      if (this.is('.') && this.is('class', 1)) {
        this.i += 2;
        return { class: name };
      }
      if (this.is('(')) {
        const start = this.i;
        this.skipGroup();
        return { expr: name + this.t.slice(start, this.i).map((x) => x.v).join('') };
      }
      return { ref: name };
    }
    throw new Error(`unexpected '${tok.v}' in annotation value at token ${this.i}`);
  }

  type() {
    this.annotations();
    let name = this.qualifiedName();
    const args = [];
    if (this.is('<')) {
      this.i++;
      while (!this.is('>')) {
        if (this.is('?')) {
          this.i++;
          if (this.is('extends') || this.is('super')) {
            this.i++;
            args.push(this.type());
          } else args.push({ name: 'Object', args: [], dims: 0 });
        } else args.push(this.type());
        if (this.is(',')) this.i++;
      }
      this.i++;
      if (this.is('.') && this.peek(1)?.k === 'id') {
        // Outer<T>.Inner: keep the inner name, drop the outer arguments
        this.i++;
        name += '.' + this.type().name;
      }
    }
    let dims = 0;
    while (this.is('[') && this.is(']', 1)) {
      this.i += 2;
      dims++;
    }
    if (this.is('...')) {
      this.i++;
      dims++;
    }
    return { name, args, dims };
  }

  typeDeclaration(mods) {
    let kind = this.next().v;
    if (kind === '@') {
      this.expect('interface');
      kind = '@interface';
    }
    if (!['class', 'interface', 'enum', '@interface'].includes(kind)) throw new Error(`not a type declaration: '${kind}'`);
    const decl = {
      kind,
      name: this.next().v,
      annotations: mods.annotations,
      modifiers: mods.modifiers,
      extends: null,
      implements: [],
      fields: [],
      elements: [],
      constants: [],
      types: [],
    };
    if (this.is('<')) this.skipGroup();
    while (!this.is('{')) {
      const word = this.next().v;
      if (word === 'extends') {
        const supers = this.typeList();
        if (kind === 'interface') decl.implements.push(...supers);
        else decl.extends = supers[0];
      } else if (word === 'implements') decl.implements.push(...this.typeList());
      else if (word === 'permits') this.typeList();
    }
    this.body(decl);
    return decl;
  }

  typeList() {
    const list = [this.type()];
    while (this.is(',')) {
      this.i++;
      list.push(this.type());
    }
    return list;
  }

  body(decl) {
    this.expect('{');
    if (decl.kind === 'enum') this.enumConstants(decl);
    while (!this.is('}')) {
      if (this.is(';')) {
        this.i++;
        continue;
      }
      if (this.is('{')) {
        this.skipGroup(); // instance initializer
        continue;
      }
      const mods = this.modifiers();
      if (this.is('{')) {
        this.skipGroup(); // static initializer
        continue;
      }
      const word = this.peek().v;
      if (['class', 'interface', 'enum'].includes(word) || (word === '@' && this.is('interface', 1))) {
        decl.types.push(this.typeDeclaration(mods));
        continue;
      }
      this.member(decl, mods);
    }
    this.i++;
  }

  enumConstants(decl) {
    while (!this.is(';') && !this.is('}')) {
      this.annotations();
      decl.constants.push(this.next().v);
      if (this.is('(')) this.skipGroup();
      if (this.is('{')) this.skipGroup();
      if (this.is(',')) this.i++;
    }
    if (this.is(';')) this.i++;
  }

  member(decl, mods) {
    if (this.is('<')) this.skipGroup(); // generic method
    const type = this.type();
    if (this.is('(')) return this.skipMethodRest(); // constructor
    const name = this.next().v;
    if (this.is('(')) {
      if (decl.kind === '@interface') return this.annotationElement(decl, type, name);
      return this.skipMethodRest();
    }
    let field = name;
    for (;;) {
      let dims = 0;
      while (this.is('[')) {
        this.i += 2;
        dims++;
      }
      const f = {
        name: field,
        type: dims ? { ...type, dims: type.dims + dims } : type,
        annotations: mods.annotations,
        modifiers: mods.modifiers,
      };
      decl.fields.push(f);
      if (this.is('=')) {
        // A literal initializer is the field's default (the SDK sends it when the caller sets nothing).
        const lit = this.peek(1);
        const end = this.t[this.i + 2]?.v;
        if ((end === ';' || end === ',') && (lit.k === 'str' || lit.k === 'num' || (lit.k === 'id' && (lit.v === 'true' || lit.v === 'false')))) {
          f.init = lit.k === 'str' ? unquote(lit.v) : lit.k === 'num' ? parseNumber(lit.v) : lit.v === 'true';
        }
        this.skipInitializer();
      }
      if (!this.is(',')) break;
      this.i++;
      field = this.next().v;
    }
    this.expect(';');
  }

  /** Skips `= expr` up to the `,` or `;` that ends the declarator. */
  skipInitializer() {
    this.i++;
    let angle = 0;
    while (!((this.is(',') && angle === 0) || this.is(';'))) {
      const tok = this.peek();
      if (tok.v === '(' || tok.v === '{' || tok.v === '[') this.skipGroup();
      else {
        // generic arguments (`new HashMap<String, Long>()`) may hold commas; a `<` right after a name opens them
        if (tok.v === '<' && this.t[this.i - 1]?.k === 'id') angle++;
        else if (tok.v === '>' && angle > 0) angle--;
        this.i++;
      }
    }
  }

  skipMethodRest() {
    this.skipGroup(); // parameters
    while (!this.is('{') && !this.is(';')) {
      if (this.is('default')) {
        this.i++;
        this.elementValue();
      } else this.i++;
    }
    if (this.is('{')) this.skipGroup();
    else this.i++;
  }

  annotationElement(decl, type, name) {
    this.skipGroup(); // ()
    const element = { name, type };
    if (this.is('default')) {
      this.i++;
      element.default = this.elementValue();
    }
    this.expect(';');
    decl.elements.push(element);
  }
}

/** Parses a compilation unit: `{ package, imports, types: [TypeDecl] }`. */
export function parseJava(src) {
  return new Parser(tokenize(src)).compilationUnit();
}

/** Every type declared in a unit, nested ones included, with its dotted name inside the unit (`Outer.Inner`). */
export function allTypes(unit) {
  const out = [];
  const walk = (types, prefix) => {
    for (const t of types) {
      const local = prefix ? `${prefix}.${t.name}` : t.name;
      out.push({ local, decl: t });
      walk(t.types, local);
    }
  };
  walk(unit.types, '');
  return out;
}

export function findAnnotation(annotations, name) {
  return annotations.find((a) => a.name === name);
}

/** Annotations that may be repeated inside a container (`@ExpandedQueries({...})`) or stand alone. */
export function repeated(annotations, container, single) {
  const out = [];
  for (const a of annotations) {
    if (a.name === single) out.push(a);
    if (a.name === container) {
      const v = a.args.value;
      out.push(...(Array.isArray(v) ? v : v ? [v] : []));
    }
  }
  return out;
}

/** Structural equality for parsed annotation values. */
export function sameValue(a, b) {
  if (typeof a !== typeof b) return false;
  if (a === null || typeof a !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameValue(a[k], b[k]));
}

/** Parses the body of one method, given by name, as a list of `target.field = value;` assignments with literal values. */
export function literalAssignments(src, method) {
  const tokens = tokenize(src);
  const at = tokens.findIndex((t, i) => t.v === method && tokens[i + 1]?.v === '(');
  if (at < 0) return null;
  const p = new Parser(tokens);
  p.i = at + 1;
  p.skipGroup();
  while (!p.is('{')) p.i++;
  const startBody = p.i;
  p.skipGroup();
  const end = p.i;
  const out = {};
  for (let i = startBody + 1; i < end - 1; i++) {
    if (tokens[i].k === 'id' && tokens[i + 1]?.v === '.' && tokens[i + 2]?.k === 'id' && tokens[i + 3]?.v === '=') {
      const q = new Parser(tokens);
      q.i = i + 4;
      try {
        out[tokens[i + 2].v] = q.elementValue();
      } catch {
        // not a literal: left out
      }
    }
  }
  return out;
}
