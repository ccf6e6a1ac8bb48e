/**
 * One name, one type per article: when the tagger gives the same name
 * different types within a block (about an article: Sony as ORG and as
 * PLACE), a mention takes the type of at least twice as many of its
 * mentions as its own; otherwise the text is taken to say otherwise.
 */
import type { Tokens } from '../tokenize';
import type { Claim } from './propagate';

const NAMED = new Set(['PERSON', 'ORG', 'PLACE']);

/** Unify the types of repeated PERSON/ORG/PLACE names, in place; returns `claims`. */
export function unifyTypes(t: Tokens, block: Uint32Array, claims: Claim[]): Claim[] {
  const votes = new Map<string, Map<Claim['type'], number>>();
  // Each named claim's vote tally (shared by the mentions of one name in one block), by claim index.
  const tallies = new Array<Map<Claim['type'], number> | undefined>(claims.length);
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (!NAMED.has(c.type)) continue;
    const key = block[c.start] + ':' + t.words.slice(c.start, c.end).join(' ');
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(c.type, (v.get(c.type) ?? 0) + 1);
    tallies[k] = v;
  }
  for (let k = 0; k < claims.length; k++) {
    const v = tallies[k];
    if (!v || v.size < 2) continue;
    const c = claims[k];
    const own = v.get(c.type)!;
    for (const [type, n] of v) if (n >= 2 * own && n >= 2) c.type = type;
  }
  return claims;
}
