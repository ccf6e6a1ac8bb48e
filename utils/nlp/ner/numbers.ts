/**
 * NUMBER rules over tokens: money ("$5 million", "3 billion euros"),
 * percentages ("4.5%", "12 per cent"), quantities with units ("300 km"),
 * ordinals ("21st", "third"), and counts. A count keeps its noun only
 * when the noun is a unit of measure ("1,000 containers", "5,000 shares");
 * a counted noun that is no unit stays out ("four founders" is "four",
 * "thousands of servers" is "thousands"), as the reader's audit guideline
 * says. List markers ("1. Finland", "Lesson #1") are no numbers.
 */
import type { Tokens } from '../tokenize';
import * as dates from './dates';
import type { RuleMatch } from './dates';
import * as nw from './numwords';
import * as forms from './token-forms';

// Local copies: hot loops must not go through module binding accessors.
const lowerAt = dates.lowerAt;
const tokenForm = forms.tokenForm;
const FORM = forms.FORM;
const isNumberWord = nw.isNumberWord;
const isNumericOrdinal = nw.isNumericOrdinal;
const numberPhraseEnd = nw.numberPhraseEnd;
const ORDINAL_WORDS = nw.ORDINAL_WORDS;
const VAGUE = nw.VAGUE;

const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₽']);
const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rub', 'chf', 'inr']);
const CURRENCY_WORDS = new Set(
  'dollar dollars euro euros pound pounds sterling yen yuan renminbi rouble roubles ruble rubles rupee rupees franc francs marks lira lire peso pesos won rand shekels shekel krona kronor crowns cents pence'.split(
    ' ',
  ),
);
const UNIT_WORDS = new Set(
  'km kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm foot feet ft inch inches yard yards kg kilogram kilograms gram grams g tonne tonnes ton tons lb lbs ounce ounces barrel barrels bpd litre litres liter liters gallon gallons acre acres hectare hectares sq square degree degrees °c °f mph km/h knots mw gw kw kwh mwh gwh watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts volts calories bytes gb mb tb micron microns nanometres nanometers mg ml cc decibels hertz'.split(
    ' ',
  ),
);
/** Counted nouns that are units of measure, kept in a count's span ("1,000 containers"). */
const COUNT_UNITS = new Set(['containers', 'shares', 'doses', 'units', 'teu', 'carats']);
/** Words after a number that are not the counted thing. */
const NOT_NOUNS = new Set(
  'of to in on at for by with from and or but as than that which who is are was were be been has have had will would could should may might said says percent per points point times more less fewer over under about after before into out up down off against among between during through the a an its his her their our your this these those'.split(
    ' ',
  ),
);
const IRREGULAR_PLURALS = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'staff',
  'troops',
  'cattle',
  'personnel',
  'sheep',
  'fish',
  'aircraft',
  'mice',
  'feet',
  'teeth',
  'geese',
  'refugees',
  'civilians',
]);

/** Cheap pre-check: can a NUMBER start at a token with this form (`w`) / lowercase (`lw`)? */
export function mayStartNumber(w: string, lw: string): boolean {
  const c = lw.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) ||
    CURRENCY_SYMBOLS.has(w) ||
    CURRENCY_CODES.has(lw) ||
    ORDINAL_WORDS.has(lw) ||
    VAGUE.has(lw) ||
    isNumberWord(lw) ||
    ((c === 45 || c === 43 || c === 46) && lw.length > 1)
  );
}

