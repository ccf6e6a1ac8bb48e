/**
 * Training of the entity tagger, shared by `train:ner` and `cv:ner`: an
 * averaged perceptron over hashed features with greedy left-to-right
 * decoding (the decoder inference uses), deterministic for a given seed.
 */
import { readFileSync } from 'node:fs';
import { parseConll, type ConllSentence } from '../../tools/ner/conll';
import { computeAttrs, type Segment } from '../../utils/nlp/ner/features';
import { LABELS, NUM_LABELS, tagSegments, type Scorer } from '../../utils/nlp/ner/tagger';
import { serialize, type SerializedModel } from '../../utils/nlp/ner/weights';
import { seededRandom as rng } from '../../tools/random';

/** Settings of one training run. */
export interface TrainOptions {
  epochs: number;
  bits: number;
  seed: number;
  /** Share of short sentences also seen title-cased (headline augmentation). */
  titleRate: number;
  /** Buckets whose largest weight is below this are not kept. */
  threshold: number;
  /** Runs (successive seeds) whose weights are averaged; 1 when absent. */
  mix?: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 16, bits: 21, seed: 6, titleRate: 0.08, threshold: 1 };

/** Documents (split at `-DOCSTART-`) of a CoNLL file, each a list of sentences. */
export function readConllDocs(path: string): ConllSentence[][] {
  return readFileSync(path, 'utf8')
    .split(/^-DOCSTART-.*$/m)
    .map((d) => parseConll(d))
    .filter((d) => d.length > 0);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'as', 'but', 'nor', 'with', 'from']);

/** Headline-style copy of a sentence: every lower-case word but short function words capitalised. */
function titleCase(tokens: string[]): string[] {
  return tokens.map((w) => (/^[a-z]/.test(w) && !SMALL_WORDS.has(w) ? w[0].toUpperCase() + w.slice(1) : w));
}

/**
 * Train on `input` (sentences in document order); returns the compact model and the dense averaged table.
 * With `o.mix` > 1, that many runs with seeds `o.seed`, `o.seed + 1`, … are averaged (parameter mixing):
 * one run's decisions on near ties depend on its shuffling order, the mixed model's much less.
 */
export function trainModel(
  input: ConllSentence[],
  o: TrainOptions,
  log: (s: string) => void = () => {},
): { model: SerializedModel; dense: Float32Array } {
  const runs = Math.max(1, o.mix ?? 1);
  let dense: Float32Array | null = null;
  for (let r = 0; r < runs; r++) {
    const one = trainDense(input, { ...o, seed: o.seed + r }, log);
    if (!dense) dense = one;
    else for (let i = 0; i < dense.length; i++) dense[i] += one[i];
  }
  if (runs > 1) for (let i = 0; i < dense!.length; i++) dense![i] /= runs;
  return { model: serialize(dense!, o.bits, LABELS, o.threshold), dense: dense! };
}

function trainDense(input: ConllSentence[], o: TrainOptions, log: (s: string) => void): Float32Array {
  const t0 = Date.now();
  const augmentRandom = rng(o.seed + 7);
  const sentences = input.slice();
  // Augmentation: title-cased copies of some short sentences, so headlines in
  // real news ("North Korea Delivered Arms to Russia") are seen in training.
  for (const s of input) {
    if (s.tokens.length >= 4 && s.tokens.length <= 20 && augmentRandom() < o.titleRate) {
      sentences.push({ tokens: titleCase(s.tokens), tags: s.tags });
    }
  }
  const words: string[] = [];
  const gold: number[] = [];
  const segments: Segment[] = [];
  for (const s of sentences) {
    const start = words.length;
    s.tokens.forEach((w, i) => {
      words.push(w);
      gold.push(LABELS.indexOf(s.tags[i] as (typeof LABELS)[number]));
    });
    segments.push({ start, end: words.length });
  }
  const attrs = computeAttrs(words, segments);
  log(`${sentences.length} sentences, ${words.length} tokens, features in ${Date.now() - t0} ms`);

  const mask = 2 ** o.bits - 1;
  const w = new Float32Array((mask + 1) * NUM_LABELS);
  const u = new Float64Array((mask + 1) * NUM_LABELS); // Σ c·Δ for averaging
  let c = 1;
  const scorer: Scorer = {
    add(feats, k, scores) {
      for (let f = 0; f < k; f++) {
        const off = (feats[f] & mask) * NUM_LABELS;
        for (let l = 0; l < NUM_LABELS; l++) scores[l] += w[off + l];
      }
    },
  };
  const random = rng(o.seed);
  // Shuffle whole blocks (document-level features need in-block order).
  const blocks: Segment[][] = [];
  for (const s of segments) (blocks[attrs.block[s.start]] ??= []).push(s);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let i = blocks.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
    }
    let errors = 0;
    tagSegments(attrs, blocks.flat(), scorer, (i, feats, k, predicted) => {
      const g = gold[i];
      if (predicted !== g) {
        errors++;
        for (let f = 0; f < k; f++) {
          const off = (feats[f] & mask) * NUM_LABELS;
          w[off + g] += 1;
          w[off + predicted] -= 1;
          u[off + g] += c;
          u[off + predicted] -= c;
        }
      }
      c++;
      return predicted;
    });
    log(`epoch ${epoch}: token errors ${errors} (${((100 * errors) / words.length).toFixed(2)}%)`);
  }
  const dense = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) dense[i] = w[i] - u[i] / c;
  return dense;
}
