/**
 * Word clusters for the entity tagger, learnt from unlabelled English news
 * text available locally: the words of CoNLL++ train, the PolNeAR train
 * articles and the English article bodies of article-extraction/dev. Each
 * word seen often enough is described by the words to its left and right
 * (positive PMI over the most frequent context words) and spherical k-means
 * groups words with similar contexts, at two granularities ("Pfizer" near
 * "Moderna", "Alchemy" near other company names). Deterministic.
 * Writes models/ner-clusters.json; the text itself is not shipped.
 *
 *   npm run train:ner-clusters [-- --min 4 --fine 600 --coarse 80 --contexts 1500 --window 2]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseConll } from '../tools/ner/conll';
import { tokenize } from '../utils/nlp/tokenize';
import { identifyLanguage } from '../utils/nlp/language/identify';
import { normalizeWord } from '../utils/nlp/ner/features';
import { seededRandom } from '../tools/random';
import type { NerClusters } from '../utils/nlp/ner/clusters';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(root, '../shared/data');
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const MIN_COUNT = Number(args.get('min') ?? 4);
const FINE = Number(args.get('fine') ?? 600);
const COARSE = Number(args.get('coarse') ?? 80);
const CONTEXTS = Number(args.get('contexts') ?? 1500);
const ITERATIONS = 20;
const outPath = args.get('out') ?? resolve(root, 'models/ner-clusters.json');

/** Sentences (token lists) of every unlabelled source. */
function corpus(): string[][] {
  const out: string[][] = [];
  for (const s of parseConll(readFileSync(resolve(data, 'ner/conllpp_train.txt'), 'utf8'))) out.push(s.tokens);
  const texts: string[] = [];
  const polnear = resolve(data, 'attribution/polnear/train/text');
  for (const f of readdirSync(polnear).sort()) texts.push(readFileSync(resolve(polnear, f), 'utf8'));
  const truth = JSON.parse(readFileSync(resolve(data, 'article-extraction/dev/ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >;
  for (const key of Object.keys(truth).sort()) {
    const body = truth[key].articleBody ?? '';
    if (body && identifyLanguage(body).lang === 'en') texts.push(body);
  }
  for (const t of texts) {
    const tok = tokenize(t);
    let line: string[] = [];
    tok.words.forEach((w, i) => {
      if (tok.lineStart[i] && line.length) {
        out.push(line);
        line = [];
      }
      line.push(w);
    });
    if (line.length) out.push(line);
  }
  return out.map((s) => s.map(normalizeWord));
}

const sentences = corpus();
const counts = new Map<string, number>();
for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
const lowerCounts = new Map<string, number>();
for (const [w, c] of counts) lowerCounts.set(w.toLowerCase(), (lowerCounts.get(w.toLowerCase()) ?? 0) + c);
// Context words: the most frequent lower-cased words (ties by spelling, for determinism).
const contextList = [...lowerCounts]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, CONTEXTS)
  .map(([w]) => w);
const contextId = new Map(contextList.map((w, i) => [w, i]));
const vocab = [...counts]
  .filter(([w, c]) => c >= MIN_COUNT && /\p{L}/u.test(w))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);
const vocabId = new Map(vocab.map((w, i) => [w, i]));
const total = sentences.reduce((n, s) => n + s.length, 0);
console.log(
  `${sentences.length} sentences, ${total} tokens, ${counts.size} types, ${vocab.length} clustered, ${contextList.length} contexts`,
);

// Co-occurrence counts: for each offset o in ±1..±WINDOW a block of dimensions, one per
// context word, plus one for "the sentence edge" at that offset.
const WINDOW = Number(args.get('window') ?? 2);
const OFFSETS = [...Array(WINDOW).keys()].flatMap((k) => [-(k + 1), k + 1]);
const DIMS = OFFSETS.length * (CONTEXTS + 1);
const rows: Map<number, number>[] = vocab.map(() => new Map());
const dimTotals = new Float64Array(DIMS);
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const v = vocabId.get(s[i]);
    if (v === undefined) continue;
    OFFSETS.forEach((o, b) => {
      const j = i + o;
      const c = j < 0 || j >= s.length ? CONTEXTS : contextId.get(s[j].toLowerCase());
      if (c === undefined || (c === CONTEXTS && j !== -1 && j !== s.length)) return;
      const d = b * (CONTEXTS + 1) + c;
      rows[v].set(d, (rows[v].get(d) ?? 0) + 1);
      dimTotals[d]++;
    });
  }
}
// Positive PMI, L2-normalised sparse vectors.
const grand = dimTotals.reduce((a, b) => a + b, 0);
const vectors = rows.map((row) => {
  let n = 0;
  for (const c of row.values()) n += c;
  const idx: number[] = [];
  const val: number[] = [];
  for (const [d, c] of [...row].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log((c * grand) / (n * dimTotals[d]));
    if (pmi > 0) {
      idx.push(d);
      val.push(pmi);
    }
  }
  const norm = Math.hypot(...val) || 1;
  return { idx: Int32Array.from(idx), val: Float64Array.from(val, (x) => x / norm) };
});

