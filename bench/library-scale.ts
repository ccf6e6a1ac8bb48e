/**
 * The library at scale, in Chromium with the built extension: 100,000
 * annotations over 5,000 pages in IndexedDB, written from an extension page
 * through the store (the import path, in batches, plus one note per page
 * saved with its page's entity/claim summary so the entity index is full).
 * The browser is then restarted (cold background, no index in memory) and
 * we measure:
 *
 * - popup ready: navigation start → the popup has drawn the tab's state
 *   (performance mark `newsmark:popup-ready`), median of 3, on the demo page;
 * - library first screen: navigation start → first list drawn
 *   (`newsmark:library-first-screen`), cold (first open) and warm (median of 3);
 * - library indexed: navigation start → filters and entity index drawn (`newsmark:library-indexed`), cold;
 * - search: a `library:query` round trip from the library page with a text
 *   filter (median and max of 8 queries), the index being built;
 * - export of everything: button press → file ready, JSON-LD, Markdown and CSV;
 * - memory of the library page: JS heap (CDP Performance metrics) after the
 *   first screen and search, and after exporting everything (after a GC).
 *
 * With `sync` (issue 21: "the popup and library budgets still hold with sync
 * on"), sync is then turned on in Settings against a local pouchdb-server: the
 * popup and the library's first screen are timed while the first sync uploads
 * the whole library, the first sync is timed to its end, and after a restart
 * (sync on, its start cycle running) every figure above is measured again.
 *
 * Run alone: scripts/node22 npx tsx bench/library-scale.ts [notes] [pages]
 * (NEWSMARK_SCALE_PROFILE=/some/dir keeps the seeded profile for the next run of the same build: Chromium
 * keeps the service worker it registered, and deleting it leaves content scripts unanswered;
 * NEWSMARK_SCALE_SYNC=1 adds the sync-on measures.)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from '../tools/stats';
import type { NoteRecord } from '../utils/annotation';
import { toJsonLd } from '../utils/export/jsonld';
import type { PageSummary } from '../utils/storage/schema';
import { browserAvailable, launch, waitInPage, type TestBrowser, type TestPage } from '../scripts/lib/browsers';
import { startServer } from '../scripts/static-server.mjs';
import { askBackground } from '../scripts/lib/ask-background';
import { turnOnSync } from '../scripts/lib/sync-settings';
import { ADMIN, TestCouch } from '../tests/helpers/pouchdb-server';
import type { SyncStatus } from '../utils/sync/messages';
import { seededRandom as rng } from '../tools/random';

export interface LibraryScaleResult {
  skipped?: string;
  notes: number;
  pages: number;
  seedSeconds: number;
  popupReadyMs: number;
  libraryFirstScreenColdMs: number;
  libraryFirstScreenWarmMs: number;
  libraryIndexedColdMs: number;
  /** In the background: reading every note and page from IndexedDB, and building the search index from them. */
  backgroundIndexMs: { read: number; build: number };
  searchMs: { median: number; max: number; queries: string[] };
  exportMs: { jsonld: number; markdown: number; csv: number };
  exportBytes: { jsonld: number; markdown: number; csv: number };
  libraryHeapMb: { firstScreen: number; afterSearch: number; afterExport: number };
  bars: Record<string, { value: number; bar: number; ok: boolean }>;
  /** The same library with sync on (issue 21), when asked for. */
  sync?: SyncOnResult;
}

/** The library with sync turned on, through a local pouchdb-server. */
export interface SyncOnResult {
  /** From "Turn on sync" until the whole library is on the server and nothing is pending. */
  firstSyncSeconds: number;
  documentsOnServer: number;
  /** While that first sync runs: popup ready and library first screen (ms), once each. */
  duringFirstSync: { popupReadyMs: number; libraryFirstScreenMs: number; syncRunning: boolean };
  /** After a restart with sync on (its start cycle running): every figure again. */
  measured: Omit<LibraryScaleResult, 'notes' | 'pages' | 'seedSeconds' | 'bars' | 'skipped' | 'sync'>;
  bars: Record<string, { value: number; bar: number; ok: boolean }>;
}

