/**
 * Article detection on the 17 real news pages in ../shared/data/news-pages:
 * the detected title equals the expected one (or the page's visible
 * headline), the page counts as an article, and a browser-grade parse
 * (jsdom) and the CLI's linkedom parse give the same article.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../../utils/article/index';
import { extractArticleFromHtml } from '../../../utils/article/node';

const DIR = resolve(__dirname, '../../../../shared/data/news-pages');
const present = existsSync(DIR);
const pages = present
  ? readdirSync(DIR)
      .filter((d) => existsSync(`${DIR}/${d}/source.html`))
      .sort()
  : [];

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Texts of the page's h1 elements: its visible headline(s). */
function headlines(html: string): string[] {
  const { document } = parseHTML(html);
  return Array.from(document.querySelectorAll('h1')).map((h) => squash(h.textContent ?? ''));
}

describe.skipIf(!present)(present ? 'news pages' : `news pages — skipped: ${DIR} not found`, () => {
  it('has the 17 pages', () => {
    expect(pages.length).toBe(17);
  });

  for (const name of pages) {
    it(`${name}: title and article gate`, () => {
      const html = readFileSync(`${DIR}/${name}/source.html`, 'utf8');
      const expected = JSON.parse(readFileSync(`${DIR}/${name}/expected-metadata.json`, 'utf8')) as { title: string };
      const art = extractArticleFromHtml(html);
      const title = art.meta.title;
      const ok = title === expected.title || headlines(html).includes(squash(title));
      expect(ok, `title ${JSON.stringify(title)} vs expected ${JSON.stringify(expected.title)}`).toBe(true);
      expect(art.meta.isArticle).toBe(true);
      expect(art.meta.text.length).toBeGreaterThan(500);
    });
  }

  // jsdom parses like a browser (the HTML standard's tree construction); linkedom is what the CLI uses
  for (const name of pages) {
    it(`${name}: a browser-grade parser and the CLI's linkedom give the same article`, () => {
      const html = readFileSync(`${DIR}/${name}/source.html`, 'utf8');
      const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
      const inBrowser = extractArticle(dom.window.document);
      dom.window.close();
      const inNode = extractArticleFromHtml(html);
      expect(inBrowser.meta).toEqual(inNode.meta);
      expect(inBrowser.bodyStart).toBe(inNode.bodyStart);
    });
  }
});
