/**
 * Screenshots for the README and the stores:
 * - docs/screenshots/{popup,library,welcome}-{light,dark}.png;
 * - docs/screenshots/demo-{calm,full}.png: the demo article painted calmly
 *   (the default) and with everything, to judge which reads better;
 * - docs/demo.png: the README's first image (the default, calm view);
 * - docs/store/screenshots/*.png: 1280×800 for the store listings.
 *
 * Chromium with the built extension (npm run build first): notes are made on
 * the demo article with the in-page UI's own message (notes:save with the
 * page's summary, as the content script sends it), a few more are imported
 * on other articles, then each page is captured under Playwright's
 * `colorScheme` emulation.
 *
 * Run: scripts/node22 npx tsx scripts/screenshots.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteRecord } from '../utils/annotation';
import { toJsonLd } from '../utils/export/jsonld';
import { browserAvailable, launch, ROOT, waitInPage, type TestPage } from './lib/browsers';
import { clickUi, dragSelect, paintEverything, uiRect } from './lib/reader';
import { waitForToast, waitInUi } from './lib/ui-root';
import { startServer } from './static-server.mjs';

interface PwPage extends TestPage {
  emulateMedia(o: { colorScheme: 'light' | 'dark' }): Promise<void>;
  setViewportSize(s: { width: number; height: number }): Promise<void>;
  screenshot(o: { path?: string; fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } }): Promise<Uint8Array>;
}

const OUT = join(ROOT, 'docs', 'screenshots');
const STORE = join(ROOT, 'docs', 'store', 'screenshots');

/** Page-world: scrolls the article's first paragraph to the top of the viewport, under a little margin. */
function scrollToStory() {
  const p = document.querySelector('article h1') ?? document.querySelector('article');
  if (p) window.scrollTo(0, (p as HTMLElement).getBoundingClientRect().top + window.scrollY - 24);
}

function note(i: number, url: string, title: string, exact: string, body: string, tags: string[], created: string): NoteRecord {
  return {
    id: `urn:uuid:5c2f8a10-1d3e-4b6a-9f00-${String(i).padStart(12, '0')}`,
    motivation: body ? 'commenting' : 'highlighting',
    body,
    tags,
    colour: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5],
    created,
    modified: created,
    target: {
      source: url,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 100 * i, end: 100 * i + exact.length },
      ],
    },
    pageTitle: title,
  };
}

const OTHERS: NoteRecord[] = [
  note(
    1,
    'https://www.example-news.org/world/baltic-cable-damage',
    'Second Baltic Cable Damaged Within a Month',
    'investigators found drag marks on the seabed stretching for several kilometres',
    'Same pattern as the Norwegian case?',
    ['cables', 'baltic'],
    '2026-11-20T09:12:00.000Z',
  ),
  note(
    2,
    'https://www.example-news.org/world/baltic-cable-damage',
    'Second Baltic Cable Damaged Within a Month',
    'the operator said repairs would take at least six weeks',
    '',
    [],
    '2026-11-20T09:15:00.000Z',
  ),
  note(
    3,
    'https://daily.example.com/politics/nato-patrols',
    'NATO Weighs More North Sea Patrols',
    'allies are expected to agree on a joint monitoring mission',
    'Follow up after the summit',
    ['nato', 'follow-up'],
    '2026-11-24T16:40:00.000Z',
  ),
];

