/**
 * Train the cue classifier on PolNeAR's train split:
 *   tsx scripts/train-claims.ts [DIR]   (default ../shared/data/attribution/polnear/train)
 *
 * A deterministic averaged margin perceptron over features.ts (words, context,
 * part-of-speech tags from models/pos-model.json, the hand-written cue-class
 * lexicon of verbClasses.ts), on the tokens whose word is a cue candidate
 * (often enough inside a gold Cue span, or in the lexicon); a token is
 * positive when it lies inside a gold Cue span. Examples are visited in a
 * seeded shuffle per epoch. A second pass is then trained the same way on
 * out-of-fold first-pass scores (see trainCueModel). Writes
 * models/claims-cues.json (weights only, pruned and rounded; no text from
 * the data). Deterministic: same data, same file. About 1.5 minutes on 2
 * cores. Train models/pos-model.json first (scripts/train-pos.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus, type GoldDoc } from '../tools/claims-eval/corpus';
import { buildLayout } from '../utils/nlp/claims/layout';
import { cueFeatures } from '../utils/nlp/claims/features';
import { cueCandidates, loadCueModel, stackFeatures, type CueModel, type CueModelData } from '../utils/nlp/claims/cueModel';
import type { Tok } from '../utils/nlp/claims/tokens';
import { CUE_CLASS } from '../utils/nlp/claims/verbClasses';
import { seededRandom as rng } from '../tools/random';

const EPOCHS = 5;
/**
 * Margin of the perceptron: an example also counts as a mistake when its
 * score has the right sign but is below this (a margin perceptron; larger
 * margins generalise better on held-out folds of the train split).
 */
const MARGIN = 100;
/** Shuffles whose averaged perceptrons are averaged (chosen by cross-validation on the train split). */
const SEEDS = 6;
const MIN_COUNT = 3;
/**
 * Decision threshold on the cue score (cue when above), below the
 * perceptron's own boundary: recall is worth more than precision for F1
 * here. Chosen by 5-fold cross-validation on the train split.
 */
const THRESHOLD = -45;
/** A word is a cue candidate when at least this share of its uses are cue tokens… */
const MIN_RATE = 0.01;
/** …and it is a cue token at least this often. */
const MIN_HITS = 2;
/** Averaged weights smaller than this are dropped (model size; no loss on held-out folds). */
const MIN_ABS = 3;

/**
 * Function words are parts of longer cues ("has said", "according to", "in
 * a statement"), never their head; leaving them out keeps scoring cheap.
 */
const FUNCTION_WORDS = new Set(
  (
    'the to of a an in for is on with his as has was it at have not by be from are her this would will ' +
    'their had been were after all up him its that and or but he she they we i you them us our my your ' +
    'which who what when where how than then there these those some any can could should may might must ' +
    "do does did so if into over more new one out just also - ( ) , . ; ’s '"
  ).split(' '),
);

interface Example {
  feats: string[];
  y: number;
}

/** Per-character gold cue mask of a document. */
function cueMask(d: GoldDoc): Uint8Array {
  const m = new Uint8Array(d.text.length);
  for (const g of d.gold) for (const [s, e] of g.cue ?? []) m.fill(1, s, e);
  return m;
}

