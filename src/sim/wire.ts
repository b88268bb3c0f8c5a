// How a real management node reads what arrives on the wire: query-string values, `q=` conditions, the AccessKey
// signature and its Date header. The simulator has its own copy of each rule and never imports the client's (a test
// must not let a wrong client agree with itself). The rules come from the server's REST layer and the JDK behaviour
// it relies on (Boolean.parseBoolean, Integer.valueOf, commons-lang splitByWholeSeparator, DateTimeFormatter).
import { createHmac } from 'node:crypto';

/** Boolean.parseBoolean: "true" in any case is true, anything else (absent included) false, never an error. */
export const javaBoolean = (text: string | null | undefined): boolean => text?.toLowerCase() === 'true';

/** Integer.valueOf: an optional sign and decimal digits within 32 bits; undefined for anything else. */
export function javaInteger(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= -(2 ** 31) && n < 2 ** 31 ? n : undefined;
}

/** String.split(","): trailing empty pieces dropped (so "," gives none, "" gives [""]). */
export function javaSplit(text: string, sep: string): string[] {
  const parts = text.split(sep);
  if (text === '') return parts;
  while (parts.length && parts.at(-1) === '') parts.pop();
  return parts;
}

/** The condition operators in the order the server tries them; the first one found anywhere in the text wins. */
const OPERATORS: ReadonlyArray<readonly [text: string, op: string]> = [
  ['!=', '!='],
  ['>=', '>='],
  ['<=', '<='],
  ['!?=', 'not in'],
  ['!~=', 'not like'],
  ['~=', 'like'],
  ['?=', 'in'],
  ['=', '='],
  ['>', '>'],
  ['<', '<'],
  ['is null', 'is null'],
  ['not null', 'is not null'],
];

export type ConditionReading = { field: string; op: string; value?: string } | { error: string };

/** One `q=` value as the server splits it: name trimmed, value kept as sent (a space can be part of it). */
export function readCondition(text: string): ConditionReading {
  const found = OPERATORS.find(([t]) => text.includes(t));
  if (!found) return { error: `Invalid query parameter. The '${text}' in the parameter[q] doesn't contain any query operator. Valid query operators are [${OPERATORS.map(([t]) => t).join(', ')}]` };
  const [sep, op] = found;
  const parts = splitByWholeSeparator(text, sep, 2);
  if (op === 'is null' || op === 'is not null') return { field: (parts[0] ?? '').trim(), op };
  if (parts.length !== 2) return { error: `Invalid query parameter. The '${text}' in parameter[q] is not a key-value pair split by ${op}` };
  return { field: parts[0].trim(), op, value: parts[1] };
}

/** commons-lang splitByWholeSeparator(text, sep, max): empty pieces between separators are skipped, so `=a` is one
 *  piece and `a==b` is `a`, `b`; the last piece keeps the rest of the text, separators included. */
function splitByWholeSeparator(text: string, sep: string, max: number): string[] {
  const out: string[] = [];
  let beg = 0;
  let end = 0;
  while (end < text.length) {
    end = text.indexOf(sep, beg);
    if (end < 0) {
      out.push(text.slice(beg));
      end = text.length;
    } else if (end > beg) {
      if (out.length + 1 === max) {
        out.push(text.slice(beg));
        end = text.length;
      } else {
        out.push(text.slice(beg, end));
        beg = end + sep.length;
      }
    } else {
      beg = end + sep.length;
    }
  }
  return out;
}

/** base64(HMAC-SHA1(secret, METHOD \n Date \n /v1/path)): what both official SDKs sign. */
export function signature(secret: string, method: string, date: string, apiPath: string): string {
  return createHmac('sha1', Buffer.from(secret, 'utf8')).update(Buffer.from(`${method}\n${date}\n${apiPath}`, 'utf8')).digest('base64');
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Zone names Java's `z` reads (a common subset of its short names); region ids and offsets are checked apart. */
const ZONE_NAMES = new Set(
  'GMT UT UTC Z CST CDT EST EDT MST MDT PST PDT AKST HST JST KST PRC HKT SGT IST CET CEST EET EEST WET WEST BST MSK AEST AEDT ACST AWST NZST NZDT ROK ART BRT'.split(' '),
);

/** Whether the zone part of a Date header is one the server's parser accepts: a zone name, a region id
 *  (`Asia/Shanghai`), `+08:00`, or `GMT+08:00`/`UTC+08:00`. `+0800` and unknown words are refused, as Java does. */
function knownZone(zone: string): boolean {
  if (ZONE_NAMES.has(zone.toUpperCase())) return true;
  if (/^(?:GMT|UTC|UT)?[+-]\d{2}:\d{2}$/i.test(zone)) return true;
  if (!zone.includes('/')) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of a Date header (`EEE, dd MMM yyyy HH:mm:ss z`, English, any case), as milliseconds of a
 *  UTC calendar: the zone label is checked for form and then ignored, as a node with rest.checkTimeZone=false does.
 *  NaN when the header does not parse (wrong form, a weekday that does not match the date, an unknown zone). */
export function headerWallClock(text: string): number {
  const m = /^([a-z]{3}), (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (\S+)$/i.exec(text);
  if (!m) return NaN;
  const [, day, dd, mon, yyyy, hh, mi, ss, zone] = m;
  const month = MONTHS.indexOf(mon.toLowerCase());
  if (month < 0 || Number(hh) > 23 || Number(mi) > 59 || Number(ss) > 59 || !knownZone(zone)) return NaN;
  const ms = Date.UTC(Number(yyyy), month, Number(dd), Number(hh), Number(mi), Number(ss));
  const d = new Date(ms);
  if (d.getUTCDate() !== Number(dd) || DAYS[d.getUTCDay()] !== day.toLowerCase()) return NaN;
  return ms;
}
