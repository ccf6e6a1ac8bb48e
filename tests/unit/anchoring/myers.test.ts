import { describe, expect, it } from 'vitest';
import { anchoredMatch, compilePattern, editDistance, lcsLength, reverseString, searchEnds } from '../../../utils/anchoring/myers';
import { seededRandom as prng } from '../../../tools/random';

/** Reference: for each end j, min errors of pattern against a substring ending at j (Sellers). */
function naiveEndScores(p: string, t: string): number[] {
  let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 0; j < t.length; j++) {
    const cur = [0];
    for (let i = 1; i <= p.length; i++) {
      cur[i] = Math.min(prev[i - 1] + (p[i - 1] === t[j] ? 0 : 1), prev[i] + 1, cur[i - 1] + 1);
    }
    out.push(cur[p.length]);
    prev = cur;
  }
  return out;
}

function naiveDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return prev[b.length];
}

function randomString(rand: () => number, n: number, alphabet: string): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

describe('Myers bit-parallel matcher', () => {
  it('agrees with the dynamic-programming reference on every end position within the bound', () => {
    const rand = prng(7);
    for (let trial = 0; trial < 150; trial++) {
      const m = 1 + Math.floor(rand() * 110); // one to four blocks
      const p = randomString(rand, m, 'abcd');
      const t = randomString(rand, 40 + Math.floor(rand() * 300), 'abcd');
      const k = Math.floor(rand() * (m / 2 + 1));
      const ref = naiveEndScores(p, t);
      const got = searchEnds(compilePattern(p), t, k, 0, t.length, 1e9);
      // Every reported end has exactly the reference score.
      for (const g of got) expect(g.errors).toBe(ref[g.end - 1]);
      // Every run of ends within the bound is reported once, at its minimum.
      const runs: number[] = [];
      let best = -1;
      for (let j = 0; j < t.length; j++) {
        if (ref[j] <= k) {
          if (best < 0 || ref[j] < ref[best]) best = j;
        } else if (best >= 0) {
          runs.push(best + 1);
          best = -1;
        }
      }
      if (best >= 0) runs.push(best + 1);
      expect(got.map((g) => g.end).sort((a, b) => a - b)).toEqual(runs);
    }
  });

  it('computes Levenshtein distance for long strings', () => {
    const rand = prng(11);
    for (let trial = 0; trial < 40; trial++) {
      const a = randomString(rand, Math.floor(rand() * 150), 'abc ');
      const b = randomString(rand, Math.floor(rand() * 150), 'abc ');
      expect(editDistance(a, b)).toBe(naiveDistance(a, b));
    }
  });

  it('anchors a reversed pattern at an end offset to find where a match starts', () => {
    const text = 'xxxxthe quick brwn foxyyyy';
    const pat = compilePattern(reverseString('the quick brown fox'));
    const end = text.indexOf('fox') + 3;
    const r = anchoredMatch(pat, text, end, -1, 40);
    expect(r.errors).toBe(1);
    expect(end - r.length).toBe(text.indexOf('the'));
  });
});

describe('bit-parallel LCS length', () => {
  function naiveLcs(a: string, b: string): number {
    let prev = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
      const cur = [0];
      for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      prev = cur;
    }
    return prev[b.length];
  }

  it('agrees with the dynamic-programming reference, across blocks', () => {
    const rand = prng(13);
    for (let trial = 0; trial < 60; trial++) {
      const a = randomString(rand, 1 + Math.floor(rand() * 140), 'abcde');
      const b = randomString(rand, Math.floor(rand() * 200), 'abcde');
      expect(lcsLength(compilePattern(a), b, 0, b.length)).toBe(naiveLcs(a, b));
    }
  });

  it('counts a quote as fully covered when text was inserted inside it', () => {
    const quote = 'the plan would rebuild the old fish market';
    const text = 'the plan would ADVERTISEMENT rebuild the old fish market';
    expect(lcsLength(compilePattern(quote), text, 0, text.length)).toBe(quote.length);
  });
});
