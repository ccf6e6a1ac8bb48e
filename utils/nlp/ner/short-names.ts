/**
 * A company's short name: a one-word name typed PERSON that is the first
 * word of an organisation named in full in the same block ("Tianqi Lithium
 * Corp" … "Tianqi said") is that organisation, unless the block also uses
 * the word in a person's full name ("Mike Tyson" beside "Tyson Foods") or
 * it is a known given name. Places are left alone (tried: Wikigold CV 0.611 → 0.605).
 */
import type { Tokens } from '../tokenize';
import type { TokenAttrs } from './features';
import { GAZ } from './gazetteer-index';
import type { Claim } from './propagate';

/** Retype such short names as ORG, in place; returns `claims`. */
export function typeShortNames(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const orgFirst = new Set<string>();
  const personWords = new Set<string>();
  for (const c of claims) {
    if (c.end - c.start < 2) continue;
    if (c.type === 'ORG') orgFirst.add(`${a.block[c.start]} ${t.words[c.start]}`);
    else if (c.type === 'PERSON') for (let i = c.start; i < c.end; i++) personWords.add(`${a.block[c.start]} ${t.words[i]}`);
  }
  if (!orgFirst.size) return claims;
  for (const c of claims) {
    if (c.type !== 'PERSON' || c.end - c.start !== 1 || (a.gaz[c.start] & GAZ.FIRST_NAME) !== 0) continue;
    const key = `${a.block[c.start]} ${t.words[c.start]}`;
    if (orgFirst.has(key) && !personWords.has(key)) c.type = 'ORG';
  }
  return claims;
}
