/**
 * Claim extraction: who said what. `findClaims(text, entities)` returns the
 * attributions in an article — source, cue and content spans — sorted by
 * start. See utils/nlp/claims/ for the parts.
 */
import type { Claim, Entity } from '../types';
import { extractClaims } from './claims/extract';

/**
 * Find the claims (direct quotes, reported speech, mixed) in `text`.
 * Sources are resolved to `entities` (pronouns, short names) where possible.
 * Every span satisfies `text.slice(start, end) === span.text`. Linear time.
 */
export function findClaims(text: string, entities: Entity[]): Claim[] {
  return extractClaims(text, entities);
}
