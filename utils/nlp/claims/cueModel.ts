/**
 * The trained cue classifier at run time, from models/claims-cues.json
 * (written by scripts/train-claims.ts): an averaged perceptron over the token
 * features of features.ts (which use part-of-speech tags from
 * models/pos-model.json) that tags tokens cue / not cue, adjacent cue
 * tokens forming one cue. A second pass (stacked: trained on out-of-fold
 * first-pass scores) re-decides each candidate from its first-pass score,
 * those of the other candidates of its sentence, and its own weights for the
 * first pass's features.
 */
import model from '../../../models/claims-cues.json';
import { cueFeatures } from './features';
import { cueClass } from './verbClasses';
import type { Tok } from './tokens';
import { POS_MODEL } from '../pos';
import { tagSentence } from '../pos/tagger';

/** Part-of-speech tags (indices into POS_TAGS) of one sentence's tokens. */
export function sentencePos(toks: Tok[]): Uint8Array {
  const out = new Uint8Array(toks.length);
  tagSentence(POS_MODEL, toks, 0, toks.length, out);
  return out;
}

/** Serialized models: feature → weight maps, the cue threshold and candidate words. */
export interface CueModelData {
  threshold: number;
  /** Words the classifier scores; any other token is never a cue. */
  vocab: string[];
  weights: Record<string, number>;
  /** Second pass (optional): re-scores each candidate from the first pass's scores of it and its sentence. */
  stack?: { threshold: number; weights: Record<string, number> };
}

/** A loaded model, ready to score. */
export interface CueModel {
  threshold: number;
  vocab: Set<string>;
  weights: Map<string, number>;
  /** Second pass: weights of its context features, and of the first pass's features (stored with a "1" prefix). */
  stack?: { threshold: number; weights: Map<string, number>; lex: Map<string, number> };
}

/** Turn serialized weights into a ready model. */
export function loadCueModel(data: CueModelData): CueModel {
  return {
    threshold: data.threshold,
    vocab: new Set(data.vocab),
    weights: toMap(data.weights),
    stack: data.stack && splitStack(data.stack.threshold, data.stack.weights),
  };
}

/** A Map of a parsed JSON object's entries, without the pair arrays `Object.entries` makes (tens of thousands here). */
function toMap(weights: Record<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const f in weights) out.set(f, weights[f]);
  return out;
}

function splitStack(threshold: number, weights: Record<string, number>): NonNullable<CueModel['stack']> {
  const ctx = new Map<string, number>();
  const lex = new Map<string, number>();
  for (const f in weights) {
    if (f.charCodeAt(0) === 49) lex.set(f.slice(1), weights[f]);
    else ctx.set(f, weights[f]);
  }
  return { threshold, weights: ctx, lex };
}

/** The committed model. */
export const DEFAULT_MODEL: CueModel = loadCueModel(model as CueModelData);

/** A cue found by the classifier: token index range `[from, to]` inclusive, best token score. */
export interface CueHit {
  from: number;
  to: number;
  score: number;
}

/**
 * The tokens of a sentence the classifier scores (words of the model's
 * candidate vocabulary), and the sentence's part-of-speech tags, computed
 * only when there is a candidate. Shared by training and run time.
 */
export function cueCandidates(toks: Tok[], vocab: Set<string>): { idx: number[]; pos: Uint8Array | undefined } {
  const idx: number[] = [];
  for (let i = 0; i < toks.length; i++) if (vocab.has(toks[i].lower)) idx.push(i);
  return { idx, pos: idx.length ? sentencePos(toks) : undefined };
}

/** First-pass score bucket (scores are in the tens to hundreds: the margin is 100). */
function bin(s: number): number {
  return Math.max(-8, Math.min(8, Math.floor(s / 25)));
}

/**
 * Second-pass features of candidate `k` (token `idx[k]`): its first-pass
 * score (as cumulative thresholds and a bucket), and the first-pass scores
 * of the other candidates of the sentence (the best of them, whether one
 * already clears the first-pass threshold, the candidate's rank, its nearest
 * neighbours' scores), crossed with a few lexical facts (word, cue class,
 * quote state). The second pass also has its own weights for the first
 * pass's features (cueFeatures, stored prefixed "1"), so the word and
 * context weights are relearned next to the sentence's scores. Shared by
 * training and run time.
 */
