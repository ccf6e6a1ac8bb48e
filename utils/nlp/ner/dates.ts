/**
 * DATE rules over tokens: calendar dates ("September 12, 2023",
 * "1996-08-30"), days ("Friday"), months, years and decades, clock times,
 * durations ("two years") and relative expressions ("last week").
 */
import type { Tokens } from '../tokenize';
import * as nw from './numwords';
import * as forms from './token-forms';

// Local copies: hot loops must not go through module binding accessors.
const isNumberWord = nw.isNumberWord;
const numberPhraseEnd = nw.numberPhraseEnd;
const tokenForm = forms.tokenForm;
const FORM = forms.FORM;

/** A rule match: token range `[start, end)` with a subtype. */
export interface RuleMatch {
  start: number;
  end: number;
  subtype: string;
}

const MONTHS = new Map<string, number>();
'january february march april may june july august september october november december'.split(' ').forEach((m, i) => {
  MONTHS.set(m, i + 1);
  MONTHS.set(m.slice(0, 3) + '.', i + 1);
});
MONTHS.set('sept.', 9);
MONTHS.set('sep.', 9);
/** Month abbreviations without a period ("Dec 3"): a date only with a day or year after them. */
const BARE_MONTHS = new Set('jan feb apr jun jul aug sep sept oct nov dec'.split(' '));
const DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const DURATION_UNITS = new Set(
  'second seconds minute minutes hour hours day days week weeks weekend weekends month months year years decade decades century centuries fortnight'.split(
    ' ',
  ),
);
const PERIODS = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'decade',
  'century',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'season',
  'quarter',
]);
const RELATIVE_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'overnight']);
const DEICTIC = new Set(['last', 'next', 'this', 'past', 'coming', 'previous', 'following']);
const LEAD = new Set(['earlier', 'later', 'early', 'late', 'mid']);
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'august']);
const MERIDIEM = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m']);
const ZONES = new Set(['gmt', 'utc', 'est', 'edt', 'et', 'pst', 'pdt', 'pt', 'cet', 'cest', 'bst', 'cst', 'cdt', 'mst', 'ist', 'jst']);
const DATE_TRIGGERS = new Set<string>([
  ...MONTHS.keys(),
  ...BARE_MONTHS,
  ...DAYS,
  ...RELATIVE_WORDS,
  ...DEICTIC,
  ...LEAD,
  'noon',
  'midnight',
  'a',
  'an',
]);

/** The token at `k` lowercased, or '' past a line break / either end (k may be -1: "A Day …" opening the text). */
export function lowerAt(t: Tokens, k: number): string {
  return k >= 0 && k < t.words.length && !t.lineStart[k] ? t.words[k].toLowerCase() : '';
}

/** The token at `k`, or '' past a line break / either end. */
export function wordAt(t: Tokens, k: number): string {
  return k >= 0 && k < t.words.length && !t.lineStart[k] ? t.words[k] : '';
}

/** Cheap pre-check: can a DATE start at a token with this lowercase form? */
export function mayStartDate(lw: string): boolean {
  const c = lw.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 39 || DATE_TRIGGERS.has(lw) || isNumberWord(lw);
}

