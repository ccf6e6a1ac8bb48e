/**
 * The benchmark's browser half, in Debian's Chromium:
 *  - article detection: Newsmark's extractArticle beside Readability's own
 *    parse(), both bundled with esbuild and injected into each news page;
 *  - the page with and without the built extension: navigation → painted,
 *    DOMContentLoaded → painted, load time ratio; and, in a separate
 *    profiled load, the main-thread time of our content script and the
 *    longest stretch of it (CDP Profiler, samples whose stack holds a frame
 *    from the extension's origin);
 *  - pages that are not articles: our main-thread time;
 *  - the page that rewrites itself every 100 ms: our work per minute.
 * Requests that leave localhost are aborted (no network here, and no noise).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { ROOT, launchChromiumContext } from '../scripts/lib/browsers';
import { median, quantile, round } from '../tools/stats';

// ---------- bundles ----------

export async function buildBundles(): Promise<{ newsmark: string; readability: string }> {
  const esbuild = await import('esbuild');
  const bundle = async (contents: string) => {
    const out = await esbuild.build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      target: 'es2022',
      logLevel: 'silent',
    });
    return out.outputFiles[0].text;
  };
  return {
    newsmark: await bundle(`import { extractArticle } from './utils/article/index'; (globalThis as any).__nmExtract = extractArticle;`),
    readability: await bundle(`import { Readability } from '@mozilla/readability'; (globalThis as any).__Readability = Readability;`),
  };
}

async function offline(context: BrowserContext): Promise<void> {
  // tsx compiles this file with keepNames: functions passed to page.evaluate call __name.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, (route) => route.abort('internetdisconnected'));
}

// ---------- article detection ----------

export interface DetectRow {
  page: string;
  newsmarkMs: number;
  readabilityMs: number;
  /** Part of the Readability figure spent cloning the document (parse() mutates what it is given). */
  readabilityCloneMs: number;
  newsmarkChars: number;
  readabilityChars: number;
}

export async function benchDetection(baseUrl: string, pages: string[], runs = 5): Promise<DetectRow[]> {
  const bundles = await buildBundles();
  const b = await launchChromiumContext(false);
  const rows: DetectRow[] = [];
  try {
    await offline(b.context);
    const page = await b.context.newPage();
    for (const name of pages) {
      await page.goto(`${baseUrl}/news/${name}/?noscript=1`, { waitUntil: 'load' });
      await page.addScriptTag({ content: bundles.newsmark });
      await page.addScriptTag({ content: bundles.readability });
      const r = await page.evaluate((n: number) => {
        const w = window as unknown as {
          __nmExtract(d: Document): { meta: { text: string } };
          __Readability: new (d: Document) => { parse(): { textContent?: string | null } | null };
        };
        const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const nm: number[] = [];
        const rd: number[] = [];
        const cl: number[] = [];
        let nmChars = 0;
        let rdChars = 0;
        // One warm-up each, then alternate so that both see the same machine state.
        w.__nmExtract(document);
        new w.__Readability(document.cloneNode(true) as Document).parse();
        for (let i = 0; i < n; i++) {
          let t = performance.now();
          nmChars = w.__nmExtract(document).meta.text.length;
          nm.push(performance.now() - t);
          t = performance.now();
          const clone = document.cloneNode(true) as Document;
          const c = performance.now() - t;
          rdChars = new w.__Readability(clone).parse()?.textContent?.length ?? 0;
          rd.push(performance.now() - t);
          cl.push(c);
        }
        return { nm: med(nm), rd: med(rd), cl: med(cl), nmChars, rdChars };
      }, runs);
      rows.push({
        page: name,
        newsmarkMs: round(r.nm),
        readabilityMs: round(r.rd),
        readabilityCloneMs: round(r.cl),
        newsmarkChars: r.nmChars,
        readabilityChars: r.rdChars,
      });
    }
  } finally {
    await b.close();
  }
  return rows;
}

