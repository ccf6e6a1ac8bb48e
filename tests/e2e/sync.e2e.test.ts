/**
 * Sync between two real browser profiles, each its own browser process, through a
 * real CouchDB-protocol server (pouchdb-server in memory on 127.0.0.1), set up
 * the way a reader does it: Settings → Sync, filled in and turned on with a
 * real click. A switchable proxy in front of the server plays "the server is
 * down" and counts requests.
 *
 * Pairs: Chromium and Firefox; two Chromium profiles.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, waitInPage, type BrowserName, type TestBrowser, type TestPage } from '../../scripts/lib/browsers';
import { clickUi, dragSelect, rectOf, setInput, tooltipWith } from '../../scripts/lib/reader';
import { askBackground as ask } from '../../scripts/lib/ask-background';
import { fillSync as fillSyncForm, realClick, turnOnSync } from '../../scripts/lib/sync-settings';
import { waitForToast, waitInUi } from '../../scripts/lib/ui-root';
import { ADMIN, TestCouch } from '../helpers/pouchdb-server';
import { SwitchProxy } from '../helpers/switch-proxy';
import type { NoteRecord } from '../../utils/annotation';
import { toJsonLd } from '../../utils/export/jsonld';
import type { SyncStatus } from '../../utils/sync/messages';

let web: { url: string; close(): Promise<void> };
beforeAll(async () => {
  web = await startServer();
});
afterAll(async () => {
  await web?.close();
});

const DATABASE = 'reader-notes';
/** How long a note made on one profile may take to show on the other (the bar). */
const ARRIVAL_MS = 10_000;

interface LibraryNote {
  id: string;
  quote: string;
  body: string;
  creator: string;
  elsewhere: number;
  team: boolean;
  editable: boolean;
}

/** Extension-page world: the library's notes once it has loaded. */
function readLibrary(): LibraryNote[] | null {
  if (!document.querySelector('[data-testid=library-counts]') || document.querySelector('[aria-busy=true]')) return null;
  return [...document.querySelectorAll('[data-testid=library-note]')].map((li) => ({
    id: (li as HTMLElement).dataset.id ?? '',
    quote: li.querySelector('[data-testid=quote]')?.textContent ?? '',
    body: li.querySelector('[data-testid=note-body]')?.textContent ?? '',
    creator: li.querySelector('[data-testid=note-creator]')?.textContent ?? '',
    elsewhere: li.querySelectorAll('[data-testid=elsewhere-version]').length,
    team: !!li.querySelector('[data-testid=team-note]'),
    editable: !!li.querySelector('[data-testid=edit]'),
  }));
}

/**
 * Opens the library afresh (as a reader does) until `want` holds of its notes,
 * or `timeoutMs` passes; returns the last notes read and when `want` first held.
 */
async function libraryUntil(
  b: TestBrowser,
  want: (notes: LibraryNote[]) => boolean,
  timeoutMs: number,
): Promise<{ notes: LibraryNote[]; ok: boolean }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A new tab each time (in Firefox, reloading an extension page can wait for ever).
    const page = await b.openExtensionPage('library.html');
    const notes = await waitInPage(page, readLibrary, null, 10_000, 'library loaded').finally(() => page.close());
    if (want(notes)) return { notes, ok: true };
    if (Date.now() > deadline) return { notes, ok: false };
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Fills in Settings → Sync for this test's server and database; returns the settings page. */
function fillSync(
  b: TestBrowser,
  fields: { url: string; password: string; displayName: string },
  button: 'sync-save' | 'sync-test',
): Promise<TestPage> {
  return fillSyncForm(b, { ...fields, database: DATABASE, username: ADMIN.username }, button);
}

function turnOn(b: TestBrowser, url: string, displayName: string): Promise<void> {
  return turnOnSync(b, { url, database: DATABASE, username: ADMIN.username, password: ADMIN.password, displayName });
}

