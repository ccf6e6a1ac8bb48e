/**
 * `npm run bench` (issue 8): one run, every figure beside its peer measured in
 * the same process, a table on stdout and JSON in bench/results.json, and each
 * budget of the issue checked (PASS/MISS with the figure).
 *
 * Data is read from ../shared/data (or NEWSMARK_DATA); a missing folder is
 * reported and skipped. The Chromium parts need /usr/bin/chromium (or
 * CHROMIUM_PATH) and the built extension (built here if .output is missing).
 *
 *   BENCH_QUICK=1   three news pages, one run each, short rewriting window (development)
 *   BENCH_BUILD=1   rebuild the extension first
 *   BENCH_EXTENSION_DIR=DIR   measure the Chromium build in DIR instead of .output/chrome-mv3
 *   BENCH_PARTS=engine,anchoring,browser,library,sync,stall   only those parts
 *   BENCH_NEWS=ars-1,cnn   only those news pages
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SHARED_DATA, startServer } from '../scripts/static-server.mjs';
import { CHROMIUM_PATH, ROOT } from '../scripts/lib/browsers';
import { benchEngine, type EngineResult } from './engine';
import { benchDetection, benchPages, type DetectRow, type PageCostResult } from './chromium';
import { geomean, median, quantile, round } from '../tools/stats';

const QUICK = process.env.BENCH_QUICK === '1';
/** BENCH_PARTS=engine,anchoring,browser,library,sync,stall runs only those parts (development). */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'engine,anchoring,browser,library,sync,stall').split(','));
const started = performance.now();
const log = (s: string) => console.log(s);
const elapsed = () => `${Math.round((performance.now() - started) / 1000)} s`;

interface Budget {
  name: string;
  figure: string;
  pass: boolean | null; // null: not measured
  note?: string;
}
const budgets: Budget[] = [];
const budget = (name: string, value: number | null | undefined, limit: number, unit: string, cmp: '<=' | '>=' = '<=', note?: string) => {
  if (value === null || value === undefined || Number.isNaN(value)) {
    budgets.push({ name, figure: 'not measured', pass: null, note });
    return;
  }
  budgets.push({ name, figure: `${value}${unit} (${cmp} ${limit}${unit})`, pass: cmp === '<=' ? value <= limit : value >= limit, note });
};

function table(headers: string[], rows: (string | number | null)[][], leftColumns = 1): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null ? '—' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const fmt = (n: number) => n.toLocaleString('en-US');

const results: Record<string, unknown> = { date: new Date().toISOString(), quick: QUICK, node: process.version, dataDir: SHARED_DATA };

