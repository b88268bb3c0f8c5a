import { describe, expect, it } from 'vitest';
import { splitLine, tokenize } from '../../src/invocation/tokens.js';

describe('shell-like splitting', () => {
  it('quotes and backslashes', () => {
    expect(tokenize(`QueryVmInstance name="my vm" 'cpuNum>4' vmNics.ip=10.0.0.5`)).toEqual(['QueryVmInstance', 'name=my vm', 'cpuNum>4', 'vmNics.ip=10.0.0.5']);
    expect(tokenize(`a\\ b "x\\"y" 'it'"'"'s' ""`)).toEqual(['a b', 'x"y', "it's", '']);
    expect(tokenize('  spaced   out  ')).toEqual(['spaced', 'out']);
    expect(tokenize(`'description is null'`)).toEqual(['description is null']);
  });

  it('an unclosed quote', () => {
    expect(() => tokenize(`name="open`)).toThrow(/unclosed double quote/);
    expect(splitLine(`QueryVmInstance name='my`)).toEqual({ words: [{ text: 'QueryVmInstance', start: 0, end: 15 }, { text: 'name=my', start: 16, end: 24 }], openQuote: "'" });
  });
});
