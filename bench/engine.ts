/**
 * Engine speed in Node (warm): tokens/s of Newsmark's entity recognition and
 * of its whole annotate pipeline, beside compromise (people, places,
 * organisations) and wink-nlp (its own pipeline: tokens, entities, sentences)
 * on the same texts in the same process; model load time; memory.
 *
 * Newsmark keeps what it learns of each word across texts (utils/nlp/ner/word-memo.ts);
 * each timed pass starts with those memos emptied, so a pass measures a
 * worker that has read nothing before it, as the first pages after a start.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median } from '../tools/stats';

export interface EngineRow {
  corpus: string;
  tokens: number;
  chars: number;
  /** tokens/s per system (warm median of `runs`). */
  tokensPerSecond: Record<string, number>;
  /** ms per pass per system. */
  ms: Record<string, number>;
}

export interface EngineResult {
  skipped?: string;
  /**
   * Import + first call, in this process (TypeScript and JSON compiled by tsx on the way):
   * `newsmarkEntities` the entity recogniser alone, `newsmark` the whole engine.
   */
  modelLoadMs: { newsmark: number; newsmarkEntities: number; compromise: number; wink: number };
  /**
   * The shipped analysis worker (the built extension's script): compile, run and answer a first
   * text, median of fresh processes; null when the extension is not built.
   */
  shippedWorkerLoadMs: { script: number; first: number; total: number; file: string } | null;
  rssMb: { before: number; afterLoad: number; peakDuringRuns: number };
  heapUsedMb: { afterLoad: number };
  rows: EngineRow[];
}

const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;

/**
 * CoNLL documents as eval-ner builds its text (tokens joined by spaces,
 * sentences by newlines), one text per -DOCSTART- document: every system gets
 * one news story at a time, as in the extension.
 */
export function conllDocs(file: string): { texts: string[]; tokens: number } {
  const docs: string[][] = [[]];
  let tokens = 0;
  let sentence: string[] = [];
  const flush = () => {
    if (sentence.length) {
      docs[docs.length - 1].push(sentence.join(' '));
      tokens += sentence.length;
    }
    sentence = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (docs[docs.length - 1].length) docs.push([]);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    sentence.push(line.split(' ')[0]);
  }
  flush();
  return { texts: docs.filter((d) => d.length).map((d) => d.join('\n')), tokens };
}

