import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../../utils/anchoring/index';
import { COUNCIL_ARTICLE } from './fixtures';

suite('describing a range', () => {
  it('gives the quote, about 32 non-whitespace characters of context each side, and the position', () => {
    const start = COUNCIL_ARTICLE.indexOf('Mayor Ellen Okafor');
    const end = start + 'Mayor Ellen Okafor'.length;
    const { quote, position } = describe(COUNCIL_ARTICLE, start, end);
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe('Mayor Ellen Okafor');
    expect(COUNCIL_ARTICLE.slice(start - quote.prefix.length, start)).toBe(quote.prefix);
    expect(COUNCIL_ARTICLE.slice(end, end + quote.suffix.length)).toBe(quote.suffix);
    expect(quote.prefix.replace(/\s/g, '').length).toBe(32);
    expect(quote.suffix.replace(/\s/g, '').length).toBe(32);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clamps context at the edges of the text and orders reversed offsets', () => {
    const text = 'Short text here.';
    const { quote, position } = describe(text, 11, 0);
    expect(position).toMatchObject({ start: 0, end: 11 });
    expect(quote.prefix).toBe('');
    expect(quote.exact).toBe('Short text ');
    expect(quote.suffix).toBe('here.');
    expect(describe(text, -5, 99).position).toMatchObject({ start: 0, end: text.length });
  });
});
