import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article';
import { selectionToText } from '../../../entrypoints/article-session/selection';

const sentence = (s: string) => `${s} `.repeat(5).trim();

function setup(): ReturnType<typeof extractArticle> {
  document.head.innerHTML = '<title>Harbour story</title><meta property="og:type" content="article">';
  document.body.innerHTML = `
    <nav id="nav"><a href="#">World</a> <a href="#">Harbour news</a></nav>
    <article><h1>Harbour story</h1>
      <p id="p1">${sentence('The harbour council voted on Monday to rebuild the tidal mill at the river mouth.')}</p>
      <p id="p2">${sentence('Engineers said the wheel and the sluice gates would be monitored for two years.')}</p>
      <p id="p3" contenteditable="true">${sentence('Readers may correct this paragraph in place, a feature of the site.')}</p>
    </article>
    <footer id="foot">All rights reserved.</footer>`;
  return extractArticle(document, { url: 'https://example.com/harbour' });
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): void {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(r);
}

const textOf = (id: string) => document.getElementById(id)!.firstChild as Text;

describe('selectionToText', () => {
  afterEach(() => document.getSelection()?.removeAllRanges());

  it('maps a selection inside a paragraph to the same words of the article text', () => {
    const article = setup();
    const t = textOf('p1');
    const i = t.data.indexOf('tidal mill');
    select(t, i, t, i + 'tidal mill'.length);
    const sel = selectionToText(document, article)!;
    expect(article.meta.text.slice(sel.start, sel.end)).toBe('tidal mill');
  });

  it('clamps a selection that starts in the navigation to the article', () => {
    const article = setup();
    const nav = document.querySelector('#nav a')!.firstChild as Text;
    const t = textOf('p1');
    select(nav, 0, t, t.data.indexOf(' voted'));
    const sel = selectionToText(document, article)!;
    // The headline is part of the article; the navigation is not.
    expect(article.meta.text.slice(sel.start, sel.end)).toBe('Harbour story\n\nThe harbour council');
  });

  it('returns null for a selection wholly outside the article, or collapsed', () => {
    const article = setup();
    const foot = textOf('foot');
    select(foot, 0, foot, 10);
    expect(selectionToText(document, article)).toBeNull();
    const t = textOf('p1');
    select(t, 3, t, 3);
    expect(selectionToText(document, article)).toBeNull();
  });

  it('ignores selections in editable regions', () => {
    const article = setup();
    const t = textOf('p3');
    select(t, 0, t, 7);
    expect(selectionToText(document, article)).toBeNull();
  });
});
