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

  it('adds exactly the float32 weights the serialised rows decode to, in feature order', () => {
    const bits = 10;
    const table = new Float32Array(2 ** bits * NUM_LABELS);
    let seed = 3;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < table.length; i++) if (rnd() < 0.3) table[i] = (rnd() - 0.5) * 40;
    const model = serialize(table, bits, LABELS, 0);
    // The dense table a reader of the format builds: row by row, weight = float32(q · unit).
    const dense = new Float32Array(table.length);
    const bytes = Uint8Array.from(atob(model.weights), (c) => c.charCodeAt(0));
    const codes = Uint8Array.from(atob(model.rowScales), (c) => c.charCodeAt(0));
    const deltas = Uint8Array.from(atob(model.buckets), (c) => c.charCodeAt(0));
    let p = 0;
    let rp = 0;
    let bucket = 0;
    for (let r = 0; r < codes.length; r++) {
      let d = 0;
      let shift = 0;
      let b: number;
      do {
        b = deltas[p++];
        d += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      bucket += d;
      const mask = bytes[rp] | (bytes[rp + 1] << 8);
      rp += 2;
      for (let l = 0; l < NUM_LABELS; l++)
        if (mask & (1 << l)) {
          dense[bucket * NUM_LABELS + l] = (((bytes[rp] | (bytes[rp + 1] << 8)) << 16) >> 16) * (rowScale(codes[r], model.scale) / 32767);
          rp += 2;
        }
    }
    const scorer = new CompactScorer(model);
    for (let trial = 0; trial < 100; trial++) {
      const feats = Uint32Array.from({ length: 40 }, () => Math.floor(rnd() * 2 ** 32));
      const got = new Float64Array(NUM_LABELS);
      scorer.add(feats, feats.length, got);
      expect(Array.from(got)).toEqual(Array.from(denseScores(dense, bits, feats)));
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
