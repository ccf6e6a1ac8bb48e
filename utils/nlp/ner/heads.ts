/**
 * Types from the words that end or follow a name: a name ending in an
 * organisation word, or with one before "of" ("New Zealand Department of
 * Conservation"), is an organisation ("Food Standards Agency", "Nigeria
 * Police", "Remain Co.", "San Francisco Chronicle"); one ending in a place
 * word is a place ("Whangārei Harbour", "Berrien County"), and a place word
 * right after a name belongs to it ("Bering" + "Sea", "San Francisco" +
 * "Bay Area"); names listed before a plural place noun are places
 * ("Barry, Cass and Van Buren counties").
 */
import type { Tokens } from '../tokenize';
import type { TokenAttrs } from './features';
import { GAZ, matchPlace } from './gazetteer-index';
import { CITIES } from './gazetteer';

const CITY_NAMES = new Set(CITIES);
import type { Claim } from './propagate';
import { ORG_HEADS } from './repair';

/**
 * Legal-form and group words that follow a company's name ("BioNTech SE",
 * "Tianqi Lithium Corp", "Rakuten Inc"): taken into the name before it,
 * which is then an organisation.
 */
export const COMPANY_SUFFIXES = new Set([
  'Inc',
  'Inc.',
  'Corp',
  'Corp.',
  'Co',
  'Co.',
  'Ltd',
  'Ltd.',
  'Plc',
  'PLC',
  'plc',
  'LLC',
  'LLP',
  'LP',
  'SE',
  'AG',
  'SA',
  'S.A.',
  'NV',
  'N.V.',
  'GmbH',
  'AB',
  'Oy',
  'Oyj',
  'ASA',
  'SpA',
  'S.p.A.',
  'BV',
  'B.V.',
  'Bhd',
  'Tbk',
  'KK',
  'K.K.',
  'Group',
  'Holdings',
]);

/** Last words of organisation names, beyond repair.ts's heads. */
const ORG_LAST = new Set([
  ...ORG_HEADS,
  ...COMPANY_SUFFIXES,
  'Police',
  'Co.',
  'Company',
  'Inc',
  'Ltd.',
  'LLC',
  'PLC',
  'University',
  'College',
  'Institute',
  'Foundation',
  'Society',
  'Academy',
  'Services',
  'Chronicle',
  'Tribune',
  'Herald',
  'Gazette',
  'Journal',
  'Post',
  'Times',
  'Army',
  'Brothers',
  'Bros',
  'Bros.',
  'Sisters',
  'Navy',
  'Parliament',
]);
/** Last words of place names. */
export const PLACE_LAST = new Set([
  'County',
  'Harbour',
  'Harbor',
  'Sea',
  'Ocean',
  'River',
  'Lake',
  'Bay',
  'Strait',
  'Island',
  'Islands',
  'Mountains',
  'Valley',
  'Desert',
  'Peninsula',
  'Street',
  'Avenue',
  'Boulevard',
  'Square',
  'District',
  'Province',
  'Canyon',
  'Beach',
  'Area',
]);
/** Plural nouns after a list of place names ("… and Van Buren counties"). */
const PLACE_PLURALS = new Set([
  'counties',
  'states',
  'provinces',
  'regions',
  'districts',
  'islands',
  'cities',
  'towns',
  'villages',
  'rivers',
]);

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Apply the head-word types and joins; input and output are sorted, non-overlapping claims. */
export function typeByHeads(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out = joinPlaceHeads(t, a, joinCompanySuffixes(t, claims));
  for (const c of out) {
    if (c.type !== 'PERSON' && c.type !== 'ORG' && c.type !== 'PLACE') continue;
    if (c.end - c.start < 2 || isGivenNamed(a, c)) continue;
    const last = t.words[c.end - 1];
    if (c.type !== 'ORG' && (ORG_LAST.has(last) || headBeforeOf(t, a, c))) c.type = 'ORG';
    else if (c.type !== 'PLACE' && PLACE_LAST.has(last) && !hasOrgWord(t, c)) c.type = 'PLACE';
  }
  listedPlaces(t, a, out);
  compassPlaces(t, a, out);
  return out;
}

/** Compass words that qualify a place ("Southern California", "Northeastern Syria"). */
const COMPASS = new Set(
  'North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower'.split(
    ' ',
  ),
);

