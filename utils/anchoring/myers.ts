/**
 * Bounded-error approximate string matching with Myers' bit-parallel
 * algorithm (G. Myers, "A fast bit-vector algorithm for approximate string
 * matching based on dynamic programming", JACM 1999), in its block form for
 * patterns longer than 32 characters, with Ukkonen's cut-off so that only
 * the blocks that can still hold a cell of at most `k` errors are computed.
 *
 * The edit distance is Levenshtein's (insertions, deletions, substitutions,
 * each costing 1). Text and pattern are compared by UTF-16 code unit.
 */

const W = 32;

/** A pattern prepared for matching: per character, the bit-mask of its positions, by block. */
export interface Pattern {
  readonly text: string;
  readonly length: number;
  /** Number of 32-row blocks. */
  readonly blocks: number;
  /** Character code → positions (bit i of block b set if pattern[32b + i] is that character). */
  readonly peq: Map<number, Int32Array>;
  /** The mask of characters that are not in the pattern. */
  readonly none: Int32Array;
  /** Bit of the last row inside the last block. */
  readonly lastBit: number;
}

/** An end position of an approximate occurrence and its number of errors. */
export interface EndMatch {
  end: number;
  errors: number;
}

/** Prepares `text` for matching. */
export function compilePattern(text: string): Pattern {
  const length = text.length;
  const blocks = Math.max(1, Math.ceil(length / W));
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let masks = peq.get(c);
    if (!masks) {
      masks = new Int32Array(blocks);
      peq.set(c, masks);
    }
    masks[(i / W) | 0] |= 1 << (i % W);
  }
  const lastBit = length === 0 ? 0 : 1 << ((length - 1) % W);
  return { text, length, blocks, peq, none: new Int32Array(blocks), lastBit };
}

/** The pattern reversed, for searches that run right to left. */
export function reverseString(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Mutable column state: the vertical positive and negative delta vectors of each block. */
interface Column {
  P: Int32Array;
  M: Int32Array;
}

/**
 * Advances block `b` by one text column whose character has match mask `eq`,
 * given the horizontal delta `hin` (-1, 0 or +1) entering the block's top row.
 * Returns the horizontal delta leaving its bottom row (bit `high`).
 */
function advanceBlock(col: Column, b: number, eq: number, hin: number, high: number): number {
  let pv = col.P[b];
  let mv = col.M[b];
  const xv = eq | mv;
  if (hin < 0) eq |= 1;
  const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  let hout = 0;
  if (ph & high) hout = 1;
  else if (mh & high) hout = -1;
  ph <<= 1;
  mh <<= 1;
  if (hin < 0) mh |= 1;
  else if (hin > 0) ph |= 1;
  pv = mh | ~(xv | ph);
  mv = ph & xv;
  col.P[b] = pv;
  col.M[b] = mv;
  return hout;
}

/** Number of pattern rows in block `b`. */
function blockRows(pat: Pattern, b: number): number {
  return b === pat.blocks - 1 ? pat.length - b * W : W;
}

/**
 * Finds the approximate occurrences of `pat` in `text[from, to)` with at most
 * `k` errors. For each run of consecutive end positions within the bound,
 * reports the end with the fewest errors (the first one on ties), as an
 * exclusive end offset. At most `limit` matches are kept, the best first.
 */
export function searchEnds(pat: Pattern, text: string, k: number, from = 0, to = text.length, limit = 64): EndMatch[] {
  const m = pat.length;
  if (m === 0) return [];
  k = Math.min(k, m);
  const bMax = pat.blocks;
  const col: Column = { P: new Int32Array(bMax).fill(-1), M: new Int32Array(bMax) };
  const score = new Int32Array(bMax);
  for (let b = 0; b < bMax; b++) score[b] = Math.min(m, (b + 1) * W);
  // Blocks whose first row exceeds k cannot hold a cell <= k in column 0.
  let y = Math.min(bMax - 1, Math.floor(k / W));
  const runs: EndMatch[] = [];
  let runBest: EndMatch | null = null;
  for (let j = from; j < to; j++) {
    const masks = pat.peq.get(text.charCodeAt(j)) ?? pat.none;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(col, b, masks[b], carry, b === bMax - 1 ? pat.lastBit : 1 << 31);
      score[b] += carry;
    }
    const prevY = score[y] - carry;
    if (y < bMax - 1 && (score[y] <= k || prevY <= k)) {
      // Bring in the next block as if its cells were as large as possible.
      y += 1;
      col.P[y] = -1;
      col.M[y] = 0;
      const hout = advanceBlock(col, y, masks[y], carry, y === bMax - 1 ? pat.lastBit : 1 << 31);
      score[y] = prevY + blockRows(pat, y) + hout;
    } else {
      while (y > 0 && score[y] >= k + W) y -= 1;
    }
    if (y === bMax - 1 && score[y] <= k) {
      const e = score[y];
      if (!runBest) runBest = { end: j + 1, errors: e };
      else if (e < runBest.errors) runBest = { end: j + 1, errors: e };
    } else if (runBest) {
      runs.push(runBest);
      runBest = null;
    }
  }
  if (runBest) runs.push(runBest);
  runs.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return runs.length > limit ? runs.slice(0, limit) : runs;
}

