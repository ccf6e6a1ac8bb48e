/**
 * Span repairs where the gazetteers know better than the tagger's local
 * view: a multi-word place name the tagger split ("North" + "Korea") becomes
 * one PLACE; an organisation ending in a head noun ("Security Council")
 * takes in the capitalised words right before it ("White House National
 * Security Council"), unless those are a country, city or nationality.
 */
import type { Tokens } from '../tokenize';
import type { TokenAttrs } from './features';
import { GAZ, matchPlace } from './gazetteer-index';
import type { Claim } from './propagate';

/** Head nouns that make a capitalised run an organisation name. */
export const ORG_HEADS = new Set([
  'Council',
  'Committee',
  'Commission',
  'Ministry',
  'Department',
  'Agency',
  'Bureau',
  'Board',
  'Authority',
  'Party',
  'Association',
  'Federation',
  'Institute',
  'Corporation',
  'Organization',
  'Organisation',
  'Tribunal',
  'Inc.',
  'Corp.',
  'Ltd',
]);
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'of',
  'for',
  'to',
  'and',
  'but',
  'by',
  'with',
  'from',
  'as',
  'that',
  'this',
  'when',
  'if',
  'after',
  'before',
  'while',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
]);

/**
 * Heads after which "of"/"for" continues the name: "Ministry of Defence",
 * "Institute for Maritime Security", "University of Bergen".
 */
const CONTINUED_HEADS = new Set([
  ...ORG_HEADS,
  'University',
  'Bank',
  'Centre',
  'Center',
  'School',
  'College',
  'Museum',
  'Foundation',
  'Society',
  'Fund',
  'Academy',
  'Office',
  'Union',
  'Court',
  'Institution',
]);

/** Months and weekdays end an organisation's name. */
const CALENDAR_WORDS = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

/** Apply the repairs; input and output are sorted, non-overlapping claims. */
export function repairSpans(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  return joinAndTails(t, a, continueOrganisations(t, a, extendOrganisations(t, a, joinSplitPlaces(t, a, claims))));
}

function joinSplitPlaces(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let k = 0; k < claims.length; k++) {
    const cl = claims[k];
    // Look for a multi-word gazetteer place starting at or before this claim.
    let repaired = false;
    for (let i = cl.start; i < cl.end && !repaired; i++) {
      if (!(a.gaz[i] & GAZ.PLACE_B)) continue;
      const len = matchPlace(t.words, a.lower, i, lineEnd(t, i));
      if (len < 2) continue;
      const end = i + len;
      if (cl.start < i) continue; // claim starts before the place: part of a longer name
      // Collect the claims inside [i, end); all must lie within it.
      let j = k;
      while (j < claims.length && claims[j].start < end) j++;
      const inside = claims.slice(k, j);
      const last = inside[inside.length - 1];
      if (last.end > end) {
        // A name that starts with a split place and runs on ("San" + "Francisco Chronicle"): one name, an
        // organisation unless the tagger called the rest a place (head words type it later: "… Bay Area").
        if (inside.length < 2 || cl.start !== i || last.start <= i || !inside.every((x, m) => m === 0 || x.start === inside[m - 1].end))
          continue;
        out.push({ start: i, end: last.end, type: last.type === 'PLACE' ? 'PLACE' : 'ORG' });
        k = j - 1;
        repaired = true;
        continue;
      }
      if (inside.length === 1 && inside[0].start === i && inside[0].end === end) continue;
      out.push({ start: i, end, type: 'PLACE' });
      k = j - 1;
      repaired = true;
    }
    if (!repaired) out.push(cl);
  }
  return out;
}

function extendOrganisations(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const cl of claims) {
    if (cl.type !== 'ORG' || !ORG_HEADS.has(t.words[cl.end - 1])) {
      out.push(cl);
      continue;
    }
    let start = cl.start;
    while (start > 0 && !t.lineStart[start]) {
      const i = start - 1;
      const w = t.words[i];
      if (!/^\p{Lu}/u.test(w) || FUNCTION_WORDS.has(a.lower[i]) || a.caps[i] === 1) break;
      const prev = out.length ? out[out.length - 1] : null;
      if (prev && prev.end > i) {
        // Absorb a preceding tagged name only if it is not a known place or a group.
        if (prev.type === 'GROUP' || prev.type === 'PERSON' || (a.gaz[prev.start] & GAZ.PLACE_B) !== 0) break;
        start = prev.start;
        out.pop();
        continue;
      }
      if ((a.gaz[i] & (GAZ.PLACE_B | GAZ.PLACE_I | GAZ.DEMONYM)) !== 0) break;
      start = i;
    }
    out.push({ start, end: cl.end, type: 'ORG' });
  }
  return out;
}