/** Try to match a NUMBER expression starting at token `i`. */
export function matchNumber(t: Tokens, i: number): RuleMatch | null {
  const w = t.words;
  const at = (k: number): string => lowerAt(t, k);
  const lw = w[i].toLowerCase();

  // Money with a leading symbol or code: "$5 million", "US$ 3", "EUR 40".
  if (CURRENCY_SYMBOLS.has(w[i]) || (CURRENCY_CODES.has(lw) && w[i] === w[i].toUpperCase())) {
    const end = numberPhraseEnd(t, i + 1);
    if (end > i + 1) {
      const start = i > 0 && w[i - 1] === 'US' && t.ends[i - 1] === t.starts[i] ? i - 1 : i;
      return { start, end, subtype: 'money' };
    }
    return null;
  }
  // "6/50" beside a picture counts slides: a counter, not a number (fractions have small denominators).
  const slash = /^(\d+)\/(\d+)$/.exec(w[i]);
  if (slash && Number(slash[2]) > 10) return null;
  if (isNumericOrdinal(w[i])) return { start: i, end: i + 1, subtype: 'ordinal' };
  // "first" is mostly no number ("first announced", "for the first time", "at first").
  if (lw === 'first') return null;
  if (ORDINAL_WORDS.has(lw) && (lw !== 'second' || /^(?:the|its|his|her|their)$/.test(at(i - 1)))) {
    return { start: i, end: i + 1, subtype: 'ordinal' };
  }
  if (VAGUE.has(lw)) {
    // "hundreds of millions of dollars" is money; "thousands of servers" is "thousands".
    if (at(i + 1) === 'of' && VAGUE.has(at(i + 2)) && at(i + 3) === 'of' && CURRENCY_WORDS.has(at(i + 4)))
      return { start: i, end: i + 5, subtype: 'money' };
    if (at(i + 1) === 'of' && CURRENCY_WORDS.has(at(i + 2))) return { start: i, end: i + 3, subtype: 'money' };
    if (at(i + 1) === 'of' && COUNT_UNITS.has(at(i + 2)) && w[i + 2] === at(i + 2)) return { start: i, end: i + 3, subtype: 'count' };
    return { start: i, end: i + 1, subtype: 'count' };
  }
  if (isListMarker(t, i)) return null;
  const end = numberPhraseEnd(t, i);
  if (end === i) return null;
  const next = at(end);
  if (next === '%' || next === 'percent' || next === 'pct') {
    return { start: i, end: at(end + 1) === 'points' || at(end + 1) === 'point' ? end + 2 : end + 1, subtype: 'percent' };
  }
  if (next === 'per' && at(end + 1) === 'cent') return { start: i, end: end + 2, subtype: 'percent' };
  if (next === 'percentage' && (at(end + 1) === 'points' || at(end + 1) === 'point')) return { start: i, end: end + 2, subtype: 'percent' };
  if (CURRENCY_WORDS.has(next)) return { start: i, end: end + 1, subtype: 'money' };
  if ((next === 'us' || next === 'u.s.') && (at(end + 1) === 'dollars' || at(end + 1) === 'cents'))
    return { start: i, end: end + 2, subtype: 'money' };
  if (UNIT_WORDS.has(next)) {
    let j = end + 1;
    if (next === 'square' || next === 'sq') j = UNIT_WORDS.has(at(j)) ? j + 1 : j;
    return { start: i, end: j, subtype: 'quantity' };
  }
  const counted = isCountNoun(next) && w[end] === next;
  if (lw === 'one' && !counted) return null;
  if (counted && COUNT_UNITS.has(next)) return { start: i, end: end + 1, subtype: 'count' };
  return { start: i, end, subtype: 'count' };
}

/**
 * A list or section marker: "#1"; a small integer followed by "." and a
 * capitalised word at the start of a line or after another marker's item
 * ("1. Finland 2. Norway").
 */
function isListMarker(t: Tokens, i: number): boolean {
  const w = t.words;
  if (!(tokenForm(w[i]) & FORM.ONE_OR_TWO_DIGITS)) return false;
  if (i > 0 && w[i - 1] === '#' && t.ends[i - 1] === t.starts[i]) return true;
  if (w[i + 1] !== '.' || t.ends[i] !== t.starts[i + 1] || !/^[\p{Lu}"“‘']/u.test(w[i + 2] ?? '')) return false;
  if (t.lineStart[i]) return true;
  // After a sentence's end, as the next item of a run of markers.
  const prev = w[i - 1] ?? '';
  return /^[.!?:"”]$/.test(prev) || /^\p{Lu}/u.test(prev);
}

/** A lowercase plural-looking noun that a number can count ("containers"). */
function isCountNoun(lw: string): boolean {
  if (!lw || NOT_NOUNS.has(lw) || !/^[a-z][a-z-]*$/.test(lw)) return false;
  if (IRREGULAR_PLURALS.has(lw)) return true;
  return lw.length > 3 && lw.endsWith('s') && !lw.endsWith('ss') && !lw.endsWith('us') && !lw.endsWith('is');
}
