import { describe, expect, it } from 'vitest';
import { splitLine, tokenize } from '../../src/invocation/tokens.js';

describe('shell-like splitting', () => {
  it('quotes and backslashes', () => {
    expect(tokenize(`QueryVmInstance name="my vm" 'cpuNum>4' vmNics.ip=10.0.0.5`)).toEqual(['QueryVmInstance', 'name=my vm', 'cpuNum>4', 'vmNics.ip=10.0.0.5']);
    expect(tokenize(`a\\ b "x\\"y" 'it'"'"'s' ""`)).toEqual(['a b', 'x"y', "it's", '']);
    expect(tokenize('  spaced   out  ')).toEqual(['spaced', 'out']);
    expect(tokenize(`'description is null'`)).toEqual(['description is null']);
  });

  it('# begins a comment at the start of a word, as in sh; inside a word or quoted it is text', () => {
    expect(tokenize('QueryZone count=true # how many zones')).toEqual(['QueryZone', 'count=true']);
    expect(tokenize('# a whole line')).toEqual([]);
    expect(tokenize('   #indented')).toEqual([]);
    expect(tokenize(`CreateZone name=z description=a#b '#' "#x" \\#y`)).toEqual(['CreateZone', 'name=z', 'description=a#b', '#', '#x', '#y']);
    expect(tokenize("QueryZone #it's not a quote")).toEqual(['QueryZone']); // a quote in a comment is text
    expect(splitLine('QueryZone # c')).toEqual({ words: [{ text: 'QueryZone', start: 0, end: 9 }], comment: 10 });
    expect(tokenize('a#b#c')).toEqual(['a#b#c']);
    // For masking secrets in history, the whole line: a comment's words too.
    expect(splitLine('a # b', { comments: false }).words.map((w) => w.text)).toEqual(['a', '#', 'b']);
  });

  it('an unclosed quote', () => {
    expect(() => tokenize(`name="open`)).toThrow(/unclosed double quote/);
    expect(splitLine(`QueryVmInstance name='my`)).toEqual({ words: [{ text: 'QueryVmInstance', start: 0, end: 15 }, { text: 'name=my', start: 16, end: 24 }], openQuote: "'" });
  });
});
