/**
 * The reader's desk, end to end with the built extension: notes made with
 * the in-page UI on the demo page and on three real news pages appear in the
 * library (Chromium, opened as an extension page) and the popup (Chromium and
 * Firefox); search, filters, entity index, edit, delete with undo, export of
 * a selection; import into an empty profile and the byte-identical round
 * trip; hostile text stays text; no serious or critical axe-core violations
 * in popup and library, light and dark; 200% zoom and keyboard reach.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, ROOT, waitInPage, type BrowserName, type TestBrowser, type TestPage } from '../../scripts/lib/browsers';
import { clickUi, exportedText, setInput, uiRect } from '../../scripts/lib/reader';
import { waitForToast, waitInUi } from '../../scripts/lib/ui-root';
import { needsShared } from '../helpers/shared-data';

const NEWS = ['bbc-1', 'guardian-1', 'ars-1'];
const newsAvailable = needsShared(
  NEWS.map((n) => `news-pages/${n}/source.html`),
  'library e2e news-page flows',
).present;

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Playwright-only calls, for Chromium. */
interface PwPage extends TestPage {
  emulateMedia(o: { colorScheme: 'light' | 'dark' }): Promise<void>;
  setViewportSize(s: { width: number; height: number }): Promise<void>;
  setInputFiles(selector: string, files: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
  on(event: 'dialog', fn: (d: { dismiss(): Promise<void> }) => void): void;
}

/**
 * Page-world: the rectangle of a few words inside the detected article: the
 * first text node, in a block that holds one of our highlights, with enough words.
 */
function wordsToSelect(needle: string | null) {
  let node: Text | null = null;
  let start = 0;
  let len = 0;
  if (needle) {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i >= 0) {
        node = n as Text;
        start = i;
        len = needle.length;
        break;
      }
    }
  } else {
    const seen = new Set<Node>();
    for (const [name, h] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
      if (!name.startsWith('newsmark-') || name === 'newsmark-note') continue;
      for (const r of h) {
        const block = (r.startContainer.parentElement as HTMLElement | null)?.closest('p');
        if (!block || seen.has(block)) continue;
        seen.add(block);
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const m = /[A-Za-zÀ-ÿ]{3,}[^.!?\n]{25,60}[A-Za-zÀ-ÿ]/.exec((n as Text).data);
          if (m) {
            node = n as Text;
            start = m.index;
            len = m[0].length;
            break;
          }
        }
        if (node) break;
      }
      if (node) break;
    }
  }
  if (!node) return null;
  (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, start + len);
  const rects = r.getClientRects();
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || Math.abs(first.top - last.top) > 2) {
    // Keep to one line: select only the words on the first line.
    return first ? { x1: first.left + 1, x2: first.right - 1, y: (first.top + first.bottom) / 2 } : null;
  }
  return { x1: first.left + 1, x2: last.right - 1, y: (first.top + first.bottom) / 2 };
}

/** Makes a note the way a reader does: drag-select, Note, type, Save. Returns the selected text. */
async function makeNote(page: TestPage, body: string, needle: string | null = null): Promise<string> {
  const r = await waitInPage(page, wordsToSelect, needle, 10_000, 'words to select');
  await page.mouse.move(r.x1, r.y);
  await page.mouse.down();
  await page.mouse.move(r.x2, r.y, { steps: 5 });
  await page.mouse.up();
  const selected = await page.evaluate(() => document.getSelection()!.toString().trim(), null);
  expect(selected.length).toBeGreaterThan(5);
  await clickUi(page, '.toolbar [data-action=note]');
  await waitInUi(page, uiRect, '.editor textarea', 5000, 'note editor');
  await page.keyboard.type(body);
  await clickUi(page, '.editor [data-action=save]');
  await waitForToast(page, 'saved');
  return selected;
}

async function openPainted(b: TestBrowser, url: string): Promise<TestPage> {
  const page = await b.newPage();
  // Firefox over BiDi may report a navigation error for a page that still loads (e.g. after the page's own history changes); the paint mark decides.
  await page.goto(url).catch((err: unknown) => console.warn(`goto ${url}: ${String(err).slice(0, 120)}`));
  await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 30_000, `newsmark:painted on ${url}`);
  return page;
}

