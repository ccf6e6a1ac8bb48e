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

/** Slot layout (32-bit words): key, then NUM_LABELS float weights. */
const STRIDE = NUM_LABELS + 1;

/**
 * Scorer over a compact open-addressing table. Each slot packs the bucket
 * key (Uint32 view) and its label weights (Float32 view of the same buffer)
 * side by side, so a lookup usually touches one cache line.
 */
export class CompactScorer implements Scorer {
  private readonly mask: number;
  private readonly slotMask: number;
  private readonly keys: Uint32Array;
  private readonly weights: Float32Array;

  constructor(model: SerializedModel) {
    if (model.labels.length !== NUM_LABELS) throw new Error('NER model: label set mismatch');
    this.mask = 2 ** model.bits - 1;
    const deltas = fromBase64(model.buckets);
    const rowCodes = fromBase64(model.rowScales);
    const rows = fromBase64(model.weights);
    const count = rowCodes.length;
    let cap = 1;
    while (cap < count * 1.5) cap *= 2;
    this.slotMask = cap - 1;
    const buffer = new ArrayBuffer(cap * STRIDE * 4);
    this.keys = new Uint32Array(buffer);
    this.weights = new Float32Array(buffer);
    // One unit per scale code, computed once rather than per row.
    const units = new Float64Array(256);
    for (let c = 0; c < 256; c++) units[c] = rowScale(c, model.scale) / 32767;
    let rp = 0;
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
      while (this.keys[slot * STRIDE] !== 0) slot = (slot + 1) & this.slotMask;
      const o = slot * STRIDE;
      this.keys[o] = bucket + 1;
      const unit = units[rowCodes[r]];
      const labelMask = rows[rp] | (rows[rp + 1] << 8);
      rp += 2;
      for (let l = 0; l < NUM_LABELS; l++) {
        if (labelMask & (1 << l)) {
          // Little-endian int16, sign-extended.
          this.weights[o + 1 + l] = (((rows[rp] | (rows[rp + 1] << 8)) << 16) >> 16) * unit;
          rp += 2;
        }
      }
    }
  }

  add(feats: Uint32Array, k: number, scores: Float64Array): void {
    const keys = this.keys;
    const weights = this.weights;
    const mask = this.mask;
    const slotMask = this.slotMask;
    for (let f = 0; f < k; f++) {
      const bucket = feats[f] & mask;
      const key = bucket + 1;
      let slot = slotOf(bucket, slotMask);
      for (;;) {
        const o = slot * STRIDE;
        const v = keys[o];
        if (v === key) {
          for (let l = 0; l < NUM_LABELS; l++) scores[l] += weights[o + 1 + l];
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
