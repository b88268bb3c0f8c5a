// Finds the messages the program says to people, statically, with the TypeScript parser: the text given to
// usageError, new CliError (and ImportError), io.say / io.err / io.progress, the secret prompts (message and details)
// and localize (text for people on stdout), and messages written as values ({ level, text }), followed
// through conditionals, arrays, spreads, `??`/`||`, constants (of the same file or exported by another) and the
// return values of the functions that build them (didYouMean). A template literal becomes its message id, each
// `${...}` a numbered placeholder: `unknown command '${verb}'` -> `unknown command '{0}'` (src/output/zh.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundMessage {
  /** The message id: the English text, `{0}`, `{1}`... for what the code fills in. */
  id: string;
  file: string;
  line: number;
}

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Which arguments of a call are messages: `usageError(message, details)`, `io.say(level, text)`, ... */
function messageArgs(node: ts.CallExpression | ts.NewExpression): readonly ts.Expression[] {
  const args = node.arguments ?? ts.factory.createNodeArray();
  const callee = node.expression;
  if (ts.isNewExpression(node)) {
    if (!ts.isIdentifier(callee)) return [];
    // ImportError(file, line, message): a catalog import's reason, shown after `cannot import: FILE:LINE:`
    return callee.text === 'CliError' ? args.slice(1, 3) : callee.text === 'ImportError' ? args.slice(2, 3) : [];
  }
  if (ts.isIdentifier(callee)) {
    if (callee.text === 'usageError') return args.slice(0, 2);
    if (callee.text === 'askSecret' || callee.text === 'localize') return args.slice(1, 2);
    if (callee.text === 'words') return args.slice(0, 1);
    return [];
  }
  if (ts.isPropertyAccessExpression(callee)) {
    const name = callee.name.text;
    if (name === 'say') return args.slice(1, 2);
    if (name === 'err' || name === 'progress' || name === 'askSecret') return args.slice(0, 1);
    // what a catalog import skipped, and why (listed by `catalog import`)
    if (name === 'push' && callee.expression.getText() === 'skipped') return args.slice(0, 1);
  }
  return [];
}

interface Parsed {
  file: string;
  sf: ts.SourceFile;
  /** Initialisers of the `const`/`let` names declared anywhere in the file, and what is pushed onto them. */
  values: Map<string, ts.Expression[]>;
  /** Return expressions of the functions declared in the file, by name. */
  returns: Map<string, ts.Expression[]>;
}

function parse(file: string): Parsed {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const values = new Map<string, ts.Expression[]>();
  const returns = new Map<string, ts.Expression[]>();
  const add = (m: Map<string, ts.Expression[]>, k: string, e: ts.Expression) => m.set(k, [...(m.get(k) ?? []), e]);
  const visit = (n: ts.Node, fn?: string): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      add(values, n.name.text, n.initializer);
      if (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer)) return visit(n.initializer, n.name.text);
    }
    if (ts.isFunctionDeclaration(n) && n.name) {
      n.forEachChild((c) => visit(c, n.name!.text));
      return;
    }
    if (fn && ts.isReturnStatement(n) && n.expression) add(returns, fn, n.expression);
    if (fn && ts.isArrowFunction(n) && !ts.isBlock(n.body) && ts.isVariableDeclaration(n.parent)) add(returns, fn, n.body);
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'push' && ts.isIdentifier(n.expression.expression)) {
      for (const a of n.arguments) add(values, n.expression.expression.text, a);
    }
    n.forEachChild((c) => visit(c, fn));
  };
  visit(sf);
  return { file, sf, values, returns };
}

