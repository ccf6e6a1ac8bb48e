/**
 * Named-entity recognition for Newsmark: people, organisations and places
 * from the trained tagger; groups (nationalities, parties, religions),
 * dates and numbers from rules; then mentions of one entity are linked
 * (`entityId`, `canonical`). Pure: runs in a service worker and in Node.
 */
import type { Entity, EntityType } from '../types';
import { recognize, type TokenSpan } from './ner/recognize';
import { matchDate, mayStartDate } from './ner/dates';
import { matchNumber, mayStartNumber } from './ner/numbers';
import { isGroupName, isGroupWord } from './ner/groups';
import { trimSpan } from './ner/trim';
import { linkMentions } from './ner/link';
import { propagateNames, type Claim } from './ner/propagate';
import { ORG_HEADS, repairSpans } from './ner/repair';
import { isKnownAlias } from './ner/gazetteer-index';
import { ALIASES, COUNTRIES } from './ner/gazetteer';
import type { Tokens } from './tokenize';

/** How far (characters) a tagged name lends its type to untagged repeats. */
const PROPAGATION_WINDOW = 3000;

const MODEL_TYPES: Record<TokenSpan['type'], EntityType | null> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: null };

/**
 * Find entities in `text`: sorted by start, non-overlapping, with
 * `text.slice(start, end) === entity.text`.
 */
export function findEntities(text: string): Entity[] {
  const { tokens, attrs, spans } = recognize(text);
  const lower = attrs.lower;
  const n = tokens.words.length;
  // Token ranges claimed by the tagger, in order.
  let claimed: Claim[] = [];
  for (const s of mergeInitials(tokens, spans)) {
    const r = trimSpan(tokens, s.start, s.end, s.type === 'PER');
    if (!r) continue;
    let type = MODEL_TYPES[s.type];
    if (s.type === 'MISC' || s.type === 'ORG') {
      if (isGroupName(tokens.words.slice(r[0], r[1]))) type = 'GROUP';
    }
    if (type) claimed.push({ start: r[0], end: r[1], type: refineType(tokens, r[0], r[1], type) });
  }
  claimed = propagateNames(tokens, repairSpans(tokens, attrs, claimed), PROPAGATION_WINDOW);
  // Rules fill the gaps between tagged mentions.
  const out: Entity[] = [];
  let c = 0;
  for (let i = 0; i < n; ) {
    while (c < claimed.length && claimed[c].end <= i) c++;
    const nextClaim = c < claimed.length ? claimed[c] : null;
    if (nextClaim && nextClaim.start <= i) {
      out.push(toEntity(text, tokens, nextClaim.start, nextClaim.end, nextClaim.type));
      i = nextClaim.end;
      continue;
    }
    const m = mayStartDate(lower[i]) ? matchDate(tokens, i) : null;
    const rule = m ? { ...m, type: 'DATE' as const } : mayStartNumber(tokens.words[i], lower[i]) ? ruleNumber(tokens, i) : null;
    if (rule && rule.end > i) {
      // A date expression wins over tagged names it wholly contains ("8 p.m. EST").
      if (rule.type === 'DATE') while (c < claimed.length && claimed[c].end <= rule.end) c++;
      const limit = c < claimed.length ? claimed[c].start : n;
      const end = Math.min(rule.end, limit);
      out.push(toEntity(text, tokens, rule.start, end, rule.type, rule.subtype));
      i = end;
      continue;
    }
    if (isGroupWord(tokens.words[i])) out.push(toEntity(text, tokens, i, i + 1, 'GROUP'));
    i++;
  }
  linkMentions(text, out);
  return out;
}

/**
 * Type fixes the tagger's local view misses: a multi-word place ending in an
 * organisation head noun is an organisation ("White House National Security
 * Council"); a country acronym tagged ORG is a place ("US").
 */
function refineType(t: Tokens, start: number, end: number, type: EntityType): EntityType {
  if (type === 'PLACE' && end - start > 1 && ORG_HEADS.has(t.words[end - 1])) return 'ORG';
  if (type === 'ORG' && end - start === 1 && isKnownAlias(t.words[start]) && isPlaceAcronym(t.words[start])) return 'PLACE';
  return type;
}

const INITIALS_RE = /^(?:\p{Lu}\.)+$/u;

/** Join a person span made only of initials ("J.") with the name the tagger split off after it. */
function mergeInitials(t: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    if (s.type === 'PER' && next && next.start === s.end && s.end - s.start === 1 && INITIALS_RE.test(t.words[s.start]) && /^\p{Lu}/u.test(t.words[next.start])) {
      out.push({ type: 'PER', start: s.start, end: next.end });
      k++;
    } else out.push(s);
  }
  return out;
}

function ruleNumber(tokens: Tokens, i: number): { start: number; end: number; subtype: string; type: EntityType } | null {
  const m = matchNumber(tokens, i);
  return m && m.start >= i ? { ...m, type: 'NUMBER' } : m ? { ...m, start: i, type: 'NUMBER' } : null;
}

function toEntity(text: string, t: Tokens, start: number, end: number, type: EntityType, subtype?: string): Entity {
  const s = t.starts[start];
  const e = t.ends[end - 1];
  const entity: Entity = { text: text.slice(s, e), start: s, end: e, type };
  if (subtype) entity.subtype = subtype;
  return entity;
}

function isPlaceAcronym(w: string): boolean {
  return COUNTRIES.includes(ALIASES[w]);
}