export function stackFeatures(
  toks: Tok[],
  inq: Uint8Array,
  idx: number[],
  scores: number[],
  k: number,
  thr: number,
  out: string[],
): string[] {
  out.length = 0;
  const i = idx[k];
  const s = scores[k];
  const b = bin(s);
  const pass = s > thr ? 'P' : 'N';
  const st = scoreStats(scores, idx.length, inq, toks.length, thr);
  // the best score of the other candidates, how many score higher, how many others clear the threshold
  const mo = k === st.bestAt ? st.second : st.best;
  const rank = st.sorted.length - upperBound(st.sorted, s);
  const conf = st.above - (s > thr ? 1 : 0);
  const hasQ = st.hasQ;
  const w = toks[i].lower;
  const vc = cueClass(w) ?? '-';
  const q = inq[i] ? 'Q' : 'O';
  const mob = mo === -Infinity ? 'none' : String(bin(mo));
  const oc = conf ? 'y' : 'n';
  const left = k > 0 ? idx[k - 1] : -1;
  const right = k + 1 < idx.length ? idx[k + 1] : -1;
  const ld = left < 0 ? 'none' : i - left <= 1 ? 'adj' : i - left <= 4 ? 'near' : 'far';
  const rd = right < 0 ? 'none' : right - i <= 1 ? 'adj' : right - i <= 4 ? 'near' : 'far';
  const lb = left < 0 ? '' : '|' + (scores[k - 1] > thr ? 'P' : 'N');
  const rb = right < 0 ? '' : '|' + (scores[k + 1] > thr ? 'P' : 'N');
  out.push('b', 'bin=' + b, 'w=' + w + '|' + pass, 'vc=' + vc + '|' + b, 'q=' + q + '|' + b);
  for (let t = -200; t <= 200; t += 25) if (s >= t) out.push('ge' + t);
  out.push(
    'mo=' + mob + '|' + b,
    'oc=' + oc + '|' + b,
    'ocw=' + oc + '|' + w,
    'nc=' + Math.min(conf, 3) + '|' + pass,
    'rk=' + Math.min(rank, 3) + '|' + pass,
    'qn=' + hasQ + oc + q + '|' + b,
    'qnw=' + hasQ + oc + q + '|' + w,
    'ln=' + ld + lb + '|' + pass,
    'rn=' + rd + rb + '|' + pass,
    'nb=' + ld + lb + '|' + rd + rb + '|' + vc,
  );
  return out;
}

/** A sentence's first-pass scores, summarised once for all its candidates. */
interface ScoreStats {
  count: number;
  thr: number;
  inq: Uint8Array;
  /** Best score and its first index, and the best of the rest. */
  best: number;
  bestAt: number;
  second: number;
  /** Scores in ascending order (for a candidate's rank). */
  sorted: Float64Array;
  /** Scores above the threshold. */
  above: number;
  /** 1 if any token of the sentence is inside a quotation. */
  hasQ: number;
}

/** Per scores array: stackFeatures is asked once per candidate, and comparing each with every other made long sentences quadratic. */
const statsMemo = new WeakMap<number[], ScoreStats>();

function scoreStats(scores: number[], count: number, inq: Uint8Array, n: number, thr: number): ScoreStats {
  const hit = statsMemo.get(scores);
  if (hit && hit.count === count && hit.thr === thr && hit.inq === inq) return hit;
  let best = -Infinity;
  let bestAt = -1;
  let second = -Infinity;
  let above = 0;
  for (let m = 0; m < count; m++) {
    const v = scores[m];
    if (v > best) {
      second = best;
      best = v;
      bestAt = m;
    } else if (v > second) second = v;
    if (v > thr) above++;
  }
  let hasQ = 0;
  for (let m = 0; m < n; m++)
    if (inq[m]) {
      hasQ = 1;
      break;
    }
  const sorted = Float64Array.from(scores.slice(0, count)).sort();
  const stats = { count, thr, inq, best, bestAt, second, sorted, above, hasQ };
  statsMemo.set(scores, stats);
  return stats;
}

/** The number of values in ascending `a` that are at most `x`. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Cue spans in a sentence's tokens: maximal runs of candidate tokens scored
 * above the threshold (by the second pass when the model has one; a hit's
 * score is always the first pass's).
 */
export function findCueTokens(toks: Tok[], inq: Uint8Array, m: CueModel = DEFAULT_MODEL, threshold = m.threshold): CueHit[] {
  const out: CueHit[] = [];
  const buf: string[] = [];
  const { idx, pos } = cueCandidates(toks, m.vocab);
  const st = m.stack;
  const scores: number[] = [];
  // the second pass's score from the first pass's features, computed with them (each feature string built once)
  const lexScores: number[] = [];
  for (const i of idx) {
    let s = 0;
    let s2 = 0;
    for (const f of cueFeatures(toks, inq, i, buf, pos)) {
      s += m.weights.get(f) ?? 0;
      if (st) s2 += st.lex.get(f) ?? 0;
    }
    scores.push(s);
    lexScores.push(s2);
  }
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    const score = scores[k];
    if (st) {
      let s2 = lexScores[k];
      for (const f of stackFeatures(toks, inq, idx, scores, k, threshold, buf)) s2 += st.weights.get(f) ?? 0;
      if (s2 <= st.threshold) continue;
    } else if (score <= threshold) continue;
    const last = out[out.length - 1];
    if (last && last.to === i - 1) {
      last.to = i;
      last.score = Math.max(last.score, score);
    } else out.push({ from: i, to: i, score });
  }
  return out;
}
