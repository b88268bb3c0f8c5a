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

/** The node's local time zone (`--time-zone`): a fixed offset `+08:00` / `-05:30` / `UTC`, or an IANA name. Gives the
 *  offset from UTC at an instant, in milliseconds; undefined when the text names no zone. */
export function timeZoneOffset(zone: string): ((ms: number) => number) | undefined {
  const z = zone.trim();
  if (/^(UTC|GMT|Z)$/i.test(z)) return () => 0;
  const fixed = /^(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})$/i.exec(z);
  if (fixed) {
    const [h, m] = [Number(fixed[2]), Number(fixed[3])];
    if (h > 18 || m > 59) return undefined;
    const off = (fixed[1] === '-' ? -1 : 1) * (h * 60 + m) * 60_000;
    return () => off;
  }
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: z, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    return undefined;
  }
  return (ms) => {
    const parts = fmt.formatToParts(ms);
    const part = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - Math.floor(ms / 1000) * 1000;
  };
}
