// "Did you mean" suggestions: the closest candidates by edit distance, case-insensitively.

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** Up to `max` candidates close to `input`: small edit distance first, then those that contain it. */
export function suggest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const scored: Array<[number, string]> = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    // The distance is at least the difference in length: most of ~1,900 verbs are ruled out without computing it.
    const d = Math.abs(lc.length - needle.length) <= limit ? editDistance(needle, lc) : limit + 1;
    if (d <= limit) scored.push([d, c]);
    else if (needle.length >= 3 && (lc.includes(needle) || needle.includes(lc))) scored.push([limit + 1, c]);
  }
  scored.sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1]));
  return scored.slice(0, max).map(([, c]) => c);
}

export function didYouMean(input: string, candidates: Iterable<string>): string[] {
  const s = suggest(input, candidates);
  return s.length ? [`did you mean: ${s.join(', ')}?`] : [];
}
