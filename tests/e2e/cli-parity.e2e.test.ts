/**
 * The CLI's `extract` and the extension run the same detection code: on the
 * same page they must give the same article text (as read: invisible
 * characters dropped, ligatures spelled out) and the same `bodyStart`.
 * Checked in Chromium on the demo page, a page full of soft hyphens and
 * zero-width characters, real news pages and the 91 benchmark pages (from
 * ../shared, when present; served without their scripts, as the CLI reads them).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA, startServer, stripScripts } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, ROOT, waitInPage, type TestBrowser } from '../../scripts/lib/browsers';
import { articleOf } from '../../cli/main';
import { looksLikeArticle } from '../../utils/article/index';
import { parseDocument } from '../../utils/article/node';

const NEWS = ['bbc-1', 'guardian-1', 'nytimes-1'].filter((n) => existsSync(join(SHARED_DATA, 'news-pages', n, 'source.html')));
if (NEWS.length < 3) console.warn(`cli parity: news pages missing under ${SHARED_DATA}/news-pages; testing the demo page only`);

const DEV = join(SHARED_DATA, 'article-extraction', 'dev', 'html');
const DEV_IDS = existsSync(DEV)
  ? readdirSync(DEV)
      .filter((f) => f.endsWith('.html.gz'))
      .map((f) => f.slice(0, -'.html.gz'.length))
  : [];
if (DEV_IDS.length === 0) console.warn(`cli parity: benchmark pages missing under ${DEV}; skipping them`);

const read = (file: string) => (): string => readFileSync(file, 'utf8');
const pages = [
  { name: 'demo', path: '/demo/index.html?csp=strict', html: read(join(ROOT, 'demo', 'index.html')) },
  {
    name: 'soft hyphens',
    path: '/fixtures/hard/soft-hyphens.html?csp=strict',
    html: read(join(ROOT, 'tests', 'fixtures', 'hard', 'soft-hyphens.html')),
  },
  ...NEWS.map((n) => ({ name: n, path: `/news/${n}/?csp=strict`, html: read(join(SHARED_DATA, 'news-pages', n, 'source.html')) })),
  ...DEV_IDS.map((id) => ({
    name: `benchmark ${id.slice(0, 12)}`,
    path: `/extraction/${id}.html?csp=strict`,
    html: () => stripScripts(gunzipSync(readFileSync(join(DEV, `${id}.html.gz`))).toString('utf8')),
  })),
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
  it.each(pages)('$name', async ({ path, html }) => {
    const url = `${server.url}${path}`;
    const page = await b.newPage();
    // A strict CSP keeps the saved page's own scripts from rewriting it, so both sides see the same HTML.
    await page.goto(url);
    // the page's content script answers page:state at once: null meta while the
    // gate declines or analysis runs, the article once it is painted
    const painted = await waitInPage(
      page,
      () => performance.getEntriesByName('newsmark:painted').length > 0,
      null,
      20_000,
      'painted',
    ).catch(() => false);
    const probe = await b.openExtensionPage('popup.html?probe');
    const fromExtension = await probe.evaluate(async (u: string) => {
      const [tab] = await chrome.tabs.query({ url: u.replace(/\?.*$/, '*') });
      const reply = (await chrome.tabs.sendMessage(tab.id!, { type: 'page:state' })) as {
        state: { meta: { text: string; title: string } | null; bodyStart: number | null; reason: string | null };
      };
      return reply.state;
    }, url);
    const source = html();
    if (!painted) {
      // the cheap gate declined the page in the browser: it must decline it on the CLI's tree too
      expect(fromExtension.meta).toBeNull();
      expect(fromExtension.reason).toMatch(/does not look like an article/);
      expect(looksLikeArticle(parseDocument(source))).toBe(false);
    } else {
      const fromCli = articleOf({ html: source, url });
      expect(fromExtension.meta?.title).toBe(fromCli.title);
      expect(fromExtension.meta?.text.length).toBeGreaterThan(200);
      expect(fromExtension.meta?.text).toBe(fromCli.text);
      expect(fromExtension.bodyStart).toBe(fromCli.bodyStart);
      // the text is the text as read: no invisible characters, no ligatures
      expect(fromCli.text).not.toMatch(/[\u00ad\u200b-\u200d\u2060\ufeff\ufb00-\ufb06]/);
    }
    await probe.close();
    await page.close();
  });
});
