/**
 * Article-extraction evaluation: Readability.js and Newsmark side by side on
 * a benchmark folder in the article-extraction-benchmark format
 * (`DIR/ground-truth.json` = {id: {articleBody, url}}, `DIR/html/ID.html.gz`).
 *
 * Metric (the benchmark's): tokens by /\w+/u, word 4-gram shingles with
 * counts; per page tp/fp/fn are shared/extra/missed counts divided by their
 * sum; precision and recall are means over pages with a predicted or a true
 * shingle; F1 = 2PR/(P+R).
 *
 * Usage: tsx scripts/eval-article.ts DIR [--only ID] [--worst N] [--no-readability]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticleFromHtml } from '../utils/article/node';
import { scorePage, summarise, type PageScore } from '../tools/article/metric';

interface Truth {
  articleBody: string;
  url: string;
}

function f1Of(s: PageScore | null): number {
  if (!s) return 1;
  const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

function runReadability(html: string, url: string): string {
  const vc = new VirtualConsole();
  const dom = new JSDOM(html, { url, virtualConsole: vc });
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  return parsed?.textContent ?? '';
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(join(dir, 'ground-truth.json'))) {
    console.error('usage: eval-article DIR  (DIR/ground-truth.json and DIR/html/ID.html.gz)');
    process.exit(2);
  }
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const only = opt('--only');
  const worstN = Number(opt('--worst') ?? 10);
  const withReadability = !args.includes('--no-readability');
  const verbose = args.includes('--verbose');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const files = new Set(readdirSync(join(dir, 'html')));
  const ids = Object.keys(truth).filter((id) => files.has(`${id}.html.gz`) && (!only || id.startsWith(only)));

  const rScores: (PageScore | null)[] = [];
  const nScores: (PageScore | null)[] = [];
  const nFullScores: (PageScore | null)[] = [];
  const rTimes: number[] = [];
  const nTimes: number[] = [];
  const rows: { id: string; url: string; r: number; n: number }[] = [];
  const notArticle: string[] = [];
  for (const id of ids) {
    const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const { articleBody, url } = truth[id];
    let rf = NaN;
    if (withReadability) {
      const t0 = performance.now();
      const rText = runReadability(html, url);
      rTimes.push(performance.now() - t0);
      const rs = scorePage(rText, articleBody);
      rScores.push(rs);
      rf = f1Of(rs);
    }
    const t1 = performance.now();
    const art = extractArticleFromHtml(html, url);
    nTimes.push(performance.now() - t1);
    // the benchmark's articleBody has no headline: score the body after it
    const nText = art.meta.text.slice(art.bodyStart);
    if (!art.meta.isArticle) notArticle.push(id);
    const ns = scorePage(nText, articleBody);
    nScores.push(ns);
    nFullScores.push(scorePage(art.meta.text, articleBody));
    rows.push({ id, url, r: rf, n: f1Of(ns) });
    if (verbose || only) {
      console.log(`--- ${id} ${url}\nNEWSMARK (isArticle=${art.meta.isArticle}, title=${JSON.stringify(art.meta.title)}):\n${nText}\n`);
    }
  }

  const fmt = (x: number): string => x.toFixed(3);
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  console.log(`\nArticle extraction on ${dir} (${ids.length} pages)\n`);
  console.log('| system | F1 | precision | recall | median time | p90 time |');
  console.log('|---|---|---|---|---|---|');
  if (withReadability) {
    const r = summarise(rScores);
    console.log(
      `| Readability.js (jsdom, textContent) | ${fmt(r.f1)} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${ms(quantile(rTimes, 0.5))} | ${ms(quantile(rTimes, 0.9))} |`,
    );
  }
  const n = summarise(nScores);
  console.log(
    `| Newsmark (linkedom), article body | ${fmt(n.f1)} | ${fmt(n.precision)} | ${fmt(n.recall)} | ${ms(quantile(nTimes, 0.5))} | ${ms(quantile(nTimes, 0.9))} |`,
  );
  const nf = summarise(nFullScores);
  console.log(
    `| Newsmark, whole meta.text (with headline, standfirst) | ${fmt(nf.f1)} | ${fmt(nf.precision)} | ${fmt(nf.recall)} | same run | |`,
  );
  console.log('\n(times: Readability includes jsdom parsing; Newsmark includes linkedom parsing)');
  console.log(
    "(Newsmark is scored on its article body: meta.text from bodyStart, i.e. without the headline and standfirst, which the benchmark's articleBody leaves out)",
  );
  console.log(
    `Newsmark gated ${notArticle.length} page(s) as not an article${notArticle.length ? ': ' + notArticle.map((x) => x.slice(0, 12)).join(', ') : ''}`,
  );

  const losers = rows
    .filter((x) => (withReadability ? x.n < x.r : x.n < 1))
    .sort((a, b) => (withReadability ? a.n - a.r - (b.n - b.r) : a.n - b.n))
    .slice(0, worstN);
  if (losers.length) {
    console.log(`\nPages where Newsmark loses most${withReadability ? ' to Readability' : ''} (per-page F1):`);
    for (const x of losers) {
      console.log(`  ${x.id.slice(0, 12)}  newsmark ${fmt(x.n)}  readability ${Number.isNaN(x.r) ? '-' : fmt(x.r)}  ${x.url}`);
    }
  }
}

main();
