/**
 * Pages in languages the engine has no model for (issue 24), in the built
 * extension:
 *   - on the non-English news pages (lemonde-1, heise, from ../shared where
 *     present) in Chromium: no automatic entity or claim highlight, and a
 *     reader's highlight is saved and comes back on the same words after a
 *     reload;
 *   - on a French page of our own (tests/fixtures/language/article-fr.html),
 *     in Chromium and Firefox: nothing painted, the popup's one line says
 *     which language the page is in, and its switch makes Newsmark analyse
 *     French anyway (and switching it off again clears the highlights).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { needsShared } from '../helpers/shared-data';
import { browserAvailable, launch, waitInPage, type BrowserName, type TestBrowser, type TestPage } from '../../scripts/lib/browsers';
import { clickUi, dragSelect, isPainted, paintedTexts } from '../../scripts/lib/reader';
import { waitForToast } from '../../scripts/lib/ui-root';

const AUTO = ['person', 'org', 'place', 'date', 'number', 'group', 'claim'];

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

async function openPainted(b: TestBrowser, path: string): Promise<TestPage> {
  const page = await b.newPage();
  await page.goto(`${server.url}${path}`);
  await waitInPage(page, isPainted, null, 30_000, `${path} painted`);
  return page;
}

/** Page-world: the number of ranges under each automatic highlight (entities and claims). */
function autoCounts(kinds: readonly string[]) {
  return Object.fromEntries(kinds.map((k) => [k, CSS.highlights.get(`newsmark-${k}`)?.size ?? 0]));
}

const noneOf = (kinds: readonly string[]) => Object.fromEntries(kinds.map((k) => [k, 0]));

/**
 * Page-world: a phrase to select, chosen at run time from the page's longest
 * paragraph (so no page text is written into the test): whole words from
 * one text node, 30–60 characters.
 */
function phraseToSelect() {
  let best: Text | null = null;
  for (const p of document.querySelectorAll('p')) {
    for (const n of p.childNodes) if (n.nodeType === Node.TEXT_NODE && (n as Text).data.length > (best?.data.length ?? 0)) best = n as Text;
  }
  if (!best || best.data.length < 120) return null;
  const data = best.data;
  // From the second word to the last word boundary before 60 characters, as the page has it (no-break spaces included).
  const start = data.search(/\s\S/) + 1;
  const cut = data.slice(start, start + 60);
  const phrase = cut.slice(0, cut.search(/\s\S*$/)).trim();
  return phrase.length >= 30 && !/\s{2}/.test(phrase) ? phrase : null;
}

/** Page-world: the texts under the reader's yellow highlights. */
function noteTexts() {
  const h = CSS.highlights.get('newsmark-note');
  return h && h.size > 0 ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : null;
}

const newsPresent = needsShared(['news-pages/lemonde-1', 'news-pages/heise'], 'language e2e on news pages').present;

describe('non-English news pages in chromium', () => {
  const available = browserAvailable('chromium') && newsPresent;
  let b: TestBrowser;
  beforeAll(async () => {
    if (available) b = await launch('chromium');
  }, 60_000);
  afterAll(async () => {
    await b?.close();
  });

  it.skipIf(!available).each(['lemonde-1', 'heise'])(
    '%s: no entity or claim is painted, and a note is saved and re-anchored after a reload',
    async (name) => {
      const page = await openPainted(b, `/news/${name}/?noscript=1`);
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(autoCounts, AUTO)).toEqual(noneOf(AUTO));

      const phrase = await page.evaluate(phraseToSelect, null);
      expect(phrase).not.toBeNull();
      const selected = await dragSelect(page, phrase!, 'body');
      expect(selected).toBe(phrase);
      await clickUi(page, '.toolbar [data-action=highlight]');
      await waitForToast(page, 'Highlight saved', 10_000);
      expect((await page.evaluate(paintedTexts, ['note'])).note).toEqual([selected]);

      await page.reload();
      await waitInPage(page, isPainted, null, 30_000, 'painted after reload');
      expect(await waitInPage(page, noteTexts, null, 10_000, 'note after reload')).toEqual([selected]);
      expect(await page.evaluate(autoCounts, AUTO)).toEqual(noneOf(AUTO));
      await page.close();
    },
    90_000,
  );
});

