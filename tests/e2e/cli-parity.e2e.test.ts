/**
 * The CLI's `extract` and the extension run the same detection code: on the
 * same page they must give the same article text. Checked in Chromium on
 * the demo page and on real news pages (from ../shared, when present).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA, startServer } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, ROOT, waitInPage, type TestBrowser } from '../../scripts/lib/browsers';
import { extractArticleFromHtml } from '../../utils/article/node';

const NEWS = ['bbc-1', 'guardian-1', 'nytimes-1'].filter((n) => existsSync(join(SHARED_DATA, 'news-pages', n, 'source.html')));
if (NEWS.length < 3) console.warn(`cli parity: news pages missing under ${SHARED_DATA}/news-pages; testing the demo page only`);

const pages = [
  { name: 'demo', path: '/demo/index.html?csp=strict', file: join(ROOT, 'demo', 'index.html') },
  ...NEWS.map((n) => ({ name: n, path: `/news/${n}/?csp=strict`, file: join(SHARED_DATA, 'news-pages', n, 'source.html') })),
];

let server: { url: string; close(): Promise<void> };
let b: TestBrowser;
const available = browserAvailable('chromium');

beforeAll(async () => {
  server = await startServer();
  if (available) b = await launch('chromium');
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe.skipIf(!available)('CLI and extension agree on the article text (Chromium)', () => {
  it.each(pages)('$name', async ({ path, file }) => {
    const url = `${server.url}${path}`;
    const page = await b.newPage();
    // A strict CSP keeps the saved page's own scripts from rewriting it, so both sides see the same HTML.
    await page.goto(url);
    await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 30_000, 'painted');
    const probe = await b.openExtensionPage('popup.html?probe');
    const fromExtension = await probe.evaluate(async (u: string) => {
      const [tab] = await chrome.tabs.query({ url: u.replace(/\?.*$/, '*') });
      const reply = (await chrome.tabs.sendMessage(tab.id!, { type: 'page:state' })) as { state: { meta: { text: string; title: string } } };
      return reply.state.meta;
    }, url);
    const fromCli = extractArticleFromHtml(readFileSync(file, 'utf8'), url).meta;
    expect(fromExtension.title).toBe(fromCli.title);
    expect(fromExtension.text.length).toBeGreaterThan(500);
    expect(fromExtension.text).toBe(fromCli.text);
    await probe.close();
    await page.close();
  });
});
