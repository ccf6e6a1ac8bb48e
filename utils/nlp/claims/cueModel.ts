/**
 * The trained cue classifier at run time, from models/claims-cues.json
 * (written by scripts/train-claims.ts): an averaged perceptron over the token
 * features of features.ts (which use part-of-speech tags from
 * models/pos-model.json) that tags tokens cue / not cue, adjacent cue
 * tokens forming one cue.
 */
import model from '../../../models/claims-cues.json';
import { cueFeatures } from './features';
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
}

/** A loaded model, ready to score. */
export interface CueModel {
  threshold: number;
  vocab: Set<string>;
  weights: Map<string, number>;
}

/** Turn serialized weights into a ready model. */
export function loadCueModel(data: CueModelData): CueModel {
  return {
    threshold: data.threshold,
    vocab: new Set(data.vocab),
    weights: new Map(Object.entries(data.weights)),
  };
}

/** The committed model. */
export const DEFAULT_MODEL: CueModel = loadCueModel(model as CueModelData);

/** Perceptron score of token `i` (positive = cue) under weights `w`. */
export function scoreToken(w: Map<string, number>, toks: Tok[], inq: Uint8Array, i: number, buf: string[], pos?: Uint8Array): number {
  let s = 0;
  for (const f of cueFeatures(toks, inq, i, buf, pos)) s += w.get(f) ?? 0;
  return s;
}

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

/** Cue spans in a sentence's tokens: maximal runs of candidate tokens scored above the threshold. */
export function findCueTokens(toks: Tok[], inq: Uint8Array, m: CueModel = DEFAULT_MODEL, threshold = m.threshold): CueHit[] {
  const out: CueHit[] = [];
  const buf: string[] = [];
  const { idx, pos } = cueCandidates(toks, m.vocab);
  for (const i of idx) {
    const score = scoreToken(m.weights, toks, inq, i, buf, pos);
    if (score <= threshold) continue;
    const last = out[out.length - 1];
    if (last && last.to === i - 1) {
      last.to = i;
      last.score = Math.max(last.score, score);
    } else out.push({ from: i, to: i, score });
  }
  return out;
}
