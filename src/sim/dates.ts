// Dates as the real server's JSON carries them: `Nov 23, 2026 9:07:02 AM` (the simulator writes UTC).
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function zsDate(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h % 12 || 12}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** Epoch milliseconds of a stored date or a query value (epoch digits, ISO, or the server's own format, read as UTC). */
export function parseDate(v: unknown): number {
  if (typeof v === 'number') return v;
  const s = String(v).trim();
  if (/^-?\d+$/.test(s)) return Number(s);
  return /[AP]M$/.test(s) ? Date.parse(`${s} UTC`) : Date.parse(s);
}

/** The AccessKey `Date` header: RFC-1123 style, its zone either `GMT`-like or a zone id such as `Asia/Shanghai`
 *  (which Date.parse does not read: the wall time is read as UTC, then moved by that zone's offset). NaN if unreadable. */
export function parseHeaderDate(text: string): number {
  const m = /^(.*\d{1,2}:\d{2}:\d{2})\s+([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/.exec(text.trim());
  if (!m) return Date.parse(text);
  const wall = Date.parse(`${m[1]} UTC`);
  if (!Number.isFinite(wall)) return NaN;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone: m[2], hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(wall);
  } catch {
    return NaN; // an unknown zone id
  }
  const part = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const offset = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - wall;
  return wall - offset;
}