async function openDemo(b: TestBrowser): Promise<TestPage> {
  const page = await b.newPage();
  await page.goto(`${web.url}/demo/index.html`);
  await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 20_000, 'newsmark:painted');
  return page;
}

/** Page world: how many of the reader's notes are painted. */
function notesPainted() {
  return CSS.highlights.get('newsmark-note')?.size ?? 0;
}

/** Highlights `phrase` on the demo page in `b`; resolves once it is saved. */
async function highlight(b: TestBrowser, phrase: string): Promise<void> {
  const page = await openDemo(b);
  await dragSelect(page, phrase);
  await clickUi(page, '.toolbar [data-action=highlight]');
  await waitForToast(page, 'saved');
  await page.close();
}

/** Edits a note's text in the library of `b`. */
async function editInLibrary(b: TestBrowser, id: string, body: string): Promise<void> {
  const lib = await b.openExtensionPage('library.html');
  const sel = `[data-testid=library-note][data-id="${id}"]`;
  await waitInPage(lib, (s: string) => !!document.querySelector(s), sel, 10_000, 'note in library');
  await lib.evaluate((s: string) => (document.querySelector(`${s} [data-testid=edit]`) as HTMLElement).click(), sel);
  await setInput(lib, `${sel} [data-testid=edit-body]`, body);
  await lib.evaluate((s: string) => (document.querySelector(`${s} [data-testid=edit-save]`) as HTMLElement).click(), sel);
  await waitInPage(
    lib,
    ({ s, want }: { s: string; want: string }) => document.querySelector(`${s} [data-testid=note-body]`)?.textContent === want || null,
    { s: sel, want: body },
    10_000,
    'edited',
  );
  await lib.close();
}

async function deleteInLibrary(b: TestBrowser, id: string): Promise<void> {
  const lib = await b.openExtensionPage('library.html');
  const sel = `[data-testid=library-note][data-id="${id}"]`;
  await waitInPage(lib, (s: string) => !!document.querySelector(s), sel, 10_000, 'note in library');
  await lib.evaluate((s: string) => (document.querySelector(`${s} [data-testid=select-note]`) as HTMLElement).click(), sel);
  await lib.evaluate(() => (document.querySelector('[data-testid=delete-selected]') as HTMLElement).click(), null);
  await waitInPage(lib, (s: string) => !document.querySelector(s), sel, 10_000, 'deleted');
  await lib.close();
}

/** `count` notes on pages of their own (none on the demo page), as an import file would bring them. */
function manyNotes(count: number): NoteRecord[] {
  const stamp = new Date().toISOString();
  return Array.from({ length: count }, (_, i) => ({
    id: `urn:uuid:${randomUUID()}`,
    motivation: 'commenting' as const,
    body: `checked against the port authority's register, item ${i}`,
    tags: ['register'],
    colour: 'yellow' as const,
    created: stamp,
    modified: stamp,
    target: {
      source: `https://news.example.org/harbour/story-${i % 40}`,
      selector: [
        { type: 'TextQuoteSelector' as const, exact: `the vessel named in report ${i}`, prefix: 'said ', suffix: ' on' },
        { type: 'TextPositionSelector' as const, start: 100, end: 126 + String(i).length },
      ],
    },
    pageTitle: `Harbour story ${i % 40}`,
  }));
}

/** How many notes the library of `b` holds: the background's count once its index is built (`library:query` gives null before). */
async function libraryTotal(b: TestBrowser): Promise<number> {
  const page = await b.openExtensionPage('library.html');
  try {
    const r = await page.evaluate(ask<{ ok: boolean; notes: number; error?: string }>, { type: 'library:facets' });
    if (!r.ok || typeof r.notes !== 'number') throw new Error(`library:facets failed: ${r.error}`);
    return r.notes;
  } finally {
    await page.close();
  }
}

/**
 * Extension-origin world: whether the reader's store holds note `id`, read
 * from IndexedDB itself (no message, so the background is not woken to answer).
 */
