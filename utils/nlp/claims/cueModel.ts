/**
 * The trained cue classifier at run time: an averaged perceptron over the
 * features of features.ts, weights in models/claims-cues.json (written by
 * scripts/train-claims.ts). Tags each token of a sentence cue / not cue and
 * groups adjacent cue tokens into cue spans.
 */
import model from '../../../models/claims-cues.json';
import { cueFeatures } from './features';
import type { Tok } from './tokens';

/** Serialized model: feature → weight, plus the decision threshold. */
export interface CueModelData {
  threshold: number;
  /** Words the classifier scores; any other token is never a cue. */
  vocab: string[];
  weights: Record<string, number>;
}

const DATA = model as CueModelData;
const W = new Map<string, number>(Object.entries(DATA.weights));
const VOCAB = new Set<string>(DATA.vocab);

/** Perceptron score of token `i` (positive = cue) under weights `w`. */
export function scoreToken(w: Map<string, number>, toks: Tok[], inq: Uint8Array, i: number, buf: string[]): number {
  let s = 0;
  for (const f of cueFeatures(toks, inq, i, buf)) s += w.get(f) ?? 0;
  return s;
}

/** A cue found by the classifier: token index range `[from, to]` inclusive. */
export interface CueHit {
  from: number;
  to: number;
}

/** Cue spans in a sentence's tokens: maximal runs of candidate tokens scored above the threshold. */
export function findCueTokens(toks: Tok[], inq: Uint8Array, w: Map<string, number> = W, threshold = DATA.threshold): CueHit[] {
  const out: CueHit[] = [];
  const buf: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!VOCAB.has(toks[i].lower)) continue;
    if (scoreToken(w, toks, inq, i, buf) <= threshold) continue;
    const last = out[out.length - 1];
    if (last && last.to === i - 1) last.to = i;
    else out.push({ from: i, to: i });
  }
  return out;
}
