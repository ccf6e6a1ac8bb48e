/** Model storage: serialise → compact scorer reproduces the dense weights. */
import { describe, expect, it } from 'vitest';
import { CompactScorer, rowCode, rowScale, serialize } from '../../../utils/nlp/ner/weights';
import { LABELS, NUM_LABELS } from '../../../utils/nlp/ner/tagger';

function denseScores(table: Float32Array, bits: number, feats: Uint32Array): Float64Array {
  const s = new Float64Array(NUM_LABELS);
  const mask = 2 ** bits - 1;
  for (const f of feats) for (let l = 0; l < NUM_LABELS; l++) s[l] += table[(f & mask) * NUM_LABELS + l];
  return s;
}

describe('weights', () => {
  it('row scale codes always cover the row maximum', () => {
    for (const m of [1e-6, 0.013, 0.5, 7, 999, 1000]) {
      const c = rowCode(m, 1000);
      expect(rowScale(c, 1000)).toBeGreaterThanOrEqual(m * (1 - 1e-12));
      if (c > 0) expect(rowScale(c - 1, 1000)).toBeLessThan(m);
    }
  });

  it('round-trips a sparse table within int16 precision per row', () => {
    const bits = 12;
    const table = new Float32Array(2 ** bits * NUM_LABELS);
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let b = 0; b < 2 ** bits; b += 3) {
      const l = Math.floor(rnd() * NUM_LABELS);
      table[b * NUM_LABELS + l] = (rnd() - 0.5) * (rnd() < 0.01 ? 2000 : 20);
      table[b * NUM_LABELS + ((l + 4) % NUM_LABELS)] = (rnd() - 0.5) * 0.2;
    }
    const model = serialize(table, bits, LABELS, 0);
    const scorer = new CompactScorer(JSON.parse(JSON.stringify(model)));
    for (let trial = 0; trial < 200; trial++) {
      const feats = Uint32Array.from({ length: 30 }, () => Math.floor(rnd() * 2 ** 32));
      const got = new Float64Array(NUM_LABELS);
      scorer.add(feats, feats.length, got);
      const want = denseScores(table, bits, feats);
      for (let l = 0; l < NUM_LABELS; l++) expect(Math.abs(got[l] - want[l])).toBeLessThan(0.05 + Math.abs(want[l]) * 1e-3);
    }
  });

  it('drops rows below the pruning threshold', () => {
    const table = new Float32Array(16 * NUM_LABELS);
    table[0] = 0.5;
    table[NUM_LABELS] = 5;
    const model = serialize(table, 4, LABELS, 1);
    const scorer = new CompactScorer(model);
    const s = new Float64Array(NUM_LABELS);
    scorer.add(Uint32Array.from([0, 1]), 2, s);
    expect(s[0]).toBeCloseTo(5, 3);
  });
});
