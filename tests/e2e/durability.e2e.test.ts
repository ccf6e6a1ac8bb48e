/**
 * Notes are never lost: they survive a browser restart with the same
 * profile, the MV3 service worker being stopped between two saves, and many
 * tabs saving at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, waitInPage, type BrowserName, type TestBrowser, type TestPage } from '../../scripts/lib/browsers';
import { clickUi, dragSelect } from '../../scripts/lib/reader';
import { inUi, waitForToast } from '../../scripts/lib/ui-root';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

async function openDemo(b: TestBrowser): Promise<TestPage> {
  const page = await b.newPage();
  await page.goto(`${server.url}/demo/index.html`);
  await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 20_000, 'painted');
  return page;
}

/** Highlights a phrase with the in-page toolbar and waits for the saved acknowledgement. */
async function highlight(page: TestPage, phrase: string): Promise<void> {
  await dragSelect(page, phrase);
  await clickUi(page, '.toolbar [data-action=highlight]');
  await waitForToast(page, 'Highlight saved', 10_000);
  // Hide the toast so the next save's acknowledgement is fresh.
  await inUi(
    page,
    (root) => {
      const t = root.querySelector('[role=status]') as HTMLElement | null;
      if (t) t.textContent = '';
    },
    null,
  );
}

/** Page-world: the texts under yellow note highlights, when there are at least `min`. */
function noteTexts(min: number) {
  const h = CSS.highlights.get('newsmark-note');
  const texts = h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()).sort() : [];
  return texts.length >= min ? texts : null;
}

describe.each(['chromium', 'firefox'] as BrowserName[])('durability in %s', (name) => {
  const available = browserAvailable(name);

  it.skipIf(!available)('notes survive a browser restart with the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), `newsmark-profile-${name}-`));
    try {
      let b = await launch(name, profile);
      let page = await openDemo(b);
      await highlight(page, 'coast guard vessels');
      await b.close();
      b = await launch(name, profile);
      page = await openDemo(b);
      // Firefox: the add-on is re-installed under the same id and internal UUID, so its storage is found again.
      const texts = await waitInPage(page, noteTexts, 1, 10_000, 'notes after restart');
      await b.close();
      expect(texts).toEqual(['coast guard vessels']);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it.skipIf(!available || name !== 'chromium')(
    'a note saved after the service worker was stopped is kept, and so is the one before',
    async () => {
      const b = await launch(name);
      try {
        const page = await openDemo(b);
        await highlight(page, 'radar records');
        await b.stopBackground!();
        await highlight(page, 'four frigates');
        await page.reload();
        await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 20_000, 'painted');
        const texts = await waitInPage(page, noteTexts, 2, 10_000, 'both notes');
        expect(texts).toEqual(['four frigates', 'radar records']);
      } finally {
        await b.close();
      }
    },
  );

  it.skipIf(!available)('10 tabs saving 100 notes each at once: all 1,000 are stored, none twice', async () => {
    const b = await launch(name);
    try {
      const tabs = await Promise.all(Array.from({ length: 10 }, () => b.openExtensionPage('popup.html')));
      const results = await Promise.all(
        tabs.map((tab, t) =>
          tab.evaluate(async (tabIndex: number) => {
            const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
            const now = new Date().toISOString();
            const saves = Array.from({ length: 100 }, (_, i) => {
              const hex = (tabIndex * 100 + i).toString(16).padStart(12, '0');
              return api.runtime.sendMessage({
                type: 'notes:save',
                note: {
                  id: `urn:uuid:00000000-0000-4000-8000-${hex}`,
                  motivation: 'highlighting',
                  body: '',
                  tags: [],
                  colour: 'yellow',
                  created: now,
                  modified: now,
                  target: {
                    source: `https://example.com/story-${tabIndex}`,
                    selector: [
                      { type: 'TextQuoteSelector', exact: `quote ${i}`, prefix: '', suffix: '' },
                      { type: 'TextPositionSelector', start: i, end: i + 5 },
                    ],
                  },
                  pageTitle: `Story ${tabIndex}`,
                },
              });
            });
            const replies = (await Promise.all(saves)) as { ok: boolean }[];
            return replies.filter((r) => r?.ok).length;
          }, t),
        ),
      );
      expect(results).toEqual(Array(10).fill(100));
      const all = await tabs[0].evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
        const reply = (await api.runtime.sendMessage({ type: 'library:query', filter: {}, offset: 0, limit: 5000 })) as {
          items: { note: { id: string } }[];
        };
        return reply.items.map((i) => i.note.id);
      }, null);
      expect(all.length).toBe(1000);
      expect(new Set(all).size).toBe(1000);
    } finally {
      await b.close();
    }
  });
});
