/**
 * Trains the article block classifier (`utils/article/block-model.ts`) on the
 * snippet dev pages and checks it by cross-validation grouped by site.
 *
 * Every block the rules keep inside the article container is a candidate.
 * Its label comes from the page's snippets: a block whose text holds a
 * `with` snippet (or lies inside one) is article; one that holds only
 * `without` snippets is boilerplate; the rest are not used. The model is an
 * L2-regularised logistic regression over `blockFeatures`; class and id
 * words enter only when they occur on at least MIN_SITES sites of the
 * training part, so no site's own markup is learned.
 *
 * Cross-validation: the pages are split into FOLDS parts by site (host), a
 * model is trained on the others and the held-out pages are extracted with
 * it and scored as `eval:article:snippets` scores them (P, R, F, accuracy),
 * at several thresholds; the pooled figures are printed. Then a model is
 * trained on all pages, with the threshold CV liked best, and written to
 * models/article-blocks.json.
 *
 * Usage: tsx scripts/train-article-blocks.ts DIR [--no-write] [--folds N]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { decodeHtml } from '../cli/decode';
import { parseDocument } from '../utils/article/node';
import { extractArticle } from '../utils/article/index';
import { blockFeatures } from '../utils/article/block-features';
import { isJudged, type BlockModel } from '../utils/article/block-model';
import { readAs } from '../utils/article/text-map';

interface Entry {
  file: string;
  with: string[];
  without: string[];
}

interface Page {
  key: string;
  host: string;
  entry: Entry;
  html: string;
}

interface Example {
  host: string;
  features: Map<string, number>;
  /** 1: boilerplate, 0: article. */
  y: number;
  weight: number;
}

const FOLDS_DEFAULT = 5;
/** A class word is a feature only when blocks of this many training sites carry it. */
const MIN_SITES = 3;
const L2 = 1e-3;
const EPOCHS = 60;

const THRESHOLDS = [-1, -0.5, 0, 0.5, 1, 1.5, 2, 3];
/** A block's text shorter than this is not matched inside a longer snippet (too easy to find by chance). */
const MIN_INSIDE = 20;

/** The site of a benchmark key: the host of its URL (the archived one for web.archive.org), or the name's domain prefix. */
export function siteOf(key: string): string {
  const archived = /web\.archive\.org\/web\/\d+[a-z_]*\/(https?:\/\/[^/]+)/.exec(key);
  const url = archived ? archived[1] : key.replace(/^[a-z]+::/, '');
  if (/^https?:\/\//.test(url)) {
    try {
      return new URL(url).hostname.replace(/^www\d?\./, '');
    } catch {
      return url;
    }
  }
  const m = /^((?:[\w-]+\.)+?[a-z]{2,4})(?=[.-])/.exec(url);
  return (m ? m[1] : url).replace(/^www\d?\./, '');
}

function loadPages(dir: string): Page[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, Entry>;
  const pages: Page[] = [];
  for (const key of Object.keys(data)) {
    const file = join(dir, 'html', `${data[key].file}.gz`);
    if (!existsSync(file)) continue;
    pages.push({ key, host: siteOf(key), entry: data[key], html: decodeHtml(gunzipSync(readFileSync(file))) });
  }
  return pages;
}

/** The block's label, weighted by the number of snippets it decides (each counts once in the evaluation). */
function labelOf(text: string, e: Entry): { y: number; weight: number } | null {
  const t = readAs(text);
  if (!t) return null;
  const holds = (s: string): boolean => {
    const n = readAs(s);
    return n.length > 0 && (t.includes(n) || (t.length >= MIN_INSIDE && n.includes(t)));
  };
  const withs = e.with.filter(holds).length;
  if (withs > 0) return { y: 0, weight: withs };
  const withouts = e.without.filter(holds).length;
  if (withouts > 0) return { y: 1, weight: withouts };
  return null;
}

/** The labelled blocks of one page, as the rules-only extraction keeps them. */
function examplesOf(page: Page): Example[] {
  const doc = parseDocument(page.html);
  const blocks: { features: Map<string, number>; start: number; end: number }[] = [];
  const { meta } = extractArticle(doc, {
    judge: (ctx) => ({
      drop: () => false,
      kept: (el, s, start, end) => {
        if (!s || !isJudged(s, ctx)) return;
        const features = new Map<string, number>();
        blockFeatures(el, s, ctx, (n, v) => features.set(n, v));
        blocks.push({ features, start, end });
      },
    }),
  });
  const out: Example[] = [];
  for (const b of blocks) {
    const label = labelOf(meta.text.slice(b.start, b.end), page.entry);
    if (label) out.push({ host: page.host, features: b.features, ...label });
  }
  return out;
}

/** Seeded shuffle (mulberry32), so training is deterministic. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let t = seed >>> 0;
  const rand = (): number => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Class, id and text words: features only when seen on MIN_SITES training sites. */
function learnedWord(name: string): boolean {
  return name.startsWith('c:') || name.startsWith('a:') || name.startsWith('w:');
}