const WORDS =
  'the minister said harbour cables trawlers coast guard patrol survey ministry parliament budget election inflation energy prices wind farm pipeline vessel northern fleet data centre investigation report court ruling appeal police officers protest union strike hospital doctors vaccine school teachers housing rents climate storm flood drought river city council mayor opposition leader coalition treaty border refugees army defence spending tariff exports factory jobs growth bank rates market shares company chief executive merger regulator fine privacy app platform users network outage satellite launch rocket research university study scientists'.split(
    ' ',
  );
const FIRST = 'Kari Anna Pieter Andrei Maria John Li Fatima Olu Sven Ingrid Tomas Elena Rahul Chen Aisha Lars Nadia Paolo Yuki'.split(' ');
const LAST =
  'Lindqvist Vandersloot Morozov Kirby Okafor Haugen Rossi Tanaka Nilsen Dubois Schmidt Novak Silva Kowalski Berg Moreau Costa Ivanova Singh Larsen'.split(
    ' ',
  );

function uuidFrom(r: () => number): string {
  const h = () => Math.floor(r() * 16).toString(16);
  const s = (n: number) => Array.from({ length: n }, h).join('');
  return `urn:uuid:${s(8)}-${s(4)}-4${s(3)}-${'89ab'[Math.floor(r() * 4)]}${s(3)}-${s(12)}`;
}

/** The synthetic library: `perPage` notes on each of `pages` pages, and each page's summary. */
export function syntheticLibrary(total: number, pages: number): { notes: NoteRecord[]; summaries: Map<string, PageSummary> } {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const notes: NoteRecord[] = [];
  const summaries = new Map<string, PageSummary>();
  const start = Date.parse('2024-01-01T00:00:00.000Z');
  for (let p = 0; p < pages; p++) {
    const url = `https://news${p % 50}.example/${2024 + (p % 3)}/story-${p}`;
    const title = `${words(6)} (${p})`;
    const people = Array.from({ length: 8 }, () => `${pick(FIRST)} ${pick(LAST)}`);
    summaries.set(url, {
      entities: [...new Set(people)].map((name) => ({ name, type: 'PERSON', mentions: 1 + Math.floor(r() * 6) })),
      claims: people.slice(0, 3).map((source) => ({ source, count: 1 + Math.floor(r() * 4) })),
    });
    const n = Math.floor(total / pages) + (p < total % pages ? 1 : 0);
    const day = start + Math.floor(r() * 1000) * 86_400_000;
    for (let i = 0; i < n; i++) {
      const created = new Date(day + i * 60_000 + Math.floor(r() * 1000) * 1000).toISOString();
      const exact = words(8 + Math.floor(r() * 10));
      const startPos = Math.floor(r() * 20_000);
      const body = r() < 0.3 ? '' : words(5 + Math.floor(r() * 25));
      notes.push({
        id: uuidFrom(r),
        motivation: body ? 'commenting' : 'highlighting',
        body,
        tags: r() < 0.4 ? [`tag${Math.floor(r() * 100)}`] : [],
        colour: pick(['yellow', 'green', 'blue', 'pink', 'purple'] as const),
        created,
        modified: created,
        target: {
          source: url,
          selector: [
            { type: 'TextQuoteSelector', exact, prefix: words(4), suffix: words(4) },
            { type: 'TextPositionSelector', start: startPos, end: startPos + exact.length },
          ],
        },
        pageTitle: title,
      });
    }
  }
  return { notes, summaries };
}

const round = (x: number) => Math.round(x * 10) / 10;

interface PwPage extends TestPage {
  context(): {
    newCDPSession(p: unknown): Promise<{ send(m: string, p?: object): Promise<Record<string, unknown>> }>;
    serviceWorkers(): { evaluate<R>(fn: () => R): Promise<R> }[];
  };
}

async function heapMb(page: TestPage, gc: boolean): Promise<number> {
  const cdp = await (page as PwPage).context().newCDPSession(page);
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return round(used / 1048576);
}