describe.each(['chromium', 'firefox'] as BrowserName[])('a French page in %s', (name) => {
  const available = browserAvailable(name);
  let b: TestBrowser;
  beforeAll(async () => {
    if (available) b = await launch(name);
  }, 60_000);
  afterAll(async () => {
    await b?.close();
  });

  /** Popup-world: the language line, the switch and whether entities are listed, once the line shows. */
  function languageView() {
    const line = document.querySelector('[data-testid=language-line]')?.textContent;
    const sw = document.querySelector('[data-testid=force-language]') as HTMLInputElement | null;
    if (!line || !sw) return null;
    return {
      line,
      forced: sw.checked,
      label: document.querySelector('label[for=force-language]')?.textContent ?? '',
      entities: document.querySelector('[data-testid=entities]')?.textContent ?? null,
    };
  }

  /** Opens the popup beside the page until it shows the language line (the page may still be in analysis the first time). */
  async function popupWithLine(): Promise<{ popup: TestPage; view: NonNullable<ReturnType<typeof languageView>> }> {
    for (let attempt = 0; ; attempt++) {
      const popup = await b.openExtensionPage('popup.html');
      const view = await waitInPage(popup, languageView, null, 4000, 'language line').catch(async (err: unknown) => {
        if (attempt >= 5)
          throw new Error(`${String(err)}; the popup shows: ${await popup.evaluate(() => document.body.innerText.slice(0, 300), null)}`);
        return null;
      });
      if (view) return { popup, view };
      await popup.close();
    }
  }

  it.skipIf(!available)(
    'paints nothing, says so in the popup in one line, and analyses French when the reader asks',
    async () => {
      const page = await b.newPage();
      await page.goto(`${server.url}/fixtures/language/article-fr.html`);
      await waitInPage(page, () => performance.getEntriesByName('newsmark:article').length > 0, null, 30_000, 'article detected');
      const { popup, view } = await popupWithLine();
      expect(view.line).toBe('Entities and claims are for English pages; this page is in French.');
      expect(view.forced).toBe(false);
      expect(view.label).toContain('French');
      expect(view.entities).toBeNull(); // no entity list on a page that is not analysed
      expect(await page.evaluate(autoCounts, AUTO)).toEqual(noneOf(AUTO));

      // The switch: French is analysed (with the English model), and the popup lists what was found.
      await popup.evaluate(() => (document.querySelector('[data-testid=force-language]') as HTMLInputElement).click(), null);
      const after = await waitInPage(
        popup,
        () => (document.querySelector('[data-testid=entities]') ? true : null),
        null,
        15_000,
        'popup after forcing',
      ).then(() => popup.evaluate(languageView, null));
      if (!after) throw new Error('no language line after forcing');
      expect(after.forced).toBe(true);
      expect(after.line).toContain('this page is in French');
      expect(after.entities).toContain('Odile Drouet');
      if (name === 'chromium') {
        // Painted at once on the page (Firefox ESR here does not paint highlights at all; see the demo tests).
        await waitInPage(
          page,
          (kinds: string[]) => (kinds.some((k) => (CSS.highlights.get(`newsmark-${k}`)?.size ?? 0) > 0) ? true : null),
          AUTO,
          15_000,
          'highlights after forcing',
        );
      }

      // And off again: nothing listed, nothing painted.
      await popup.evaluate(() => (document.querySelector('[data-testid=force-language]') as HTMLInputElement).click(), null);
      await waitInPage(
        popup,
        () => (!document.querySelector('[data-testid=entities]') && document.querySelector('[data-testid=language-line]') ? true : null),
        null,
        15_000,
        'popup after unforcing',
      );
      await waitInPage(
        page,
        (kinds: string[]) => (kinds.every((k) => (CSS.highlights.get(`newsmark-${k}`)?.size ?? 0) === 0) ? true : null),
        AUTO,
        15_000,
        'highlights cleared',
      );
      await popup.close();
      await page.close();
    },
    120_000,
  );
});
