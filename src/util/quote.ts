// Quoting a word so that a shell reads it back unchanged: one function for help examples, --curl, completion
// candidates and the interactive shell.

const POSIX_SAFE = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** POSIX single-quoting, only when the word needs it. `needsQuotes` decides (default: anything a POSIX shell could
 *  read as syntax, and the empty word). */
export function shellQuote(word: string, needsQuotes: (w: string) => boolean = (w) => !POSIX_SAFE.test(w)): string {
  return needsQuotes(word) ? `'${word.replace(/'/g, `'\\''`)}'` : word;
}

/** For the interactive shell's own splitter, where only white space, quotes and backslashes are special
 *  (`cpuNum>` is a plain word there). */
export const quoteWord = (word: string): string => shellQuote(word, (w) => /[\s'"\\]/.test(w));
