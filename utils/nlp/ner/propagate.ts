/**
 * Document-level consistency: a name the tagger recognised somewhere
 * ("Putin" as a person) is also recognised where the tagger missed it
 * nearby in the same text, with the type of the nearest tagged occurrence.
 * Surnames of tagged full person names count too ("Vladimir Putin" → "Putin").
 */
import type { MentionType as EntityType } from '../../types';
import type { Tokens } from '../tokenize';

/** A claimed token range with its entity type. */
export interface Claim {
  start: number;
  end: number;
  type: EntityType;
}

const MAX_WORDS = 5;

/**
 * New claims for untagged, capitalised repeats of tagged names within
 * `window` characters of a tagged occurrence. `claims` must be sorted and
 * non-overlapping; the result is merged, sorted and non-overlapping.
 */
export function propagateNames(t: Tokens, claims: Claim[], window: number): Claim[] {
  // name → occurrences (char offset, type), in text order.
  const seen = new Map<string, Array<{ pos: number; type: EntityType }>>();
  const firstWords = new Map<string, number>(); // first word → longest name length in words
  const note = (words: string[], pos: number, type: EntityType): void => {
    const key = words.join(' ');
    let list = seen.get(key);
    if (!list) seen.set(key, (list = []));
    list.push({ pos, type });
    firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 0, words.length));
  };
  for (const c of claims) {
    if (c.type === 'DATE' || c.type === 'NUMBER' || c.end - c.start > MAX_WORDS) continue;
    const words = t.words.slice(c.start, c.end);
    if (!/^\p{Lu}/u.test(words[0])) continue;
    note(words, t.starts[c.start], c.type);
    if (c.type === 'PERSON' && words.length > 1 && words[words.length - 1].length > 2) note(words.slice(-1), t.starts[c.start], c.type);
  }
  const out: Claim[] = [];
  let c = 0;
  const n = t.words.length;
  for (let i = 0; i < n;) {
    while (c < claims.length && claims[c].end <= i) c++;
    if (c < claims.length && claims[c].start <= i) {
      out.push(claims[c]);
      i = claims[c].end;
      continue;
    }
    const limit = c < claims.length ? claims[c].start : n;
    const maxLen = firstWords.get(t.words[i]) ?? 0;
    let matched = false;
    for (let len = Math.min(maxLen, limit - i); len >= 1 && !matched; len--) {
      if (i + len < n && /^\p{Lu}/u.test(t.words[i + len]) && !t.lineStart[i + len]) continue; // part of a longer name
      const key = t.words.slice(i, i + len).join(' ');
      const occ = seen.get(key);
      if (!occ) continue;
      const type = nearestType(occ, t.starts[i], window);
      if (!type) continue;
      out.push({ start: i, end: i + len, type });
      i += len;
      matched = true;
    }
    if (!matched) i++;
  }
  return out;
}

/** Type of the occurrence nearest to `pos` within `window`, or null. */
function nearestType(occ: Array<{ pos: number; type: EntityType }>, pos: number, window: number): EntityType | null {
  let lo = 0;
  let hi = occ.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (occ[mid].pos < pos) lo = mid + 1;
    else hi = mid;
  }
  let best: { pos: number; type: EntityType } | null = null;
  for (const k of [lo - 1, lo]) {
    const o = occ[k];
    if (o && Math.abs(o.pos - pos) <= window && (!best || Math.abs(o.pos - pos) < Math.abs(best.pos - pos))) best = o;
  }
  return best ? best.type : null;
}
