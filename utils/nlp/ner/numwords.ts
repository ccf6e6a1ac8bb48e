/**
 * Number lexicon shared by the DATE and NUMBER rules: digits, number
 * words ("twenty-five", "1.5 million"), ordinals, and reading a number
 * phrase off a token sequence.
 */
import type { Tokens } from '../tokenize';
import * as forms from './token-forms';

// Local copies: hot loops must not go through module binding accessors.
const tokenForm = forms.tokenForm;
const FORM = forms.FORM;

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
/** Words that multiply a number ("1.5 million", "two dozen"). */
export const SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'bn', 'mln', 'mn', 'm', 'k']);
const NUMBER_WORDS = new Set([...UNITS, ...TENS, 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);
/** Vague plural counts: "thousands (of people)". */
export const VAGUE = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'scores']);
/** Ordinal words (number-free). */
export const ORDINAL_WORDS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth twentieth thirtieth fortieth fiftieth hundredth thousandth millionth'.split(
    ' ',
  ),
);

/** True for "1,000", "3.5", "38". */
export function isDigits(w: string): boolean {
  return (tokenForm(w) & FORM.DIGITS) !== 0;
}

/** True for "21st", "3rd". */
export function isNumericOrdinal(w: string): boolean {
  return (tokenForm(w) & FORM.NUMERIC_ORDINAL) !== 0;
}

/** True for a cardinal number word, including hyphenated "twenty-five". */
export function isNumberWord(lw: string): boolean {
  if (NUMBER_WORDS.has(lw)) return true;
  const dash = lw.indexOf('-');
  if (dash < 0) return false;
  return TENS.includes(lw.slice(0, dash)) && UNITS.includes(lw.slice(dash + 1));
}

/** A single token that is a number (digits, fraction or number word). */
export function isNumberToken(w: string): boolean {
  return (tokenForm(w) & (FORM.DIGITS | FORM.FRACTION)) !== 0 || isNumberWord(w.toLowerCase());
}

/**
 * End (exclusive) of the number phrase starting at token `i` — e.g.
 * "1.5 million", "two hundred and fifty", "25,000" — or `i` if none.
 * Stops at line breaks.
 */
export function numberPhraseEnd(t: Tokens, i: number): number {
  const n = t.words.length;
  if (i >= n || !isNumberToken(t.words[i])) return i;
  let j = i + 1;
  while (j < n && !t.lineStart[j]) {
    const lw = t.words[j].toLowerCase();
    if (SCALES.has(lw) && (lw.length > 1 || isDigits(t.words[j - 1]))) j++;
    else if (isNumberWord(lw) && isNumberWord(t.words[j - 1].toLowerCase())) j++;
    else if (lw === 'and' && j + 1 < n && isNumberWord(t.words[j + 1].toLowerCase()) && SCALES.has(t.words[j - 1].toLowerCase())) j += 2;
    else break;
  }
  return j;
}
