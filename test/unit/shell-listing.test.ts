import { describe, expect, it } from 'vitest';
import { formatListing } from '../../src/shell/shell.js';

const lines = (text: string) => text.split('\r\n');

describe("the shell's listing (a second Tab)", () => {
  it('puts the note beside each candidate, one a line, aligned', () => {
    expect(lines(formatListing([{ text: 'aaaa', note: 'db' }, { text: 'bb', note: 'web-1' }, { text: 'c' }], 80))).toEqual(['', 'aaaa  db', 'bb    web-1', 'c', '']);
  });
  it('lays names out in columns read top to bottom, as many as the width holds', () => {
    const names = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'd1'].map((text) => ({ text }));
    // a name and two spaces between names: 14 columns hold 4 names, 10 hold 3
    expect(lines(formatListing(names, 14))).toEqual(['', 'a1  b1  c1  d1', 'a2  b2  c2', '']);
    expect(lines(formatListing(names, 10))).toEqual(['', 'a1  b2  d1', 'a2  c1', 'b1  c2', '']);
    expect(lines(formatListing(names, 1))).toEqual(['', ...names.map((n) => n.text), '']);
  });
  it('aligns by display width: a Chinese name takes two columns a character', () => {
    expect(lines(formatListing([{ text: '生产', note: 'a' }, { text: 'dev', note: 'b' }], 80))).toEqual(['', '生产  a', 'dev   b', '']);
    expect(lines(formatListing(['生产', 'dev', 'qa'].map((text) => ({ text })), 12))).toEqual(['', '生产  qa', 'dev', '']);
  });
});
