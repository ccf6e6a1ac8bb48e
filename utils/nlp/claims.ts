/**
 * Claim extraction: who said what. `findClaims(text, entities)` returns the
 * attributions in an article — source, cue and content spans — sorted by
 * start. See utils/nlp/claims/ for the parts.
 */
import type { Claim, Entity } from '../types';
import { extractClaims } from './claims/extract';

/**
 * Find the claims in `text`: statements (direct quotes, reported speech,
 * mixed) and, as kind `belief`, the other attributions (belief, knowledge,
 * intention, perception, emotion, desire).
 * Sources are resolved to `entities` (pronouns, short names) where possible.
 * Every span satisfies `text.slice(start, end) === span.text`. Linear time.
 */
export function findClaims(text: string, entities: Entity[]): Claim[] {
  return extractClaims(text, entities);
}

/**
 * True when `claim` is painted for the reader: a statement (or, when the
 * reader switches beliefs on, a belief, intention or perception) with a
 * source. A claim without a source tells no one "who said what".
 */
export function isPaintedClaim(claim: Claim, beliefs = false): boolean {
  return claim.source !== null && (claim.kind !== 'belief' || beliefs);
}