// ---------- profiling ----------

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Our main-thread time in a profile: total ms, the longest unbroken stretch (ms), and where it went (our innermost frames). */
export function ourTime(profile: CpuProfile, origin: string): { totalMs: number; longestMs: number; top: string[] } {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const v = n.callFrame.url.startsWith(origin) || (p !== undefined && isOurs(p));
    ours.set(id, v);
    return v;
  };
  /** The innermost frame of ours on the stack of a sample (its own code, not the built-ins it calls). */
  const innermost = (id: number): string => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (n.callFrame.url.startsWith(origin)) {
        const f = n.callFrame as { url: string; functionName: string; lineNumber?: number; columnNumber?: number };
        return `${f.functionName || '(anonymous)'} ${f.url.slice(origin.length)}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}`;
      }
    }
    return '?';
  };
  const where = new Map<string, number>();
  let total = 0;
  let longest = 0;
  let run = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample stands for the time until the next one.
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (isOurs(profile.samples[i])) {
      total += dt;
      run += dt;
      longest = Math.max(longest, run);
      const k = innermost(profile.samples[i]);
      where.set(k, (where.get(k) ?? 0) + dt);
    } else run = 0;
  }
  const top = [...where]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k, ms]) => `${round(ms)} ms ${k}`);
  return { totalMs: round(total), longestMs: round(longest), top };
}

async function startProfile(page: Page, context: BrowserContext): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach().catch(() => undefined);
  return profile;
}

// ---------- the page with and without the extension ----------

interface Timing {
  dcl: number;
  load: number;
  article: number | null;
  painted: number | null;
}

async function timings(page: Page): Promise<Timing> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const mark = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    return {
      dcl: nav.domContentLoadedEventStart,
      load: nav.loadEventEnd,
      article: mark('newsmark:article'),
      painted: mark('newsmark:painted'),
    };
  });
}

/** Waits for newsmark:painted: up to 3 s for the detector's newsmark:article mark, then up to `ms` for the paint. */
async function waitPainted(page: Page, ms: number): Promise<boolean> {
  const mark = (name: string, timeout: number) =>
    page
      .waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout, polling: 50 })
      .then(() => true)
      .catch(() => false);
  return (await mark('newsmark:article', 3000)) && mark('newsmark:painted', ms);
}

export interface PageRow {
  page: string;
  /** Medians over the runs. */
  loadWithMs: number;
  loadWithoutMs: number;
  loadRatio: number;
  navToPaintedMs: number | null;
  dclToPaintedMs: number | null;
  /** From the profiled load. */
  ourMainThreadMs: number | null;
  ourLongestMs: number | null;
  /** Where our time went in the profiled load (innermost frames of ours). */
  ourTop: string[];
}

export interface PageCostResult {
  rows: PageRow[];
  nonArticle: { page: string; ourMainThreadMs: number; ourLongestMs: number; articleMarked: boolean; runsMs: number[]; top: string[] }[];
  rewriting: {
    seconds: number;
    ourMs: number;
    ourMsPerMinute: number;
    analyses: number;
    analysesPerMinute: number;
    pageRewrites: number;
  } | null;
  /** Scripts declared in the manifest's content_scripts (loaded on every page). */
  contentScriptBytes: number;
  contentScriptGzipBytes: number;
  /** Other top-level scripts of the build (injected by the background on articles only). */
  articleOnlyScripts: { file: string; bytes: number; gzipBytes: number }[];
}

