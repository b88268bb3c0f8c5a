// Shell-like splitting of a command line typed in the interactive shell: whitespace separates words,
// single quotes take everything literally, double quotes allow \" \\ \$ \` escapes, a backslash outside
// quotes escapes the next character. So `name="my vm"` and `'cpuNum>4'` arrive as the user meant them. As in sh, an
// unquoted `#` that begins a word begins a comment to the end of the line (`description=a#b` and `'#'` stay words).
import { usageError } from '../errors.js';

export interface Word {
  /** The word after quote removal. */
  text: string;
  /** Offset of the word's first character in the line. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

export interface SplitResult {
  words: Word[];
  /** Set when the line ends inside quotes (the last word is then unfinished). */
  openQuote?: "'" | '"';
  /** Offset of the `#` that begins a comment, when the line has one (its words are not among `words`). */
  comment?: number;
}

/** `comments: false` reads a `#` as any other character (to mask the secrets of a whole line, comment included). */
export function splitLine(line: string, { comments = true }: { comments?: boolean } = {}): SplitResult {
  const words: Word[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i])) i++;
    if (i >= line.length) break;
    if (comments && line[i] === '#') return { words, comment: i };
    const start = i;
    let text = '';
    let quote: "'" | '"' | undefined;
    for (; i < line.length; i++) {
      const ch = line[i];
      if (quote === "'") {
        if (ch === "'") quote = undefined;
        else text += ch;
      } else if (quote === '"') {
        if (ch === '"') quote = undefined;
        else if (ch === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) text += line[++i];
        else text += ch;
      } else if (/\s/.test(ch)) {
        break;
      } else if (ch === "'" || ch === '"') {
        quote = ch;
      } else if (ch === '\\' && i + 1 < line.length) {
        text += line[++i];
      } else {
        text += ch;
      }
    }
    words.push({ text, start, end: i });
    if (quote) return { words, openQuote: quote };
  }
  return { words };
}

/** The words of a complete command line; an unclosed quote is a usage error. */
export function tokenize(line: string): string[] {
  const r = splitLine(line);
  if (r.openQuote) throw usageError(`unclosed ${r.openQuote === "'" ? 'single' : 'double'} quote`);
  return r.words.map((w) => w.text);
}
