/**
 * A fingerprint of an article's text that survives the small differences
 * between two renderings of one article (an AMP or mobile page without the
 * captions, a changed byline), so that a canonical link can be checked
 * against what the reader saw at the canonical address itself.
 *
 * It is a bottom-k sketch: the K smallest hashes of the text's word 5-grams.
 * Two sketches estimate the share of 5-grams the texts have in common.
 */

const K = 64;
const SHINGLE = 5;
/** Estimated share of shared 5-grams above which two texts are one article. */
export const SAME_ARTICLE = 0.6;

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The sketch of `text`, as a string of hex hashes (what the store keeps). */
export function articleFingerprint(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  if (words.length < SHINGLE) hashes.add(hash(words.join(' ')));
  for (let i = 0; i + SHINGLE <= words.length; i++) hashes.add(hash(words.slice(i, i + SHINGLE).join(' ')));
  return [...hashes]
    .sort((a, b) => a - b)
    .slice(0, K)
    .map((h) => h.toString(16))
    .join('.');
}

function parse(fp: string): number[] {
  return fp ? fp.split('.').map((h) => parseInt(h, 16)) : [];
}

/** Estimated share of 5-grams two texts have in common (0–1), from their sketches. */
export function similarity(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  if (!x.length || !y.length) return 0;
  const inY = new Set(y);
  const inX = new Set(x);
  // the K smallest of the union, and how many of them are in both sketches
  const union = [...new Set([...x, ...y])].sort((p, q) => p - q).slice(0, K);
  let both = 0;
  for (const h of union) if (inX.has(h) && inY.has(h)) both++;
  return both / union.length;
}

/** True if two fingerprints are of one article. */
export function sameArticle(a: string, b: string): boolean {
  return similarity(a, b) >= SAME_ARTICLE;
}