/** Runs axe-core in the page; returns serious and critical violations. */
async function axe(page: TestPage): Promise<string[]> {
  // The source is evaluated as a script of its own (not eval inside the page), so the page's CSP does not apply.
  await (page as unknown as { evaluate(src: string): Promise<unknown> }).evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: Document,
          opts: object,
        ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] }>;
      };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`);
  }, null);
}

async function libraryNotes(page: TestPage, expected: number | null = null) {
  return waitInPage(
    page,
    (n: number | null) => {
      if (document.querySelector('[aria-busy=true]')) return null;
      const notes = [...document.querySelectorAll('[data-testid=library-note]')].map((li) => ({
        id: (li as HTMLElement).dataset.id ?? '',
        quote: li.querySelector('[data-testid=quote]')?.textContent ?? '',
        body: li.querySelector('[data-testid=note-body]')?.textContent ?? '',
      }));
      if (n !== null && notes.length !== n) return null;
      return notes;
    },
    expected,
    15_000,
    `library with ${expected ?? 'any'} notes`,
  );
}

async function click(page: TestPage, selector: string): Promise<void> {
  await waitInPage(page, (s: string) => !!document.querySelector(s), selector, 10_000, selector);
  await page.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), selector);
}

/** Exports from the library in every format and returns the files' text. */
async function exportAll(page: TestPage): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const format of ['jsonld', 'markdown', 'csv']) {
    files[format] = await exportedText(
      page,
      `[data-testid=library-export] button[data-format="${format}"]`,
      `[data-testid=library-export] a[data-export-link="${format}"]`,
    );
  }
  return files;
}

describe("the reader's desk in Chromium", () => {
  const available = browserAvailable('chromium');
  let b: TestBrowser;
  const made: { quote: string; body: string }[] = [];
  let exported: Record<string, string> = {};

  beforeAll(async () => {
    if (available) b = await launch('chromium');
  });
  afterAll(async () => {
    await b?.close();
  });

  it.skipIf(!available)('notes made on the demo page appear in the popup and the library', async () => {
    const page = await openPainted(b, `${server.url}/demo/index.html`);
    made.push({
      quote: await makeNote(page, 'Check the coast guard logs', 'mapping undersea data cables'),
      body: 'Check the coast guard logs',
    });
    const hostile = '<img src=x onerror="document.title=`pwned`"> & <script>alert(1)</script>';
    made.push({ quote: await makeNote(page, hostile, 'Kari Lindqvist'), body: hostile });

    const popup = await b.openExtensionPage('popup.html');
    const view = await waitInPage(
      popup,
      () => {
        const notes = document.querySelectorAll('[data-testid=note-item]').length;
        const link = document.querySelector('[data-testid=library-link]') as HTMLAnchorElement | null;
        const switches = document.querySelector('[data-testid=switches]');
        return notes >= 2 && link && switches
          ? { notes, href: link.href, never: document.querySelector('[data-testid=pause-site]')?.textContent ?? '' }
          : null;
      },
      null,
      15_000,
      'popup with notes, library link and switches',
    );
    expect(view.href).toBe(`${b.extensionOrigin}/library.html`);
    expect(view.never).toBe('Pause on this site');
    expect(await axe(popup)).toEqual([]);
    await (popup as PwPage).emulateMedia({ colorScheme: 'dark' });
    expect(await axe(popup)).toEqual([]);

    // "Pause on this site" is stored and shown again when the popup reopens, and in the settings page.
    await click(popup, '[data-testid=pause-site]');
    // as a reader would, see it take effect before closing the popup (its write to storage has then landed)
    await waitInPage(
      popup,
      () => document.querySelector('[data-testid=paused-site]')?.textContent ?? null,
      null,
      10_000,
      'paused, in this popup',
    );
    await popup.close();
    const again = await b.openExtensionPage('popup.html');
    expect(
      await waitInPage(again, () => document.querySelector('[data-testid=paused-site]')?.textContent ?? null, null, 10_000, 'paused'),
    ).toMatch(/localhost|127\.0\.0\.1/);
    await click(again, '[data-testid=pause-site-undo]'); // back on, for the rest of the tests
    await waitInPage(
      again,
      async () => {
        const s = await (
          globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { neverSites: string[] }>> } } } }
        ).chrome.storage.local.get('newsmark:settings');
        return s['newsmark:settings']?.neverSites.length === 0;
      },
      null,
      5000,
      'site removed again',
    );
    await again.close();

    const lib = await b.openExtensionPage('library.html');
    const notes = await libraryNotes(lib, 2);
    for (const m of made) expect(notes.some((n) => n.quote === m.quote && n.body === m.body)).toBe(true);
    // Hostile note text is text: no element, no script run.
    const dom = await lib.evaluate(
      () => ({ imgs: document.querySelectorAll('.articles img, .articles script').length, title: document.title }),
      null,
    );
    expect(dom).toEqual({ imgs: 0, title: 'Newsmark library' });
    const entity = await waitInPage(
      lib,
      () =>
        [...document.querySelectorAll('[data-testid=entity-row]')]
          .map((e) => e.textContent ?? '')
          .find((t) => t.startsWith('Kari Lindqvist')) ?? null,
      null,
      15_000,
      'entity index',
    );
    expect(entity).toMatch(/^Kari Lindqvist — in 1 article, [1-9]\d* claims?$/);
    await lib.close();
    await page.close();
  });

  it.skipIf(!available || !newsAvailable)('notes made on three real news pages appear in the library, by site', async () => {
    for (const name of NEWS) {
      const page = await openPainted(b, `${server.url}/news/${name}/`);
      const body = `Reading notes on ${name}`;
      made.push({ quote: await makeNote(page, body), body });
      await page.close();
    }
    const lib = await b.openExtensionPage('library.html');
    const notes = await libraryNotes(lib, made.length);
    for (const m of made)
      expect(
        notes.some((n) => n.quote === m.quote && n.body === m.body),
        m.body,
      ).toBe(true);
    const sites = await waitInPage(
      lib,
      () => {
        const opts = [...document.querySelectorAll('[data-testid=filter-site] option')]
          .map((o) => (o as HTMLOptionElement).value)
          .filter(Boolean);
        return opts.length >= 1 ? opts : null;
      },
      null,
      10_000,
      'site filter options',
    );
    // The static server serves every page from one host; the filter still narrows to it and back.
    await setInput(lib, '[data-testid=filter-site]', sites[0]);
    expect((await libraryNotes(lib)).length).toBeGreaterThan(0);
    await lib.close();
  });

  it.skipIf(!available)('searches, filters by entity, edits, deletes with undo, exports a selection', async () => {
    const lib = await b.openExtensionPage('library.html');
    const all = await libraryNotes(lib);
    expect(all.length).toBe(made.length);

    await setInput(lib, '[data-testid=search]', 'coast GUARD');
    const found = await libraryNotes(lib, 1);
    expect(found[0].body).toBe('Check the coast guard logs');
    await setInput(lib, '[data-testid=search]', 'no-such-words-anywhere');
    await waitInPage(lib, () => document.querySelector('[data-testid=empty]')?.textContent ?? null, null, 5000, 'empty result');
    await click(lib, '[data-testid=clear-filters]');
    await libraryNotes(lib, made.length);

    // Entity filter: only the demo article mentions Kari Lindqvist.
    await waitInPage(lib, () => document.querySelectorAll('[data-testid=entity-row]').length > 0 || null, null, 10_000, 'entities');
    await lib.evaluate(() => {
      const row = [...document.querySelectorAll('[data-testid=entity-row]')].find((e) =>
        e.textContent?.startsWith('Kari Lindqvist'),
      ) as HTMLButtonElement;
      row.click();
    }, null);
    const demoNotes = await libraryNotes(lib, 2);
    expect(demoNotes.map((n) => n.body).sort()).toEqual([made[0].body, made[1].body].sort());
    await click(lib, '[data-testid=clear-filters]');
    await libraryNotes(lib, made.length);

    // Edit the first note's text and tags; the change survives a reload.
    const target = (await libraryNotes(lib)).find((n) => n.body === 'Check the coast guard logs')!;
    const sel = `[data-testid=library-note][data-id="${target.id}"]`;
    await click(lib, `${sel} [data-testid=edit]`);
    await setInput(lib, `${sel} [data-testid=edit-body]`, 'Coast guard logs checked');
    await setInput(lib, `${sel} [data-testid=edit-tags]`, 'cables, follow-up');
    await click(lib, `${sel} [data-testid=edit-save]`);
    await waitInPage(
      lib,
      (s: string) => document.querySelector(`${s} [data-testid=note-body]`)?.textContent === 'Coast guard logs checked' || null,
      sel,
      5000,
      'edited',
    );
    await lib.reload();
    expect((await libraryNotes(lib, made.length)).find((n) => n.id === target.id)?.body).toBe('Coast guard logs checked');
    // The tag list comes with the library's index, after the first screen: choose the tag once it is offered.
    await waitInPage(
      lib,
      () => !!document.querySelector('[data-testid=filter-tag] option[value="follow-up"]') || null,
      null,
      10_000,
      'the new tag offered in the filter',
    );
    await setInput(lib, '[data-testid=filter-tag]', 'follow-up');
    expect((await libraryNotes(lib, 1))[0].id).toBe(target.id);
    await click(lib, '[data-testid=clear-filters]');
    await libraryNotes(lib, made.length);

    // Delete, then undo.
    await click(lib, `${sel} [data-testid=delete]`);
    await libraryNotes(lib, made.length - 1);
    await click(lib, '[data-testid=undo]');
    expect((await libraryNotes(lib, made.length)).some((n) => n.id === target.id)).toBe(true);

    // Export exactly a selection.
    await click(lib, `${sel} [data-testid=select-note]`);
    await waitInPage(lib, () => document.querySelector('[data-testid=delete-selected]') !== null || null, null, 5000, 'selection');
    const selection = await exportAll(lib);
    const doc = JSON.parse(selection.jsonld);
    expect(doc.first.items.map((i: { id: string }) => i.id)).toEqual([target.id]);
    expect(selection.csv.trimEnd().split('\r\n').length).toBe(2);
    // The selected note's article: its entities and claim sources.
    const findings = JSON.parse(
      await exportedText(
        lib,
        '[data-testid=library-export] button[data-findings="json"]',
        '[data-testid=library-export] a[data-export-link="findings-json"]',
      ),
    );
    expect(findings.articles).toHaveLength(1);
    expect(findings.articles[0].entities.some((e: { name: string }) => e.name === 'Kari Lindqvist')).toBe(true);
    expect(
      findings.articles[0].claimSources.some((c: { source: string; claims: number }) => c.source === 'Kari Lindqvist' && c.claims > 0),
    ).toBe(true);
    await lib.reload();
    await libraryNotes(lib, made.length);
    exported = await exportAll(lib);
    expect(JSON.parse(exported.jsonld).first.items.length).toBe(made.length);
    await lib.close();
  });

  it.skipIf(!available)(
    'has no serious or critical axe violations, light and dark; fits 200% zoom; every control is reachable by keyboard',
    async () => {
      const lib = (await b.openExtensionPage('library.html')) as PwPage;
      await libraryNotes(lib, made.length);
      await waitInPage(lib, () => document.querySelectorAll('[data-testid=entity-row]').length > 0 || null, null, 10_000, 'entities');
      expect(await axe(lib)).toEqual([]);
      await lib.emulateMedia({ colorScheme: 'dark' });
      const bg = await lib.evaluate(() => getComputedStyle(document.body).backgroundColor, null);
      expect(bg).toBe('rgb(24, 24, 28)');
      expect(await axe(lib)).toEqual([]);
      await lib.emulateMedia({ colorScheme: 'light' });

      // 200% zoom of a 1280-pixel window is a 640-pixel CSS viewport: nothing may need sideways scrolling.
      await lib.setViewportSize({ width: 640, height: 450 });
      const overflow = await lib.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth, null);
      expect(overflow).toBeLessThanOrEqual(0);

      // Tab through the page: every button, input and select is reached.
      const reached = new Set<string>();
      const total = await lib.evaluate(() => {
        document.querySelectorAll('button, input, select, textarea, a[href]').forEach((el, i) => el.setAttribute('data-k', String(i)));
        (document.activeElement as HTMLElement | null)?.blur();
        return [...document.querySelectorAll('[data-k]')].filter((el) => !(el as HTMLButtonElement).disabled && !el.closest('[hidden]'))
          .length;
      }, null);
      // Date inputs take a Tab per field (day, month, year), so press until every control was reached or twice round.
      for (let i = 0; i < total * 2 + 20 && reached.size < total; i++) {
        await lib.keyboard.press('Tab');
        const k = await lib.evaluate(() => document.activeElement?.getAttribute('data-k') ?? null, null);
        if (k) reached.add(k);
      }
      expect(reached.size).toBe(total);

      const settings = await b.openExtensionPage('options.html');
      await waitInPage(
        settings,
        () => document.querySelector('[data-testid=shortcuts]')?.textContent?.includes('Alt+Shift+H') || null,
        null,
        10_000,
        'shortcuts',
      );
      expect(await axe(settings)).toEqual([]);
      await settings.close();
      await lib.close();
    },
  );

  it.skipIf(!available)(
    'imports into an empty profile: export → import → export is byte-identical; duplicates and bad files are handled',
    async () => {
      expect(exported.jsonld).toBeTruthy();
      const fresh = await launch('chromium');
      try {
        const lib = (await fresh.openExtensionPage('library.html')) as PwPage;
        await waitInPage(lib, () => document.querySelector('[data-testid=empty]') !== null || null, null, 15_000, 'empty library');
        const file = (name: string, text: string) => ({ name, mimeType: 'application/ld+json', buffer: Buffer.from(text, 'utf8') });
        const result = async (previous: string) =>
          waitInPage(
            lib,
            (p: string) => {
              const t = document.querySelector('[data-testid=import-result]')?.textContent ?? '';
              return t && t !== p && !t.startsWith('Importing') ? t : null;
            },
            previous,
            20_000,
            'import result',
          );

        // A file with one bad record: refused whole, nothing written.
        const bad = JSON.parse(exported.jsonld);
        bad.first.items[1].target = { source: 'javascript:alert(1)', selector: bad.first.items[1].target.selector };
        await lib.setInputFiles('[data-testid=import-file]', file('bad.jsonld', JSON.stringify(bad)));
        const refused = await result('');
        expect(refused).toMatch(/^Annotation 2 of \d+ .*Nothing was imported\.$/);
        expect(await lib.evaluate(() => document.querySelectorAll('[data-testid=library-note]').length, null)).toBe(0);

        await lib.setInputFiles('[data-testid=import-file]', file('notes.jsonld', exported.jsonld));
        const summary = await result(refused);
        expect(summary).toBe(`Imported ${made.length} annotation${made.length === 1 ? '' : 's'}.`);
        await libraryNotes(lib, made.length);
        const again = await exportAll(lib);
        expect(again.jsonld).toBe(exported.jsonld);
        expect(again.markdown).toBe(exported.markdown);
        expect(again.csv).toBe(exported.csv);

        await lib.setInputFiles('[data-testid=import-file]', file('notes.jsonld', exported.jsonld));
        expect(await result(summary)).toBe(`Nothing new to import. Skipped ${made.length} already in the library.`);
        await lib.close();
      } finally {
        await fresh.close();
      }
    },
  );
});

describe('the popup and the library in Firefox', () => {
  const name: BrowserName = 'firefox';
  const available = browserAvailable(name);
  let b: TestBrowser;
  beforeAll(async () => {
    if (available) b = await launch(name);
  });
  afterAll(async () => {
    await b?.close();
  });

  it.skipIf(!available)('lists a note made on the demo page, links to the library, keeps the switches, passes axe', async () => {
    const page = await openPainted(b, `${server.url}/demo/index.html`);
    const quote = await makeNote(page, 'Firefox note', 'mapping undersea data cables');
    const popup = await b.openExtensionPage('popup.html');
    const view = await waitInPage(
      popup,
      () => {
        const notes = [...document.querySelectorAll('[data-testid=note-item]')].map((n) => n.textContent ?? '');
        const link = document.querySelector('[data-testid=library-link]') as HTMLAnchorElement | null;
        return notes.length && link && document.querySelector('[data-testid=switch-all]') ? { notes, href: link.href } : null;
      },
      null,
      20_000,
      'popup',
    );
    expect(view.notes.some((n) => n.includes(quote) && n.includes('Firefox note'))).toBe(true);
    expect(view.href).toBe(`${b.extensionOrigin}/library.html`);
    await click(popup, '[data-kind=NUMBER]');
    await waitInPage(
      popup,
      async () => {
        const s = await (
          globalThis as unknown as {
            browser: { storage: { local: { get(k: string): Promise<Record<string, { kinds: Record<string, boolean> }>> } } };
          }
        ).browser.storage.local.get('newsmark:settings');
        return s['newsmark:settings']?.kinds.NUMBER === false || null;
      },
      null,
      5000,
      'switch stored',
    );
    expect(await axe(popup)).toEqual([]);
    await popup.close();

    // The library page in Firefox: its first screen, and exports read in slices (no service worker to stream from).
    const lib = await b.openExtensionPage('library.html');
    const listed = await libraryNotes(lib);
    expect(listed.some((n) => n.body === 'Firefox note')).toBe(true);
    const files = await exportAll(lib);
    expect(
      JSON.parse(files.jsonld).first.items.some((a: { body?: { value: string }[] }) => a.body?.some((x) => x.value === 'Firefox note')),
    ).toBe(true);
    expect(files.markdown).toContain(`> ${quote}`);
    expect(files.csv).toContain('Firefox note');
    await lib.close();
    await page.close();
  });

  it.skipIf(!available || !newsAvailable)('lists notes made on three news pages in the popup', async () => {
    for (const n of NEWS) {
      const page = await openPainted(b, `${server.url}/news/${n}/`);
      const quote = await makeNote(page, `Firefox on ${n}`);
      const popup = await b.openExtensionPage('popup.html');
      const notes = await waitInPage(
        popup,
        () => {
          const t = [...document.querySelectorAll('[data-testid=note-item]')].map((x) => x.textContent ?? '');
          return t.length ? t : null;
        },
        null,
        20_000,
        `popup on ${n}`,
      );
      expect(notes.some((t) => t.includes(quote) && t.includes(`Firefox on ${n}`))).toBe(true);
      await popup.close();
      await page.close();
    }
  });
});
