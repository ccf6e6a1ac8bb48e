/**
 * Compact storage of the trained tagger: only hash buckets with a non-zero
 * quantised weight are kept, delta/varint-coded and base64'd into a JSON
 * module. Loaded into an open-addressing table for O(1) lookups.
 */
import { NUM_LABELS as LABEL_COUNT, type Scorer } from './tagger';

// Local copy: hot loops must not go through a module binding accessor.
const NUM_LABELS: number = LABEL_COUNT;

/** The serialised model as stored in models/ner-model.json. */
export interface SerializedModel {
  version: number;
  /** log2 of the number of hash buckets used in training. */
  bits: number;
  labels: string[];
  /** Weight = sign(q)·(q/127)²·scale for the stored int8 q (square-law companding). */
  scale: number;
  /** base64 of varint-coded deltas between kept bucket ids. */
  buckets: string;
  /** base64 of int8 weights, NUM_LABELS per kept bucket. */
  weights: string;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/** Slot layout (Int16): key low, key high, NUM_LABELS weights, padding. */
const STRIDE = 12;

/**
 * Scorer over a compact open-addressing table. Each slot packs the bucket
 * key and its label weights (int16) side by side, so a lookup usually
 * touches one cache line.
 */
export class CompactScorer implements Scorer {
  private readonly mask: number;
  private readonly slotMask: number;
  private readonly table: Int16Array;
  /** Float value of one int16 weight unit. */
  private readonly unit: number;

  constructor(model: SerializedModel) {
    if (model.labels.length !== NUM_LABELS) throw new Error('NER model: label set mismatch');
    this.mask = 2 ** model.bits - 1;
    const deltas = fromBase64(model.buckets);
    const w = new Int8Array(fromBase64(model.weights).buffer);
    const count = w.length / NUM_LABELS;
    let cap = 1;
    while (cap < count * 2) cap *= 2;
    this.slotMask = cap - 1;
    this.table = new Int16Array(cap * STRIDE);
    this.unit = model.scale / 32767;
    const deq = new Int16Array(256);
    for (let q = -128; q < 128; q++) deq[q & 0xff] = Math.round(dequantize(q, model.scale) / this.unit);
    let bucket = 0;
    let p = 0;
    for (let r = 0; r < count; r++) {
      let d = 0;
      let shift = 0;
      let b: number;
      do {
        b = deltas[p++];
        d += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      bucket += d;
      const key = bucket + 1;
      let slot = slotOf(bucket, this.slotMask);
      while (this.table[slot * STRIDE] !== 0 || this.table[slot * STRIDE + 1] !== 0) slot = (slot + 1) & this.slotMask;
      const o = slot * STRIDE;
      this.table[o] = key & 0xffff;
      this.table[o + 1] = key >>> 16;
      for (let l = 0; l < NUM_LABELS; l++) this.table[o + 2 + l] = deq[w[r * NUM_LABELS + l] & 0xff];
    }
  }

  add(feats: Uint32Array, k: number, scores: Float64Array): void {
    const table = this.table;
    const mask = this.mask;
    const slotMask = this.slotMask;
    const unit = this.unit;
    for (let f = 0; f < k; f++) {
      const bucket = feats[f] & mask;
      const lo = ((bucket + 1) & 0xffff) << 16 >> 16;
      const hi = (bucket + 1) >>> 16;
      let slot = slotOf(bucket, slotMask);
      for (;;) {
        const o = slot * STRIDE;
        const klo = table[o];
        const khi = table[o + 1];
        if (klo === lo && khi === hi) {
          for (let l = 0; l < NUM_LABELS; l++) scores[l] += table[o + 2 + l] * unit;
          break;
        }
        if (klo === 0 && khi === 0) break;
        slot = (slot + 1) & slotMask;
      }
    }
  }
}

function slotOf(bucket: number, slotMask: number): number {
  return (Math.imul(bucket, 0x9e3779b1) >>> 0) & slotMask;
}

/**
 * Serialise a dense float table (`2^bits × NUM_LABELS`) keeping buckets whose
 * quantised weights are not all zero.
 */
export function serialize(table: Float32Array, bits: number, labels: readonly string[], threshold: number): SerializedModel {
  let scale = 0;
  for (let i = 0; i < table.length; i++) scale = Math.max(scale, Math.abs(table[i]));
  scale = scale || 1;
  const nb = 2 ** bits;
  const deltas: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let b = 0; b < nb; b++) {
    const o = b * NUM_LABELS;
    let keep = false;
    for (let l = 0; l < NUM_LABELS; l++) if (Math.abs(table[o + l]) >= threshold) keep = true;
    if (!keep) continue;
    const q: number[] = [];
    let nz = false;
    for (let l = 0; l < NUM_LABELS; l++) {
      const v = quantize(table[o + l], scale);
      q.push(v);
      if (v !== 0) nz = true;
    }
    if (!nz) continue;
    let d = b - last;
    last = b;
    do {
      let byte = d & 0x7f;
      d = Math.floor(d / 128);
      if (d > 0) byte |= 0x80;
      deltas.push(byte);
    } while (d > 0);
    weights.push(...q);
  }
  return {
    version: 1,
    bits,
    labels: [...labels],
    scale,
    buckets: toBase64(Uint8Array.from(deltas)),
    weights: toBase64(Uint8Array.from(weights, (v) => v & 0xff)),
  };
}

/** int8 code of weight `x` given the largest magnitude `scale` (square-law). */
export function quantize(x: number, scale: number): number {
  const q = Math.round(Math.sqrt(Math.abs(x) / scale) * 127);
  return x < 0 ? -q : q;
}

/** Inverse of `quantize`. */
export function dequantize(q: number, scale: number): number {
  const r = q / 127;
  return (q < 0 ? -r * r : r * r) * scale;
}
