/**
 * Span clean-up on token ranges: no edge punctuation, no leading
 * determiner "the" (unless the name itself starts with it, "The Hague").
 */
import type { Tokens } from '../tokenize';
import { TITLES } from './gazetteer';

/** Capitalised titles and roles ("General", "Secretary", "Dr.") that precede a person's name but are not part of it. */
const PERSON_TITLES = new Set(TITLES.filter((w) => /^[A-Z]/.test(w)));

const NAMES_WITH_THE = new Set([
  'the hague',
  'the times',
  'the guardian',
  'the economist',
  'the independent',
  'the telegraph',
  'the new york times',
  'the washington post',
  'the wall street journal',
  'the gambia',
  'the bahamas',
  'the netherlands',
  'the beatles',
  'the atlantic',
  'the new yorker',
  'the sun',
  'the observer',
]);
/** Lower-case function words a name never ends with ("Kim Jong Un of"). */
const TRAILING_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'or', 'by', 'with', 'from']);
/** Weekdays are dates, never the edge of a name ("House Intelligence Committee Tuesday"). */
const WEEKDAYS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
]);
/**
 * Month abbreviations and news credit words end no name: "By Ann Lee Dec 7
 * (Reuters)", "(Reporting by Ann Lee Editing by …)". Not "May", "March",
 * "August" (names too).
 */
const TRAILING_CAPITALISED = new Set([
  ...'January February April June July September October November December Jan Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec'
    .split(' ')
    .flatMap((m) => [m, m + '.']),
  'Editing',
  'Reporting',
  'Writing',
  'Additional',
  'Compiled',
]);
const PUNCT_RE = /^[\p{P}\p{S}]+$/u;
/**
 * An all-lower-case word (or contraction) ends no name: "Eyamba Sowers
 * didn't", "Kaitaia conservation"; but "the Obama administration" is an
 * organisation whole.
 */
const LOWER_WORD_RE = /^\p{Ll}+(?:['’]\p{Ll}+)?$/u;

/**
 * Shrink `[start, end)` to drop edge punctuation and weekdays, a leading
 * "the" and trailing function words, lower-case words or scores ("Moody 6-82";
 * a person's name never ends in a number). Returns null if nothing is left.
 */
export function trimSpan(t: Tokens, start: number, end: number, person = false): [number, number] | null {
  while (start < end && (isEdgeJunk(t.words[start]) || WEEKDAYS.has(t.words[start]))) start++;
  while (
    end > start &&
    (isEdgeJunk(t.words[end - 1]) ||
      TRAILING_WORDS.has(t.words[end - 1]) ||
      WEEKDAYS.has(t.words[end - 1]) ||
      (end - start > 1 && TRAILING_CAPITALISED.has(t.words[end - 1])) ||
      isTrailingNumber(t.words[end - 1], person) ||
      (end - start > 1 && LOWER_WORD_RE.test(t.words[end - 1]) && t.words[end - 1] !== 'administration'))
  )
    end--;
  // "Secretary General Pieter Vandersloot" → "Pieter Vandersloot": keep at least one word of the name.
  if (person) while (end - start > 1 && PERSON_TITLES.has(t.words[start])) start++;
  if (end - start > 1 && t.words[start].toLowerCase() === 'the') {
    const phrase = t.words.slice(start, end).join(' ').toLowerCase();
    if (!NAMES_WITH_THE.has(phrase)) start++;
  }
  return end > start ? [start, end] : null;
}

const NUMERIC_RE = /^\d[\d,.\-/:]*$/;

function isTrailingNumber(w: string, person: boolean): boolean {
  return NUMERIC_RE.test(w) && (person || w.length >= 3 || w.includes('-'));
}

function isEdgeJunk(w: string): boolean {
  return PUNCT_RE.test(w) || w === "'s" || w === '’s' || w === "'" || w === '’';
}