async function main(): Promise<void> {
  if (!browserAvailable('chromium')) throw new Error('Chromium is needed for the screenshots');
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const b = await launch('chromium');
  try {
    // The demo article, with two notes made through the content script's own save path.
    const article = await b.newPage();
    await article.goto(`${server.url}/demo/index.html`);
    const lib0 = await b.openExtensionPage('library.html');
    const reply = await lib0.evaluate(async (text: string) => {
      const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } })
        .chrome.runtime.sendMessage;
      return send({ type: 'library:import', text });
    }, toJsonLd(OTHERS));
    if (!reply.ok) throw new Error(reply.error);
    await lib0.close();

    // A note on the demo article made with the in-page UI: select, Note, type, Save.
    const painted = await waitInPage(
      article,
      () => performance.getEntriesByName('newsmark:painted').length > 0,
      null,
      30_000,
      'demo painted',
    ).catch(() => false);
    if (!painted)
      throw new Error('the demo article was not painted: the popup would have nothing to show (is the content script working?)');
    await dragSelect(article, 'mapping undersea data cables');
    await clickUi(article, '.toolbar [data-action=note]');
    await waitInUi(article, uiRect, '.editor textarea', 5000, 'note editor');
    await article.keyboard.type('Check the coast guard logs for the trawlers’ routes');
    await clickUi(article, '.editor [data-action=save]');
    await waitForToast(article, 'saved');

    // The demo article, calm (the default) and full, at the stores' 1280×800.
    mkdirSync(STORE, { recursive: true });
    const shot = article as PwPage;
    await shot.setViewportSize({ width: 1280, height: 800 });
    await shot.emulateMedia({ colorScheme: 'light' });
    await shot.evaluate(() => getSelection()?.removeAllRanges(), null);
    for (const mode of ['calm', 'all'] as const) {
      await paintEverything(b, mode);
      const kind = mode === 'all' ? 'newsmark-place' : 'newsmark-person';
      await waitInPage(
        article,
        (k: string) => (CSS.highlights.get(k)?.size ?? 0) > 0 && (mode === 'calm') === !CSS.highlights.has('newsmark-place'),
        kind,
        10_000,
        `${mode} painting`,
      ).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      await shot.evaluate(scrollToStory, null);
      await new Promise((r) => setTimeout(r, 200));
      const png = await shot.screenshot({ fullPage: false });
      const name = mode === 'all' ? 'full' : 'calm';
      writeFileSync(join(OUT, `demo-${name}.png`), png);
      writeFileSync(join(STORE, `1-article-${name}.png`), png);
      if (mode === 'calm') writeFileSync(join(ROOT, 'docs', 'demo.png'), png);
    }
    await paintEverything(b, 'calm');

    for (const scheme of ['light', 'dark'] as const) {
      const welcome = (await b.openExtensionPage('welcome.html')) as PwPage;
      await welcome.setViewportSize({ width: 1280, height: 800 });
      await welcome.emulateMedia({ colorScheme: scheme });
      await waitInPage(welcome, () => (CSS.highlights.get('newsmark-note')?.size ?? 0) > 0 || null, null, 15_000, 'welcome painted');
      writeFileSync(join(OUT, `welcome-${scheme}.png`), await welcome.screenshot({ fullPage: true }));
      if (scheme === 'light') writeFileSync(join(STORE, '3-welcome.png'), await welcome.screenshot({ fullPage: false }));
      await welcome.close();
    }

    for (const scheme of ['light', 'dark'] as const) {
      const popup = (await b.openExtensionPage('popup.html')) as PwPage;
      await popup.setViewportSize({ width: 420, height: 760 });
      await popup.emulateMedia({ colorScheme: scheme });
      await waitInPage(popup, () => document.querySelectorAll('[data-testid=note-item]').length > 0 || null, null, 15_000, 'popup notes');
      writeFileSync(join(OUT, `popup-${scheme}.png`), await popup.screenshot({ fullPage: false }));
      await popup.close();

      const lib = (await b.openExtensionPage('library.html')) as PwPage;
      await lib.setViewportSize({ width: 1280, height: 820 });
      await lib.emulateMedia({ colorScheme: scheme });
      await waitInPage(
        lib,
        () =>
          (document.querySelectorAll('[data-testid=library-note]').length >= 4 &&
            document.querySelectorAll('[data-testid=entity-row]').length > 0) ||
          null,
        null,
        15_000,
        'library',
      );
      writeFileSync(join(OUT, `library-${scheme}.png`), await lib.screenshot({ fullPage: false }));
      if (scheme === 'light') {
        await lib.setViewportSize({ width: 1280, height: 800 });
        writeFileSync(join(STORE, '2-library.png'), await lib.screenshot({ fullPage: false }));
      }
      await lib.close();
    }
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await b.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
