/**
 * The article-extraction benchmark's metric (used by scripts/eval-article.ts
 * and the benchmark test; not part of the extension bundle): tokens by \w+
 * (Unicode letters, digits, underscore), word 4-gram shingles with counts;
 * per page tp/fp/fn normalised by their sum; precision and recall are means
 * over pages with a predicted or a true shingle; F1 = 2PR/(P+R).
 */

/** Word 4-gram shingles with counts, tokens by /\w+/u. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  // short texts: fall back to the whole token list as one shingle
  if (tokens.length > 0 && tokens.length < n) out.set(tokens.join(' '), 1);
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalised tp/fp/fn of a prediction against the truth (null when both are empty). */
export function scorePage(pred: string, truth: string): PageScore | null {
  const p = shingles(pred);
  const t = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of p) {
    const tc = t.get(k) ?? 0;
    tp += Math.min(c, tc);
    fp += Math.max(0, c - tc);
  }
  for (const [k, c] of t) fn += Math.max(0, c - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  if (sum === 0) return null;
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
}

/** Mean precision/recall over pages, F1 of the means (as the benchmark computes it). */
export function summarise(scores: (PageScore | null)[]): Summary {
  let p = 0;
  let r = 0;
  let n = 0;
  for (const s of scores) {
    if (!s) continue;
    n++;
    p += s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
    r += s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  }
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