// ---------- engine ----------
log(`Newsmark benchmark${QUICK ? ' (quick)' : ''} — data: ${SHARED_DATA}\n`);
if (PARTS.has('engine')) {
  log('== Engine (Node, warm) ==');
  const engine: EngineResult = await benchEngine(SHARED_DATA, { runs: QUICK ? 2 : 7, capMs: QUICK ? 5000 : 20_000 });
  results.engine = engine;
  if (engine.rows.length) {
    const systems = Object.keys(engine.rows[0].tokensPerSecond);
    log(
      table(
        ['corpus', 'tokens', ...systems.map((s) => `${s} tok/s`)],
        engine.rows.map((r) => [r.corpus, fmt(r.tokens), ...systems.map((s) => fmt(r.tokensPerSecond[s]))]),
      ),
    );
    for (const r of engine.rows) {
      const ent = r.tokensPerSecond['newsmark entities'];
      const full = r.tokensPerSecond['newsmark annotate'];
      const comp = r.tokensPerSecond['compromise people/places/orgs'];
      const wink = r.tokensPerSecond['wink-nlp'];
      log(
        `  ${r.corpus}: entities ${round(ent / comp)}× compromise, ${round(ent / wink, 2)}× wink-nlp; annotate ${round(full / comp)}× compromise`,
      );
      budget(`engine entities tokens/s, ${r.corpus}`, ent, 100_000, ' tok/s', '>=');
      budget(`engine full annotate tokens/s, ${r.corpus}`, full, 50_000, ' tok/s', '>=');
      budget(`engine entities vs compromise, ${r.corpus}`, round(ent / comp, 1), 7, '×', '>=');
      // Issue 18: today's names without losing speed, on CoNLL++ dev.
      if (r.corpus.startsWith('CoNLL++')) budget(`engine entities tokens/s (issue 18), ${r.corpus}`, ent, 250_000, ' tok/s', '>=');
    }
  }
  log(
    `  model load: newsmark ${engine.modelLoadMs.newsmark} ms (entities alone ${engine.modelLoadMs.newsmarkEntities} ms), compromise ${engine.modelLoadMs.compromise} ms, wink-nlp ${engine.modelLoadMs.wink} ms (import + first call, through tsx)`,
  );
  const shipped = engine.shippedWorkerLoadMs;
  if (shipped)
    log(
      `  shipped analysis worker (${shipped.file}): compiled and run in ${shipped.script} ms, first answer ${shipped.first} ms later: ${shipped.total} ms`,
    );
  budget('engine model load: entities, import + first call (issue 18)', engine.modelLoadMs.newsmarkEntities, 300, ' ms');
  budget('engine model load: the shipped analysis worker, start to first answer', shipped?.total, 300, ' ms');
  log(
    `  memory: RSS ${engine.rssMb.before} MB before, ${engine.rssMb.afterLoad} MB with all three loaded, ${engine.rssMb.peakDuringRuns} MB peak; heap ${engine.heapUsedMb.afterLoad} MB`,
  );
  log(`  (${elapsed()})\n`);
}

// ---------- anchoring (Node) ----------
const newsDir = join(SHARED_DATA, 'news-pages');
const newsPages = existsSync(newsDir)
  ? readdirSync(newsDir)
      .filter((n) => existsSync(join(newsDir, n, 'source.html')))
      .sort()
  : [];
if (!newsPages.length) log(`  ${newsDir} absent: skipping the news-page figures`);
if (PARTS.has('anchoring'))
  try {
    log('== Anchoring (Node) ==');
    const { benchAnchoring } = await import('../tools/anchoring/bench');
    const { extractArticleFromHtml } = await import('../utils/article/node');
    const texts = newsPages
      .map((n) => ({ label: n, text: extractArticleFromHtml(readFileSync(join(newsDir, n, 'source.html'), 'utf8')).meta.text }))
      .filter((t) => t.text.length > 2000)
      .sort((a, b) => a.text.length - b.text.length);
    const chosen = texts.length ? [texts[Math.floor(texts.length / 2)], texts[texts.length - 1]] : [];
    const anchoring = benchAnchoring(chosen, { notes: 200, fuzzyNotes: 20, runs: QUICK ? 2 : 5 });
    results.anchoring = anchoring;
    if (anchoring.length)
      log(
        table(
          [
            'text',
            'chars',
            'notes',
            'exact ms (1st/med)',
            'shifted ms (1st/med)',
            'anchored exact/shifted',
            'fuzzy ms med/max',
            'fuzzy anchored',
          ],
          anchoring.map((a) => [
            a.label,
            fmt(a.textChars),
            a.notes,
            `${a.exactMs.first}/${a.exactMs.median}`,
            `${a.shiftedMs.first}/${a.shiftedMs.median}`,
            `${a.exactAnchored}/${a.shiftedAnchored}`,
            `${a.fuzzy.medianMs}/${a.fuzzy.maxMs}`,
            `${a.fuzzy.anchored}/${a.fuzzy.notes}`,
          ]),
        ),
      );
  } catch (err) {
    log(`  anchoring figures unavailable: ${err instanceof Error ? err.message : err}`);
    results.anchoring = { error: String(err) };
  }
log(`  (${elapsed()})\n`);

