/**
 * Pages that load paragraphs late: the late text is analysed once it
 * arrives, and a note made on a late paragraph re-anchors after a reload
 * as soon as its text appears (an orphan until then, never a wrong anchor).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, waitInPage, type BrowserName, type TestBrowser } from '../../scripts/lib/browsers';
import { clickUi, dragSelect, paintEverything } from '../../scripts/lib/reader';
import { waitForToast } from '../../scripts/lib/ui-root';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Page-world: the texts painted under a highlight name, or null when there are none (functions sent to the page must be self-contained). */
function painted(name: string) {
  const h = CSS.highlights.get(name);
  const texts = h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [];
  return texts.length ? texts : null;
}

/** Page-world: whether the late paragraph's number has been painted. */
function lateNumberPainted() {
  const h = CSS.highlights.get('newsmark-number');
  return !!h && [...(h as unknown as Iterable<Range>)].some((r) => r.toString().includes('40,000 euros'));
}

describe.each(['chromium', 'firefox'] as BrowserName[])('late content in %s', (name) => {
  const available = browserAvailable(name);
  let b: TestBrowser;
  beforeAll(async () => {
    if (available) b = await launch(name);
    if (available) await paintEverything(b); // the late paragraph's number is the signal
  });
  afterAll(async () => {
    await b?.close();
  });

  it.skipIf(!available)('analyses late paragraphs, and a note on one re-anchors when it loads again', async () => {
    const page = await b.newPage();
    await page.goto(`${server.url}/fixtures/lazy/index.html`);
    // The late paragraph's number is painted once it has arrived and been analysed.
    await waitInPage(page, lateNumberPainted, null, 15_000, 'late paragraph analysed');
    expect(await page.evaluate(() => performance.getEntriesByName('newsmark:painted').length, null)).toBe(2);

    const phrase = 'late seventeenth century';
    await dragSelect(page, phrase);
    await clickUi(page, '.toolbar [data-action=highlight]');
    await waitForToast(page, 'Highlight saved', 5000);

    // Reload with a longer delay: first painted without the passage (the note is an orphan), then anchored.
    await page.goto(`${server.url}/fixtures/lazy/index.html?delay=2500`);
    await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 15_000, 'first paint');
    expect(await page.evaluate(painted, 'newsmark-note')).toBeNull();
    const anchored = await waitInPage(page, painted, 'newsmark-note', 15_000, 'note re-anchored');
    expect(anchored).toEqual([phrase]);
    await page.close();
  });
});
