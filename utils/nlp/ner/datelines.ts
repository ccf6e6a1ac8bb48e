/**
 * News datelines: a line that opens with a place in capitals, an optional
 * ", Region" and the agency in brackets before a dash ("KALMORA (Reuters) -",
 * "PORT ELDAN, Nuria (AP) —") names where the story was filed: the capitals
 * and the region are places, whatever the tagger made of them (an all-caps
 * word before "(Reuters)" looks like an organisation to it).
 */
import type { Tokens } from '../tokenize';
import type { Claim } from './propagate';

const DASHES = new Set(['-', '--', '—', '–']);
const CAPITALS_RE = /^\p{Lu}[\p{Lu}.'’-]*$/u;
const CAPITALISED_RE = /^\p{Lu}/u;

/** Place claims for datelines, replacing what overlaps them; input and output sorted, non-overlapping. */
export function typeDatelines(t: Tokens, claims: Claim[]): Claim[] {
  const places: Claim[] = [];
  const n = t.words.length;
  for (let i = 0; i < n; i++) {
    if (!t.lineStart[i] && i !== 0) continue;
    let j = i;
    while (j < n && j < i + 4 && (j === i || !t.lineStart[j]) && CAPITALS_RE.test(t.words[j]) && /\p{Lu}{2}/u.test(t.words[j])) j++;
    if (j === i || j >= n || t.lineStart[j]) continue;
    let region: Claim | null = null;
    let k = j;
    if (t.words[k] === ',') {
      let m = k + 1;
      while (m < n && m < k + 4 && !t.lineStart[m] && CAPITALISED_RE.test(t.words[m])) m++;
      if (m === k + 1) continue;
      region = { start: k + 1, end: m, type: 'PLACE' };
      k = m;
    }
    // "(" + one to three words + ")" + a dash.
    if (t.words[k] !== '(') continue;
    let close = k + 1;
    while (close < n && close < k + 5 && t.words[close] !== ')') close++;
    if (t.words[close] !== ')' || close === k + 1 || !DASHES.has(t.words[close + 1] ?? '')) continue;
    places.push({ start: i, end: j, type: 'PLACE' });
    if (region) places.push(region);
  }
  if (!places.length) return claims;
  const out: Claim[] = [];
  let p = 0;
  for (const c of claims) {
    while (p < places.length && places[p].end <= c.start) out.push(places[p++]);
    if (p < places.length && places[p].start < c.end) continue; // overlaps a dateline place: replaced
    out.push(c);
  }
  while (p < places.length) out.push(places[p++]);
  return out;
}
