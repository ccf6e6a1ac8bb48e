/**
 * Text normalisation for anchoring.
 *
 * Matching is done on a "folded" copy of the article text in which every
 * whitespace or invisible character is dropped and typographic variants
 * (curly quotes, dashes) are replaced by their plain forms. Dropping
 * whitespace entirely, rather than collapsing it, means that a publisher's
 * re-flowed paragraphs, doubled spaces, added or removed line breaks, and
 * block boundaries that a DOM walk renders with or without a space, all
 * leave the folded text unchanged. The folded text keeps a map back to the
 * original offsets so that a match can be reported in the caller's text.
 */

/** The folded form of a text and the way back to the original offsets. */
export interface FoldedText {
  /** The original text. */
  readonly text: string;
  /** The folded text: no whitespace, plain quotes and dashes. */
  readonly folded: string;
  /** `map[i]` is the offset in `text` of the character `folded[i]`. */
  readonly map: Int32Array;
}

/** True for characters that the matcher ignores: whitespace and invisible format characters. */
export function isIgnorable(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The plain form of one character code (quotes and dashes unified), same length. */
export function foldCode(code: number): number {
  switch (code) {
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x00b4:
    case 0x0060:
      return 0x27; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0x00ab:
    case 0x00bb:
      return 0x22; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 0x2d; // -
    default:
      return code;
  }
}

/** Folds `text` and records, for each kept character, its original offset. */
export function foldText(text: string): FoldedText {
  const map = new Int32Array(text.length);
  const codes: number[] = [];
  let n = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    map[n++] = i;
    codes.push(foldCode(code));
    if (codes.length === 8192) {
      out += String.fromCharCode.apply(null, codes);
      codes.length = 0;
    }
  }
  out += String.fromCharCode.apply(null, codes);
  return { text, folded: out, map: map.subarray(0, n) };
}

/** The folded form of a short string (a quote, a prefix, a suffix). */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!isIgnorable(code)) out += String.fromCharCode(foldCode(code));
  }
  return out;
}

/**
 * The folded offset of the original offset `offset`: the number of kept
 * characters before it. Binary search over the map.
 */
export function toFolded(ft: FoldedText, offset: number): number {
  let lo = 0;
  let hi = ft.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ft.map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The original range of the folded range [start, end): from the first kept
 * character to just after the last one, so that surrounding whitespace is
 * not included. An empty folded range maps to an empty original range.
 */
export function toOriginal(ft: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < ft.map.length ? ft.map[start] : ft.text.length;
    return { start: at, end: at };
  }
  return { start: ft.map[start], end: ft.map[end - 1] + 1 };
}
