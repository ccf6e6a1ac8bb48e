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
  /** Largest weight magnitude in the model. */
  scale: number;
  /** base64 of one uint8 per kept bucket: its row scale = scale·2^(-(255-code)/8). */
  rowScales: string;
  /** base64 of varint-coded deltas between kept bucket ids. */
  buckets: string;
  /**
   * base64 of the kept buckets' rows, sparse: per row a uint16 mask of the
   * labels with a non-zero weight, then one int16 q per set bit
   * (weight = q/32767 · row scale). Little-endian.
   */
  weights: string;
}

/** Native base64 decoders where the platform has one (browsers: `Uint8Array.fromBase64`; Node: `Buffer`). */
type NativeBase64 = { fromBase64?: (s: string) => Uint8Array };
type NodeBuffer = { from(s: string, encoding: 'base64'): Uint8Array };

/** Bytes of a base64 string: natively where possible (the model's rows are half a megabyte), else through `atob`. */
export function fromBase64(s: string): Uint8Array {
  const native = Uint8Array as unknown as NativeBase64;
  if (native.fromBase64) return native.fromBase64(s);
  const buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (buffer) return buffer.from(s, 'base64');
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

/** Bits of a slot's second word that hold the row's label mask; the index of its first weight sits above them. */
const LABEL_BITS = 9;

/**
 * Scorer over a compact open-addressing table. Feature lookups are
 * memory-bound, so the table is small (about 2 MB for the shipped model,
 * against 5 MB when each slot held all nine label weights):
 * - `slots`: two 32-bit words per slot: the bucket key + 1 (0 = empty), and
 *   the row's label mask with the index of its first weight above it;
 * - `values`: the rows' non-zero weights, in label order, as the float32
 *   a dense table would hold, so scores are the same sums (labels whose
 *   weight is zero are skipped, which adds nothing).
 */
export class CompactScorer implements Scorer {
  private readonly mask: number;
  private readonly slotMask: number;
  private readonly slots: Uint32Array;
  private readonly values: Float32Array;

  constructor(model: SerializedModel) {
    if (model.labels.length !== NUM_LABELS) throw new Error('NER model: label set mismatch');
    if (NUM_LABELS > LABEL_BITS) throw new Error('NER model: more labels than a slot can mark');
    this.mask = 2 ** model.bits - 1;
    const deltas = fromBase64(model.buckets);
    const rowCodes = fromBase64(model.rowScales);
    const rows = fromBase64(model.weights);
    const count = rowCodes.length;
    let cap = 1;
    while (cap < count * 1.5) cap *= 2;
    this.slotMask = cap - 1;
    this.slots = new Uint32Array(cap * 2);
    // Each row is its 2-byte label mask, then 2 bytes per non-zero weight.
    this.values = new Float32Array((rows.length - 2 * count) / 2);
    // One unit per scale code, computed once rather than per row.
    const units = new Float64Array(256);
    for (let c = 0; c < 256; c++) units[c] = rowScale(c, model.scale) / 32767;
    let rp = 0;
    let qp = 0;
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
      let slot = slotOf(bucket, this.slotMask);
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.slotMask;
      const unit = units[rowCodes[r]];
      const labelMask = rows[rp] | (rows[rp + 1] << 8);
      rp += 2;
      this.slots[slot * 2] = bucket + 1;
      this.slots[slot * 2 + 1] = (qp << LABEL_BITS) | labelMask;
      for (let l = 0; l < NUM_LABELS; l++) {
        if (labelMask & (1 << l)) {
          // Little-endian int16, sign-extended.
          this.values[qp++] = (((rows[rp] | (rows[rp + 1] << 8)) << 16) >> 16) * unit;
          rp += 2;
        }
      }
    }
  }

  add(feats: Uint32Array, k: number, scores: Float64Array): void {
    const slots = this.slots;
    const values = this.values;
    const mask = this.mask;
    const slotMask = this.slotMask;
    for (let f = 0; f < k; f++) {
      const bucket = feats[f] & mask;
      const key = bucket + 1;
      let slot = slotOf(bucket, slotMask);
      for (;;) {
        const v = slots[slot * 2];
        if (v === key) {
          const info = slots[slot * 2 + 1];
          let qp = info >>> LABEL_BITS;
          // Unrolled over the nine labels: a loop over the mask's bits is slower here.
          const m = info;
          if (m & 1) scores[0] += values[qp++];
          if (m & 2) scores[1] += values[qp++];
          if (m & 4) scores[2] += values[qp++];
          if (m & 8) scores[3] += values[qp++];
          if (m & 16) scores[4] += values[qp++];
          if (m & 32) scores[5] += values[qp++];
          if (m & 64) scores[6] += values[qp++];
          if (m & 128) scores[7] += values[qp++];
          if (m & 256) scores[8] += values[qp++];
          break;
        }
        if (v === 0) break;
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
  const codes: number[] = [];
  let last = 0;
  for (let b = 0; b < nb; b++) {
    const o = b * NUM_LABELS;
    let rowMax = 0;
    for (let l = 0; l < NUM_LABELS; l++) rowMax = Math.max(rowMax, Math.abs(table[o + l]));
    if (rowMax < threshold || rowMax === 0) continue;
    const code = rowCode(rowMax, scale);
    const unit = rowScale(code, scale) / 32767;
    const q: number[] = [];
    let labelMask = 0;
    for (let l = 0; l < NUM_LABELS; l++) {
      const v = Math.max(-32767, Math.min(32767, Math.round(table[o + l] / unit)));
      if (v !== 0) {
        labelMask |= 1 << l;
        q.push(v);
      }
    }
    if (!labelMask) continue;
    let d = b - last;
    last = b;
    do {
      let byte = d & 0x7f;
      d = Math.floor(d / 128);
      if (d > 0) byte |= 0x80;
      deltas.push(byte);
    } while (d > 0);
    weights.push(labelMask & 0xff, labelMask >>> 8);
    for (const v of q) weights.push(v & 0xff, (v >>> 8) & 0xff);
    codes.push(code);
  }
  return {
    version: 3,
    bits,
    labels: [...labels],
    scale,
    rowScales: toBase64(Uint8Array.from(codes)),
    buckets: toBase64(Uint8Array.from(deltas)),
    weights: toBase64(Uint8Array.from(weights)),
  };
}

/** Row scale for a uint8 code: log-spaced, 8 codes per power of two below `scale`. */
export function rowScale(code: number, scale: number): number {
  return scale * 2 ** (-(255 - code) / 8);
}

/** Smallest code whose row scale covers `rowMax` (so no weight clips). */
export function rowCode(rowMax: number, scale: number): number {
  const code = Math.ceil(255 + 8 * Math.log2(rowMax / scale));
  let c = Math.max(0, Math.min(255, code));
  while (c < 255 && rowScale(c, scale) < rowMax) c++;
  return c;
}
