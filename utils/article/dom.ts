/**
 * Small DOM predicates shared by article detection. They use only tree APIs
 * (tag names, attributes, child lists) so that a browser Document and
 * linkedom's document give the same answers.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'LABEL',
  'NAV',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'MATH',
  'HEAD',
  'LINK',
  'META',
  'DIALOG',
]);

/** Elements that start and end a block of text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'MENU',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Upper-case tag name (linkedom and browsers agree for HTML documents). */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** True when attributes say the element is not shown (hidden, aria-hidden, inline display:none). */
export function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** The element's class and id joined, lower-cased, for pattern tests. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return (cls + ' ' + id).toLowerCase();
}

/**
 * How much text one UTF-16 unit is: 0 for whitespace and invisible characters, 2 for Chinese,
 * Japanese and Korean characters (one carries about what two letters of an
 * alphabet do, so a Japanese article is not mistaken for a short teaser),
 * else 1. The measure behind every prose threshold.
 */
export function textWeight(c: number): number {
  if (c <= 32 || c === 160) return 0;
  // typographic spaces and invisible characters (soft hyphen, zero-width, BOM) weigh nothing
  if (c === 0xad || (c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff) return 0;
  return c >= 0x3040 && isCjk(c) ? 2 : 1;
}

/** Characters of `s` that are not whitespace, weighted by {@link textWeight}. */
export function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += textWeight(s.charCodeAt(i));
  return n;
}

/** Kana, CJK ideographs and Hangul syllables (not their punctuation). */
function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/** Whitespace-collapsed text of an element (for metadata, not for the article map). */
export function plainText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
