import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../utils/url';

describe('normalizeUrl', () => {
  it('drops tracking parameters and the fragment, keeps the rest sorted', () => {
    expect(normalizeUrl('https://News.example.com/a/b?utm_source=x&id=7&fbclid=abc&gclid=1&b=2#section')).toBe(
      'https://news.example.com/a/b?b=2&id=7',
    );
  });
  it('drops the default port and an empty query', () => {
    expect(normalizeUrl('http://example.com:80/story?utm_medium=social')).toBe('http://example.com/story');
  });
  it('two addresses of one article give one key', () => {
    expect(normalizeUrl('https://example.com/story?utm_campaign=x#comments')).toBe(normalizeUrl('https://example.com/story'));
  });
  it('leaves non-http addresses alone', () => {
    expect(normalizeUrl('about:blank')).toBe('about:blank');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});
