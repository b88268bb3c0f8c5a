// Text a server wrote, as the tool shows it: the one helper every piece of server text goes through on its way to the
// user (ZStack error codes, descriptions and details, EOS messages, AC `msg`, excerpts of answers that were not
// understood). A server must not drive the terminal: control characters (escape sequences that retitle or clear it,
// carriage returns that overwrite a line, newlines that forge lines of our own) and bidirectional overrides are shown
// escaped; an HTML error page is summarised to its title; long text is cut, with a note of how much was left out
// (all of it under --debug). Pure.

/** How many characters of a server's text a message shows (all of them under --debug). */
export const SERVER_TEXT_LIMIT = 500;

/** C0 and C1 controls, DEL, line and paragraph separators, bidirectional marks, embeddings, overrides and isolates. */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_KEEPING_LINES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\x1b': '\\e', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escape = (c: string): string => {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
};

/** `text` with every character that could drive a terminal shown escaped (ESC as `\e`, a newline as `\n`, others as
 *  `\xHH` or `\u{HHHH}`). `keepLines`: newlines and tabs stay (text the tool laid out in lines itself). */
export function visible(text: string, keepLines = false): string {
  return text.replace(keepLines ? UNSAFE_KEEPING_LINES : UNSAFE, escape);
}

/** A server's text for a message: on one line, escaped, an HTML page summarised, cut at SERVER_TEXT_LIMIT characters
 *  with a note of how many were left out (`full`, under --debug: not cut). Anything but a string is shown as JSON. */
export function serverText(value: unknown, full = false): string {
  const text = (typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value) ?? String(value)).trim();
  const page = htmlTitle(text);
  if (page !== undefined) return page === '' ? 'an HTML page without a title' : `an HTML page titled "${cut(page, 200, false)}"`;
  return cut(text, SERVER_TEXT_LIMIT, full);
}

function cut(text: string, limit: number, full: boolean): string {
  if (full || text.length <= limit) return visible(text);
  // Not in the middle of a surrogate pair.
  const end = /[\ud800-\udbff]/.test(text[limit - 1]) ? limit - 1 : limit;
  return `${visible(text.slice(0, end))}... (${text.length - end} more characters; --debug shows them all)`;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The title of an HTML page (`''` when it has none), or undefined when the text is not one. Only its beginning is
 *  looked at. */
function htmlTitle(text: string): string | undefined {
  const head = text.slice(0, 65536);
  if (!/^(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body|title)\b/i.test(head)) return undefined;
  const title = /<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(head)?.[1] ?? '';
  return title
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
