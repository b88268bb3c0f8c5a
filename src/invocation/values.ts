// Turns the text after `key=` into a typed wire value, by the parameter's declared type.
import type { ParamSpec } from '../catalog/types.js';
import { usageError } from '../errors.js';

const INT32: readonly [number, number] = [-2147483648, 2147483647];
const SAFE_LONG: readonly [number, number] = [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function coerceValue(param: ParamSpec, text: string): unknown {
  switch (param.type) {
    case 'string':
      return text;
    case 'integer':
      return parseWhole(param, text, INT32);
    case 'long':
      return parseWhole(param, text, SAFE_LONG);
    case 'float':
      return checkRange(param, parseNumber(param, text));
    case 'boolean':
      return parseBoolean(param.name, text);
    case 'list':
      return parseList(param.name, text);
    case 'map':
      return parseJson(param.name, text, 'a JSON object, e.g. {"key":"value"}', (v) => isPlainObject(v));
    case 'object':
      return parseJson(param.name, text, 'JSON', () => true);
  }
}

function parseNumber(param: ParamSpec, text: string): number {
  const t = text.trim();
  const n = NUMBER_TEXT.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(n)) throw usageError(`${param.name}: '${text}' is not a number`);
  return n;
}

// Whole numbers may be written `100`, `100.0` or `1.5E12` (the SDK examples do), as long as they are whole.
function parseWhole(param: ParamSpec, text: string, bounds: readonly [number, number]): number {
  const n = parseNumber(param, text);
  if (!Number.isInteger(n)) throw usageError(`${param.name}: '${text}' is not a whole number`);
  return checkRange(param, n, text, bounds);
}

/** One range: the parameter's own within what its type holds (an int is 32 bits on the server). `written`: the value
 *  as the message shows it. */
function checkRange(param: ParamSpec, n: number, written = String(n), type: readonly [number, number] = [-Infinity, Infinity]): number {
  const r = param.numberRange;
  const [lo, hi] = r ? [Math.max(type[0], r[0]), Math.min(type[1], r[1])] : type;
  if (n < lo || n > hi) throw usageError(`${param.name}: ${written} is outside the valid range ${lo} to ${hi}`);
  return n;
}

export function parseBoolean(name: string, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === 'true') return true;
  if (t === 'false') return false;
  throw usageError(`${name}: '${text}' is not a boolean (use true or false)`);
}

/** `a,b,c` with `\,` for a literal comma and `\\` for a backslash, a JSON array, or one JSON object (a list of
 *  one: `statements={"effect":"Allow",...}`). */
export function parseList(name: string, text: string): unknown[] {
  const t = text.trim();
  if (t.startsWith('[')) {
    return parseJson(name, t, 'a JSON array', (v) => Array.isArray(v)) as unknown[];
  }
  if (t.startsWith('{')) return [parseJson(name, t, 'a JSON object or array', (v) => isPlainObject(v))];
  if (text === '') return [];
  return splitEscaped(text, ',');
}

export function splitEscaped(text: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && (text[i + 1] === sep || text[i + 1] === '\\')) {
      cur += text[i + 1];
      i++;
    } else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

function parseJson(name: string, text: string, what: string, accept: (v: unknown) => boolean): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw usageError(`${name}: expected ${what}, but the text is not valid JSON (${(e as Error).message})`);
  }
  if (!accept(value)) throw usageError(`${name}: expected ${what}`);
  return value;
}

const isPlainObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
