/**
 * Snippet evaluation of article extraction, as trafilatura's benchmark
 * scores it: for each page, `with` snippets belong in the main text and
 * `without` snippets must not appear. After whitespace normalisation, a
 * `with` snippet found is a true positive (missing: false negative); a
 * `without` snippet found is a false positive (absent: true negative).
 * P, R, F and accuracy are over all snippets of all pages.
 *
 * Matching reads both sides as the reader reads them (`readAs`: whitespace
 * collapsed, invisible characters such as soft hyphens left out, ligatures
 * spelled out), the normalisation Newsmark's own text has; `--strict`
 * normalises whitespace only, as trafilatura's script does.
 *
 * Newsmark is read through the CLI's own path (`articleOf` in cli/main.ts,
 * the `article.text` that `newsmark extract` prints); Readability.js runs
 * in the same loop. Bytes are decoded as a browser would (cli/decode.ts).
 *
 * Usage: tsx scripts/eval-article-snippets.ts DIR [--leaks N] [--misses N] [--no-readability] [--strict]
 *   DIR/evaldata.json = {url: {file, with, without}}, DIR/html/FILE.gz
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { articleOf } from '../cli/main';
import { decodeHtml } from '../cli/decode';
import { readAs } from '../utils/article/text-map';

interface Entry {
  file: string;
  with: string[];
  without: string[];
}

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

/** Whitespace normalised as trafilatura's benchmark does (runs → one space, trimmed). */
export function normaliseSpace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

let normalise: (s: string) => string = readAs;

function addSnippets(c: Counts, text: string, e: Entry, leaks: string[] | null, misses: string[] | null): void {
  const t = normalise(text);
  for (const s of e.with) {
    if (t.includes(normalise(s))) c.tp++;
    else {
      c.fn++;
      misses?.push(s);
    }
  }
  for (const s of e.without) {
    if (t.includes(normalise(s))) {
      c.fp++;
      leaks?.push(s);
    } else c.tn++;
  }
}

function figures(c: Counts): { p: number; r: number; f: number; acc: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const acc = (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn);
  return { p, r, f, acc };
}

function runReadability(html: string, url: string): string {
  const vc = new VirtualConsole();
  const dom = new JSDOM(html, { url, virtualConsole: vc });
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  return parsed?.textContent ?? '';
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** A URL jsdom accepts for a benchmark key ("hard::site-name.html" is not one). */
function pageUrl(key: string): string {
  const bare = key.replace(/^[a-z]+::/, '');
  try {
    return new URL(/^https?:/.test(bare) ? bare : `https://${bare}`).href;
  } catch {
    return 'https://example.org/';
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (!dir || !existsSync(join(dir, 'evaldata.json'))) {
    console.error('usage: eval-article-snippets DIR  (DIR/evaldata.json and DIR/html/FILE.gz)');
    process.exit(2);
  }
  const num = (name: string, dflt: number): number => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const showLeaks = num('--leaks', 0);
  const showMisses = num('--misses', 0);
  const withReadability = !args.includes('--no-readability');
  if (args.includes('--strict')) normalise = normaliseSpace;
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, Entry>;
  const keys = Object.keys(data).filter((k) => existsSync(join(dir, 'html', `${data[k].file}.gz`)));

  const n: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const nBody: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const r: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const nTimes: number[] = [];
  const rTimes: number[] = [];
  const leaks: { key: string; s: string }[] = [];
  const misses: { key: string; s: string }[] = [];
  let notArticle = 0;
  for (const key of keys) {
    const e = data[key];
    const html = decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${e.file}.gz`))));
    const url = pageUrl(key);
    const t0 = performance.now();
    const article = articleOf({ html, url });
    nTimes.push(performance.now() - t0);
    if (!article.isArticle) notArticle++;
    const pageLeaks: string[] = [];
    const pageMisses: string[] = [];
    addSnippets(n, article.text, e, pageLeaks, pageMisses);
    addSnippets(nBody, article.text.slice(article.bodyStart), e, null, null);
    for (const s of pageLeaks) leaks.push({ key, s });
    for (const s of pageMisses) misses.push({ key, s });
    if (withReadability) {
      const t1 = performance.now();
      const rText = runReadability(html, url);
      rTimes.push(performance.now() - t1);
      addSnippets(r, rText, e, null, null);
    }
  }

  const fmt = (x: number): string => x.toFixed(3);
  const row = (name: string, c: Counts, times: number[] | null): string => {
    const f = figures(c);
    const t = times ? `${quantile(times, 0.5).toFixed(1)} / ${quantile(times, 0.9).toFixed(1)} ms` : 'same run';
    return `| ${name} | ${fmt(f.p)} | ${fmt(f.r)} | **${fmt(f.f)}** | ${fmt(f.acc)} | ${c.tp} / ${c.fn} / ${c.fp} / ${c.tn} | ${t} |`;
  };
  console.log(
    `\nSnippet evaluation on ${dir} (${keys.length} pages; matching ${normalise === readAs ? 'the text as read (readAs)' : 'whitespace-normalised only (--strict)'})\n`,
  );
  console.log('| system | precision | recall | F | accuracy | TP / FN / FP / TN | median / p90 time |');
  console.log('|---|---|---|---|---|---|---|');
  if (withReadability) console.log(row('Readability.js (jsdom, textContent)', r, rTimes));
  console.log(row('Newsmark, CLI article.text', n, nTimes));
  console.log(row('Newsmark, article.text from bodyStart', nBody, null));
  console.log('\n(times: Readability includes jsdom parsing; Newsmark includes linkedom parsing)');
  console.log(`Newsmark gated ${notArticle} page(s) as not an article`);
  const clip = (s: string): string => (s.length > 110 ? `${s.slice(0, 107)}…` : s);
  if (showLeaks) {
    console.log(`\nLeaked "without" snippets (${leaks.length}), first ${showLeaks}:`);
    for (const x of leaks.slice(0, showLeaks)) console.log(`  ${x.key.slice(0, 50)}  ${JSON.stringify(clip(x.s))}`);
  }
  if (showMisses) {
    console.log(`\nMissed "with" snippets (${misses.length}), first ${showMisses}:`);
    for (const x of misses.slice(0, showMisses)) console.log(`  ${x.key.slice(0, 50)}  ${JSON.stringify(clip(x.s))}`);
  }
}

main();
