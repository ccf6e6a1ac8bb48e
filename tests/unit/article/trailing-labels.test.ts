import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml } from '../../../utils/article/node';
import { rangeFromOffsets } from '../../../utils/article/index';
import { extractArticle } from '../../../utils/article/index';

const PARAS = [
  'The harbour board voted on Tuesday to extend the northern pier by 120 metres, a project that will take three years and cost the port authority about 40 million euros according to its own estimate.',
  'Fishermen said they feared losing berths during the works. The board promised that the small boats would keep their moorings in the inner basin until the new pier is finished in the spring of 2029.',
  'The regional government will pay a third of the cost, and the rest will come from harbour fees and a loan, the board said in a statement published after the vote.',
];

const page = (tail: string): string =>
  `<!doctype html><html><head><title>Harbour pier to grow</title></head><body><article><h1>Harbour pier to grow</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}${tail}</article></body></html>`;

describe('labels that end the article', () => {
  it('drops a trailing heading and a short line ending in a colon, whose boxes were left out', () => {
    const a = extractArticleFromHtml(page('<h3>More on this topic</h3><p>Contact:</p>'));
    expect(a.meta.text.endsWith(PARAS[2])).toBe(true);
    expect(a.meta.text).not.toContain('More on this topic');
    expect(a.meta.text).not.toContain('Contact:');
  });

  it('keeps a heading followed by prose, and a short closing line that is not a label', () => {
    const a = extractArticleFromHtml(
      page(
        '<h3>What comes next</h3><p>The board meets again in March to choose a builder for the pier and to set the fees for the next five years.</p><p>The vote was seven to two.</p>',
      ),
    );
    expect(a.meta.text).toContain('What comes next');
    expect(a.meta.text.endsWith('The vote was seven to two.')).toBe(true);
  });

  it('the map still matches the text after blocks are dropped', () => {
    // a browser-like DOM (happy-dom), where ranges exist
    document.documentElement.innerHTML = page('<h2>Read also</h2><h3>Newsletter:</h3>').replace(/^.*?<html>|<\/html>$/g, '');
    const doc = document;
    const a = extractArticle(doc);
    expect(a.meta.text.endsWith(PARAS[2])).toBe(true);
    expect(a.meta.text).not.toContain('Read also');
    const last = a.meta.text.lastIndexOf('the board said');
    expect(rangeFromOffsets(doc, a.map, last, a.meta.text.length)?.toString()).toBe(a.meta.text.slice(last));
    expect(a.map.blockStarts.every((b) => b < a.meta.text.length)).toBe(true);
    expect(a.map.segText.every((s, k) => s + a.map.segLen[k] <= a.meta.text.length)).toBe(true);
  });
});