/** In running text, a compass word followed by a known place, nothing else, is a place ("in Southern California" tagged ORG); in place. */
function compassPlaces(t: Tokens, a: TokenAttrs, claims: Claim[]): void {
  for (const c of claims) {
    if ((c.type !== 'ORG' && c.type !== 'PERSON' && c.type !== 'MISC') || c.end - c.start < 2 || !COMPASS.has(t.words[c.start])) continue;
    // In running text only ("in Southern California"): a results table's "North Sydney" is a team.
    if (c.start === 0 || t.lineStart[c.start] || !/^\p{Ll}+$/u.test(t.words[c.start - 1])) continue;
    const rest = c.start + 1;
    // Not a city: teams are named after cities ("played for North Melbourne"), regions after states and countries.
    if (
      (a.gaz[rest] & GAZ.PLACE_B) !== 0 &&
      matchPlace(t.words, a.lower, rest, c.end) === c.end - rest &&
      !CITY_NAMES.has(t.words.slice(rest, c.end).join(' '))
    )
      c.type = 'PLACE';
  }
}

/** A person name starting with a given name ("John Lake", "Emily Post") keeps its type. */
function isGivenNamed(a: TokenAttrs, c: Claim): boolean {
  return c.type === 'PERSON' && (a.gaz[c.start] & GAZ.FIRST_NAME) !== 0;
}

/** An organisation word followed by "of", "for" or "on" inside the name ("Department of Conservation"). */
function headBeforeOf(t: Tokens, a: TokenAttrs, c: Claim): boolean {
  for (let i = c.start; i < c.end - 2; i++) {
    if (ORG_LAST.has(t.words[i]) && (a.lower[i + 1] === 'of' || a.lower[i + 1] === 'for' || a.lower[i + 1] === 'on')) return true;
  }
  return false;
}

function hasOrgWord(t: Tokens, c: Claim): boolean {
  for (let i = c.start; i < c.end; i++) if (ORG_LAST.has(t.words[i])) return true;
  return false;
}

/** A name followed by a company suffix takes it in ("BioNTech" + "SE"); the type follows from the new last word. */
function joinCompanySuffixes(t: Tokens, claims: Claim[]): Claim[] {
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.type !== 'PLACE' && c.type !== 'PERSON' && c.type !== 'ORG' && c.type !== 'MISC') continue;
    const j = c.end;
    if (j >= t.words.length || t.lineStart[j] || !COMPANY_SUFFIXES.has(t.words[j])) continue;
    if (k + 1 < claims.length && claims[k + 1].start <= j && claims[k + 1].end > j + 1) continue;
    if (k + 1 < claims.length && claims[k + 1].start === j) claims.splice(k + 1, 1);
    claims[k] = { start: c.start, end: j + 1, type: 'ORG' };
  }
  return claims;
}

/** A name followed by one or two capitalised words ending in a place word takes them in, as a PLACE. */
function joinPlaceHeads(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if ((c.type !== 'PLACE' && c.type !== 'PERSON' && c.type !== 'ORG') || isGivenNamed(a, c)) {
      out.push(c);
      continue;
    }
    let end = c.end;
    for (let j = c.end; j < c.end + 2 && j < t.words.length && !t.lineStart[j] && isCapitalised(t.words[j]); j++) {
      if (PLACE_LAST.has(t.words[j])) end = j + 1;
    }
    let m = k + 1;
    while (m < claims.length && claims[m].start < end) m++;
    if (end === c.end || claims.slice(k + 1, m).some((x) => x.end > end)) {
      out.push(c);
      continue;
    }
    out.push({ start: c.start, end, type: 'PLACE' });
    k = m - 1;
  }
  return out;
}

/** Names in a list ("A, B, C and D") right before a plural place noun are places, in place. */
function listedPlaces(t: Tokens, a: TokenAttrs, claims: Claim[]): void {
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (!PLACE_PLURALS.has(a.lower[c.end] ?? '')) continue;
    let m = k;
    for (;;) {
      claims[m].type = claims[m].type === 'PERSON' || claims[m].type === 'ORG' ? 'PLACE' : claims[m].type;
      if (m === 0) break;
      const prev = claims[m - 1];
      const gap = t.words.slice(prev.end, claims[m].start);
      if (
        !(gap.length === 1 && (gap[0] === ',' || gap[0] === 'and' || gap[0] === 'or')) &&
        !(gap.length === 2 && gap[0] === ',' && gap[1] === 'and')
      )
        break;
      m--;
    }
  }
}