async function markTime(page: TestPage, name: string, timeoutMs = 120_000): Promise<number> {
  return waitInPage(page, (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? null, name, timeoutMs, name);
}

/** Writes the library from an extension page, through the background's store. */
export async function seed(
  b: TestBrowser,
  notes: NoteRecord[],
  summaries: Map<string, PageSummary>,
  log: (s: string) => void,
): Promise<void> {
  const page = await b.openExtensionPage('options.html');
  // One note per page goes through notes:save with the page's summary (as the content script saves notes);
  // the rest through library:import, in batches of one JSON-LD file each.
  const firstOfPage = new Map<string, NoteRecord>();
  for (const n of notes) if (!firstOfPage.has(n.target.source)) firstOfPage.set(n.target.source, n);
  const saves = [...firstOfPage.values()].map((note) => ({ note, summary: summaries.get(note.target.source)! }));
  for (let i = 0; i < saves.length; i += 250) {
    const errors = await page.evaluate(
      async (batch: { note: NoteRecord; summary: PageSummary }[]) => {
        const send = (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }
        ).chrome.runtime.sendMessage;
        const replies = await Promise.all(batch.map((x) => send({ type: 'notes:save', note: x.note, summary: x.summary })));
        return replies.filter((r) => !r?.ok).map((r) => r?.error ?? 'no reply');
      },
      saves.slice(i, i + 250),
    );
    if (errors.length) throw new Error(`seeding failed: ${errors[0]}`);
  }
  log(`  saved ${saves.length} notes with page summaries`);
  const firstIds = new Set(saves.map((s) => s.note.id));
  const rest = notes.filter((n) => !firstIds.has(n.id));
  const BATCH = 5000;
  for (let i = 0; i < rest.length; i += BATCH) {
    const text = toJsonLd(rest.slice(i, i + BATCH));
    const reply = await page.evaluate(async (t: string) => {
      const send = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; added?: number; error?: string }> } };
        }
      ).chrome.runtime.sendMessage;
      return send({ type: 'library:import', text: t });
    }, text);
    if (!reply?.ok) throw new Error(`import failed: ${reply?.error}`);
    if ((i / BATCH) % 5 === 4) log(`  imported ${Math.min(i + BATCH, rest.length) + saves.length} / ${notes.length}`);
  }
  await page.close();
}

/** The figures measured on one running browser (everything but seeding). */
type Measured = Omit<LibraryScaleResult, 'notes' | 'pages' | 'seedSeconds' | 'bars' | 'skipped' | 'sync'>;

