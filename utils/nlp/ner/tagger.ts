/**
 * Greedy left-to-right sequence tagger (BIO over PER/ORG/LOC/MISC) driven by
 * a linear scorer over hashed features. Training and inference share this
 * decoder, so the model is trained on its own previous-tag predictions.
 */
import * as features from './features';
import type { Segment, TokenAttrs } from './features';
import { WordHistory } from './word-history';

// Local copies: hot loops must not go through module binding accessors.
const staticFeatures = features.staticFeatures;
const tagFeatures = features.tagFeatures;

/** Tag inventory, index = label id. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
/** Number of labels. */
export const NUM_LABELS = LABELS.length;
const L: number = LABELS.length;

/** Something that adds the weights of hashed features to label scores. */
export interface Scorer {
  /** scores[l] += Σ_f weight(f, l) for the first `k` hashes in `feats`. */
  add(feats: Uint32Array, k: number, scores: Float64Array): void;
}

/** True when label `l` may follow label `prev` under BIO. */
export function allowed(prev: number, l: number): boolean {
  if (l === 0 || (l & 1) === 1) return true; // O or B-*
  return prev === l || prev === l - 1; // I-X after B-X / I-X
}

function isCapitalised(a: TokenAttrs, i: number): boolean {
  return a.capital[i] === 1;
}

/**
 * How much a new name's "B-" may outscore continuing the name before it
 * ("I-") and still lose, when decoding (not in training). A greedy decoder
 * breaks "San Francisco Bay Area" into "San" (LOC) + "Francisco Bay Area"
 * (PER) on a near-tie; two names written side by side with nothing between
 * them are rare. Chosen by `npm run cv:ner -- --margins …`: with the
 * look-ahead below, no margin is needed (150 helped without it).
 */
export const CONTINUATION_MARGIN = 0;
let continuationMargin = CONTINUATION_MARGIN;

/** Set the decoding margin for continuing a name (see `continuationMargin`). */
export function setContinuationMargin(margin: number): void {
  continuationMargin = margin;
}

/**
 * When on, a break between names (a "B-" right after a name) is weighed one
 * token ahead: the break and continuing the name are each scored with the
 * next token's best label, and the higher sum wins (decoding only). On by
 * `npm run cv:ner -- --lookahead 0|1`.
 */
export const LOOKAHEAD = true;
let lookahead = LOOKAHEAD;

/** Turn the one-token look-ahead at breaks between names on or off. */
export function setLookahead(on: boolean): void {
  lookahead = on;
}

const aheadFeats = new Uint32Array(features.MAX_STATIC + 12);
const aheadScores = new Float64Array(NUM_LABELS);

/** The best allowed score of token `i` after labels `p1`, `p2`. */
function bestNext(a: TokenAttrs, i: number, seg: Segment, p1: number, p2: number, hist: number, scorer: Scorer): number {
  let k = staticFeatures(a, i, seg.start, seg.end, aheadFeats);
  k = tagFeatures(a, i, p1, p2, hist, aheadFeats, k);
  aheadScores.fill(0);
  scorer.add(aheadFeats, k, aheadScores);
  let best = -Infinity;
  for (let l = 0; l < NUM_LABELS; l++) if (aheadScores[l] > best && allowed(p1, l)) best = aheadScores[l];
  return best;
}

/** Scratch buffers reused across calls (one decoder runs at a time). */
const feats = new Uint32Array(features.MAX_STATIC + 12);
const wordHistory = new WordHistory();
const scores = new Float64Array(L);

/**
 * Tag every segment; returns a label id per token. `onToken`, when given,
 * sees each token's features and prediction (used by training to update).
 */
export function tagSegments(
  a: TokenAttrs,
  segments: Segment[],
  scorer: Scorer,
  onToken?: (i: number, feats: Uint32Array, k: number, predicted: number) => number,
): Uint8Array {
  const tags = new Uint8Array(a.n);
  // Per block: the class each capitalised word last received.
  const history = wordHistory;
  history.clear();
  let block = -1;
  for (const seg of segments) {
    if (a.block[seg.start] !== block) {
      block = a.block[seg.start];
      history.clear();
    }
    let p1 = L; // start symbol
    let p2 = L;
    for (let i = seg.start; i < seg.end; i++) {
      // Outside a name, a token that does not start with a capital letter
      // begins no name (true for >99.8% of CoNLL mentions): skip scoring.
      if (a.capital[i] === 0 && (p1 === 0 || p1 === L)) {
        tags[i] = 0;
        p2 = p1;
        p1 = 0;
        continue;
      }
      const low = a.low[i];
      const hist = history.get(low);
      let k = staticFeatures(a, i, seg.start, seg.end, feats);
      k = tagFeatures(a, i, p1, p2, hist, feats, k);
      scores.fill(0);
      scorer.add(feats, k, scores);
      let best = 0;
      let bestScore = -Infinity;
      for (let l = 0; l < L; l++) {
        if (scores[l] > bestScore && allowed(p1, l)) {
          best = l;
          bestScore = scores[l];
        }
      }
      if (!onToken && p1 !== 0 && p1 !== L && best !== 0 && (best & 1) === 1) {
        const inside = p1 + (p1 & 1); // I-X for B-X or I-X
        let gap = bestScore - scores[inside];
        if (lookahead && i + 1 < seg.end) {
          const h = history.get(a.low[i + 1]);
          gap += bestNext(a, i + 1, seg, best, p1, h, scorer) - bestNext(a, i + 1, seg, inside, p1, h, scorer);
        }
        if (gap <= continuationMargin) best = inside;
      }
      // Training may substitute the gold tag as history (onToken's return).
      const used = onToken ? onToken(i, feats, k, best) : best;
      tags[i] = best;
      if (isCapitalised(a, i)) history.set(low, 1 + ((used + 1) >> 1));
      p2 = p1;
      p1 = used;
    }
  }
  return tags;
}
