/**
 * A one-word name that is an "-ly" adverb of an everyday lower-case word
 * ("Visually,", "Thankfully,": `LEX.ADVERB` of `clusters.ts`) is no name; the
 * tagger, which saw few such sentence openers in training, sometimes calls
 * them persons. Names ending in "-ly" ("Kelly", "Italy") do not stem to a word.
 */
import type { TokenAttrs } from './features';
import { LEX } from './clusters';
import type { Claim } from './propagate';

/** `claims` without one-word adverbs. */
export function dropAdverbs(attrs: TokenAttrs, claims: Claim[]): Claim[] {
  return claims.filter((c) => c.end - c.start > 1 || !(attrs.lex[c.start] & LEX.ADVERB));
}