/** Words that are often enough part of a cue: the only tokens the classifier scores. */
function candidateVocab(docs: GoldDoc[]): Set<string> {
  const occ = new Map<string, number>();
  const hit = new Map<string, number>();
  for (const d of docs) {
    const isCue = cueMask(d);
    for (const t of buildLayout(d.text).toks) {
      occ.set(t.lower, (occ.get(t.lower) ?? 0) + 1);
      if (isCue[t.start]) hit.set(t.lower, (hit.get(t.lower) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [w, h] of hit) if (!FUNCTION_WORDS.has(w) && h >= MIN_HITS && h / (occ.get(w) ?? 1) >= MIN_RATE) out.add(w);
  // the hand-written attribution lexicon: cue words the data is too small to show
  for (const w of CUE_CLASS.keys()) if (!FUNCTION_WORDS.has(w)) out.add(w);
  return out;
}

/** A sentence of a training document: its tokens, quote flags, candidate indices, tags, and which tokens are gold cue. */
interface CandidateSentence {
  toks: Tok[];
  inq: Uint8Array;
  idx: number[];
  pos: Uint8Array | undefined;
  isCue: (i: number) => boolean;
}

/** The sentences of `docs` with their cue candidates under `vocab` (shared by both passes' examples). */
function* candidateSentences(docs: GoldDoc[], vocab: Set<string>): Generator<CandidateSentence> {
  for (const d of docs) {
    const mask = cueMask(d);
    const L = buildLayout(d.text);
    for (const s of L.sents) {
      const toks = L.toks.slice(s.from, s.to);
      const { idx, pos } = cueCandidates(toks, vocab);
      yield { toks, inq: L.inQuote.subarray(s.from, s.to), idx, pos, isCue: (i) => mask[toks[i].start] === 1 };
    }
  }
}

/** Token examples for the cue classifier. */
function cueExamples(docs: GoldDoc[], vocab: Set<string>): Example[] {
  const out: Example[] = [];
  for (const { toks, inq, idx, pos, isCue } of candidateSentences(docs, vocab)) {
    for (const i of idx) out.push({ feats: [...cueFeatures(toks, inq, i, [], pos)], y: isCue(i) ? 1 : -1 });
  }
  return out;
}

/** Drop features seen fewer than MIN_COUNT times (regularization, smaller model). */
function pruneRare(ex: Example[]): Example[] {
  const count = new Map<string, number>();
  for (const e of ex) for (const f of e.feats) count.set(f, (count.get(f) ?? 0) + 1);
  for (const e of ex) e.feats = e.feats.filter((f) => (count.get(f) ?? 0) >= MIN_COUNT);
  return ex;
}

/** Examples with features as dense ids (training is the hot loop: no string lookups). */
interface Indexed {
  names: string[];
  feats: Int32Array[];
  y: Int8Array;
}

function indexExamples(ex: Example[]): Indexed {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const feats = ex.map((e) =>
    Int32Array.from(e.feats, (f) => {
      let id = ids.get(f);
      if (id === undefined) {
        id = names.length;
        ids.set(f, id);
        names.push(f);
      }
      return id;
    }),
  );
  return { names, feats, y: Int8Array.from(ex, (e) => e.y) };
}

/** Deterministic averaged margin perceptron (visiting order from `seed`); returns the averaged weights by feature id. */
function perceptron(ex: Indexed, epochs: number, label: string, seed: number, margin = MARGIN): Float64Array {
  const nf = ex.names.length;
  const w = new Float64Array(nf);
  const acc = new Float64Array(nf);
  let c = 1;
  const n = ex.feats.length;
  const order = Array.from({ length: n }, (_, i) => i);
  const rand = rng(seed);
  for (let ep = 0; ep < epochs; ep++) {
    let errors = 0;
    // a fresh seeded shuffle every epoch (Fisher–Yates): every example once
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (let k = 0; k < n; k++) {
      const e = ex.feats[order[k]];
      const y = ex.y[order[k]];
      let s = 0;
      for (let f = 0; f < e.length; f++) s += w[e[f]];
      if (y * s <= margin) {
        errors++;
        for (let f = 0; f < e.length; f++) {
          w[e[f]] += y;
          acc[e[f]] += c * y;
        }
      }
      c++;
    }
    console.log(`${label} epoch ${ep + 1}: ${errors} errors / ${n}`);
  }
  const avg = new Float64Array(nf);
  for (let f = 0; f < nf; f++) avg[f] = w[f] - acc[f] / c;
  return avg;
}

function toRecord(w: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) out[f] = w.get(f)!;
  return out;
}

/**
 * Averaged perceptrons from SEEDS shuffles, their weights averaged (a
 * bagged-order ensemble: no extra cost at run time), then pruned and rounded
 * to integers (the margin puts weights in the tens).
 */
function trainCue(docs: GoldDoc[], vocab: Set<string>, label: string): Map<string, number> {
  const ex = indexExamples(pruneRare(cueExamples(docs, vocab)));
  const sum = new Float64Array(ex.names.length);
  for (let k = 0; k < SEEDS; k++) {
    const avg = perceptron(ex, EPOCHS, `${label} #${k + 1}`, 20161108 + k);
    for (let f = 0; f < sum.length; f++) sum[f] += avg[f] / SEEDS;
  }
  const out = new Map<string, number>();
  ex.names.forEach((f, i) => {
    if (Math.abs(sum[i]) >= MIN_ABS) out.set(f, Math.round(sum[i]));
  });
  return out;
}

/** Folds of the training documents whose out-of-fold first-pass scores train the second pass. */
const STACK_FOLDS = 5;
/**
 * Margin, epochs, decision threshold and weight pruning of the second pass
 * (chosen by 5-fold cross-validation on the train split: scores within
 * 0.001 F1 for thresholds -70…-45, best at -60 with the rules as they now
 * are, on every fold; with weights below 3 pruned, both passes together
 * make a file of about 1.1 MB).
 */
const STACK_MARGIN = 100;
const STACK_EPOCHS = 5;
const STACK_THRESHOLD = -60;
const STACK_MIN_ABS = 3;

/** Second-pass examples: every candidate of `docs`, with the first-pass scores of `m` (trained without `docs`). */
export function stackExamples(docs: GoldDoc[], m: CueModel): Example[] {
  const out: Example[] = [];
  for (const { toks, inq, idx, pos, isCue } of candidateSentences(docs, m.vocab)) {
    // each candidate's first-pass features, built once: scored by pass 1, and pass 2's own ("1"-prefixed) features
    const feats = idx.map((i) => [...cueFeatures(toks, inq, i, [], pos)]);
    const scores = feats.map((fs) => fs.reduce((sum, f) => sum + (m.weights.get(f) ?? 0), 0));
    for (let k = 0; k < idx.length; k++) {
      const lex = feats[k].map((f) => '1' + f);
      out.push({ feats: [...lex, ...stackFeatures(toks, inq, idx, scores, k, m.threshold, [])], y: isCue(idx[k]) ? 1 : -1 });
    }
  }
  return out;
}

/** Train the second pass on out-of-fold examples. */
export function trainStack(examples: Example[]): { threshold: number; weights: Record<string, number> } {
  const ex = indexExamples(pruneRare(examples));
  const sum = new Float64Array(ex.names.length);
  for (let k = 0; k < SEEDS; k++) {
    const avg = perceptron(ex, STACK_EPOCHS, `stack #${k + 1}`, 20161108 + k, STACK_MARGIN);
    for (let f = 0; f < sum.length; f++) sum[f] += avg[f] / SEEDS;
  }
  const out = new Map<string, number>();
  ex.names.forEach((f, i) => {
    if (Math.abs(sum[i]) >= STACK_MIN_ABS) out.set(f, Math.round(sum[i]));
  });
  return { threshold: STACK_THRESHOLD, weights: toRecord(out) };
}

/** The first pass alone. */
function trainPass1(docs: GoldDoc[]): CueModelData {
  const vocab = candidateVocab(docs);
  const weights = trainCue(docs, vocab, 'cue');
  return { threshold: THRESHOLD, vocab: [...vocab].sort(), weights: toRecord(weights) };
}

/**
 * Train a cue model on `docs` (exported for cross-validated error analysis):
 * the first pass on all of `docs`; the second pass on first-pass scores
 * of each of STACK_FOLDS folds of `docs` from a first pass trained on the
 * others (out of fold, so the second pass sees scores as they are on new text).
 */
export function trainCueModel(docs: GoldDoc[], stacked = STACK_FOLDS > 1): CueModelData {
  const data = trainPass1(docs);
  if (!stacked) return data;
  const ex: Example[] = [];
  for (let g = 0; g < STACK_FOLDS; g++) {
    const m = loadCueModel(trainPass1(docs.filter((_, i) => i % STACK_FOLDS !== g)));
    ex.push(
      ...stackExamples(
        docs.filter((_, i) => i % STACK_FOLDS === g),
        m,
      ),
    );
  }
  return { ...data, stack: trainStack(ex) };
}

function main(): void {
  const dir = process.argv[2] ?? '../shared/data/attribution/polnear/train';
  if (!existsSync(join(dir, 'attributions'))) {
    console.error(`no PolNeAR data at ${dir}`);
    process.exit(2);
  }
  const docs = loadCorpus(dir);
  const data = trainCueModel(docs);
  const { vocab, weights } = { vocab: data.vocab, weights: new Map(Object.entries(data.weights)) };
  writeFileSync('models/claims-cues.json', JSON.stringify(data) + '\n');
  console.log(
    `wrote models/claims-cues.json: ${vocab.length} candidate words, ${weights.size} + ${Object.keys(data.stack?.weights ?? {}).length} features`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