/** The result of an anchored alignment: how many text characters were used and at what cost. */
export interface AnchoredMatch {
  length: number;
  errors: number;
}

/**
 * Aligns the whole of `pat` against text that starts exactly at `at` and
 * runs forwards (`dir` = 1) or that ends exactly at `at` and runs backwards
 * (`dir` = -1; `pat` must then be compiled from the reversed string). Tries
 * every text length up to `maxLength` and returns the one with the fewest
 * errors, preferring on ties the length closest to the pattern's.
 * With `exactLength`, returns the cost for that text length only.
 */
export function anchoredMatch(pat: Pattern, text: string, at: number, dir: 1 | -1, maxLength: number, exactLength?: number): AnchoredMatch {
  const m = pat.length;
  const avail = dir > 0 ? text.length - at : at;
  const n = Math.max(0, Math.min(maxLength, avail));
  if (m === 0) return { length: 0, errors: 0 };
  if (pat.blocks === 1) return anchoredMatchShort(pat, text, at, dir, n, exactLength);
  const bMax = pat.blocks;
  const col: Column = { P: new Int32Array(bMax).fill(-1), M: new Int32Array(bMax) };
  let last = m; // D[m][0]
  let best: AnchoredMatch = { length: 0, errors: m };
  if (exactLength === 0) return best;
  for (let j = 0; j < n; j++) {
    const c = text.charCodeAt(dir > 0 ? at + j : at - 1 - j);
    const masks = pat.peq.get(c) ?? pat.none;
    // The top row grows by one per column: the match is anchored at `at`.
    let carry = 1;
    for (let b = 0; b < bMax; b++) {
      carry = advanceBlock(col, b, masks[b], carry, b === bMax - 1 ? pat.lastBit : 1 << 31);
    }
    last += carry;
    const len = j + 1;
    if (exactLength !== undefined) {
      if (len === exactLength) return { length: len, errors: last };
      continue;
    }
    if (last < best.errors || (last === best.errors && Math.abs(len - m) < Math.abs(best.length - m))) {
      best = { length: len, errors: last };
    }
  }
  if (exactLength !== undefined) return { length: n, errors: last };
  return best;
}

/**
 * anchoredMatch for patterns of at most 32 characters (context sides), with
 * the block state in local variables: no allocation, as it runs for every
 * occurrence of a short quote.
 */
function anchoredMatchShort(
  pat: Pattern,
  text: string,
  at: number,
  dir: 1 | -1,
  n: number,
  exactLength: number | undefined,
): AnchoredMatch {
  const m = pat.length;
  const high = pat.lastBit;
  let pv = -1;
  let mv = 0;
  let last = m;
  let bestLen = 0;
  let bestErr = m;
  if (exactLength === 0) return { length: 0, errors: m };
  for (let j = 0; j < n; j++) {
    const masks = pat.peq.get(text.charCodeAt(dir > 0 ? at + j : at - 1 - j));
    const eq = masks ? masks[0] : 0;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) last += 1;
    else if (mh & high) last -= 1;
    // The top row grows by one per column (hin = +1).
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    const len = j + 1;
    if (exactLength !== undefined) {
      if (len === exactLength) return { length: len, errors: last };
      continue;
    }
    if (last < bestErr || (last === bestErr && Math.abs(len - m) < Math.abs(bestLen - m))) {
      bestErr = last;
      bestLen = len;
    }
  }
  if (exactLength !== undefined) return { length: n, errors: last };
  return { length: bestLen, errors: bestErr };
}

/** Levenshtein distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  return anchoredMatch(compilePattern(a), b, 0, 1, b.length, b.length).errors;
}

/**
 * Length of the longest common subsequence of `pat` and `text[from, to)`,
 * with the bit-vector algorithm of Allison and Dix as given by Hyyrö
 * ("Bit-parallel LCS-length computation revisited", 2004): V starts all
 * ones; per text character with match mask U = V & Eq, V = (V + U) | (V - U);
 * the LCS length is the number of zero bits of V. Blocks carry the sum and
 * borrow the difference into the next block.
 */
export function lcsLength(pat: Pattern, text: string, from: number, to: number): number {
  const m = pat.length;
  if (m === 0 || to <= from) return 0;
  const bMax = pat.blocks;
  const v = new Uint32Array(bMax).fill(0xffffffff);
  for (let j = from; j < to; j++) {
    const masks = pat.peq.get(text.charCodeAt(j));
    if (!masks) continue;
    let carry = 0;
    let borrow = 0;
    for (let b = 0; b < bMax; b++) {
      const vb = v[b];
      const u = (vb & masks[b]) >>> 0;
      const sum = vb + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      const diff = vb - u - borrow;
      borrow = diff < 0 ? 1 : 0;
      v[b] = ((sum >>> 0) | (diff >>> 0)) >>> 0;
    }
  }
  let zeros = 0;
  for (let b = 0; b < bMax; b++) {
    const rows = b === bMax - 1 ? m - b * W : W;
    let x = rows === W ? ~v[b] >>> 0 : (~v[b] & ((1 << rows) - 1)) >>> 0;
    while (x) {
      x &= x - 1;
      zeros++;
    }
  }
  return zeros;
}
