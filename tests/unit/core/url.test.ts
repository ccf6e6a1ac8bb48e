import { describe, expect, it } from 'vitest';
import { normalizeUrl, pageKey } from '../../../utils/url';

describe('normalizeUrl', () => {
  it('drops tracking parameters and the fragment, keeps the rest sorted', () => {
    expect(normalizeUrl('https://News.example.com/a/b?utm_source=x&id=7&fbclid=abc&gclid=1&b=2#section')).toBe(
      'https://news.example.com/a/b?b=2&id=7',
    );
  });
  it('drops the default port and an empty query', () => {
    expect(normalizeUrl('http://example.com:80/story?utm_medium=social')).toBe('http://example.com/story');
  });
  it('leaves non-http addresses alone', () => {
    expect(normalizeUrl('about:blank')).toBe('about:blank');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});

describe('pageKey', () => {
  it('prefers a same-site canonical link', () => {
    expect(pageKey('https://www.example.com/story?utm_source=a', '/2026/03/story')).toBe('https://www.example.com/2026/03/story');
    expect(pageKey('https://m.example.com/story', 'https://www.example.com/story')).toBe('https://www.example.com/story');
  });
  it('ignores a canonical link to another site (a page cannot claim other notes)', () => {
    expect(pageKey('https://evil.example.org/x?fbclid=1', 'https://news.example.com/story')).toBe('https://evil.example.org/x');
  });
  it('two addresses of one article give one key', () => {
    const a = pageKey('https://example.com/story?utm_campaign=x#comments', null);
    const b = pageKey('https://example.com/story', null);
    expect(a).toBe(b);
  });
});
