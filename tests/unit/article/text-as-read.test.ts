/**
 * The article text is the text as read: invisible characters dropped, words
 * joined across them and across <wbr>, typographic spaces read as spaces,
 * ligatures spelled out — and every range of that text still maps to
 * exactly the DOM characters it covers.
 */
import { describe, expect, it } from 'vitest';
import { TextMapBuilder, readAs } from '../../../utils/article/text-map';
import { offsetOfPoint, rangeFromOffsets } from '../../../utils/article/index';

function build(html: string) {
  document.body.innerHTML = html;
  const b = new TextMapBuilder();
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) b.addText(c as Text);
      else walk(c);
    }
  };
  for (const el of Array.from(document.querySelectorAll('p'))) {
    b.endBlock();
    walk(el);
    b.endBlock();
  }
  return b.finish();
}

/** The DOM text a text range covers. */
function domText(text: string, map: ReturnType<typeof build>['map'], s: number, e: number): string {
  const r = rangeFromOffsets(document, map, s, e);
  expect(r, `range for ${JSON.stringify(text.slice(s, e))}`).not.toBeNull();
  return r!.toString();
}

describe('text as read', () => {
  it('joins a word across soft hyphens and zero-width characters, and maps the name to the whole DOM word', () => {
    const { text, map } = build(
      '<p>Talks between Vladi\u00admir Putin and Netan\u00adyahu in Bei\u200bjing, Ham\u2060burg and Os\ufefflo.</p>',
    );
    expect(text).toBe('Talks between Vladimir Putin and Netanyahu in Beijing, Hamburg and Oslo.');
    const s = text.indexOf('Vladimir');
    expect(domText(text, map, s, s + 'Vladimir Putin'.length)).toBe('Vladi\u00admir Putin');
    const n = text.indexOf('Netanyahu');
    expect(domText(text, map, n, n + 9)).toBe('Netan\u00adyahu');
    // a range inside the word after the hyphen starts after it
    expect(domText(text, map, s + 5, s + 8)).toBe('mir');
  });

  it('keeps the zero-width joiner and non-joiner out of the text', () => {
    const { text } = build('<p>Mit\u200cglied und Lieb\u200dling.</p>');
    expect(text).toBe('Mitglied und Liebling.');
  });

  it('joins words across <wbr> and across inline elements', () => {
    const { text, map } = build('<p>The Donau<wbr>dampfschiff<wbr>fahrt company sailed.</p>');
    expect(text).toBe('The Donaudampfschifffahrt company sailed.');
    const s = text.indexOf('Donau');
    expect(domText(text, map, s, s + 'Donaudampfschifffahrt'.length)).toBe('Donaudampfschifffahrt');
  });

  it('reads no-break and typographic spaces as spaces, collapsed', () => {
    const { text } = build('<p>10\u00a0km from\u2009the\u202fcoast,\u2003\u2003on\u3000foot\u205fonly.</p>');
    expect(text).toBe('10 km from the coast, on foot only.');
  });

  it('spells out ligatures, each letter mapping to the one ligature character', () => {
    const { text, map } = build('<p>The of\ufb01ce \ufb02ew a \ufb04e.</p>');
    expect(text).toBe('The office flew a ffle.');
    const s = text.indexOf('office');
    expect(domText(text, map, s, s + 6)).toBe('of\ufb01ce');
    // a range ending on the first letter of a ligature covers the whole ligature
    expect(domText(text, map, s, s + 3)).toBe('of\ufb01');
    // DOM → text: before the ligature, and after it
    const node = map.nodes[0];
    const lig = node.data.indexOf('\ufb01');
    expect(offsetOfPoint(map, node, lig)).toBe(s + 2);
    expect(offsetOfPoint(map, node, lig + 1)).toBe(s + 4);
  });

  it('maps DOM points around an invisible character to the same text offset', () => {
    const { text, map } = build('<p>Vladi\u00admir</p>');
    const node = map.nodes[0];
    expect(offsetOfPoint(map, node, 5)).toBe(5);
    expect(offsetOfPoint(map, node, 6)).toBe(5);
    expect(offsetOfPoint(map, node, 9)).toBe(text.length);
  });

  it('an invisible character alone opens no block and adds no space', () => {
    const { text } = build('<p>\u200b</p><p>One \u00ad two</p><p>\ufeff</p><p>Three</p>');
    expect(text).toBe('One two\n\nThree');
  });

  it('readAs gives the same reading of a string as the builder', () => {
    const s = ' Vladi\u00admir\u00a0\u00a0Putin of\ufb01ce\u200b ';
    expect(readAs(s)).toBe('Vladimir Putin office');
    expect(build(`<p>${s}</p>`).text).toBe(readAs(s));
  });
});
