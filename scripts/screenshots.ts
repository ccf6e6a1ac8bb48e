/**
 * Screenshots of the popup and the library, light and dark, for the README:
 * docs/screenshots/{popup,library}-{light,dark}.png.
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
import { clickUi, dragSelect, uiRect } from './lib/reader';
import { waitForToast, waitInUi } from './lib/ui-root';
import { startServer } from './static-server.mjs';

interface PwPage extends TestPage {
  emulateMedia(o: { colorScheme: 'light' | 'dark' }): Promise<void>;
  setViewportSize(s: { width: number; height: number }): Promise<void>;
  screenshot(o: { path?: string; fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } }): Promise<Uint8Array>;
}

const OUT = join(ROOT, 'docs', 'screenshots');

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
  note(1, 'https://www.example-news.org/world/baltic-cable-damage', 'Second Baltic Cable Damaged Within a Month', 'investigators found drag marks on the seabed stretching for several kilometres', 'Same pattern as the Norwegian case?', ['cables', 'baltic'], '2026-11-20T09:12:00.000Z'),
  note(2, 'https://www.example-news.org/world/baltic-cable-damage', 'Second Baltic Cable Damaged Within a Month', 'the operator said repairs would take at least six weeks', '', [], '2026-11-20T09:15:00.000Z'),
  note(3, 'https://daily.example.com/politics/nato-patrols', 'NATO Weighs More North Sea Patrols', 'allies are expected to agree on a joint monitoring mission', 'Follow up after the summit', ['nato', 'follow-up'], '2026-11-24T16:40:00.000Z'),
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
      const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage;
      return send({ type: 'library:import', text });
    }, toJsonLd(OTHERS));
    if (!reply.ok) throw new Error(reply.error);
    await lib0.close();

    // A note on the demo article made with the in-page UI: select, Note, type, Save.
    const painted = await waitInPage(article, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 30_000, 'demo painted').catch(() => false);
    if (!painted) throw new Error('the demo article was not painted: the popup would have nothing to show (is the content script working?)');
    await dragSelect(article, 'mapping undersea data cables');
    await clickUi(article, '.toolbar [data-action=note]');
    await waitInUi(article, uiRect, '.editor textarea', 5000, 'note editor');
    await article.keyboard.type('Check the coast guard logs for the trawlers’ routes');
    await clickUi(article, '.editor [data-action=save]');
    await waitForToast(article, 'saved');

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
      await waitInPage(lib, () => (document.querySelectorAll('[data-testid=library-note]').length >= 4 && document.querySelectorAll('[data-testid=entity-row]').length > 0) || null, null, 15_000, 'library');
      writeFileSync(join(OUT, `library-${scheme}.png`), await lib.screenshot({ fullPage: false }));
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
