/**
 * Trains the entity tagger: an averaged perceptron over hashed features
 * with greedy left-to-right decoding, on CoNLL++ train. Deterministic
 * (seeded shuffling). Writes models/ner-model.json.
 *
 *   npm run train:ner [-- --train FILE --epochs N --bits B --out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseConll } from '../utils/nlp/ner/conll';
import { computeAttrs, type Segment } from '../utils/nlp/ner/features';
import { LABELS, NUM_LABELS, tagSegments, type Scorer } from '../utils/nlp/ner/tagger';
import { CompactScorer, serialize } from '../utils/nlp/ner/weights';
import { bioSpans } from '../utils/nlp/ner/conll';
import { seededRandom as rng } from '../utils/random';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const trainPath = args.get('train') ?? resolve(root, '../shared/data/ner/conllpp_train.txt');
const epochs = Number(args.get('epochs') ?? 16);
const bits = Number(args.get('bits') ?? 21);
const outPath = args.get('out') ?? resolve(root, 'models/ner-model.json');
const seed = Number(args.get('seed') ?? 1);

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'as', 'but', 'nor', 'with', 'from']);

/** Headline-style copy of a sentence: every lower-case word but short function words capitalised. */
function titleCase(tokens: string[]): string[] {
  return tokens.map((w) => (/^[a-z]/.test(w) && !SMALL_WORDS.has(w) ? w[0].toUpperCase() + w.slice(1) : w));
}

const t0 = Date.now();
const augmentRandom = rng(seed + 7);
const augmentRate = Number(args.get('title-rate') ?? 0.08);
const sentences = parseConll(readFileSync(trainPath, 'utf8'));
// Augmentation: title-cased copies of some short sentences, so headlines in
// real news ("North Korea Delivered Arms to Russia") are seen in training.
for (const s of sentences.slice()) {
  if (s.tokens.length >= 4 && s.tokens.length <= 20 && augmentRandom() < augmentRate) {
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
console.log(`${sentences.length} sentences, ${words.length} tokens, features in ${Date.now() - t0} ms`);

const mask = 2 ** bits - 1;
const w = new Float32Array((mask + 1) * NUM_LABELS);
const u = new Float64Array((mask + 1) * NUM_LABELS); // Σ c·Δ for averaging
let c = 1;
const scorer: Scorer = {
  add(feats, k, scores) {
    for (let f = 0; f < k; f++) {
      const o = (feats[f] & mask) * NUM_LABELS;
      for (let l = 0; l < NUM_LABELS; l++) scores[l] += w[o + l];
    }
  },
};

const random = rng(seed);
// Shuffle whole blocks (document-level features need in-block order).
const blocks: Segment[][] = [];
for (const s of segments) {
  const b = attrs.block[s.start];
  (blocks[b] ??= []).push(s);
}
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = blocks.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
  }
  const order = blocks.flat();
  let errors = 0;
  tagSegments(attrs, order, scorer, (i, feats, k, predicted) => {
    const g = gold[i];
    if (predicted !== g) {
      errors++;
      for (let f = 0; f < k; f++) {
        const o = (feats[f] & mask) * NUM_LABELS;
        w[o + g] += 1;
        w[o + predicted] -= 1;
        u[o + g] += c;
        u[o + predicted] -= c;
      }
    }
    c++;
    return predicted;
  });
  console.log(`epoch ${epoch}: token errors ${errors} (${((100 * errors) / words.length).toFixed(2)}%)`);
}
const avg = new Float32Array(w.length);
for (let i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
const model = serialize(avg, bits, LABELS, Number(args.get('threshold') ?? 1));
const json = JSON.stringify(model);
writeFileSync(outPath, json);
console.log(`wrote ${outPath}: ${(json.length / 1024).toFixed(0)} KiB, trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// Optional held-out check on gold tokenisation (tagger only, no rules).
const devPath = args.get('dev');
if (devPath) {
  const dev = parseConll(readFileSync(devPath, 'utf8'));
  const dw: string[] = [];
  const dg: string[] = [];
  const dseg: Segment[] = [];
  for (const s of dev) {
    const start = dw.length;
    dw.push(...s.tokens);
    dg.push(...s.tags);
    dseg.push({ start, end: dw.length });
  }
  const da = computeAttrs(dw, dseg);
  const f1 = (sc: Scorer): string => {
    const pred = Array.from(tagSegments(da, dseg, sc), (l) => LABELS[l] as string);
    const key = (x: { type: string; start: number; end: number }): string => `${x.type}:${x.start}:${x.end}`;
    const g = new Set(bioSpans(dg).filter((x) => x.type !== 'MISC').map(key));
    const p = bioSpans(pred).filter((x) => x.type !== 'MISC').map(key);
    const tp = p.filter((k) => g.has(k)).length;
    const P = tp / p.length;
    const R = tp / g.size;
    return `P ${P.toFixed(4)} R ${R.toFixed(4)} F1 ${((2 * P * R) / (P + R)).toFixed(4)}`;
  };
  const dense: Scorer = {
    add(feats, k, scores) {
      for (let f = 0; f < k; f++) {
        const o = (feats[f] & mask) * NUM_LABELS;
        for (let l = 0; l < NUM_LABELS; l++) scores[l] += avg[o + l];
      }
    },
  };
  console.log(`dev (PER/ORG/LOC, tagger only) dense: ${f1(dense)}; compact: ${f1(new CompactScorer(model))}`);
}