/** Spherical k-means (cosine), k-means++-style seeding from a seeded generator. */
function kmeans(k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const centroids: Float64Array[] = [];
  const assign = new Int32Array(vectors.length);
  // Seed: the first centroid at random among frequent words, then farthest-biased sampling.
  const best = new Float64Array(vectors.length).fill(-1);
  let pick = Math.floor(random() * Math.min(vectors.length, 1000));
  for (let c = 0; c < k; c++) {
    const cent = new Float64Array(DIMS);
    const v = vectors[pick];
    for (let j = 0; j < v.idx.length; j++) cent[v.idx[j]] = v.val[j];
    centroids.push(cent);
    let sum = 0;
    const weight = new Float64Array(vectors.length);
    vectors.forEach((x, i) => {
      let dot = 0;
      for (let j = 0; j < x.idx.length; j++) dot += cent[x.idx[j]] * x.val[j];
      if (dot > best[i]) best[i] = dot;
      weight[i] = (1 - best[i]) ** 2;
      sum += weight[i];
    });
    let r = random() * sum;
    pick = 0;
    while (pick < vectors.length - 1 && (r -= weight[pick]) > 0) pick++;
  }
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    vectors.forEach((x, i) => {
      let bestC = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        const cent = centroids[c];
        let dot = 0;
        for (let j = 0; j < x.idx.length; j++) dot += cent[x.idx[j]] * x.val[j];
        if (dot > bestDot) {
          bestDot = dot;
          bestC = c;
        }
      }
      if (assign[i] !== bestC) moved++;
      assign[i] = bestC;
    });
    for (const cent of centroids) cent.fill(0);
    vectors.forEach((x, i) => {
      const cent = centroids[assign[i]];
      for (let j = 0; j < x.idx.length; j++) cent[x.idx[j]] += x.val[j];
    });
    for (const cent of centroids) {
      let n = 0;
      for (let d = 0; d < DIMS; d++) n += cent[d] * cent[d];
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < DIMS; d++) cent[d] /= n;
    }
    console.log(`k=${k} iteration ${it + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return assign;
}

const fine = kmeans(FINE, 11);
const coarse = kmeans(COARSE, 23);
const model: NerClusters = { fine: FINE, coarse: COARSE, words: vocab.map((w, i) => `${w} ${fine[i]} ${coarse[i]}`).join('\n') };
const json = JSON.stringify(model);
writeFileSync(outPath, json);
console.log(`wrote ${outPath}: ${vocab.length} words, ${(json.length / 1024).toFixed(0)} KiB`);
for (const probe of ['Pfizer', 'Reuters', 'Obama', 'London', 'Monday', 'Senate', 'said', 'Microsoft', 'Trump']) {
  const i = vocabId.get(probe);
  if (i === undefined) continue;
  const same = vocab.filter((_, j) => fine[j] === fine[i]).slice(0, 12);
  console.log(`${probe}: ${same.join(' ')}`);
}
