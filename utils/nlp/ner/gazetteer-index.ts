/**
 * Gazetteer lookup over a token sequence: marks, for each token, which
 * hand-compiled lists it belongs to (multi-word entries matched longest
 * first). Acronym entries ("US", "DPRK") only match in upper case so that
 * the pronoun "us" is never a place.
 */
import { ALIASES, CITIES, COUNTRIES, DEMONYMS, FIRST_NAMES, GROUPS, ORG_WORDS, ORGANISATIONS, REGIONS, TITLES } from './gazetteer';
import { BODIES, COMPANIES, NAME_LIKE_ORGS, PEOPLE } from './gazetteer-today';

/** Bit flags of the gazetteer classes a token falls in. */
export const GAZ = {
  PLACE_B: 1,
  PLACE_I: 2,
  DEMONYM: 4,
  GROUP: 8,
  FIRST_NAME: 16,
  ORG_WORD: 32,
  TITLE: 64,
  ALIAS: 128,
  ORG_B: 256,
  ORG_I: 512,
  PERSON_B: 1024,
  PERSON_I: 2048,
  /** The last word of a known person's name ("Bourla", "Leyen"). */
  SURNAME: 4096,
  /** Inside an organisation name that is also a surname, place or word ("Williams", "Target"). */
  NAME_LIKE_ORG: 8192,
} as const;

interface PhraseIndex {
  /** Lowercased phrase → true when it must match case-sensitively (acronyms). */
  phrases: Map<string, boolean>;
  /** Lowercased first words of multi-word phrases. */
  heads: Set<string>;
  /** Lowercased beginnings of two or more words that a longer phrase continues: a match stops growing past all of them. */
  stems: Set<string>;
  maxLen: number;
}

function buildIndex(lists: string[][]): PhraseIndex {
  const phrases = new Map<string, boolean>();
  const heads = new Set<string>();
  const stems = new Set<string>();
  let maxLen = 1;
  for (const list of lists) {
    for (const p of list) {
      const words = p.split(' ');
      const key = p.toLowerCase();
      const acronym = /^[A-Z.]+$/.test(p) && p.length <= 6;
      phrases.set(key, acronym || (phrases.get(key) ?? false));
      if (words.length > 1) heads.add(words[0].toLowerCase());
      for (let k = 2; k < words.length; k++) stems.add(words.slice(0, k).join(' ').toLowerCase());
      maxLen = Math.max(maxLen, words.length);
    }
  }
  return { phrases, heads, stems, maxLen };
}

const PLACES = buildIndex([COUNTRIES, REGIONS, CITIES, Object.keys(ALIASES).filter((k) => isPlaceAlias(k))]);
const ORGS = buildIndex([ORGANISATIONS, COMPANIES, BODIES]);
// Apart, with their own flag: their matches are as often people and places, which would blur ORG_B's weight.
const NAME_LIKE = buildIndex([NAME_LIKE_ORGS]);
const PERSONS = buildIndex([PEOPLE]);
/** The single-word lists and the flag each gives a word, matched in lower case (surnames: the last word of a listed person). */
const SINGLE: Array<[string[], number]> = [
  [DEMONYMS, GAZ.DEMONYM],
  [GROUPS, GAZ.GROUP],
  [FIRST_NAMES, GAZ.FIRST_NAME],
  [ORG_WORDS, GAZ.ORG_WORD],
  [TITLES, GAZ.TITLE],
  [PEOPLE.map((p) => p.split(' ').pop()!), GAZ.SURNAME],
];
const ALIAS_KEYS = new Set(Object.keys(ALIASES));

function isPlaceAlias(k: string): boolean {
  const target = ALIASES[k];
  return COUNTRIES.includes(target) || REGIONS.includes(target);
}

/** True when `word` (exact case) is a known alias or acronym ("DPRK"). */
export function isKnownAlias(word: string): boolean {
  return ALIAS_KEYS.has(word);
}

const PHRASE_INDEXES = [PLACES, ORGS, PERSONS, NAME_LIKE];

/** Where a word's phrase-list bits sit in `WORD_LISTS` (above the single-word `GAZ` flags). */
const STARTS_SHIFT = 16;

