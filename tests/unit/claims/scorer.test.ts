/**
 * The evaluation's parts: brat parsing (fragments, E-line linking), greedy
 * one-to-one matching, source accuracy and content token F1; and the
 * speech-verb baseline.
 */
import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../../tools/claims-eval/brat';
import { newTally, scoreDocument, summarize, tokenF1 } from '../../../tools/claims-eval/score';
import { baselineClaims } from '../../../tools/claims-eval/baseline';

const TEXT = 'Kim said the plan failed. “It is over,” Lee said.';
//            0   4    9                           41  45
const ANN = [
  'T1\tSource 0 3\tKim',
  'T2\tCue 4 8\tsaid',
  'T3\tContent 9 24\tthe plan failed',
  'E1\tAttribution:T9 Cue:T2 Source:T1 Content:T3',
  'T4\tContent 26 33;34 39\tIt is over,”',
  'T5\tCue 45 49\tsaid',
  'T6\tSource 41 44\tLee',
  'E2\tAttribution:T9 Content:T4 Cue:T5 Source:T6',
].join('\n');

describe('brat parsing', () => {
  it('links parts through E lines and keeps fragments', () => {
    const g = parseBrat(ANN);
    expect(g).toHaveLength(2);
    expect(g[0].cue).toEqual([[4, 8]]);
    expect(g[0].source).toEqual([[0, 3]]);
    expect(g[1].content).toEqual([
      [26, 33],
      [34, 39],
    ]);
  });
});

describe('scoring', () => {
  const gold = parseBrat(ANN);

  it('matches by cue overlap, once each, and scores sources and contents', () => {
    const t = newTally();
    const pred = [
      {
        source: [[0, 3]] as Array<[number, number]>,
        cue: [[4, 8]] as Array<[number, number]>,
        content: [[9, 24]] as Array<[number, number]>,
      },
      { source: null, cue: [[4, 8]] as Array<[number, number]>, content: [[9, 24]] as Array<[number, number]> }, // duplicate: unmatched
      {
        source: [[9, 17]] as Array<[number, number]>,
        cue: [[45, 49]] as Array<[number, number]>,
        content: [[25, 40]] as Array<[number, number]>,
      },
    ];
    const pairs = scoreDocument(TEXT, gold, pred, t);
    expect(pairs).toEqual([
      [0, 0],
      [1, 2],
    ]);
    const s = summarize(t);
    expect(s.p).toBeCloseTo(2 / 3);
    expect(s.r).toBe(1);
    expect(s.srcAcc).toBe(0.5); // Lee's source was missed
    expect(s.contentF1).toBeGreaterThan(0.8);
    expect(s.contentF1).toBeLessThan(1);
  });

  it('falls back to content overlap when a side has no cue', () => {
    const t = newTally();
    scoreDocument(TEXT, gold, [{ source: null, cue: null, content: [[30, 35]] }], t);
    expect(t.matched).toBe(1);
  });

  it('computes token F1 over word tokens', () => {
    const starts = [0, 4, 9];
    const ends = [3, 8, 12];
    expect(tokenF1(starts, ends, [[0, 12]], [[0, 8]])).toBeCloseTo(0.8);
    expect(tokenF1(starts, ends, [[0, 3]], [[9, 12]])).toBe(0);
  });
});

describe('speech-verb baseline', () => {
  it('makes one claim per sentence with a speech verb, cue = the verb, no source', () => {
    const b = baselineClaims('The sky is blue. Kim said so. According to Lee, it rained. Nothing here.');
    expect(b).toHaveLength(2);
    expect(b[0].cue).toEqual([[21, 25]]);
    expect(b[0].source).toBeNull();
    expect(b[1].cue).toEqual([[30, 42]]);
  });
});
