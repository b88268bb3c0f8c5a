// Reading answers, for every provider: JSON bodies (refused when nested too deeply to show) and answers that are not
// what a server of the provider would send, summarised in one line of server text (src/output/server-text.ts).
import { CliError } from '../errors.js';
import { serverText } from '../output/server-text.js';
import type { HttpResponse } from './http.js';
import { MAX_JSON_DEPTH } from './limits.js';

/** A server's JSON. Text nested more than MAX_JSON_DEPTH levels deep is refused (a SyntaxError, like malformed JSON)
 *  before it is parsed: the renderers recurse, and a value 100,000 levels deep would overflow their stack. */
export function parseAnswer(text: string): unknown {
  // Fewer characters than two a level cannot reach the limit.
  if (text.length > MAX_JSON_DEPTH * 2 && nestedBeyond(text, MAX_JSON_DEPTH)) throw new SyntaxError(`nested more than ${MAX_JSON_DEPTH} levels deep`);
  return JSON.parse(text);
}

/** Whether JSON text opens more than `limit` arrays and objects inside one another (strings skipped). */
export function nestedBeyond(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Past the string: its closing quote is one that an odd number of backslashes does not escape.
      for (;;) {
        const end = text.indexOf('"', i + 1);
        if (end < 0) return false;
        let k = end - 1;
        while (text.charCodeAt(k) === 0x5c) k--;
        i = end;
        if ((end - 1 - k) % 2 === 0) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The body as JSON; malformed (or too deeply nested) JSON is a transport error with these hints, or undefined when
 *  `strict` is false. `full`: --debug, the whole excerpt. */
export function jsonOf(res: HttpResponse, url: string, opts: { strict?: boolean; full?: boolean; hints?: readonly string[] } = {}): unknown {
  try {
    return parseAnswer(res.text);
  } catch (e) {
    if (opts.strict === false) return undefined;
    const nested = (e as Error).message.startsWith('nested');
    // An excerpt of brackets says nothing more.
    throw badAnswer(nested ? { ...res, text: '' } : res, url, nested ? `JSON ${(e as Error).message}` : 'malformed JSON', opts.hints ?? providerHints, opts.full);
  }
}

const providerHints = ['check the host, port and --provider: is this the server of that provider?'];

export const providerBadAnswer = (url: string, res: HttpResponse, what?: string, full = false): CliError => badAnswer(res, url, what, providerHints, full);

/** An answer that was not understood: its status, what was wrong with it, and an excerpt of its body (escaped, an
 *  HTML page by its title, cut unless `full`). Exit 3. */
export function badAnswer(res: HttpResponse, url: string, what: string | undefined, hints: readonly string[], full = false): CliError {
  const [status, path] = [res.status, url.replace(/\?.*$/, '')];
  const excerpt = res.text.trim() === '' ? undefined : serverText(res.text, full);
  // Each form spelled out, so that a translation can tell the values apart.
  const message = what
    ? excerpt === undefined
      ? `the server answered HTTP ${status} (${what}) for ${path}`
      : `the server answered HTTP ${status} (${what}) for ${path}: ${excerpt}`
    : excerpt === undefined
      ? `the server answered HTTP ${status} for ${path}`
      : `the server answered HTTP ${status} for ${path}: ${excerpt}`;
  return new CliError('transport', message, hints);
}
