import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffHtmlEncoding } from '../../../cli/decode';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decoding page bytes as a browser does', () => {
  it('a byte-order mark wins over the meta charset', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="iso-8859-1"><p>Zürich</p>')]);
    expect(sniffHtmlEncoding(bytes)).toBe('utf-8');
    expect(decodeHtml(bytes)).toBe('<meta charset="iso-8859-1"><p>Zürich</p>');
  });

  it('reads <meta charset> and the http-equiv content type', () => {
    expect(decodeHtml(latin1('<head><meta charset=iso-8859-1></head><p>Gr\u00fc\u00dfe</p>'))).toContain('Grüße');
    const equiv = latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>\u0093quoted\u0094</p>');
    expect(sniffHtmlEncoding(equiv)).toBe('windows-1252');
    expect(decodeHtml(equiv)).toContain('\u201cquoted\u201d');
  });

  it('falls back to UTF-8, and ignores a meta claiming UTF-16 or an unknown label', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Ærø</p>'))).toBe('<p>Ærø</p>');
    expect(sniffHtmlEncoding(latin1('<meta charset="utf-16">'))).toBe('utf-8');
    expect(sniffHtmlEncoding(latin1('<meta charset="no-such-encoding">'))).toBe('utf-8');
  });
});
