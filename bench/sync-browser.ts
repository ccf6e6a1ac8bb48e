/**
 * Sync at scale in real Chromium profiles (issue 21, part of `npm run bench`),
 * through a local pouchdb-server, with sync turned on in Settings as a reader
 * does:
 *
 * - upload: profile A holds `notes` notes (the library bench's synthetic
 *   library); from "Turn on sync" until the server has them all;
 * - first sync to an empty profile (bar ≤ 60 s for 10,000): a fresh profile B
 *   turns sync on; from the click until B's library holds every note;
 * - one new note (bar ≤ 5 s): A imports one note; from that request until
 *   B's library holds it, with nothing done on B (the remote watch), `rounds` times.
 *
 * Run alone: scripts/node22 npx tsx bench/sync-browser.ts [notes]
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { browserAvailable, launch, type TestBrowser, type TestPage } from '../scripts/lib/browsers';
import { askBackground } from '../scripts/lib/ask-background';
import { turnOnSync } from '../scripts/lib/sync-settings';
import { ADMIN, TestCouch } from '../tests/helpers/pouchdb-server';
import { toJsonLd } from '../utils/export/jsonld';
import { seed, syntheticLibrary } from './library-scale';

export interface SyncBrowserResult {
  notes: number;
  uploadSeconds: number;
  firstSyncToEmptyProfileSeconds: number;
  oneNewNoteMs: number[];
  bars: Record<string, { value: number; bar: number; ok: boolean }>;
}

const DATABASE = 'bench-sync';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number) => Math.round(x * 10) / 10;

/** Resolves once `page`'s library holds `want` notes; the time it took, from `t0`. */
async function untilTotal(page: TestPage, want: number, t0: number, timeoutMs: number, what: string): Promise<number> {
  for (;;) {
    // The index's count (library:query's total is null until the index is built); -1 while the background does not answer.
    const r = await page.evaluate(askBackground<{ ok: boolean; notes?: number }>, { type: 'library:facets' }).catch(() => null);
    const total = r?.ok && typeof r.notes === 'number' ? r.notes : -1;
    if (total >= want) return performance.now() - t0;
    if (performance.now() - t0 > timeoutMs) throw new Error(`${what}: ${total} of ${want} notes after ${Math.round(timeoutMs / 1000)} s`);
    await pause(100);
  }
}

export async function benchSyncBrowser(
  opts: { notes?: number; rounds?: number; log?: (s: string) => void } = {},
): Promise<SyncBrowserResult | { skipped: string }> {
  const n = opts.notes ?? 10_000;
  const rounds = opts.rounds ?? 5;
  const log = opts.log ?? ((s: string) => console.error(s));
  if (!browserAvailable('chromium')) return { skipped: 'Chromium not found' };
  const couch = await TestCouch.start();
  const browsers: TestBrowser[] = [];
  try {
    await couch.createDatabase(DATABASE);
    const fields = { url: couch.url, database: DATABASE, username: ADMIN.username, password: ADMIN.password };
    const a = await launch('chromium');
    browsers.push(a);
    const { notes, summaries } = syntheticLibrary(n, Math.max(1, Math.round(n / 20)));
    await seed(a, notes, summaries, log);

    let t0 = performance.now();
    await turnOnSync(a, { ...fields, displayName: 'A' });
    while ((await couch.docCount(DATABASE)) < n) {
      if (performance.now() - t0 > 30 * 60_000) throw new Error('upload not done after 30 minutes');
      await pause(250);
    }
    const uploadSeconds = round((performance.now() - t0) / 1000);
    log(`sync-browser: ${n} notes uploaded from A in ${uploadSeconds} s`);

    const b = await launch('chromium');
    browsers.push(b);
    const onB = await b.openExtensionPage('library.html');
    t0 = performance.now();
    await turnOnSync(b, { ...fields, displayName: 'B' });
    const firstMs = await untilTotal(onB, n, t0, 30 * 60_000, 'first sync to the empty profile');
    const firstSyncToEmptyProfileSeconds = round(firstMs / 1000);
    log(`sync-browser: first sync of ${n} notes to the empty profile B in ${firstSyncToEmptyProfileSeconds} s`);

    const onA = await a.openExtensionPage('library.html');
    const oneNewNoteMs: number[] = [];
    for (let i = 0; i < rounds; i++) {
      await pause(1500); // B's watch back in its long poll
      const stamp = new Date().toISOString();
      const note = {
        ...notes[i],
        id: `urn:uuid:${randomUUID()}`,
        body: `one more note ${i}`,
        created: stamp,
        modified: stamp,
      };
      const total = n + i + 1;
      t0 = performance.now();
      const ok = await onA.evaluate(
        async (text: string) => {
          const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome
            .runtime.sendMessage;
          return (await send({ type: 'library:import', text })).ok;
        },
        toJsonLd([note]),
      );
      if (!ok) throw new Error('import of one note failed');
      oneNewNoteMs.push(Math.round(await untilTotal(onB, total, t0, 60_000, 'one new note')));
    }
    log(`sync-browser: one new note from A to B: ${oneNewNoteMs.join(', ')} ms`);
    const bar = (value: number, limit: number) => ({ value, bar: limit, ok: value <= limit });
    return {
      notes: n,
      uploadSeconds,
      firstSyncToEmptyProfileSeconds,
      oneNewNoteMs,
      bars: {
        [`first sync of ${n} notes to an empty profile (s)`]: bar(firstSyncToEmptyProfileSeconds, 60),
        'one new note on the other profile, max (ms)': bar(Math.max(...oneNewNoteMs), 5000),
      },
    };
  } finally {
    for (const b of browsers) await b.close().catch(() => undefined);
    await couch.dispose();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const notes = Number(process.argv[2]) || undefined;
  benchSyncBrowser({ notes })
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