async function storeHas(id: string): Promise<boolean | null> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('newsmark');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  try {
    if (!db.objectStoreNames.contains('annotations')) return null;
    const found = await new Promise<unknown>((ok, fail) => {
      const req = db.transaction('annotations').objectStore('annotations').get(id);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    return found ? true : null;
  } finally {
    db.close();
  }
}

const PAIRS: [BrowserName, BrowserName][] = [
  ['chromium', 'firefox'],
  ['chromium', 'chromium'],
];

describe.each(PAIRS)('Sync from %s to %s', (nameA, nameB) => {
  const available = browserAvailable(nameA) && browserAvailable(nameB);
  let couch: TestCouch;
  let proxy: SwitchProxy;
  let a: TestBrowser;
  let b: TestBrowser;

  beforeAll(async () => {
    if (!available) return;
    couch = await TestCouch.start();
    await couch.createDatabase(DATABASE);
    proxy = await SwitchProxy.start(couch.url);
    a = await launch(nameA);
    b = await launch(nameB);
    await turnOn(a, proxy.url, 'Ana');
    await turnOn(b, proxy.url, 'Ben');
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await proxy?.off();
    await couch?.dispose();
  });

  const quote = 'mapping undersea data cables';

  it.skipIf(!available)(`a note made in ${nameA} shows in ${nameB}'s library and on its page, re-anchored, within 10 s`, async () => {
    await highlight(a, quote);
    const made = Date.now();
    // It reaches the server (A's sync a few seconds after the change)…
    const onServer = () => couch.docCount(DATABASE);
    const deadline = made + ARRIVAL_MS;
    while ((await onServer()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await onServer(), 'documents on the server').toBeGreaterThan(0);
    // …and B's library, without B doing anything.
    const { notes, ok } = await libraryUntil(b, (ns) => ns.some((n) => n.quote === quote), ARRIVAL_MS);
    expect(ok, `the note did not reach ${nameB}'s library within ${ARRIVAL_MS} ms`).toBe(true);
    expect(notes.find((n) => n.quote === quote)?.creator).toContain('Ana');
    const page = await openDemo(b);
    const painted = await waitInPage(page, () => CSS.highlights.get('newsmark-note')?.size || null, null, 20_000, 'note painted');
    expect(painted).toBe(1);
    const elapsed = Date.now() - made;
    await page.close();
    expect(elapsed, 'from the note made to it painted on the other profile (ms)').toBeLessThanOrEqual(ARRIVAL_MS);
  });

  it.skipIf(!available)(`an edit in ${nameB} comes back to ${nameA}, and so does a delete`, async () => {
    const { notes } = await libraryUntil(b, (ns) => ns.some((n) => n.quote === quote), ARRIVAL_MS);
    const id = notes.find((n) => n.quote === quote)!.id;
    await editInLibrary(b, id, 'Ben checked the coast guard logs');
    const edited = await libraryUntil(
      a,
      (ns) => ns.some((n) => n.id === id && n.body === 'Ben checked the coast guard logs'),
      ARRIVAL_MS * 2,
    );
    expect(edited.ok, `the edit did not reach ${nameA}`).toBe(true);

    await deleteInLibrary(b, id);
    const gone = await libraryUntil(a, (ns) => !ns.some((n) => n.id === id), ARRIVAL_MS * 2);
    expect(gone.ok, `the delete did not reach ${nameA}`).toBe(true);
    const page = await openDemo(a);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.evaluate(notesPainted, null)).toBe(0);
    await page.close();
  });

  it.skipIf(!available)(
    `a page open in ${nameB} paints a note made in ${nameA} without a reload, and unpaints it when it is deleted`,
    async () => {
      const phrase = 'shared radar records and photographs';
      const open = await openDemo(b);
      const before = await open.evaluate(notesPainted, null);
      const refreshes = () => performance.getEntriesByName('newsmark:notes-refreshed').length;
      await highlight(a, phrase);
      const made = Date.now();
      const painted = await waitInPage(
        open,
        (n: number) => {
          const h = CSS.highlights.get('newsmark-note');
          return h && h.size > n ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : null;
        },
        before,
        ARRIVAL_MS,
        'the synced note painted on the open page',
      );
      expect(painted).toContain(phrase);
      expect(Date.now() - made, 'from the note made to it painted on the open page (ms)').toBeLessThanOrEqual(ARRIVAL_MS);
      expect(await open.evaluate(refreshes, null)).toBeGreaterThan(0);

      const { notes } = await libraryUntil(a, (ns) => ns.some((n) => n.quote === phrase), ARRIVAL_MS);
      await deleteInLibrary(a, notes.find((n) => n.quote === phrase)!.id);
      const left = await waitInPage(
        open,
        (p: string) => {
          const h = CSS.highlights.get('newsmark-note');
          const texts = h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [];
          return texts.includes(p) ? null : texts;
        },
        phrase,
        ARRIVAL_MS * 2,
        'the deleted note unpainted on the open page',
      );
      expect(left).not.toContain(phrase);
      await open.close();
    },
    60_000,
  );

  it.skipIf(!available)(
    'edits made on both sides while the server is down converge, with the same winner on both, and lose nothing',
    async () => {
      const phrase = 'collecting depth and position data';
      await highlight(a, phrase);
      const { notes } = await libraryUntil(b, (ns) => ns.some((n) => n.quote === phrase), ARRIVAL_MS);
      const id = notes.find((n) => n.quote === phrase)!.id;

      await proxy.off();
      await editInLibrary(a, id, 'Ana: ask the institute for its data');
      await new Promise((r) => setTimeout(r, 1100)); // B's edit is the later one
      await editInLibrary(b, id, 'Ben: the institute will not share its data');
      // A note made on A while the server is down is kept and goes up later.
      await highlight(a, 'increased inspections of its seabed equipment');
      await new Promise((r) => setTimeout(r, 6000)); // the syncs after those changes fail
      await proxy.on();

      const winner = 'Ben: the institute will not share its data';
      const converged = (ns: LibraryNote[]) =>
        ns.some((n) => n.id === id && n.body === winner) && ns.some((n) => n.quote === 'increased inspections of its seabed equipment');
      const [onA, onB] = await Promise.all([libraryUntil(a, converged, 60_000), libraryUntil(b, converged, 60_000)]);
      expect(onA.ok, `A did not converge: ${JSON.stringify(onA.notes)}`).toBe(true);
      expect(onB.ok, `B did not converge: ${JSON.stringify(onB.notes)}`).toBe(true);
      // The losing text is kept, as a version edited elsewhere, where it lost.
      expect(onA.notes.find((n) => n.id === id)!.elsewhere).toBeGreaterThan(0);
    },
    120_000,
  );

  it.skipIf(!available)('a wrong password says so in words and loses no note', async () => {
    const before = await libraryUntil(a, () => true, 0);
    const page = await fillSync(a, { url: proxy.url, password: 'not-the-password', displayName: 'Ana' }, 'sync-test');
    const message = await waitInPage(
      page,
      () => {
        const text = document.querySelector('[data-testid=sync-message]')?.textContent ?? '';
        return text && !text.endsWith('…') ? text : null; // not "Testing the connection…"
      },
      null,
      15_000,
      'sync message',
    );
    expect(message).toMatch(/password|user name/i);
    await page.close();
    const after = await libraryUntil(a, (ns) => ns.length === before.notes.length, 5000);
    expect(after.notes.map((n) => n.id).sort()).toEqual(before.notes.map((n) => n.id).sort());
  });
  // Chromium only: Firefox's background page does not sleep.
  if (nameB === 'chromium')
    it.skipIf(!available)(
      `a note made in ${nameA} reaches ${nameB} while its service worker sleeps: the watch wakes it`,
      async () => {
        await b.stopBackground!();
        const [note] = manyNotes(1);
        const lib = await a.openExtensionPage('library.html');
        const made = Date.now();
        const imported = await lib.evaluate(ask<{ ok: boolean; error?: string }>, { type: 'library:import', text: toJsonLd([note]) });
        expect(imported.ok, imported.error).toBe(true);
        await lib.close();
        // Read on B from an extension-origin page that sends no message (an icon), so nothing but the watch wakes the worker.
        const probe = await b.openExtensionPage('icon/16.png');
        const arrived = await waitInPage(probe, storeHas, note.id, ARRIVAL_MS, 'the note in the sleeping profile').catch(() => false);
        const elapsed = Date.now() - made;
        await probe.close();
        expect(arrived, `the note did not reach ${nameB}'s store within ${ARRIVAL_MS} ms`).toBe(true);
        expect(elapsed).toBeLessThanOrEqual(ARRIVAL_MS);
      },
      60_000,
    );

  it.skipIf(!available)(
    'the server stopping in the middle of a sync loses nothing, and sync resumes when it is back',
    async () => {
      const COUNT = 1500;
      const before = { a: await libraryTotal(a), b: await libraryTotal(b), server: await couch.docCount(DATABASE) };
      // The server goes down at A's second batch of documents (500 a batch): one batch is on it, the rest not.
      const down = proxy.offAt((req) => req.method === 'POST' && (req.url ?? '').includes('/_bulk_docs'), 2);
      const lib = await a.openExtensionPage('library.html');
      const imported = await lib.evaluate(ask<{ ok: boolean; added?: number; error?: string }>, {
        type: 'library:import',
        text: toJsonLd(manyNotes(COUNT)),
      });
      expect(imported.ok, imported.error).toBe(true);
      await down;
      const partial = (await couch.docCount(DATABASE)) - before.server;
      expect(partial, 'documents on the server when it stopped').toBeGreaterThan(0);
      expect(partial, 'documents on the server when it stopped').toBeLessThan(COUNT);

      // Nothing is lost on A, and the failure is said in words.
      const failed = await waitInPage(
        lib,
        async () => {
          // Self-contained: this runs in the page.
          const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
          const st = ((await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'sync:status' })) as { status: SyncStatus }).status;
          return !st.running && st.lastError ? st : null;
        },
        null,
        20_000,
        'the failed sync',
      );
      expect(failed.lastError?.message).toBeTruthy();
      expect(failed.pending).toBeGreaterThan(0);
      await lib.close();
      expect(await libraryTotal(a)).toBe(before.a + COUNT);

      // Back up: A's retry sends the rest, and B receives every note.
      await proxy.on();
      const deadline = Date.now() + 90_000;
      while ((await couch.docCount(DATABASE)) < before.server + COUNT && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 1000));
      expect(await couch.docCount(DATABASE)).toBe(before.server + COUNT);
      while ((await libraryTotal(b)) < before.b + COUNT && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000));
      expect(await libraryTotal(b)).toBe(before.b + COUNT);
      expect(await libraryTotal(a)).toBe(before.a + COUNT);
    },
    180_000,
  );
});

