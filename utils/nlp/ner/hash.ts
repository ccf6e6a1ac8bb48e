/**
 * 32-bit hashing used for the model's hashed features: a string hash
 * (FNV-1a) and integer mixers to combine a feature template with values.
 */

/** FNV-1a hash of a string's UTF-16 code units, as an unsigned 32-bit int. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * `hashString` of `s.slice(from, to)` read with every ASCII digit as "0",
 * without building that string (word attributes hash a word's prefix and
 * suffixes with digits folded; this is one loop and no allocation).
 */
export function hashFoldedDigits(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    h ^= c >= 48 && c <= 57 ? 48 : c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix two 32-bit values into one well-spread unsigned 32-bit hash. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mix three values (template, value, value). */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