/**
 * Per lower-case word, what the lists say of it alone: its single-word
 * flags (`GAZ` bits of `SINGLE`) and, from bit 16, which phrase lists it may
 * begin an entry of. One lookup for a new word instead of fourteen.
 */
const WORD_LISTS = new Map<string, number>();
const addWordBits = (word: string, bits: number): void => {
  WORD_LISTS.set(word, (WORD_LISTS.get(word) ?? 0) | bits);
};
for (const [list, bit] of SINGLE) for (const w of list) addWordBits(w.toLowerCase(), bit);
PHRASE_INDEXES.forEach((index, k) => {
  for (const w of index.heads) addWordBits(w, 1 << (STARTS_SHIFT + k));
  for (const w of index.phrases.keys()) addWordBits(w, 1 << (STARTS_SHIFT + k));
});

/** Single-word gazetteer flags of one word (`lower` = its lowercase form). */
export function wordFlags(word: string, lower: string): number {
  const f = (WORD_LISTS.get(lower) ?? 0) & ((1 << STARTS_SHIFT) - 1);
  return ALIAS_KEYS.has(word) ? f | GAZ.ALIAS : f;
}

/**
 * Which phrase lists a word may begin an entry of (bit k for the k-th of
 * places, organisations, people, name-like organisations): a word that
 * begins none needs no lookup where it stands. Depends on the word alone.
 */
export function phraseStarts(lower: string): number {
  return (WORD_LISTS.get(lower) ?? 0) >>> STARTS_SHIFT;
}

/**
 * Multi-word (phrase) gazetteer flags for tokens `[from, to)` of `words`
 * (lowercased copies in `lower`), OR-ed into `out` (indexed like `words`).
 * `starts` holds each token's `phraseStarts`.
 */
export function gazetteerFlags(words: string[], lower: string[], from: number, to: number, out: Uint16Array, starts: Uint8Array): void {
  // One pass for the four lists: per list, the first token a new match may start at (matches of one list do not overlap).
  const free = [from, from, from, from];
  for (let i = from; i < to; i++) {
    const bits = starts[i];
    if (bits === 0) continue;
    for (let k = 0; k < PHRASE_INDEXES.length; k++) {
      if ((bits & (1 << k)) === 0 || i < free[k]) continue;
      const len = matchPhrase(PHRASE_INDEXES[k], words, lower, i, to);
      if (len > 0) {
        mark(k, i, len, out);
        free[k] = i + len;
      }
    }
  }
}

/** The flags of each phrase list: its first word's, and the rest's. */
const PHRASE_FLAGS: Array<[number, number]> = [
  [GAZ.PLACE_B, GAZ.PLACE_I],
  [GAZ.ORG_B, GAZ.ORG_I],
  [GAZ.PERSON_B, GAZ.PERSON_I],
  [GAZ.NAME_LIKE_ORG, GAZ.NAME_LIKE_ORG],
];

function mark(k: number, i: number, len: number, out: Uint16Array): void {
  const [b, inside] = PHRASE_FLAGS[k];
  out[i] |= b;
  for (let j = i + 1; j < i + len; j++) out[j] |= inside;
}

/** Length in tokens of the longest place-name match at `i`, or 0. */
export function matchPlace(words: string[], lower: string[], i: number, to: number): number {
  return matchPhrase(PLACES, words, lower, i, to);
}

/** Length in tokens of the longest well-known organisation name at `i`, or 0. */
export function matchOrganisation(words: string[], lower: string[], i: number, to: number): number {
  return matchPhrase(ORGS, words, lower, i, to);
}

function matchPhrase(index: PhraseIndex, words: string[], lower: string[], i: number, to: number): number {
  const first = lower[i];
  if (index.heads.has(first)) {
    let key = first;
    let best = 0;
    for (let k = 1; k < index.maxLen && i + k < to; k++) {
      key += ' ' + lower[i + k];
      const cs = index.phrases.get(key);
      if (cs !== undefined && isCapitalised(words[i + k])) best = k + 1;
      if (!index.stems.has(key)) break;
    }
    if (best > 0) return best;
  }
  const cs = index.phrases.get(first);
  if (cs === undefined) return 0;
  if (cs ? words[i].toUpperCase() !== words[i] : !isCapitalised(words[i])) return 0;
  return 1;
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90 ? true : c > 127 && w[0] !== w[0].toLowerCase();
}
