/**
 * Mention-level fixes on the tagger's output: initials joined to the name
 * after them ("J." + "Adams"), and type corrections its local view misses.
 */
import type { MentionType } from '../../types';
import type { Tokens } from '../tokenize';
import { ALIASES, COUNTRIES, ORGANISATIONS } from './gazetteer';
import { BODIES, COMPANIES, PEOPLE } from './gazetteer-today';
import { isKnownAlias } from './gazetteer-index';
import type { TokenSpan } from './recognize';
import { ORG_HEADS } from './repair';

/**
 * Type fixes the tagger's local view misses: a multi-word place ending in an
 * organisation head noun is an organisation ("White House National Security
 * Council"); a country acronym tagged ORG is a place ("US"); a well-known,
 * unambiguous organisation name is an organisation ("Bloomberg").
 */
export function refineType(t: Tokens, start: number, end: number, type: MentionType): MentionType {
  if ((type === 'PLACE' || type === 'PERSON') && isUnambiguousOrganisation(t.words.slice(start, end).join(' '))) return 'ORG';
  if (type === 'PLACE' && end - start > 1 && ORG_HEADS.has(t.words[end - 1])) return 'ORG';
  if (type === 'ORG' && end - start === 1 && isKnownAlias(t.words[start]) && isPlaceAcronym(t.words[start])) return 'PLACE';
  return type;
}

const INITIALS_RE = /^(?:\p{Lu}\.)+$/u;

/** Join a person span made only of initials ("J.") with the name the tagger split off after it. */
export function mergeInitials(t: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    if (
      s.type === 'PER' &&
      next &&
      next.start === s.end &&
      s.end - s.start === 1 &&
      INITIALS_RE.test(t.words[s.start]) &&
      /^\p{Lu}/u.test(t.words[next.start])
    ) {
      out.push({ type: 'PER', start: s.start, end: next.end });
      k++;
    } else out.push(s);
  }
  return out;
}

/** Organisation names that are also common places, people, buildings or words. */
const AMBIGUOUS_ORGS = new Set([
  'White House',
  'Kremlin',
  'Pentagon',
  'Congress',
  'Senate',
  'Treasury',
  'Fed',
  'Ford',
  'Wagner',
  'Disney',
  'Honda',
  'Amazon',
  'Shell',
  'Apple',
  'Meta',
  'Barcelona',
  'Guardian',
  'WHO',
  'AP',
  'ABC',
  'UN',
  'U.N.',
  'EU',
  'Security Council',
  'Tass',
  'Nissan',
  'Toyota',
  'Sony',
  'Samsung',
]);
const PERSON_WORDS = new Set(PEOPLE.flatMap((p) => p.split(' ')));
// Companies and bodies whose name is no word of a known person's name ("Ford", "Lee").
const KNOWN_ORGS = new Set([...ORGANISATIONS, ...COMPANIES, ...BODIES].filter((o) => !AMBIGUOUS_ORGS.has(o) && !PERSON_WORDS.has(o)));

/** Month names and abbreviations that are never names ("Dec", "Sept."): May, March and August can be. */
const MONTH_WORDS = new Set(
  'January February April June July September October November December Jan Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec'
    .split(' ')
    .flatMap((m) => [m, m + '.', m.toUpperCase()]),
);
/** Holidays and seasons are no one's name (CoNLL tags holidays MISC). */
const HOLIDAYS = new Set([
  'Christmas',
  'Easter',
  'Thanksgiving',
  'Hanukkah',
  'Ramadan',
  'Eid',
  'Diwali',
  'Halloween',
  'Passover',
  'Lent',
  'Advent',
  'Xmas',
]);

/**
 * Tagger mentions that are never PERSON/ORG/PLACE: a month ("Dec" is a date
 * for the rules), or a holiday tagged as a person or organisation.
 */
export function isNeverName(t: Tokens, start: number, end: number, type: MentionType): boolean {
  if (end - start === 1 && MONTH_WORDS.has(t.words[start])) return true;
  return (
    (type === 'PERSON' || type === 'ORG') && HOLIDAYS.has(t.words[start]) && (end - start === 1 || /^(?:Day|Eve)$/.test(t.words[end - 1]))
  );
}

function isUnambiguousOrganisation(name: string): boolean {
  return KNOWN_ORGS.has(name);
}

/** Aliases of countries ("US", "DPRK"). */
const PLACE_ACRONYMS = new Set(Object.keys(ALIASES).filter((k) => COUNTRIES.includes(ALIASES[k])));

function isPlaceAcronym(w: string): boolean {
  return PLACE_ACRONYMS.has(w);
}
