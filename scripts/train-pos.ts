/**
 * Train the tiny part-of-speech tagger (utils/nlp/pos/tagger.ts) on the POS
 * column of CoNLL++ (`TOKEN POS CHUNK NER` lines, blank line between sentences):
 *   tsx scripts/train-pos.ts [FILE]   (default ../shared/data/ner/conllpp_train.txt)
 *
 * Greedy averaged perceptron over a coarse tag set; every 10th sentence is
 * held out to report accuracy. Clitics the extension's tokenizer keeps on
 * their word ('s, n't, 're …) are merged into it, tagged as the word.
 * Writes models/pos-model.json (weights only, pruned, ×10 integers; no text
 * from the data). Deterministic: same data, same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { POS_TAGS, coarseTag, posFeatures, posWord, type PosModelData } from '../utils/nlp/pos/tagger';

const EPOCHS = 5;
const MIN_COUNT = 5;
/** Weights (×10, rounded) below this magnitude are dropped. */
const MIN_W = 15;

interface Sent {
  texts: string[];
  words: string[];
  tags: number[];
}

const CLITIC = /^(?:'s|'|n't|'re|'ve|'ll|'d|'m)$/i;

/** Sentences of a CoNLL file, clitics merged, tags coarse. */
export function readConll(path: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent = { texts: [], words: [], tags: [] };
  const flush = () => {
    if (cur.texts.length) out.push(cur);
    cur = { texts: [], words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(' ');
    if (parts.length < 2 || parts[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    const [tok, ptb] = parts;
    const k = cur.texts.length - 1;
    if (k >= 0 && CLITIC.test(tok) && /\w$/.test(cur.texts[k])) {
      cur.texts[k] += tok;
      cur.words[k] = posWord(cur.texts[k]);
      continue;
    }
    cur.texts.push(tok);
    cur.words.push(posWord(tok));
    cur.tags.push(POS_TAGS.indexOf(coarseTag(ptb)));
  }
  flush();
  return out;
}

/** Features seen at least MIN_COUNT times with gold history. */
function frequentFeatures(sents: Sent[]): Set<string> {
  const count = new Map<string, number>();
  const buf: string[] = [];
  for (const s of sents) {
    for (let i = 0; i < s.texts.length; i++) {
      const t1 = i > 0 ? POS_TAGS[s.tags[i - 1]] : '<s>';
      const t2 = i > 1 ? POS_TAGS[s.tags[i - 2]] : '<s>';
      for (const f of posFeatures(s.words, s.texts, 0, s.texts.length, i, t1, t2, buf)) count.set(f, (count.get(f) ?? 0) + 1);
    }
  }
  const keep = new Set<string>();
  for (const [f, c] of count) if (c >= MIN_COUNT) keep.add(f);
  return keep;
}

/** Train on `sents`; returns the serialized model and held-out accuracy on `held`. */
export function trainPos(sents: Sent[], held: Sent[]): { data: PosModelData; acc: number } {
  const n = POS_TAGS.length;
  const keep = frequentFeatures(sents);
  const w = new Map<string, Float64Array>();
  const acc = new Map<string, Float64Array>();
  const row = (m: Map<string, Float64Array>, f: string) => {
    let r = m.get(f);
    if (!r) m.set(f, (r = new Float64Array(n)));
    return r;
  };
  const buf: string[] = [];
  const scores = new Float64Array(n);
  const predict = (feats: string[], W: Map<string, Float64Array>) => {
    scores.fill(0);
    for (const f of feats) {
      const r = W.get(f);
      if (r) for (let k = 0; k < n; k++) scores[k] += r[k];
    }
    let best = 0;
    for (let k = 1; k < n; k++) if (scores[k] > scores[best]) best = k;
    return best;
  };
  let c = 1;
  for (let ep = 0; ep < EPOCHS; ep++) {
    let errors = 0;
    let total = 0;
    for (const s of sents) {
      let t1 = '<s>';
      let t2 = '<s>';
      for (let i = 0; i < s.texts.length; i++) {
        const feats = posFeatures(s.words, s.texts, 0, s.texts.length, i, t1, t2, buf).filter((f) => keep.has(f));
        const p = predict(feats, w);
        const y = s.tags[i];
        if (p !== y) {
          errors++;
          for (const f of feats) {
            const r = row(w, f);
            const a = row(acc, f);
            r[y] += 1;
            r[p] -= 1;
            a[y] += c;
            a[p] -= c;
          }
        }
        total++;
        c++;
        t2 = t1;
        t1 = POS_TAGS[p]; // train on the tagger's own history, as at run time
      }
    }
    console.log(`pos epoch ${ep + 1}: ${errors} errors / ${total}`);
  }
  const f: Record<string, string> = {};
  const avg = new Map<string, Float64Array>();
  for (const key of [...w.keys()].sort()) {
    const r = w.get(key)!;
    const a = acc.get(key)!;
    const parts: string[] = [];
    const ar = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const v = Math.round((r[k] - a[k] / c) * 10);
      if (Math.abs(v) >= MIN_W) {
        parts.push(`${k}:${v}`);
        ar[k] = v / 10;
      }
    }
    if (parts.length) {
      f[key] = parts.join(',');
      avg.set(key, ar);
    }
  }
  // held-out accuracy with the pruned, rounded weights
  let ok = 0;
  let tot = 0;
  for (const s of held) {
    let t1 = '<s>';
    let t2 = '<s>';
    for (let i = 0; i < s.texts.length; i++) {
      const p = predict(posFeatures(s.words, s.texts, 0, s.texts.length, i, t1, t2, buf), avg);
      if (p === s.tags[i]) ok++;
      tot++;
      t2 = t1;
      t1 = POS_TAGS[p];
    }
  }
  return { data: { tags: [...POS_TAGS], f }, acc: ok / Math.max(1, tot) };
}

function main(): void {
  const path = process.argv[2] ?? '../shared/data/ner/conllpp_train.txt';
  const t0 = Date.now();
  const all = readConll(path);
  const train = all.filter((_, i) => i % 10 !== 0);
  const held = all.filter((_, i) => i % 10 === 0);
  const { data, acc } = trainPos(train, held);
  const json = JSON.stringify(data);
  writeFileSync('models/pos-model.json', json + '\n');
  console.log(
    `wrote models/pos-model.json: ${Object.keys(data.f).length} features, ${(json.length / 1024).toFixed(0)} KB; ` +
      `held-out accuracy ${(acc * 100).toFixed(2)}% (${held.length} sentences); ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
