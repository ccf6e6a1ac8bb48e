/**
 * Bytes of an HTML file → text, as a browser decodes a page with no HTTP
 * charset: a byte-order mark first, then a `<meta charset>` (or
 * `http-equiv="content-type"`) in the first 1024 bytes, else UTF-8.
 */

/** The encoding label a browser would pick for these bytes (no HTTP header). */
export function sniffHtmlEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  // the prescan reads ASCII-compatible bytes; latin1 keeps every byte as one char
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = metaCharset(head);
  if (!label) return 'utf-8';
  // a page that claims UTF-16 in a meta tag is read as UTF-8 (the HTML spec's rule)
  if (/^utf-16/i.test(label)) return 'utf-8';
  // x-user-defined and unknown labels fall back to UTF-8
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

/** The charset named by the first meta tag that names one (null when none does). */
function metaCharset(head: string): string | null {
  const metas = head.replace(/<!--[\s\S]*?-->/g, '').match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && /\bcharset\s*=/i.test(tag.replace(/content\s*=\s*("[^"]*"|'[^']*')/i, ''))) return direct[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /content\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i.exec(tag);
      const cs = content && /charset\s*=\s*["']?([\w.:-]+)/i.exec(content[1]);
      if (cs) return cs[1];
    }
  }
  return null;
}

/** Decodes HTML bytes as a browser would (see {@link sniffHtmlEncoding}); a BOM is dropped. */
export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder(sniffHtmlEncoding(bytes)).decode(bytes);
}
