// The query-condition grammar: `<field><op><value>`, `<field> is null`, `<field> not null`.
import { usageError } from '../errors.js';

export type Operator = '=' | '!=' | '>' | '<' | '>=' | '<=' | '?=' | '!?=' | '~=' | '!~=' | 'is null' | 'not null';

export interface Condition {
  field: string;
  op: Operator;
  /** Absent for `is null` / `not null`. */
  value?: string;
}

/** Operators that may follow a field name, longest first so `!?=` wins over `!=`. */
export const FIELD_OPS = ['!?=', '!~=', '!=', '>=', '<=', '?=', '~=', '=', '>', '<'] as const;

const FIELD = '[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*';
const FIELD_RE = new RegExp(`^${FIELD}$`);
const LEADING_FIELD_RE = new RegExp(`^(${FIELD})`);
const NULL_RE = new RegExp(`^(${FIELD})\\s+(is|not)\\s+null$`, 'i');

export const isFieldName = (s: string): boolean => FIELD_RE.test(s);

/** Splits a token into field, operator and value, or returns undefined when it is not a condition. */
export function splitCondition(token: string): Condition | undefined {
  const nullForm = NULL_RE.exec(token.trim());
  if (nullForm) return { field: nullForm[1], op: nullForm[2].toLowerCase() === 'is' ? 'is null' : 'not null' };
  const m = LEADING_FIELD_RE.exec(token);
  if (!m) return undefined;
  const field = m[1];
  const rest = token.slice(field.length);
  const op = FIELD_OPS.find((o) => rest.startsWith(o));
  if (!op) return undefined;
  const value = rest.slice(op.length);
  // The classic zstack-cli spellings of the null tests.
  if (op === '=' && value === 'null') return { field, op: 'is null' };
  if (op === '!=' && value === 'null') return { field, op: 'not null' };
  return { field, op, value };
}

/** The condition as it travels in one `q=` parameter (before percent-encoding). */
export function conditionText(c: Condition): string {
  if (c.op === 'is null' || c.op === 'not null') return `${c.field} ${c.op}`;
  return `${c.field}${c.op}${c.value ?? ''}`;
}

// The real server looks for these, in this order, anywhere in the string; the first one found splits it.
const SERVER_OPS = ['!=', '>=', '<=', '!?=', '!~=', '~=', '?=', '=', '>', '<', ' is null', ' not null'] as const;

/** How a real ZStack server would split this condition text. */
export function serverReading(text: string): { field: string; op: string; value: string } | undefined {
  for (const op of SERVER_OPS) {
    const at = text.indexOf(op);
    if (at >= 0) return { field: text.slice(0, at), op: op.trim(), value: text.slice(at + op.length) };
  }
  return undefined;
}

/** Refuses a condition the server would split differently from what the user wrote. */
export function checkServerReading(c: Condition): void {
  const text = conditionText(c);
  const read = serverReading(text);
  const same = read && read.field === c.field && read.op === c.op && (c.value === undefined ? read.value === '' : read.value === c.value);
  if (same) return;
  const how = read ? `field '${read.field}', operator '${read.op}', value '${read.value}'` : 'no operator at all';
  throw usageError(`the condition '${text}' cannot be sent as written: a ZStack server would read it as ${how}`, [
    `the server splits a condition at the first of ${SERVER_OPS.map((o) => `'${o.trim()}'`).join(', ')} that it finds, ` +
      'so the value must not contain an operator that the server tries before yours',
    c.op === '=' ? "for a value that contains '!=' , '>=' or '<=', match it with '~=' and '_' in place of the operator, e.g. name~=a_=b" : 'rephrase the value, e.g. with ~= and _ or % wildcards',
  ]);
}
