/**
 * Cross-validate the claim extractor on PolNeAR's train split, where the
 * cue model's settings are chosen (never on dev):
 *   tsx scripts/cv-claims.ts [DIR]   (default ../shared/data/attribution/polnear/train)
 *
 * K folds by document order (document i in fold i mod K); for each fold the
 * cue model is trained on the others exactly as `npm run train:claims` does
 * and the fold is scored with the bar's rules. Prints each fold's F1 and the
 * pooled P/R/F1, source accuracy and content F1; then, as a ceiling, how
 * well the second annotator agrees with the first on the documents that have
 * two (scored with the same rules). Deterministic; about 6 minutes on 2 cores.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotationFiles, loadCorpus, type GoldDoc } from '../tools/claims-eval/corpus';
import { parseBrat } from '../tools/claims-eval/brat';
import { claimToPred, newTally, scoreDocument, summarize, type Tally } from '../tools/claims-eval/score';
import { extractClaims } from '../utils/nlp/claims/extract';
import { loadCueModel } from '../utils/nlp/claims/cueModel';
import { trainCueModel } from './train-claims';

const K = 5;

function line(name: string, t: Tally): string {
  const s = summarize(t);
  return `${name}: P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} source ${s.srcAcc.toFixed(3)} content ${s.contentF1.toFixed(3)} (gold ${t.gold}, predicted ${t.pred})`;
}

/** Pooled scores of K-fold cross-validation, and each fold's F1. */
function crossValidate(docs: GoldDoc[], k = K): { pooled: Tally; folds: number[] } {
  const pooled = newTally();
  const folds: number[] = [];
  for (let f = 0; f < k; f++) {
    const log = console.log;
    console.log = () => {}; // the trainer's per-epoch lines
    const model = loadCueModel(trainCueModel(docs.filter((_, i) => i % k !== f)));
    console.log = log;
    const t = newTally();
    for (const d of docs.filter((_, i) => i % k === f)) {
      const preds = extractClaims(d.text, [], model).map(claimToPred);
      scoreDocument(d.text, d.gold, preds, t);
      scoreDocument(d.text, d.gold, preds, pooled);
    }
    folds.push(summarize(t).f1);
    console.log(`fold ${f + 1}/${k}: F1 ${summarize(t).f1.toFixed(3)}`);
  }
  return { pooled, folds };
}

/** The second annotator scored against the first, on the documents that have both. */
function agreement(dir: string): { docs: number; tally: Tally } {
  const annDir = join(dir, 'attributions');
  const tally = newTally();
  let docs = 0;
  for (const [name, files] of annotationFiles(dir)) {
    const tp = join(dir, 'text', name + '.txt');
    if (files.length < 2 || !existsSync(tp)) continue;
    docs++;
    const [first, second] = files.map((f) => parseBrat(readFileSync(join(annDir, f), 'utf8')));
    scoreDocument(readFileSync(tp, 'utf8'), first, second, tally);
  }
  return { docs, tally };
}

function main(): void {
  const dir = process.argv[2] ?? '../shared/data/attribution/polnear/train';
  if (!existsSync(join(dir, 'attributions'))) {
    console.error(`no PolNeAR data at ${dir}`);
    process.exit(2);
  }
  const { pooled, folds } = crossValidate(loadCorpus(dir));
  console.log(line(`${K}-fold CV`, pooled) + `; folds ${Math.min(...folds).toFixed(3)}–${Math.max(...folds).toFixed(3)}`);
  const agree = agreement(dir);
  if (agree.docs) console.log(line(`annotator agreement (${agree.docs} documents with two annotators)`, agree.tally));
}

main();
