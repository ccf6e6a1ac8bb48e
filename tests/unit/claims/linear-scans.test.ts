/**
 * Issue 22: the per-cue scans that made long unpunctuated runs quadratic are
 * now computed once per sentence or layout. These tests hold the new code to
 * the old definitions (written out here as the reference) on random token
 * sequences, and check that a long capitalised run with many cues finishes
 * in a time the quadratic scans were far above (20 s and more).
 */
import { describe, expect, it } from 'vitest';
// the word set is the engine's own; the scans below are the reference
import { AUX, cueFeatures } from '../../../utils/nlp/claims/features';
import { sentencePos, stackFeatures } from '../../../utils/nlp/claims/cueModel';
import { tokenize, type Tok } from '../../../utils/nlp/claims/tokens';
import { POS_TAGS } from '../../../utils/nlp/pos/tagger';
import { findClaims } from '../../../utils/nlp/claims';

const WORDS = [
  'Board',
  'said',
  'the',
  'and',
  'that',
  ',',
  ';',
  '“',
  '”',
  'Union',
  'has',
  'warned',
  'of',
  'Grand',
  'told',
  'but',
  ':',
  '(',
  'will',
];

function randomSentence(seed: number, n: number): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out.push(WORDS[s % WORDS.length]);
  }
  return out.join(' ');
}

/** The clause code as cueFeatures computed it before: a scan back from the token. */
function clauseByScan(toks: Tok[], pos: Uint8Array, i: number): string {
  let fv = 'n';
  let np = 'np';
  let k0 = i - 1;
  for (; k0 >= 0; k0--) {
    const t = toks[k0];
    if (
      t.text === ',' ||
      t.text === ';' ||
      t.text === ':' ||
      t.lower === 'that' ||
      t.lower === 'and' ||
      t.lower === 'but' ||
      /^[“”"—–―(]$/.test(t.text)
    )
      break;
    const tk = POS_TAGS[pos[k0]];
    if (tk === 'V' || tk === 'VZ' || tk === 'VD' || tk === 'MD') fv = 'v';
    if (!(tk === 'N' || tk === 'NP' || tk === 'D' || tk === 'J' || tk === 'CD' || tk === 'POS' || AUX.has(t.lower))) np = 'x';
  }
  return fv + np + (k0 < 0 ? 's' : toks[k0].text === ',' ? ',' : 'o');
}

/** The second-pass context as stackFeatures computed it before: each candidate against every other. */
function statsByScan(scores: number[], k: number, thr: number): { mo: number; rank: number; conf: number } {
  let mo = -Infinity;
  let rank = 0;
  let conf = 0;
  for (let m = 0; m < scores.length; m++) {
    if (m === k) continue;
    if (scores[m] > mo) mo = scores[m];
    if (scores[m] > scores[k]) rank++;
    if (scores[m] > thr) conf++;
  }
  return { mo, rank, conf };
}

describe('linear per-sentence scans (issue 22)', () => {
  it('gives every token the clause code the backward scan gave', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const toks = tokenize(randomSentence(seed, 60));
      const pos = sentencePos(toks);
      const inq = new Uint8Array(toks.length);
      for (let i = 0; i < toks.length; i++) {
        const cl = cueFeatures(toks, inq, i, [], pos).find((f) => f.startsWith('cl='));
        expect(cl?.split('|')[0]).toBe('cl=' + clauseByScan(toks, pos, i));
      }
    }
  });

  it('gives every candidate the rank, best rival and count above threshold that comparing all pairs gave', () => {
    const toks = tokenize(randomSentence(7, 40));
    const inq = new Uint8Array(toks.length);
    for (let seed = 1; seed <= 30; seed++) {
      let s = seed;
      const idx = [0, 3, 5, 9, 12, 20, 21, 30];
      // ties on purpose: a shared best score, repeated values
      const scores = idx.map(() => {
        s = (s * 69069 + 1) >>> 0;
        return [-80, -45, 0, 25, 120, 120][s % 6];
      });
      for (let k = 0; k < idx.length; k++) {
        const f = stackFeatures(toks, inq, idx, scores, k, -45, []);
        const ref = statsByScan(scores, k, -45);
        const bin = (x: number) => Math.max(-8, Math.min(8, Math.floor(x / 25)));
        const pass = scores[k] > -45 ? 'P' : 'N';
        expect(f).toContain(`rk=${Math.min(ref.rank, 3)}|${pass}`);
        expect(f).toContain(`nc=${Math.min(ref.conf, 3)}|${pass}`);
        expect(f).toContain(`mo=${ref.mo === -Infinity ? 'none' : bin(ref.mo)}|${bin(scores[k])}`);
      }
    }
  });

  it('finds claims in a long capitalised run with many saying verbs without rescanning it per cue', () => {
    const caps = ['Northern', 'Federal', 'Council', 'Harbour', 'Union', 'Brennan', 'Okafor'];
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) words.push(i % 25 === 24 ? 'said' : caps[i % caps.length]);
    const t0 = performance.now();
    findClaims(words.join(' '), []);
    // the quadratic scans took 13–20 s here; the linear ones about 0.5 s (a generous bound for a loaded machine)
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