// ---------- Chromium ----------
if (!PARTS.has('browser')) {
  // skipped (BENCH_PARTS)
} else if (!existsSync(CHROMIUM_PATH)) {
  log(`== Chromium not found at ${CHROMIUM_PATH}: skipping the browser figures ==`);
  if (process.env.CI === 'true') process.exitCode = 1;
} else {
  const manifest = join(ROOT, '.output', 'chrome-mv3', 'manifest.json');
  if (process.env.BENCH_BUILD === '1' || !existsSync(manifest)) {
    log('building the extension (npm run build)…');
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
  const server = await startServer();
  try {
    const only = process.env.BENCH_NEWS?.split(',');
    const pages = only
      ? newsPages.filter((n) => only.includes(n))
      : QUICK
        ? newsPages.filter((n) => ['ars-1', 'cnn', 'yahoo-2'].includes(n))
        : newsPages;
    if (pages.length) {
      log('== Article detection in Chromium (per page, median of runs) ==');
      const det: DetectRow[] = await benchDetection(server.url, pages, QUICK ? 2 : 5);
      results.detection = det;
      log(
        table(
          ['page', 'newsmark ms', 'readability ms', '(of which clone)', 'ratio', 'newsmark chars', 'readability chars'],
          det.map((d) => [
            d.page,
            d.newsmarkMs,
            d.readabilityMs,
            d.readabilityCloneMs,
            round(d.readabilityMs / d.newsmarkMs, 2),
            fmt(d.newsmarkChars),
            fmt(d.readabilityChars),
          ]),
        ),
      );
      const nm = det.map((d) => d.newsmarkMs);
      const rd = det.map((d) => d.readabilityMs);
      const summary = {
        newsmark: { median: median(nm), p90: quantile(nm, 0.9), max: Math.max(...nm) },
        readability: { median: median(rd), p90: quantile(rd, 0.9), max: Math.max(...rd) },
      };
      results.detectionSummary = summary;
      log(
        table(
          ['', 'median ms', 'p90 ms', 'max ms'],
          [
            ['newsmark extractArticle', summary.newsmark.median, summary.newsmark.p90, summary.newsmark.max],
            ['Readability clone+parse', summary.readability.median, summary.readability.p90, summary.readability.max],
          ],
        ),
      );
      log(
        `  newsmark is ${round(summary.readability.median / summary.newsmark.median, 2)}× faster than Readability at the median (${elapsed()})\n`,
      );
    }

    log(`== The page with vs without the extension (Chromium; build: ${process.env.BENCH_EXTENSION_DIR ?? '.output/chrome-mv3'}) ==`);
    const pagesDir = join(ROOT, 'tests', 'fixtures', 'pages');
    const nonArticle = [
      ...(existsSync(pagesDir)
        ? readdirSync(pagesDir)
            .filter((f) => f.endsWith('.html') && f !== 'article.html')
            .sort()
            .map((f) => `/fixtures/pages/${f}`)
        : []),
      '/fixtures/hard/iframe.html',
    ];
    const cost: PageCostResult = await benchPages(server.url, pages, QUICK ? nonArticle.slice(0, 2) : nonArticle, {
      runs: QUICK ? 1 : 3,
      rewritingSeconds: QUICK ? 8 : 20,
      log,
    });
    results.page = cost;
    log(
      table(
        ['page', 'load ms with', 'load ms without', 'ratio', 'nav→painted ms', 'DCL→painted ms', 'our main-thread ms', 'our longest ms'],
        cost.rows.map((r) => [
          r.page,
          r.loadWithMs,
          r.loadWithoutMs,
          r.loadRatio,
          r.navToPaintedMs,
          r.dclToPaintedMs,
          r.ourMainThreadMs,
          r.ourLongestMs,
        ]),
      ),
    );
    const painted = cost.rows.filter((r) => r.dclToPaintedMs !== null);
    const medPainted = painted.length ? round(median(painted.map((r) => r.dclToPaintedMs!))) : null;
    const largest = cost.rows.find((r) => r.page === 'yahoo-2');
    const ratio = cost.rows.length ? round(geomean(cost.rows.map((r) => r.loadRatio)), 3) : null;
    const ratioOfMedians = cost.rows.length
      ? round(median(cost.rows.map((r) => r.loadWithMs)) / median(cost.rows.map((r) => r.loadWithoutMs)), 3)
      : null;
    const longest = cost.rows.length ? Math.max(...cost.rows.map((r) => r.ourLongestMs ?? 0)) : null;
    const longestPage = cost.rows.find((r) => r.ourLongestMs === longest)?.page;
    log(
      `  painted on ${painted.length}/${cost.rows.length} pages; median DCL→painted ${medPainted} ms; load ratio ${ratio} (geometric mean of per-page ratios), ${ratioOfMedians} (ratio of medians)`,
    );
    log(
      table(
        ['page that is not an article', 'our main-thread ms (median load)', 'each load', 'our longest ms', 'marked as article'],
        cost.nonArticle.map((n) => [n.page, n.ourMainThreadMs, n.runsMs.join(' / '), n.ourLongestMs, n.articleMarked ? 'yes' : 'no']),
      ),
    );
    for (const n of cost.nonArticle) if (n.ourMainThreadMs > 5) log(`  ${n.page}: our time went to ${n.top.join('; ')}`);
    if (cost.rewriting) {
      const rw = cost.rewriting;
      log(
        `  page rewriting itself every 100 ms, ${rw.seconds} s: ${rw.pageRewrites} rewrites by the page; ${rw.analyses} analyses by us (${rw.analysesPerMinute}/min); our main thread ${rw.ourMs} ms = ${rw.ourMsPerMinute} ms per minute`,
      );
    }
    log(
      `  content script on disk (every page): ${fmt(cost.contentScriptBytes)} bytes minified (${round(cost.contentScriptBytes / 1024)} KB), ${fmt(cost.contentScriptGzipBytes)} bytes gzipped`,
    );
    for (const f of cost.articleOnlyScripts)
      log(`  injected on articles only: ${f.file} ${fmt(f.bytes)} bytes (${round(f.bytes / 1024)} KB), ${fmt(f.gzipBytes)} gzipped`);
    log(`  (${elapsed()})\n`);

    const worstNon = cost.nonArticle.length ? Math.max(...cost.nonArticle.map((n) => n.ourMainThreadMs)) : null;
    budget('non-article page: our main-thread work (worst page)', worstNon, 5, ' ms');
    budget('content script size (minified)', round(cost.contentScriptBytes / 1024), 50, ' KB');
    budget('article: news pages painted', painted.length, cost.rows.length, ` of ${cost.rows.length}`, '>=');
    budget('article: highlights painted after DOMContentLoaded, median news page', medPainted, 150, ' ms');
    budget('article: highlights painted after DOMContentLoaded, yahoo-2', largest?.dclToPaintedMs ?? null, 400, ' ms');
    budget(
      'article: longest task we cause',
      longest,
      50,
      ' ms',
      '<=',
      longestPage ? `on ${longestPage}; JS of our content script only (CDP sampling)` : undefined,
    );
    budget('article: page load time with / without extension', ratio, 1.05, '×');
    if (cost.rewriting) budget('rewriting page: our analyses per minute (capped)', cost.rewriting.analysesPerMinute, 10, '/min');
  } finally {
    await server.close();
  }
}

// ---------- library scale (another engineer's bench/library-scale.ts) ----------
if (!PARTS.has('library')) {
  // skipped (BENCH_PARTS)
} else if (existsSync(join(ROOT, 'bench', 'library-scale.ts'))) {
  log('\n== Library scale (bench/library-scale.ts, Chromium) ==');
  try {
    type Bars = Record<string, { value: number; bar: number; ok: boolean }>;
    const mod = (await import('./library-scale')) as {
      libraryScale(o: { notes?: number; pages?: number; sync?: boolean; log?: (s: string) => void }): Promise<Record<string, unknown>>;
    };
    const out = await mod.libraryScale(QUICK ? { notes: 2000, pages: 100, sync: true, log } : { sync: true, log });
    results.libraryScale = out;
    const { bars, sync, ...rest } = out as { bars?: Bars; sync?: { bars: Bars; firstSyncSeconds: number } };
    log(JSON.stringify(rest));
    for (const [name, b] of Object.entries(bars ?? {}))
      budgets.push({ name: `library: ${name}`, figure: `${b.value} (<= ${b.bar})`, pass: b.ok });
    // The same budgets with sync on (issue 21), after its first sync of the whole library.
    if (sync) {
      const { bars: syncBars, ...syncRest } = sync;
      log(`  with sync on: ${JSON.stringify(syncRest)}`);
      for (const [name, b] of Object.entries(syncBars))
        budgets.push({ name: `library, sync on: ${name}`, figure: `${b.value} (<= ${b.bar})`, pass: b.ok });
    }
  } catch (err) {
    log(`  library scale failed: ${err instanceof Error ? err.message : err}`);
    results.libraryScale = { error: String(err) };
  }
  log(`  (${elapsed()})\n`);
} else {
  log('\n(bench/library-scale.ts absent: no library scale figures)');
}

// ---------- sync between two real Chromium profiles (issue 21, bench/sync-browser.ts) ----------
if (PARTS.has('sync')) {
  log('\n== Sync between two Chromium profiles (bench/sync-browser.ts, local pouchdb-server) ==');
  try {
    const { benchSyncBrowser } = await import('./sync-browser');
    const out = await benchSyncBrowser({ notes: QUICK ? 1000 : 10_000, rounds: QUICK ? 2 : 5, log });
    results.syncBrowser = out;
    if ('bars' in out) for (const [name, b] of Object.entries(out.bars)) budget(`sync: ${name}`, b.value, b.bar, '');
    else log(`  skipped: ${out.skipped}`);
  } catch (err) {
    log(`  sync bench failed: ${err instanceof Error ? err.message : err}`);
    results.syncBrowser = { error: String(err) };
  }
  log(`  (${elapsed()})\n`);
}

// ---------- stall: a hostile page must not hold up other tabs (issue 22, bench/stall.ts) ----------
if (PARTS.has('stall')) {
  log('\n== Background under a hostile page (bench/stall.ts, Chromium) ==');
  try {
    const { benchStall } = await import('./stall');
    const stall = await benchStall({ runs: QUICK ? 3 : 5, extensionDir: process.env.BENCH_EXTENSION_DIR || undefined, log });
    results.stall = stall;
    log(
      `  save from another tab: median ${stall.medianSaveMs} ms during the analysis (${stall.idleSaveMs} ms idle); analysis: median ${stall.medianAnalysisMs} ms`,
    );
    budget('hostile page: a save from another tab during its analysis, median', stall.medianSaveMs, 100, ' ms');
    // the analysis finishes within a second, or stops at its budget and says so
    const unexplained = stall.runs.filter((r) => r.analysisMs > 1000 && !r.partialMessage).length;
    budget(
      'hostile page: analyses over 1 s without a "stopped" message',
      unexplained,
      0,
      ` of ${stall.runs.length}`,
      '<=',
      `median ${stall.medianAnalysisMs} ms, ${stall.runs.filter((r) => r.partialMessage).length} stopped at the budget`,
    );
  } catch (err) {
    log(`  stall bench failed: ${err instanceof Error ? err.message : err}`);
    results.stall = { error: String(err) };
  }
  log(`  (${elapsed()})\n`);
}

// ---------- budgets ----------
log('== Budgets ==');
log(
  table(
    ['budget', 'figure', 'result'],
    budgets.map((b) => [b.name, b.figure + (b.note ? ` — ${b.note}` : ''), b.pass === null ? 'N/A' : b.pass ? 'PASS' : 'MISS']),
    2,
  ),
);
const missed = budgets.filter((b) => b.pass === false);
log(
  `\n${budgets.filter((b) => b.pass).length} PASS, ${missed.length} MISS, ${budgets.filter((b) => b.pass === null).length} not measured — total ${elapsed()}`,
);
results.budgets = budgets;
results.seconds = Math.round((performance.now() - started) / 1000);
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results.json');
