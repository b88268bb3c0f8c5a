// English sentences left in text that should be Chinese. What may stay as it is: commands to type (from `zstack-cli`
// to the end of the line or the next Chinese character), option names, key=value words, <placeholders>, quoted values,
// URLs and paths, and names (anything with a capital letter, a digit, a dot or an underscore: verbs, fields,
// UUIDs, ZStack, JSON, HTTP). What is left of a line must not hold two English words in a row of which one is a
// word of sentences (the, is, not, valid, ...), nor four English words in a row; lowercase names stand alone
// (`type  string  可选`, `bash, zsh, fish`).

const SENTENCE_WORDS = new Set(
  'a an the is are was be been has have had it its this that these of to in on at by for from with without as or and not no nor but if than can cannot valid invalid unknown missing required optional error warning failed'.split(' '),
);

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';

/** The English phrases in `text` (one per line at most), for an assertion that there are none. */
export function englishIn(text: string): string[] {
  const found: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw
      .replace(/^zstack-cli: /, '')
      .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, ' ')
      .replace(new RegExp(`zstack-cli\\b[^${CJK}]*`, 'g'), ' ')
      .replace(/\w+:\/\/\S+|(^|\s)[~.]?\/\S*/g, ' ')
      .replace(/<[^>\s]*>|--?[\w-]+|\S*=\S*/g, ' ')
      .replace(/[\w-]*[A-Z0-9_.][\w.-]*/g, ' ');
    // words one space apart (columns and lists of names are further apart or comma-separated)
    const words = [...line.matchAll(/[a-z][a-z'-]*(?:[;:]? [a-z][a-z'-]*)+/g)].map((m) => m[0]).filter((phrase) => {
      const ws = phrase.split(/[;:]? /);
      return ws.length >= 4 || ws.some((w) => SENTENCE_WORDS.has(w));
    });
    if (words.length) found.push(`${words.join(' | ')}    <- ${raw.trim()}`);
  }
  return found;
}