/** Popup, library (cold, then warm), search, export and heap, on the browser `b` as it is. */
async function measure(b: TestBrowser, serverUrl: string, log: (s: string) => void): Promise<Measured> {
  // Popup ready, on the demo article (its notes are not among the synthetic ones).
  const demo = await b.newPage();
  await demo.goto(`${serverUrl}/demo/index.html`);
  // The popup describes this tab; it is ready when it has drawn what the content script told it.
  await waitInPage(demo, () => performance.getEntriesByName('newsmark:article').length > 0, null, 60_000, 'demo article found');
  const painted = await waitInPage(
    demo,
    () => performance.getEntriesByName('newsmark:painted').length > 0,
    null,
    20_000,
    'demo painted',
  ).catch(() => false);
  if (!painted) log('library-scale: the demo page was not painted; popup ready is measured on the unpainted page');
  const popupTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const popup = await b.openExtensionPage('popup.html');
    popupTimes.push(await markTime(popup, 'newsmark:popup-ready'));
    await popup.close();
  }

  // Library, cold: the background has no index yet.
  const lib = await b.openExtensionPage('library.html');
  const firstCold = await markTime(lib, 'newsmark:library-first-screen');
  const shown = await lib.evaluate(() => document.querySelectorAll('[data-testid=library-note]').length, null);
  if (shown === 0) throw new Error('library first screen shows no notes');
  const heapFirst = await heapMb(lib, false);
  const indexedCold = await markTime(lib, 'newsmark:library-indexed');
  const queries = [
    'harbour cables',
    'minister',
    '"coast guard"',
    'Lindqvist',
    'tag42',
    'rocket launch satellite',
    'news7.example',
    'zzz-no-match',
  ];
  const searchTimes: number[] = [];
  for (const q of queries) {
    const ms = await lib.evaluate(async (text: string) => {
      const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; total: number }> } } })
        .chrome.runtime.sendMessage;
      const s = performance.now();
      const r = await send({ type: 'library:query', filter: { text }, offset: 0, limit: 50 });
      if (!r.ok) throw new Error('search failed');
      return performance.now() - s;
    }, q);
    searchTimes.push(ms);
  }
  const heapSearch = await heapMb(lib, false);
  const swMeasures = await (lib as PwPage)
    .context()
    .serviceWorkers()[0]
    .evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])));
  const backgroundIndexMs = {
    read: round(swMeasures['newsmark:library-index-read'] ?? NaN),
    build: round(swMeasures['newsmark:library-index-build'] ?? NaN),
  };

  const exportMs = { jsonld: 0, markdown: 0, csv: 0 };
  const exportBytes = { jsonld: 0, markdown: 0, csv: 0 };
  for (const format of ['jsonld', 'markdown', 'csv'] as const) {
    const r = await lib.evaluate(async (f: string) => {
      (document.querySelector(`[data-testid=library-export] button[data-format="${f}"]`) as HTMLButtonElement).click();
      for (;;) {
        const m = performance.getEntriesByName(`newsmark:export:${f}`)[0];
        const a = document.querySelector(`[data-testid=library-export] a[data-export-link="${f}"]`) as HTMLAnchorElement | null;
        if (m && a) return { ms: m.duration, bytes: (await (await fetch(a.href)).blob()).size };
        await new Promise((res) => setTimeout(res, 20));
      }
    }, format);
    exportMs[format] = round(r.ms);
    exportBytes[format] = r.bytes;
    log(`  export ${format}: ${round(r.ms)} ms, ${(r.bytes / 1048576).toFixed(1)} MB`);
  }
  const heapExport = await heapMb(lib, true);
  await lib.close();

  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    const again = await b.openExtensionPage('library.html');
    warm.push(await markTime(again, 'newsmark:library-first-screen'));
    await again.close();
  }

  const search = { median: round(median(searchTimes)), max: round(Math.max(...searchTimes)), queries };
  return {
    popupReadyMs: round(median(popupTimes)),
    libraryFirstScreenColdMs: round(firstCold),
    libraryFirstScreenWarmMs: round(median(warm)),
    libraryIndexedColdMs: round(indexedCold),
    backgroundIndexMs,
    searchMs: search,
    exportMs,
    exportBytes,
    libraryHeapMb: { firstScreen: heapFirst, afterSearch: heapSearch, afterExport: heapExport },
  };
}

/** The budgets of issue 8 on one measurement. */
function bars(m: Measured): LibraryScaleResult['bars'] {
  const bar = (value: number, limit: number) => ({ value, bar: limit, ok: value <= limit });
  const h = m.libraryHeapMb;
  return {
    'popup ready (ms)': bar(m.popupReadyMs, 150),
    'library first screen, cold (ms)': bar(m.libraryFirstScreenColdMs, 300),
    'search, max (ms)': bar(m.searchMs.max, 100),
    'export all, slowest format (ms)': bar(Math.max(m.exportMs.jsonld, m.exportMs.markdown, m.exportMs.csv), 3000),
    'library page JS heap, max (MB)': bar(Math.max(h.firstScreen, h.afterSearch, h.afterExport), 150),
  };
}

/**
 * Turns sync on in the seeded profile, measures the popup and the library
 * while the first sync uploads everything, waits for it to finish, then
 * restarts the browser and measures everything again with sync on.
 */