/** Word and punctuation tokens, counted the same way for every system. */
export function countTokens(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * Warm-up before timing, the same for every system: V8 keeps compiling the
 * hot paths for the first few passes (a fresh process runs Newsmark's first
 * five passes over CoNLL++ dev at about 90, 185, 210, 250 and 265 thousand
 * tokens/s, then level), so one pass is not "warm". At least one pass, then
 * more until `WARM_UP_MS` of them have run or `WARM_UP_PASSES` are done.
 */
const WARM_UP_MS = 1500;
const WARM_UP_PASSES = 8;

function warmUp(fn: () => void): void {
  const start = performance.now();
  for (let i = 0; i < WARM_UP_PASSES; i++) {
    fn();
    if (performance.now() - start > WARM_UP_MS) break;
  }
}

/**
 * Warm median ms of each system's pass over `runs` rounds. The rounds
 * interleave the systems (one pass of each in turn), so all of them sample
 * the same stretch of machine time: on this shared machine, speed drifts by
 * a quarter either way over a second or two, and back-to-back runs of one
 * system would measure one such stretch. A system stops being timed once
 * its passes have taken `capMs` and it has two samples.
 */
function timeInterleaved(fns: Record<string, () => void>, runs: number, capMs: number, onSample: () => void): Record<string, number> {
  const names = Object.keys(fns);
  for (const name of names) warmUp(fns[name]);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const spent: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  for (let round = 0; round < runs; round++) {
    for (const name of names) {
      if (spent[name] > capMs && samples[name].length >= 2) continue;
      const t = performance.now();
      fns[name]();
      const ms = performance.now() - t;
      samples[name].push(ms);
      spent[name] += ms;
      onSample();
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

export async function benchEngine(dataDir: string, opts: { runs?: number; capMs?: number } = {}): Promise<EngineResult> {
  const { runs = 5, capMs = 20_000 } = opts;
  const rssBefore = process.memoryUsage().rss;

  // Model load: import + first call (the tagger's weights are decoded lazily on first use).
  const warmUp = 'Warm-up: Anna Berg said on Monday that Oslo will pay 3 million kroner.';
  let t = performance.now();
  const { findEntities } = await import('../utils/nlp/entities');
  const { clearWordMemos } = await import('../utils/nlp/ner/word-memo');
  findEntities(warmUp);
  const entitiesLoad = performance.now() - t;
  const { annotate } = await import('../utils/nlp/annotate');
  annotate(warmUp);
  const newsmarkLoad = performance.now() - t;
  const shippedWorkerLoadMs = shippedWorkerLoad(runs);

  t = performance.now();
  const nlp = (await import('compromise')).default;
  nlp('Anna Berg went to Oslo.').people().json();
  const compromiseLoad = performance.now() - t;

  t = performance.now();
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const wink = winkNLP(model);
  const its = wink.its;
  wink.readDoc('Anna Berg went to Oslo.').entities().out(its.detail);
  const winkLoad = performance.now() - t;

  const rssAfterLoad = process.memoryUsage().rss;
  const heapAfterLoad = process.memoryUsage().heapUsed;
  let peak = rssAfterLoad;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };

  const corpora: { corpus: string; texts: string[]; tokens: number }[] = [];
  const conll = join(dataDir, 'ner', 'conllpp_dev.txt');
  if (existsSync(conll)) {
    const { texts, tokens } = conllDocs(conll);
    corpora.push({ corpus: `CoNLL++ dev (${texts.length} docs)`, texts, tokens });
  } else console.log(`bench: ${conll} absent, skipping the CoNLL++ engine figures`);
  const polDir = join(dataDir, 'attribution', 'polnear', 'dev', 'text');
  if (existsSync(polDir)) {
    const texts = readdirSync(polDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(polDir, f), 'utf8'));
    corpora.push({ corpus: `PolNeAR dev (${texts.length} texts)`, texts, tokens: texts.reduce((s, x) => s + countTokens(x), 0) });
  } else console.log(`bench: ${polDir} absent, skipping the PolNeAR engine figures`);

  const systems: Record<string, (text: string) => unknown> = {
    'newsmark entities': (x) => findEntities(x),
    'newsmark annotate': (x) => annotate(x),
    'compromise people/places/orgs': (x) => {
      const d = nlp(x);
      return [d.people().json({ offset: true }), d.places().json({ offset: true }), d.organizations().json({ offset: true })];
    },
    'wink-nlp': (x) => {
      const d = wink.readDoc(x);
      return [d.entities().out(its.detail), d.sentences().length(), d.tokens().length()];
    },
  };

  const rows: EngineRow[] = [];
  for (const c of corpora) {
    const row: EngineRow = {
      corpus: c.corpus,
      tokens: c.tokens,
      chars: c.texts.reduce((s, x) => s + x.length, 0),
      tokensPerSecond: {},
      ms: {},
    };
    const passes = Object.fromEntries(
      Object.entries(systems).map(([name, fn]) => [
        name,
        () => {
          clearWordMemos();
          c.texts.forEach((x) => fn(x));
        },
      ]),
    );
    for (const [name, ms] of Object.entries(timeInterleaved(passes, runs, capMs, sample))) {
      row.ms[name] = Math.round(ms * 10) / 10;
      row.tokensPerSecond[name] = Math.round(c.tokens / (ms / 1000));
    }
    rows.push(row);
  }
  return {
    ...(corpora.length ? {} : { skipped: `no engine corpora under ${dataDir}` }),
    modelLoadMs: {
      newsmark: Math.round(newsmarkLoad),
      newsmarkEntities: Math.round(entitiesLoad),
      compromise: Math.round(compromiseLoad),
      wink: Math.round(winkLoad),
    },
    shippedWorkerLoadMs,
    rssMb: { before: mb(rssBefore), afterLoad: mb(rssAfterLoad), peakDuringRuns: mb(peak) },
    heapUsedMb: { afterLoad: mb(heapAfterLoad) },
    rows,
  };
}

/** Median load of the built analysis worker over `samples` fresh processes (bench/worker-load.mjs), or null when not built. */
function shippedWorkerLoad(samples: number): EngineResult['shippedWorkerLoadMs'] {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const file = ['chrome-mv3', 'firefox-mv2'].map((d) => join(root, '.output', d, 'analysis-worker.js')).find((f) => existsSync(f));
  if (!file) {
    console.log('bench: no built analysis worker under .output (npm run build:all): skipping the shipped load figure');
    return null;
  }
  const rows: { scriptMs: number; firstMs: number; totalMs: number }[] = [];
  for (let i = 0; i < Math.max(3, samples); i++) {
    const r = spawnSync(process.execPath, [join(root, 'bench', 'worker-load.mjs'), file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench/worker-load.mjs failed: ${r.stderr}`);
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
  const med = (f: (x: (typeof rows)[number]) => number) => Math.round(median(rows.map(f)));
  return { script: med((x) => x.scriptMs), first: med((x) => x.firstMs), total: med((x) => x.totalMs), file: file.slice(root.length + 1) };
}
