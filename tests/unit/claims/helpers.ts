/**
 * Test helpers: PERSON entities for given names (every occurrence, linked
 * by id), and claim lookup by content.
 */
import type { Claim, Entity } from '../../../utils/types';

/** PERSON entities for each `[mention, id, canonical]`, longest mentions first, sorted by start. */
export function people(text: string, names: Array<[string, string, string]>): Entity[] {
  const out: Entity[] = [];
  for (const [name, id, canonical] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (out.some((e) => i < e.end && e.start < i + name.length)) continue;
      out.push({ type: 'PERSON', text: name, start: i, end: i + name.length, entityId: id, canonical });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The claim whose content includes `s`. */
export function claimWith(claims: Claim[], s: string): Claim | undefined {
  return claims.find((c) => c.content.text.includes(s));
}