describe('Team database', () => {
  const available = browserAvailable('chromium') && browserAvailable('firefox');
  const TEAM = 'desk-team';
  it.skipIf(!available)(
    "a note Ana shares with the team shows in Ben's library and on his page, marked as hers and not editable",
    async () => {
      const couch = await TestCouch.start();
      for (const db of ['ana-notes', 'ben-notes', TEAM]) await couch.createDatabase(db);
      const [a, b] = await Promise.all([launch('chromium'), launch('firefox')]);
      try {
        const fields = { url: couch.url, username: ADMIN.username, password: ADMIN.password, teamDatabase: TEAM };
        await turnOnSync(a, { ...fields, database: 'ana-notes', displayName: 'Ana' });
        await turnOnSync(b, { ...fields, database: 'ben-notes', displayName: 'Ben' });
        const phrase = 'mapping undersea data cables';
        await highlight(a, phrase);

        // Ana chooses the note in her library and shares it.
        const lib = await a.openExtensionPage('library.html');
        const row = '[data-testid=library-note]';
        await waitInPage(lib, (s: string) => !!document.querySelector(s), row, 10_000, 'note in library');
        await lib.evaluate((s: string) => (document.querySelector(`${s} [data-testid=select-note]`) as HTMLElement).click(), row);
        await lib.evaluate(() => (document.querySelector('[data-testid=share-selected]') as HTMLElement).click(), null);
        const said = await waitInPage(
          lib,
          () => document.querySelector('[data-testid=export-status]')?.textContent || null,
          null,
          15_000,
          'share result',
        );
        expect(said).toMatch(/Shared 1 note/);
        await lib.close();
        const shared = Date.now();
        expect(await couch.docCount(TEAM)).toBe(1);
        expect(await couch.docCount('ben-notes'), "Ana's own notes stay out of Ben's database").toBe(0);

        // Ben's library has it, with its creator and the team mark, and offers no edit.
        const { notes, ok } = await libraryUntil(b, (ns) => ns.some((n) => n.quote === phrase), ARRIVAL_MS);
        expect(ok, `the team note did not reach Ben's library within ${ARRIVAL_MS} ms`).toBe(true);
        const note = notes.find((n) => n.quote === phrase)!;
        expect(note.creator).toContain('Ana');
        expect(note.team).toBe(true);
        expect(note.editable).toBe(false);

        // On Ben's page it is painted, and hovering it says whose it is.
        const page = await openDemo(b);
        expect(await waitInPage(page, () => CSS.highlights.get('newsmark-note')?.size || null, null, 20_000, 'team note painted')).toBe(1);
        expect(Date.now() - shared, 'from shared to painted on the other profile (ms)').toBeLessThanOrEqual(2 * ARRIVAL_MS);
        const r = await page.evaluate(rectOf, { needle: phrase, scope: 'article' });
        await page.mouse.move(1, 1);
        await page.mouse.move(r!.left + 20, (r!.top + r!.bottom) / 2, { steps: 2 });
        const tip = await waitInUi(page, tooltipWith, 'Ana', 5000, 'tooltip naming the creator');
        expect(tip).toContain('Note by Ana (team)');
        await page.close();
      } finally {
        await Promise.all([a.close(), b.close()]);
        await couch.dispose();
      }
    },
    180_000,
  );
});

describe('Sync off', () => {
  const available = browserAvailable('chromium');
  it.skipIf(!available)(
    'turned off, Newsmark sends nothing to the server and holds no sync permission',
    async () => {
      const couch = await TestCouch.start();
      await couch.createDatabase(DATABASE);
      const proxy = await SwitchProxy.start(couch.url);
      const b = await launch('chromium');
      try {
        await turnOn(b, proxy.url, 'Ana');
        const settings = await b.openExtensionPage('options.html');
        await realClick(settings, '[data-testid=sync-off]');
        await waitInPage(settings, () => !document.querySelector('[data-testid=sync-status]'), null, 10_000, 'sync off');
        const granted = await settings.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
          return api.permissions.getAll();
        }, null);
        expect(granted.permissions ?? []).not.toContain('alarms');
        await settings.close();
        await new Promise((r) => setTimeout(r, 1000));
        const seen = proxy.requests;
        await highlight(b, quote());
        await new Promise((r) => setTimeout(r, 7000)); // past the change debounce
        expect(proxy.requests - seen).toBe(0);
      } finally {
        await b.close();
        await proxy.off();
        await couch.dispose();
      }
    },
    120_000,
  );
  const quote = () => 'mapping undersea data cables';
});
