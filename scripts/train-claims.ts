/**
 * Train the cue classifier on PolNeAR's train split:
 *   tsx scripts/train-claims.ts [DIR]   (default ../shared/data/attribution/polnear/train)
 *
 * A deterministic averaged perceptron over features.ts, on the tokens whose
 * word is a cue candidate (often enough inside a gold Cue span); a token is
 * positive when it lies inside a gold Cue span. Writes models/claims-cues.json (weights only, pruned and rounded; no text
 * from the data). Deterministic: same data, same file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type GoldDoc } from '../utils/nlp/claims/eval/corpus';
import { buildLayout } from '../utils/nlp/claims/layout';
import { cueFeatures } from '../utils/nlp/claims/features';
import type { CueModelData } from '../utils/nlp/claims/cueModel';

const EPOCHS = 5;
const MIN_COUNT = 3;
/** Decision threshold on the cue score (cue when above): the perceptron's own boundary. */
const THRESHOLD = 0;
/** A word is a cue candidate when at least this share of its uses are cue tokens… */
const MIN_RATE = 0.01;
/** …and it is a cue token at least this often. */
const MIN_HITS = 2;
const MIN_ABS = 0.02;

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
  return out;
}

/** Token examples for the cue classifier. */
function cueExamples(docs: GoldDoc[], vocab: Set<string>): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    const isCue = cueMask(d);
    const L = buildLayout(d.text);
    for (const s of L.sents) {
      const toks = L.toks.slice(s.from, s.to);
      const inq = L.inQuote.subarray(s.from, s.to);
      for (let i = 0; i < toks.length; i++) {
        if (!vocab.has(toks[i].lower)) continue;
        out.push({ feats: [...cueFeatures(toks, inq, i, [])], y: isCue[toks[i].start] ? 1 : -1 });
      }
    }
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

/** Deterministic averaged perceptron; returns pruned, rounded averaged weights. */
function perceptron(ex: Example[], epochs: number, label: string): Map<string, number> {
  const w = new Map<string, number>();
  const acc = new Map<string, number>();
  let c = 1;
  const n = ex.length;
  for (let ep = 0; ep < epochs; ep++) {
    let errors = 0;
    const stride = 7919 + ep * 2; // deterministic visiting order (coprime with most n)
    for (let k = 0, idx = ep % n; k < n; k++, idx = (idx + stride) % n) {
      const e = ex[idx];
      let s = 0;
      for (const f of e.feats) s += w.get(f) ?? 0;
      if ((s > 0 ? 1 : -1) !== e.y) {
        errors++;
        for (const f of e.feats) {
          w.set(f, (w.get(f) ?? 0) + e.y);
          acc.set(f, (acc.get(f) ?? 0) + c * e.y);
        }
      }
      c++;
    }
    console.log(`${label} epoch ${ep + 1}: ${errors} errors / ${n}`);
  }
  const avg = new Map<string, number>();
  for (const [f, v] of w) {
    const a = v - (acc.get(f) ?? 0) / c;
    if (Math.abs(a) >= MIN_ABS) avg.set(f, Math.round(a * 1000) / 1000);
  }
  return avg;
}

function toRecord(w: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) out[f] = w.get(f)!;
  return out;
}

function trainCue(docs: GoldDoc[], vocab: Set<string>, label: string): Map<string, number> {
  return perceptron(pruneRare(cueExamples(docs, vocab)), EPOCHS, label);
}

function main(): void {
  const dir = process.argv[2] ?? '../shared/data/attribution/polnear/train';
  if (!existsSync(join(dir, 'attributions'))) {
    console.error(`no PolNeAR data at ${dir}`);
    process.exit(2);
  }
  const docs = loadCorpus(dir);
  const vocab = candidateVocab(docs);
  const weights = trainCue(docs, vocab, 'cue');
  const data: CueModelData = { threshold: THRESHOLD, vocab: [...vocab].sort(), weights: toRecord(weights) };
  writeFileSync('models/claims-cues.json', JSON.stringify(data) + '\n');
  console.log(`wrote models/claims-cues.json: ${vocab.size} candidate words, ${weights.size} features`);
}

main();