/** Logistic regression by SGD with L2; class words kept only when seen on MIN_SITES sites. */
function train(examples: Example[]): Record<string, number> {
  const sites = new Map<string, Set<string>>();
  for (const ex of examples) {
    for (const name of ex.features.keys()) {
      if (!learnedWord(name)) continue;
      let s = sites.get(name);
      if (!s) sites.set(name, (s = new Set()));
      s.add(ex.host);
    }
  }
  const usable = (name: string): boolean => !learnedWord(name) || (sites.get(name)?.size ?? 0) >= MIN_SITES;
  const data = examples.map((ex) => ({ y: ex.y, weight: ex.weight, f: [...ex.features].filter(([n]) => usable(n)) }));
  const w = new Map<string, number>();
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const d of shuffled(data, 1 + epoch)) {
      const lr = 0.1 / (1 + step++ * 1e-4);
      let z = 0;
      for (const [n, v] of d.f) z += (w.get(n) ?? 0) * v;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - d.y) * d.weight;
      for (const [n, v] of d.f) {
        const wi = w.get(n) ?? 0;
        w.set(n, wi - lr * (g * v + L2 * wi));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [n, v] of [...w].sort((a, b) => a[0].localeCompare(b[0]))) {
    const r = Math.round(v * 1000) / 1000;
    if (Math.abs(r) >= 0.01) out[n] = r;
  }
  return out;
}

interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

function score(c: Counts, text: string, e: Entry): void {
  const t = readAs(text);
  for (const s of e.with) {
    if (t.includes(readAs(s))) c.tp++;
    else c.fn++;
  }
  for (const s of e.without) {
    if (t.includes(readAs(s))) c.fp++;
    else c.tn++;
  }
}

function figures(c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const acc = (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F ${f.toFixed(3)}  acc ${acc.toFixed(3)}  (${c.tp}/${c.fn}/${c.fp}/${c.tn})`;
}

function fOf(c: Counts): number {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (!dir || !existsSync(join(dir, 'evaldata.json'))) {
    console.error('usage: train-article-blocks DIR  (DIR/evaldata.json and DIR/html/FILE.gz)');
    process.exit(2);
  }
  const foldsArg = args.indexOf('--folds');
  const folds = foldsArg >= 0 ? Number(args[foldsArg + 1]) : FOLDS_DEFAULT;
  const pages = loadPages(dir);
  const examples: Example[][] = pages.map(examplesOf);
  const all = examples.flat();
  console.log(
    `${pages.length} pages, ${new Set(pages.map((p) => p.host)).size} sites, ${all.length} labelled blocks (${all.filter((e) => e.y === 1).length} boilerplate)`,
  );

  // folds by site: sites sorted by name, dealt round-robin after a seeded shuffle
  const siteList = shuffled([...new Set(pages.map((p) => p.host))].sort(), 7);
  const foldOf = new Map(siteList.map((s, i) => [s, i % folds]));
  const none: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const byT = THRESHOLDS.map(() => ({ tp: 0, fn: 0, fp: 0, tn: 0 }) as Counts);
  const perFold: string[] = [];
  for (let k = 0; k < folds; k++) {
    const trainSet = all.filter((e) => foldOf.get(e.host) !== k);
    const weights = train(trainSet);
    const foldCounts = THRESHOLDS.map(() => ({ tp: 0, fn: 0, fp: 0, tn: 0 }) as Counts);
    const foldNone: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
    for (const page of pages) {
      if (foldOf.get(page.host) !== k) continue;
      const doc = parseDocument(page.html);
      const rulesText = extractArticle(doc, { blockModel: null }).meta.text;
      score(none, rulesText, page.entry);
      score(foldNone, rulesText, page.entry);
      THRESHOLDS.forEach((threshold, i) => {
        const text = extractArticle(doc, { blockModel: { weights, threshold } }).meta.text;
        score(byT[i], text, page.entry);
        score(foldCounts[i], text, page.entry);
      });
    }
    perFold.push(
      `fold ${k}: rules only F ${fOf(foldNone).toFixed(3)}; with model ` +
        foldCounts.map((c, i) => `t=${THRESHOLDS[i]} F ${fOf(c).toFixed(3)}`).join(', '),
    );
  }
  console.log(perFold.join('\n'));
  console.log(`\nCross-validation by site (${folds} folds), held-out pages pooled:`);
  console.log(`  rules only:      ${figures(none)}`);
  let bestI = 0;
  THRESHOLDS.forEach((t, i) => {
    console.log(`  model, t = ${t.toFixed(1)}: ${figures(byT[i])}`);
    if (fOf(byT[i]) > fOf(byT[bestI]) + 1e-9) bestI = i;
  });
  const threshold = THRESHOLDS[bestI];
  console.log(`threshold chosen by CV: ${threshold}`);
  if (args.includes('--no-write')) return;
  const model: BlockModel = { threshold, weights: train(all) };
  writeFileSync('models/article-blocks.json', JSON.stringify(model, null, 0) + '\n');
  console.log(`wrote models/article-blocks.json (${Object.keys(model.weights).length} weights)`);
}

main();
