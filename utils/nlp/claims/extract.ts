/**
 * The claim extractor's main loop: cue proposals (./cues.ts) become drafts
 * with a source and a content (./drafts.ts), quotes continuing in later
 * sentences and paragraphs keep their speaker (./continuation.ts), and each
 * draft becomes a claim: its source resolved against the entities, its sort
 * (statement or belief) and kind, and no claim's text holding another's.
 */
import type { Claim, ClaimSource, Entity, Span } from '../../types';
import { DEFAULT_MODEL, type CueModel } from './cueModel';
import { buildLayout } from './layout';
import { buildDrafts } from './drafts';
import { resolveSource } from './resolve';
import { attachFollowOns } from './continuation';
import { isEvidenceCue } from './patterns';
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from './lexicon';
import { nameGender, pronounGender } from './gender';
import { attributionSort, realSource } from './statement';

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/**
 * Direct when the content is quoted from start to end (possibly in several
 * quoted parts, or left open at a paragraph end), mixed when only partly
 * quoted, indirect otherwise.
 */
export function claimKind(content: string): Exclude<Claim['kind'], 'belief'> {
  if (!/[“”"]/.test(content)) return 'indirect';
  const t = content.replace(/[\s.,;:!?]+$/, '');
  const opens = t[0] === '“' || t[0] === '"';
  const last = Math.max(t.lastIndexOf('“'), t.lastIndexOf('”'), t.lastIndexOf('"'));
  const closes = last === t.length - 1 || t[last] === '“';
  return opens && closes ? 'direct' : 'mixed';
}

function isPronoun(s: string): boolean {
  const w = s.toLowerCase();
  return PERSON_PRONOUNS.has(w) || GROUP_PRONOUNS.has(w);
}

/**
 * A pronoun no entity explains refers to the last named speaker (news
 * style: "“…,” he said" after Kirby spoke), when the gender does not clash.
 */
function inheritSpeaker(source: ClaimSource, last: ClaimSource | null): void {
  if (!last) return;
  const name = last.canonical ?? last.text;
  const g = pronounGender(source.text);
  if (g && nameGender(name) && nameGender(name) !== g) return;
  source.canonical = name;
  if (last.entityId) source.entityId = last.entityId;
}

/** Extract claims from `text`, resolving sources against `entities`. */
export function extractClaims(text: string, entities: Entity[], model: CueModel = DEFAULT_MODEL): Claim[] {
  const L = buildLayout(text);
  const drafts = buildDrafts(L, model);
  attachFollowOns(L, drafts);
  const claims: Claim[] = [];
  let lastNamed: ClaimSource | null = null;
  for (const d of drafts) {
    const cue = span(text, L.toks[d.cueFrom].start, L.toks[d.cueTo].end);
    const content = span(text, d.content[0], d.content[1]);
    const sort = attributionSort(L, d.cueFrom, d.cueTo, d.content, !!d.convention || isEvidenceCue(L, d.cueFrom));
    // a statement's source must be a real one: a phrase that only precedes the cue ("We spent much of the rest of
    // the school") is none; a belief, never painted by default, and a speaker label keep the phrase the finder gave
    const real = d.src && (sort === 'statement' && !d.convention ? realSource(L, d.src[0], d.src[1], d.cueFrom, entities) : d.src);
    const source: ClaimSource | null = real ? resolveSource(span(text, L.toks[real[0]].start, L.toks[real[1]].end), entities) : null;
    if (source) {
      if (source.canonical === undefined && isPronoun(source.text)) inheritSpeaker(source, lastNamed);
      else if (/^\p{Lu}/u.test(source.text) && !isPronoun(source.text)) lastNamed = source;
    }
    let start = Math.min(content.start, cue.start);
    let end = Math.max(content.end, cue.end);
    if (source) {
      start = Math.min(start, source.start);
      end = Math.max(end, source.end);
    }
    const kind = sort === 'belief' ? 'belief' : claimKind(L.text.slice(content.start, content.end));
    claims.push({ kind, ...span(text, start, end), source, cue, content });
  }
  claims.sort((x, y) => x.start - y.start);
  // Two claims sharing one source ("X called the report … and said …"): the later one starts at its own cue or
  // content, so that no claim's text holds another's. Its source keeps pointing at the shared name.
  for (let k = 1; k < claims.length; k++) {
    const prev = claims[k - 1];
    const c = claims[k];
    if (c.start >= prev.end) continue;
    const own = Math.min(c.cue?.start ?? c.content.start, c.content.start);
    if (own >= prev.end) Object.assign(c, span(text, own, c.end));
  }
  return claims.sort((x, y) => x.start - y.start);
}
