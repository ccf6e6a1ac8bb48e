import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, looksLikeArticle, offsetOfPoint, rangeFromOffsets } from '../../../utils/article/index';
import { extractArticleFromHtml } from '../../../utils/article/node';

const PAGES = resolve(__dirname, '../../fixtures/pages') + '/';
// hard/…: non-article pages that pass the cheap pre-check (long teasers, forum posts)
const read = (name: string): string => readFileSync(PAGES + name, 'utf8');

/** Loads a fixture into the window's live document (the "browser" side; live ranges need it). */
function browserDoc(name: string): Document {
  const parsed = new DOMParser().parseFromString(read(name), 'text/html');
  const html = document.documentElement;
  for (const a of Array.from(html.attributes)) html.removeAttribute(a.name);
  for (const a of Array.from(parsed.documentElement.attributes)) html.setAttribute(a.name, a.value);
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

describe('extractArticle on an article page', () => {
  let doc: Document;
  let before: string;
  let art: ReturnType<typeof extractArticle>;
  let text: string;
  beforeAll(() => {
    doc = browserDoc('article.html');
    before = doc.documentElement.outerHTML;
    art = extractArticle(doc);
    text = art.meta.text;
  });

  it('is an article, with metadata from the head', () => {
    expect(art.meta.isArticle).toBe(true);
    expect(art.meta.title).toBe('Harbour town votes to rebuild its tidal mill');
    expect(art.meta.byline).toBe('Mara Quillfeather');
    expect(art.meta.siteName).toBe('The Coastal Ledger');
    expect(art.meta.publishedTime).toBe('2026-03-14T09:30:00Z');
    expect(art.meta.lang).toBe('en-GB');
  });

  it('starts with the headline and the standfirst, then the body', () => {
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('Harbour town votes to rebuild its tidal mill');
    expect(blocks[1]).toMatch(/^Councillors back a plan/);
    expect(text.slice(art.bodyStart)).toMatch(/^The council of Saltmere voted/);
  });

  it('keeps body paragraphs, subheads, list items and block quotes', () => {
    for (const s of [
      'voted by nine to two on Thursday evening',
      'A cost that divided the chamber',
      'The wheel will be cast from recycled bronze.',
      'The tide is the one supplier that has never sent us a late invoice.',
      'whether the seals that nest on the mill steps return once the work is finished.',
    ])
      expect(text).toContain(s);
  });

  it('leaves out navigation, share bar, ads, captions, related links, newsletter, bio, comments and footer', () => {
    for (const s of [
      'Sport',
      'cookies',
      'Share on Mastodon',
      'Advertisement',
      'Photograph',
      'Saltmere lifeboat crew',
      'morning briefing',
      'covers local government',
      'grandfather',
      'All rights reserved',
      'By Mara',
    ])
      expect(text).not.toContain(s);
  });

  it('does not modify the page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('maps every block back to live ranges with the same text', () => {
    let start = 0;
    for (const block of text.split('\n\n')) {
      const r = rangeFromOffsets(doc, art.map, start, start + block.length)!;
      expect(r.toString().replace(/\s+/g, ' ').trim()).toBe(block);
      expect(offsetOfPoint(art.map, r.startContainer, r.startOffset)).toBe(start);
      start += block.length + 2;
    }
  });

  it('gives the same text and metadata in Node (linkedom) as in the browser', () => {
    const node = extractArticleFromHtml(read('article.html'));
    expect(node.meta).toEqual(art.meta);
    expect(node.bodyStart).toBe(art.bodyStart);
  });

  it('looks like an article to the cheap pre-check', () => {
    expect(looksLikeArticle(doc)).toBe(true);
  });
});

describe('pages that are not articles', () => {
  // front-page-de and forum-fr have long teasers and posts: the cheap pre-check lets them through, the full decision must not
  for (const name of [
    'front-page.html',
    'section-page.html',
    'search-results.html',
    'web-app.html',
    'video-page.html',
    '../hard/front-page-de.html',
    '../hard/forum-fr.html',
  ]) {
    it(`${name}: not an article, nothing to highlight`, () => {
      const doc = browserDoc(name);
      const art = extractArticle(doc);
      expect(art.meta.isArticle).toBe(false);
      expect(art.meta.text).toBe('');
      expect(art.map.nodes).toHaveLength(0);
      expect(rangeFromOffsets(doc, art.map, 0, 10)).toBeNull();
      expect(extractArticleFromHtml(read(name)).meta.isArticle).toBe(false);
    });

    if (!name.startsWith('../hard/')) {
      it(`${name}: rejected by the cheap pre-check`, () => {
        expect(looksLikeArticle(browserDoc(name))).toBe(false);
      });
    }
  }

  it('the cheap pre-check is cheap on a non-article page', () => {
    const doc = browserDoc('front-page.html');
    let best = Infinity;
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      looksLikeArticle(doc);
      best = Math.min(best, performance.now() - t0);
    }
    // happy-dom on a shared machine is far slower than a browser; this still catches a full-page walk
    expect(best).toBeLessThan(5);
  });
});

describe('hidden content', () => {
  it('skips hidden, aria-hidden and display:none elements', () => {
    const html = `<html><head><meta property="og:type" content="article"><title>T</title></head><body><article>
      <p>${'Visible prose sentence that belongs to the story. '.repeat(8)}</p>
      <p hidden>Secret hidden paragraph.</p>
      <p aria-hidden="true">Screen readers skip this.</p>
      <div style="color: red; display: none"><p>Collapsed panel text.</p></div>
      <p>${'Another visible paragraph of the article body. '.repeat(6)}</p>
    </article></body></html>`;
    const art = extractArticleFromHtml(html);
    expect(art.meta.isArticle).toBe(true);
    expect(art.meta.text).toContain('Another visible paragraph');
    expect(art.meta.text).not.toMatch(/Secret|Screen readers|Collapsed/);
  });
});

describe('figures, tables and embedded posts inside the body', () => {
  const prose = (s: string): string => `<p>${(s + ' ').repeat(5)}</p>`;
  const html = `<html><head><meta property="og:type" content="article"><title>Tide tables</title></head><body><article><div class="entry-content">
    ${prose('The harbour master published the spring tide tables for the coming season this week.')}
    <figure class="wp-block-image"><img src="a.jpg"><figcaption>The harbour at dawn. Photo: Ledger</figcaption></figure>
    <figure class="wp-block-table"><table><tr><td>High water</td><td>06:12</td></tr><tr><td>Low water</td><td>12:30</td></tr></table></figure>
    <figure class="wp-block-embed-twitter"><blockquote class="twitter-tweet"><p>Spring tides this weekend, mind the slipway <a href="https://t.co/x">https://t.co/abcdefghij</a> <a href="#">pic.twitter.com/abcdefghij</a></p>— Harbour Office (@harbour) <a href="#">March 1, 2026</a></blockquote></figure>
    ${prose('Boat owners are asked to check their moorings before the highest tides of the year arrive.')}
  </div></article></body></html>`;

  it('keeps tables and embedded posts, drops picture captions', () => {
    const text = extractArticleFromHtml(html).meta.text;
    expect(text).toContain('High water');
    expect(text).toContain('06:12');
    expect(text).toContain('Spring tides this weekend, mind the slipway');
    expect(text).not.toContain('The harbour at dawn');
  });
});