export async function benchPages(
  baseUrl: string,
  newsPages: string[],
  nonArticlePaths: string[],
  opts: { runs?: number; rewritingSeconds?: number; log?: (s: string) => void } = {},
): Promise<PageCostResult> {
  const { runs = 3, rewritingSeconds = 20, log = () => undefined } = opts;
  // Measure a snapshot of the build: a rebuild in .output during the run must not change what we load.
  const snapshot = mkdtempSync(join(tmpdir(), 'newsmark-bench-ext-'));
  // BENCH_EXTENSION_DIR measures another build of the extension (e.g. a patched copy) instead of .output/chrome-mv3.
  cpSync(process.env.BENCH_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3'), snapshot, { recursive: true });
  const withExt = await launchChromiumContext(true, snapshot);
  const without = await launchChromiumContext(false);
  const origin = withExt.extensionOrigin!;
  const rows: PageRow[] = [];
  const nonArticle: PageCostResult['nonArticle'] = [];
  let rewriting: PageCostResult['rewriting'] = null;
  try {
    await offline(withExt.context);
    await offline(without.context);
    for (const name of newsPages) {
      const url = `${baseUrl}/news/${name}/`;
      const w: Timing[] = [];
      const wo: number[] = [];
      for (let i = 0; i < runs; i++) {
        // Alternate with and without so that drift in machine load hits both alike.
        const p1 = await without.context.newPage();
        await p1.goto(url, { waitUntil: 'load', timeout: 60_000 });
        wo.push((await timings(p1)).load);
        await p1.close();
        const p2 = await withExt.context.newPage();
        await p2.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await waitPainted(p2, 10_000);
        w.push(await timings(p2));
        await p2.close();
      }
      // One profiled load: our content script's main-thread time.
      const p3 = await withExt.context.newPage();
      const cdp = await startProfile(p3, withExt.context);
      await p3.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await waitPainted(p3, 10_000);
      await p3.waitForTimeout(300);
      const prof = ourTime(await stopProfile(cdp), origin);
      await p3.close();
      const paintedRuns = w.filter((t) => t.painted !== null);
      const row: PageRow = {
        page: name,
        loadWithMs: round(median(w.map((t) => t.load))),
        loadWithoutMs: round(median(wo)),
        loadRatio: round(median(w.map((t) => t.load)) / median(wo), 3),
        navToPaintedMs: paintedRuns.length ? round(median(paintedRuns.map((t) => t.painted!))) : null,
        dclToPaintedMs: paintedRuns.length ? round(median(paintedRuns.map((t) => t.painted! - t.dcl))) : null,
        ourMainThreadMs: prof.totalMs,
        ourLongestMs: prof.longestMs,
        ourTop: prof.top,
      };
      rows.push(row);
      log(
        `  ${name}: load ${row.loadWithMs}/${row.loadWithoutMs} ms, painted ${row.dclToPaintedMs ?? '—'} ms after DCL, ours ${row.ourMainThreadMs} ms (longest ${row.ourLongestMs})`,
      );
    }

    for (const path of nonArticlePaths) {
      const profs: ReturnType<typeof ourTime>[] = [];
      let articleMarked = false;
      // A few milliseconds, sampled: more loads than for articles, so the median is not one noisy sample.
      for (let i = 0; i < runs + 2; i++) {
        const p = await withExt.context.newPage();
        const cdp = await startProfile(p, withExt.context);
        await p.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
        await p.waitForTimeout(2000); // document_idle, the gate, and any late re-check
        profs.push(ourTime(await stopProfile(cdp), origin));
        articleMarked ||= await p.evaluate(() => performance.getEntriesByName('newsmark:article').length > 0);
        await p.close();
      }
      // The median load by our total; its breakdown shows where the time went.
      const mid = [...profs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(profs.length / 2)];
      nonArticle.push({
        page: path,
        ourMainThreadMs: mid.totalMs,
        ourLongestMs: mid.longestMs,
        articleMarked,
        runsMs: profs.map((x) => x.totalMs),
        top: mid.top,
      });
      log(`  ${path}: ours ${mid.totalMs} ms (runs: ${profs.map((x) => x.totalMs).join(', ')}) — ${mid.top.join('; ')}`);
    }

    if (rewritingSeconds > 0) {
      const p = await withExt.context.newPage();
      const cdp = await startProfile(p, withExt.context);
      await p.goto(`${baseUrl}/fixtures/hard/rewriting.html`, { waitUntil: 'load' });
      await p.waitForTimeout(rewritingSeconds * 1000);
      const prof = ourTime(await stopProfile(cdp), origin);
      const r = await p.evaluate(() => ({
        analyses: performance.getEntriesByName('newsmark:article').length,
        rewrites: (window as unknown as { __rewrites: number }).__rewrites,
      }));
      await p.close();
      rewriting = {
        seconds: rewritingSeconds,
        ourMs: prof.totalMs,
        ourMsPerMinute: round((prof.totalMs * 60) / rewritingSeconds),
        analyses: r.analyses,
        analysesPerMinute: round((r.analyses * 60) / rewritingSeconds, 1),
        pageRewrites: r.rewrites,
      };
      log(`  rewriting page: ${JSON.stringify(rewriting)}`);
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  // The content script every page loads (declared in the manifest), and the scripts injected only on articles.
  const manifest = JSON.parse(readFileSync(join(snapshot, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const declared = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const size = (f: string) => statSync(join(snapshot, f)).size;
  const gz = (f: string) => gzipSync(readFileSync(join(snapshot, f))).length;
  // the analysis worker runs in the extension (an offscreen document's worker), never in a page
  const injected = readdirSync(snapshot).filter(
    (f) => f.endsWith('.js') && f !== 'background.js' && f !== 'analysis-worker.js' && !declared.includes(f),
  );
  const result: PageCostResult = {
    rows,
    nonArticle,
    rewriting,
    contentScriptBytes: declared.reduce((s, f) => s + size(f), 0),
    contentScriptGzipBytes: declared.reduce((s, f) => s + gz(f), 0),
    articleOnlyScripts: injected.map((f) => ({ file: f, bytes: size(f), gzipBytes: gz(f) })),
  };
  rmSync(snapshot, { recursive: true, force: true });
  return result;
}

export { quantile };
