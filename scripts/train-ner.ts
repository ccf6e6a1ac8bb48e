/**
 * Trains the entity tagger: an averaged perceptron over hashed features
 * with greedy left-to-right decoding, on CoNLL++ train. Deterministic
 * (seeded shuffling). Writes models/ner-model.json.
 *
 *   npm run train:ner [-- --train FILE[,FILE…] --epochs N --bits B --out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseConll } from '../tools/ner/conll';
import { computeAttrs, type Segment } from '../utils/nlp/ner/features';
import { LABELS, NUM_LABELS, tagSegments, type Scorer } from '../utils/nlp/ner/tagger';
import { CompactScorer } from '../utils/nlp/ner/weights';
import { bioSpans } from '../tools/ner/conll';
import { DEFAULT_TRAIN, trainModel, type TrainOptions } from './lib/ner-training';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
// CoNLL++ train only: adding Wikigold (--train A,B) lowered news CV F1 (0.871 → 0.867, scripts/cv-ner.ts).
const trainPaths = (args.get('train') ?? resolve(root, '../shared/data/ner/conllpp_train.txt')).split(',');
const epochs = Number(args.get('epochs') ?? DEFAULT_TRAIN.epochs);
const bits = Number(args.get('bits') ?? DEFAULT_TRAIN.bits);
const outPath = args.get('out') ?? resolve(root, 'models/ner-model.json');
const seed = Number(args.get('seed') ?? DEFAULT_TRAIN.seed);

const t0 = Date.now();
const options: TrainOptions = {
  epochs,
  bits,
  seed,
  titleRate: Number(args.get('title-rate') ?? DEFAULT_TRAIN.titleRate),
  threshold: Number(args.get('threshold') ?? DEFAULT_TRAIN.threshold),
  mix: Number(args.get('mix') ?? DEFAULT_TRAIN.mix ?? 1),
};
const { model, dense: avg } = trainModel(
  trainPaths.flatMap((p) => parseConll(readFileSync(p, 'utf8'))),
  options,
  console.log,
);
const mask = 2 ** bits - 1;
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
    const g = new Set(
      bioSpans(dg)
        .filter((x) => x.type !== 'MISC')
        .map(key),
    );
    const p = bioSpans(pred)
      .filter((x) => x.type !== 'MISC')
      .map(key);
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
