/**
 * Source resolution: link a source span to the entity it names or, for a
 * pronoun or role noun, to the nearest fitting entity before it.
 */
import type { ClaimSource, Entity, Span } from '../../types';
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from './lexicon';
import { nameGender, pronounGender } from './gender';

/** How far back (characters) a pronoun looks for the entity it refers to. */
const MAX_BACK = 3000;

/** Binary search: index of the last entity whose start is < `pos`. */
function lastBefore(entities: Entity[], pos: number): number {
  let lo = 0;
  let hi = entities.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start < pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function link(src: Span, e: Entity): ClaimSource {
  const out: ClaimSource = { ...src };
  if (e.entityId) out.entityId = e.entityId;
  out.canonical = e.canonical ?? e.text;
  return out;
}

/**
 * Resolve `src` against `entities` (sorted by start): an overlapping
 * PERSON/ORG/GROUP/PLACE entity links directly; "he"/"she" take the
 * previous PERSON of a fitting (or unknown) gender; "they"/"we"/"it" the
 * previous ORG, GROUP or PLACE.
 */
export function resolveSource(src: Span, entities: Entity[]): ClaimSource {
  const k = lastBefore(entities, src.end);
  let best: Entity | null = null;
  for (let i = k; i >= 0 && entities[i].end > src.start - 200; i--) {
    const e = entities[i];
    if (e.end <= src.start) break;
    if (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'GROUP' || e.type === 'PLACE') {
      if (!best || e.type === 'PERSON') best = e;
    }
  }
  if (best) {
    // A source found inside a longer name ("Maritime Security" of "the Oslo Institute for Maritime Security") is that name.
    const whole = best.start <= src.start && best.end >= src.end && best.end - best.start > src.end - src.start;
    return link(whole ? { text: best.text, start: best.start, end: best.end } : src, best);
  }
  const lower = src.text.toLowerCase();
  const want = PERSON_PRONOUNS.has(lower) ? ['PERSON'] : GROUP_PRONOUNS.has(lower) ? ['ORG', 'GROUP', 'PLACE'] : null;
  if (want) {
    const g = pronounGender(lower);
    let fallback: Entity | null = null;
    for (let i = lastBefore(entities, src.start); i >= 0 && src.start - entities[i].start < MAX_BACK; i--) {
      const e = entities[i];
      if (!want.includes(e.type)) continue;
      const eg = g ? nameGender(e.canonical ?? e.text) : null;
      if (!g || eg === g) return link(src, e);
      if (eg === null && !fallback) fallback = e;
    }
    if (fallback) return link(src, fallback);
  }
  return { ...src };
}
