/**
 * What a token's spelling alone tells the date and number rules (digits,
 * a clock time, a year, an ordinal…), as bits kept per word: the rules ask
 * several of these of each candidate token and of its neighbours, and
 * numbers repeat ("1", "2", "1996"), so each regex runs once per word.
 */
import { WordMemo } from './word-memo';

export const FORM = {
  /** "2023-09-12", "12/9/2023", "12.9.2023". */
  ISO_DATE: 1,
  /** "10:30", "10.30", "10:30:15". */
  TIME: 2,
  /** "10pm", "10:30am" (any case). */
  TIME_AMPM: 4,
  /** "7", "12". */
  ONE_OR_TWO_DIGITS: 8,
  /** A day of the month: "7", "31", "7th", "31ST". */
  DAY_OF_MONTH: 16,
  /** "21st", "19th" (lower case after lower-casing): a century's ordinal. */
  CENTURY_ORDINAL: 32,
  /** "1990s", "'90s" (after lower-casing). */
  DECADE: 64,
  /** "1500" to "2099". */
  YEAR: 128,
  /** "1,000", "3.5", "-2", ".5". */
  DIGITS: 256,
  /** "21st", "3RD". */
  NUMERIC_ORDINAL: 512,
  /** "3/4". */
  FRACTION: 1024,
} as const;

const ISO_RE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}\/\d{2,4}$|^\d{1,2}\.\d{1,2}\.\d{4}$/;
const TIME_RE = /^\d{1,2}[:.]\d{2}(?::\d{2})?$/;
const TIME_AMPM_RE = /^\d{1,2}(?::\d{2})?(?:am|pm)$/i;
const ONE_OR_TWO_DIGITS_RE = /^\d{1,2}$/;
const DAY_OF_MONTH_RE = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/i;
const CENTURY_ORDINAL_RE = /^\d{1,2}(?:st|nd|rd|th)$/;
const DECADE_RE = /^(?:1[5-9]|20)\d0s$|^'?\d0s$/;
const YEAR_RE = /^(?:1[5-9]|20)\d\d$/;
const DIGITS_RE = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-+]?\d+(?:\.\d+)?$|^\.\d+$/;
const NUMERIC_ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/i;
const FRACTION_RE = /^\d+\/\d+$/;

const forms = new WordMemo<number>();

/** The `FORM` bits of token `w` (0 for most words: every form needs a digit). */
export function tokenForm(w: string): number {
  const c = w.charCodeAt(0);
  // Each pattern begins with a digit, a sign, a point or (a decade) an apostrophe.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 39)) return 0;
  return forms.get(w) ?? forms.keep(w, formBits(w));
}

function formBits(w: string): number {
  const lw = w.toLowerCase();
  let bits = 0;
  if (ISO_RE.test(w)) bits |= FORM.ISO_DATE;
  if (TIME_RE.test(w)) bits |= FORM.TIME;
  if (TIME_AMPM_RE.test(w)) bits |= FORM.TIME_AMPM;
  if (ONE_OR_TWO_DIGITS_RE.test(w)) bits |= FORM.ONE_OR_TWO_DIGITS;
  if (DAY_OF_MONTH_RE.test(w)) bits |= FORM.DAY_OF_MONTH;
  if (CENTURY_ORDINAL_RE.test(lw)) bits |= FORM.CENTURY_ORDINAL;
  if (DECADE_RE.test(lw)) bits |= FORM.DECADE;
  if (YEAR_RE.test(w)) bits |= FORM.YEAR;
  if (DIGITS_RE.test(w)) bits |= FORM.DIGITS;
  if (NUMERIC_ORDINAL_RE.test(w)) bits |= FORM.NUMERIC_ORDINAL;
  if (FRACTION_RE.test(w)) bits |= FORM.FRACTION;
  return bits;
}