async function withSyncOn(profile: string, serverUrl: string, total: number, log: (s: string) => void): Promise<SyncOnResult> {
  const couch = await TestCouch.start();
  let b: TestBrowser | null = null;
  try {
    const database = 'bench-library';
    await couch.createDatabase(database);
    b = await launch('chromium', profile);
    const demo = await b.newPage();
    await demo.goto(`${serverUrl}/demo/index.html`);
    await waitInPage(demo, () => performance.getEntriesByName('newsmark:article').length > 0, null, 60_000, 'demo article found');
    const t0 = performance.now();
    await turnOnSync(b, { url: couch.url, database, username: ADMIN.username, password: ADMIN.password, displayName: 'Bench' });
    log(`library-scale: sync on; first sync of ${total} notes running`);

    const popup = await b.openExtensionPage('popup.html');
    const popupReadyMs = round(await markTime(popup, 'newsmark:popup-ready'));
    await popup.close();
    const lib = await b.openExtensionPage('library.html');
    const libraryFirstScreenMs = round(await markTime(lib, 'newsmark:library-first-screen'));
    const syncRunning = (await lib.evaluate(askBackground<{ status: SyncStatus }>, { type: 'sync:status' })).status.running;
    log(
      `  during the first sync: popup ready ${popupReadyMs} ms, library first screen ${libraryFirstScreenMs} ms (sync running: ${syncRunning})`,
    );

    let said = 0;
    for (;;) {
      const st = (await lib.evaluate(askBackground<{ status: SyncStatus }>, { type: 'sync:status' })).status;
      if (st.lastSync !== null && !st.running && st.pending === 0) break;
      if (st.lastError && !st.running) throw new Error(`first sync failed: ${st.lastError.message}`);
      if (performance.now() - t0 > 30 * 60_000) throw new Error(`first sync not done after 30 minutes (${st.pending} pending)`);
      if (performance.now() - t0 > (said + 1) * 30_000) log(`  first sync: ${st.pending} pending after ${++said * 30} s`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const firstSyncSeconds = round((performance.now() - t0) / 1000);
    const documentsOnServer = await couch.docCount(database);
    log(`  first sync done in ${firstSyncSeconds} s; ${documentsOnServer} documents on the server`);
    await lib.close();
    await b.close();

    b = await launch('chromium', profile);
    const measured = await measure(b, serverUrl, log);
    return {
      firstSyncSeconds,
      documentsOnServer,
      duringFirstSync: { popupReadyMs, libraryFirstScreenMs, syncRunning },
      measured,
      bars: bars(measured),
    };
  } finally {
    await b?.close().catch(() => undefined);
    await couch.dispose();
  }
}

/**
 * `profile`: a browser profile directory to keep between runs (seeded once,
 * then reused); without it a temporary profile is seeded and removed.
 */
export async function libraryScale(
  opts: { notes?: number; pages?: number; profile?: string; sync?: boolean; log?: (s: string) => void } = {},
): Promise<LibraryScaleResult | { skipped: string }> {
  const total = opts.notes ?? 100_000;
  const pageCount = opts.pages ?? 5_000;
  const log = opts.log ?? ((s: string) => console.error(s));
  if (!browserAvailable('chromium')) return { skipped: 'Chromium not found' };
  const keep = opts.profile !== undefined;
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'newsmark-scale-'));
  if (keep) mkdirSync(profile, { recursive: true });
  const marker = join(profile, `.newsmark-seeded-${total}-${pageCount}`);
  const server = await startServer();
  let b: TestBrowser | null = null;
  try {
    log(`library-scale: generating ${total} notes over ${pageCount} pages`);
    const { notes, summaries } = syntheticLibrary(total, pageCount);
    let seedSeconds = 0;
    if (!existsSync(marker)) {
      b = await launch('chromium', profile);
      const t0 = performance.now();
      await seed(b, notes, summaries, log);
      seedSeconds = round((performance.now() - t0) / 1000);
      writeFileSync(marker, String(seedSeconds));
      log(`library-scale: seeded in ${seedSeconds} s; restarting the browser`);
      await b.close();
    } else {
      log(`library-scale: reusing the seeded profile ${profile}`);
    }
    b = await launch('chromium', profile);
    const measured = await measure(b, server.url, log);
    const result: LibraryScaleResult = { notes: notes.length, pages: pageCount, seedSeconds, ...measured, bars: bars(measured) };
    if (opts.sync) {
      await b.close();
      b = null;
      result.sync = await withSyncOn(profile, server.url, notes.length, log);
    }
    return result;
  } finally {
    await b?.close().catch(() => undefined);
    await server.close();
    if (!keep) rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [notes, pages] = process.argv.slice(2).map(Number);
  libraryScale({
    notes: notes || undefined,
    pages: pages || undefined,
    profile: process.env.NEWSMARK_SCALE_PROFILE || undefined,
    sync: process.env.NEWSMARK_SCALE_SYNC === '1',
  })
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