/** The message ids an expression can produce. */
function idsOf(e: ts.Expression, here: Parsed, all: Parsed[], seen: Set<ts.Node>): string[] {
  if (seen.has(e)) return [];
  seen.add(e);
  const again = (x: ts.Expression, p = here) => idsOf(x, p, all, seen);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isTemplateExpression(e)) {
    // What fills a placeholder may be a phrase of its own (`${expired ? ' (expired)' : ''}`), translated as a value.
    const nested = e.templateSpans.flatMap((s) => again(s.expression)).filter(isPhrase);
    return [e.head.text + e.templateSpans.map((s, i) => `{${i}}${s.literal.text}`).join(''), ...nested];
  }
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) return again(e.expression);
  if (ts.isConditionalExpression(e)) return [...again(e.whenTrue), ...again(e.whenFalse)];
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return [...again(e.left), ...again(e.right)];
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const count = (id: string) => (id.match(/\{\d+\}/g) ?? []).length;
    return again(e.left).flatMap((l) => again(e.right).map((r) => l + r.replace(/\{(\d+)\}/g, (_, n: string) => `{${Number(n) + count(l)}}`)));
  }
  if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((x) => again(ts.isSpreadElement(x) ? x.expression : x));
  if (ts.isSpreadElement(e)) return again(e.expression);
  if (ts.isIdentifier(e)) {
    const local = here.values.get(e.text);
    if (local) return local.flatMap((x) => again(x));
    return all.flatMap((p) => (p === here ? [] : (p.values.get(e.text) ?? []).filter((x) => isExported(x)).flatMap((x) => again(x, p))));
  }
  if (ts.isCallExpression(e)) {
    const callee = e.expression;
    // message.replace(...), lines.slice(1): the same messages
    if (ts.isPropertyAccessExpression(callee) && ['replace', 'slice', 'trim', 'trimEnd', 'concat', 'join'].includes(callee.name.text)) return again(callee.expression);
    // rows.map((r) => `...`): what the function answers
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'map') {
      const fn = e.arguments[0];
      if (fn && ts.isArrowFunction(fn)) return ts.isBlock(fn.body) ? returnsOf(fn.body).flatMap((x) => again(x)) : again(fn.body);
    }
    if (ts.isIdentifier(callee)) {
      const own = here.returns.get(callee.text);
      if (own) return own.flatMap((x) => again(x));
      return all.flatMap((p) => (p === here ? [] : (p.returns.get(callee.text) ?? []).flatMap((x) => again(x, p))));
    }
  }
  return [];
}

function returnsOf(body: ts.Node): ts.Expression[] {
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
    else if (!ts.isFunctionLike(n)) n.forEachChild(visit);
  };
  body.forEachChild(visit);
  return out;
}

function isExported(init: ts.Expression): boolean {
  let n: ts.Node | undefined = init.parent;
  while (n && !ts.isVariableStatement(n)) n = n.parent;
  return !!n && ts.isVariableStatement(n) && !!n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** A message id worth translating: some English words, not only placeholders and punctuation. */
export const isText = (id: string): boolean => /[A-Za-z]{2,}/.test(id.replace(/\{\d+\}/g, ''));

/** Text put into a message that is English of its own: words, not one word, an option or a name. */
export const isPhrase = (id: string): boolean => /(^|[\s(])[a-z]{2,}[\s,.;:)]/.test(` ${id.replace(/\{\d+\}/g, '').replace(/'[^']*'|--?[\w-]+|\S+=\S*/g, '')} `) && /\S\s+\S/.test(id);

/** The pieces the translation works on: lines, and the fields of tab-separated lines, each numbered from {0}. */
export function pieces(id: string): string[] {
  return id.split(/[\t\n]/).map((piece) => {
    let n = 0;
    return piece.replace(/\{\d+\}/g, () => `{${n++}}`);
  });
}

/** Every message of src/ (the simulator's API replies are the server's words, not the tool's: they are not calls
 *  of these functions). */
export function scanMessages(): FoundMessage[] {
  const all = sourceFiles(join(ROOT, 'src')).map(parse);
  const out: FoundMessage[] = [];
  for (const p of all) {
    const visit = (n: ts.Node): void => {
      // a Message written out as a value: { level: 'error', text: `...` } (a batch line's own error)
      if (ts.isObjectLiteralExpression(n) && n.properties.some((x) => x.name?.getText() === 'level')) {
        const text = n.properties.find((x): x is ts.PropertyAssignment => ts.isPropertyAssignment(x) && x.name.getText() === 'text');
        const line = p.sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        if (text) for (const id of idsOf(text.initializer, p, all, new Set()).flatMap(pieces)) if (isText(id)) out.push({ id, file: relative(ROOT, p.file), line });
      }
      if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
        for (const arg of messageArgs(n)) {
          const line = p.sf.getLineAndCharacterOfPosition(arg.getStart()).line + 1;
          for (const id of idsOf(arg, p, all, new Set()).flatMap(pieces)) if (isText(id)) out.push({ id, file: relative(ROOT, p.file), line });
        }
      }
      n.forEachChild(visit);
    };
    visit(p.sf);
  }
  return out;
}
