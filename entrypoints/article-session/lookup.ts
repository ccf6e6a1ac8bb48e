/**
 * Finding what covers a text offset: entities and claims are sorted by
 * start, so a binary search finds the candidates in O(log n).
 */
import type { Span } from '../../utils/types';

/** The last span in `spans` (sorted by start) that starts at or before `offset` and covers it. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Spans may nest (claims); walk back over the few that start earlier and may still cover.
  for (let i = found; i >= 0 && i > found - 8; i--) {
    if (spans[i].start <= offset && offset < spans[i].end) return spans[i];
  }
  return null;
}

/** How many mentions each linked entity has, keyed by entityId. */
export function mentionCounts(entities: readonly { entityId?: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.entityId) counts.set(e.entityId, (counts.get(e.entityId) ?? 0) + 1);
  return counts;
}