/**
 * An organisation ending in a head noun followed by "of" or "for" (and
 * "the") and a run of capitalised words takes the run in, with any names
 * tagged inside it: "Oslo Institute" + "for" + "Maritime Security" is one
 * organisation, not an organisation and a person.
 */
function continueOrganisations(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let k = 0; k < claims.length; k++) {
    const cl = claims[k];
    out.push(cl);
    // Any name type: a head continued by "of"/"for" + a name ("Bergen Centre for Ocean Studies") makes it an organisation.
    if ((cl.type !== 'ORG' && cl.type !== 'PLACE' && cl.type !== 'PERSON') || !CONTINUED_HEADS.has(t.words[cl.end - 1])) continue;
    let i = cl.end;
    if (i >= t.words.length || t.lineStart[i] || (a.lower[i] !== 'of' && a.lower[i] !== 'for' && a.lower[i] !== 'on')) continue;
    i++;
    if (i < t.words.length && !t.lineStart[i] && a.lower[i] === 'the') i++;
    let end = i;
    for (let j = i; j < t.words.length && j < i + 6 && !t.lineStart[j]; j++) {
      const w = t.words[j];
      if (CALENDAR_WORDS.has(w)) break; // "Center on July 22", "Board on Monday"
      if (/^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(a.lower[j])) end = j + 1;
      else if (!((w === 'and' || w === '&') && j > i && j + 1 < t.words.length && /^\p{Lu}/u.test(t.words[j + 1]))) break;
    }
    if (end === i) continue;
    // Names tagged inside the run become part of the organisation; one reaching past it stops the repair.
    let j = k + 1;
    while (j < claims.length && claims[j].start < end) j++;
    if (claims.slice(k + 1, j).some((x) => x.end > end)) continue;
    out[out.length - 1] = { start: cl.start, end, type: 'ORG' };
    k = j - 1;
  }
  return out;
}

/**
 * An organisation name with "of", "on" or "for" inside it, cut before "and"
 * and one to three capitalised words, takes them in: "Michigan Department
 * of Health" + "and Human Services", "Center on Poverty" + "and Inequality".
 */
function joinAndTails(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let k = 0; k < claims.length; k++) {
    const cl = claims[k];
    out.push(cl);
    if (cl.type !== 'ORG' || !hasInnerPreposition(t, a, cl)) continue;
    let i = cl.end;
    if (i + 1 >= t.words.length || t.lineStart[i] || (t.words[i] !== 'and' && t.words[i] !== '&')) continue;
    i++;
    let end = i;
    while (end < t.words.length && end < i + 3 && !t.lineStart[end] && /^\p{Lu}/u.test(t.words[end]) && !FUNCTION_WORDS.has(a.lower[end]))
      end++;
    // The run must end the name: no capitalised word right after it.
    if (end === i || (end < t.words.length && !t.lineStart[end] && /^\p{Lu}/u.test(t.words[end]))) continue;
    let j = k + 1;
    while (j < claims.length && claims[j].start < end) j++;
    if (claims.slice(k + 1, j).some((x) => x.end > end || x.type === 'PERSON')) continue;
    out[out.length - 1] = { start: cl.start, end, type: 'ORG' };
    k = j - 1;
  }
  return out;
}

/** A head noun followed by "of", "on" or "for" inside the claim ("Department of", "Center on"). */
function hasInnerPreposition(t: Tokens, a: TokenAttrs, cl: Claim): boolean {
  for (let i = cl.start + 1; i < cl.end - 1; i++) {
    if ((a.lower[i] === 'of' || a.lower[i] === 'on' || a.lower[i] === 'for') && CONTINUED_HEADS.has(t.words[i - 1])) return true;
  }
  return false;
}

function lineEnd(t: Tokens, i: number): number {
  let j = i + 1;
  while (j < t.words.length && !t.lineStart[j] && j < i + 8) j++;
  return j;
}