/** Try to match a DATE expression starting at token `i`. */
export function matchDate(t: Tokens, i: number): RuleMatch | null {
  const w = t.words;
  const lw = w[i].toLowerCase();
  // "a" and "an" begin only durations ("a decade", "a year ago"): every other pattern needs a digit, a month, a day or a time word.
  if (lw === 'a' || lw === 'an') return durationAt(t, i, lw);
  const at = (k: number): string => lowerAt(t, k);

  const form = tokenForm(w[i]);
  if (form & FORM.ISO_DATE) return { start: i, end: i + 1, subtype: 'date' };
  // Clock times: "10:30 a.m. GMT", "10 p.m.", "10pm", "noon".
  if (form & (FORM.TIME | FORM.TIME_AMPM) || (form & FORM.ONE_OR_TWO_DIGITS && MERIDIEM.has(at(i + 1)))) {
    if (
      form & FORM.TIME &&
      !MERIDIEM.has(at(i + 1)) &&
      !ZONES.has(at(i + 1)) &&
      !/^(?:at|by|until|from|before|after)$/.test(at(i - 1) || w[i - 1]?.toLowerCase() || '')
    )
      return null;
    let j = i + 1;
    if (MERIDIEM.has(at(j))) j++;
    if (ZONES.has(at(j))) j++;
    return { start: i, end: j, subtype: 'time' };
  }
  if (lw === 'noon' || lw === 'midnight') return { start: i, end: i + 1, subtype: 'time' };
  // Day of week, optionally "last Friday", "Friday, Sept. 15".
  if (DAYS.has(lw) && isCap(w[i])) {
    let j = i + 1;
    const date = at(j) === ',' && MONTHS.has(at(j + 1)) ? monthDate(t, j + 1) : null;
    if (date && date.subtype === 'date') return { start: i, end: date.end, subtype: 'date' };
    if (PERIODS.has(at(j)) && ['morning', 'afternoon', 'evening', 'night'].includes(at(j))) j++;
    return { start: i, end: j, subtype: 'day' };
  }
  // "12 September 2023", "September 12, 2023", "September", "Sept. 2023".
  if (form & FORM.DAY_OF_MONTH && MONTHS.has(at(i + 1)) && isCap(w[i + 1])) {
    let j = i + 2;
    if (isYear(wordAt(t, j))) j++;
    return { start: i, end: j, subtype: 'date' };
  }
  if (MONTHS.has(lw) && isCap(w[i])) return monthDate(t, i);
  if (BARE_MONTHS.has(lw) && isCap(w[i])) {
    const m = monthDate(t, i);
    return m && m.end > i + 1 ? m : null;
  }
  // Centuries: "the 21st century", "the 1800s" below.
  if (form & FORM.CENTURY_ORDINAL && (at(i + 1) === 'century' || at(i + 1) === 'centuries'))
    return { start: i, end: i + 2, subtype: 'year' };
  // Years and decades.
  if (form & FORM.DECADE) return { start: i, end: i + 1, subtype: 'year' };
  if (form & FORM.YEAR && !t.words[i - 1]?.match(/^[$€£]$/) && !countsSomething(wordAt(t, i + 1))) {
    return { start: i, end: i + 1, subtype: 'year' };
  }
  // Relative: "today", "last week", "earlier this month", "two days ago".
  if (RELATIVE_WORDS.has(lw)) return { start: i, end: i + 1, subtype: 'relative' };
  if (LEAD.has(lw) && DEICTIC.has(at(i + 1)) && PERIODS.has(at(i + 2))) return { start: i, end: i + 3, subtype: 'relative' };
  if (DEICTIC.has(lw) && (PERIODS.has(at(i + 1)) || DAYS.has(at(i + 1)) || MONTHS.has(at(i + 1)))) {
    return { start: i, end: i + 2, subtype: 'relative' };
  }
  return durationAt(t, i, lw);
}

/** Durations: "two years", "a decade", "48 hours" (+ "ago" → relative); `lw` is token `i` lower case. */
function durationAt(t: Tokens, i: number, lw: string): RuleMatch | null {
  const at = (k: number): string => lowerAt(t, k);
  const numEnd = lw === 'a' || lw === 'an' ? i + 1 : numberPhraseEnd(t, i);
  if (numEnd > i && DURATION_UNITS.has(at(numEnd)) && ((lw !== 'a' && lw !== 'an') || isSingular(at(numEnd)))) {
    if ((lw === 'a' || lw === 'an') && at(numEnd + 1) !== 'ago' && !/^(?:for|about|nearly|almost|over|in|within)$/.test(at(i - 1)))
      return null;
    if (at(numEnd + 1) === 'ago') return { start: i, end: numEnd + 2, subtype: 'relative' };
    return { start: i, end: numEnd + 1, subtype: 'duration' };
  }
  return null;
}

function monthDate(t: Tokens, i: number): RuleMatch | null {
  const w = t.words;
  const at = (k: number): string => wordAt(t, k);
  const lw = w[i].toLowerCase();
  let j = i + 1;
  let subtype = 'month';
  if (tokenForm(at(j)) & FORM.DAY_OF_MONTH) {
    j++;
    subtype = 'date';
    if (at(j) === ',' && isYear(at(j + 1))) j += 2;
    else if (isYear(at(j))) j++;
  } else if (isYear(at(j))) j++;
  else if (at(j) === ',' && isYear(at(j + 1))) j += 2;
  if (j === i + 1 && AMBIGUOUS_MONTHS.has(lw)) {
    const prev = i > 0 && !t.lineStart[i] ? w[i - 1].toLowerCase() : '';
    if (!/^(?:in|since|until|by|of|last|next|this|early|late|mid|during|from|through|before|after|between|to)$/.test(prev)) return null;
  }
  return { start: i, end: j, subtype };
}

/** A lower-case plural noun after a number ("2000 people") makes it a count, not a year. */
function countsSomething(next: string): boolean {
  return /^[a-z]{3,}s$/.test(next) || next === 'people' || next === 'men' || next === 'women' || next === 'children';
}

/** "1500" to "2099" (`w` as written). */
function isYear(w: string): boolean {
  return (tokenForm(w) & FORM.YEAR) !== 0;
}

function isCap(w: string | undefined): boolean {
  return !!w && w[0] >= 'A' && w[0] <= 'Z';
}

function isSingular(unit: string): boolean {
  return unit !== '' && !unit.endsWith('s');
}
