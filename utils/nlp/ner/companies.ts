/**
 * Well-known companies the tagger types PERSON or PLACE ("Whole Foods" as a
 * person, "Amazon" as the river) are organisations. A listed name that is
 * also a word of a person's full name on the page ("Forbes" after "Steve
 * Forbes") is left alone; one that is also a geographic feature is the
 * feature after "the" or before "river", "rainforest" …
 */
import type { Tokens } from '../tokenize';
import type { TokenAttrs } from './features';
import { ORGANISATIONS, REGIONS } from './gazetteer';
import { BODIES, COMPANIES } from './gazetteer-today';
import { BRAND_COMPANIES } from './gazetteer-brands';
import type { Claim } from './propagate';

/** Listed organisations that are also common words, people or cities: the tagger's type stands. */
const AMBIGUOUS = new Set(
  'Apple|Ford|Disney|Honda|Wagner|Shell|Fed|Barcelona|Sea|Total|Target|Orange|Sky|Meta|Guardian|WHO|AP|ABC|UN|U.N.|EU|Tass|White House|Kremlin|Pentagon|Congress|Senate|Treasury|Security Council'.split(
    '|',
  ),
);
const KNOWN = new Set([...ORGANISATIONS, ...COMPANIES, ...BODIES, ...BRAND_COMPANIES].filter((o) => !AMBIGUOUS.has(o)));
const FEATURES = new Set(REGIONS);
/** Nouns after a geographic feature's name ("the Amazon basin"). */
const GEO_NOUNS = new Set(['river', 'rainforest', 'rain', 'basin', 'jungle', 'forest', 'delta', 'valley', 'region', 'estuary']);

/** True for a listed organisation name that is no common word or city. */
export function knownOrganisation(name: string): boolean {
  return KNOWN.has(name);
}

/** Retype listed companies tagged PERSON or PLACE as ORG, in place; returns `claims`. */
export function retypeCompanies(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const personWords = new Set<string>();
  for (const c of claims) {
    if (c.type !== 'PERSON' || c.end - c.start < 2) continue;
    // A company's branch is no person ("Lexus Philippines"), and lends no surname.
    if (KNOWN.has(t.words[c.start])) c.type = 'ORG';
    else for (let i = c.start; i < c.end; i++) personWords.add(t.words[i]);
  }
  for (const c of claims) {
    if (c.type !== 'PERSON' && c.type !== 'PLACE') continue;
    const name = t.words.slice(c.start, c.end).join(' ');
    if (!KNOWN.has(name) || (c.end - c.start === 1 && personWords.has(name))) continue;
    if (FEATURES.has(name) && (a.lower[c.start - 1] === 'the' || GEO_NOUNS.has(a.lower[c.end] ?? ''))) continue;
    c.type = 'ORG';
  }
  return claims;
}
