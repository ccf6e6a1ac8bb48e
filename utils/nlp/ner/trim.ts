/**
 * Span clean-up on token ranges: no edge punctuation, no leading
 * determiner "the" (unless the name itself starts with it, "The Hague").
 */
import type { Tokens } from '../tokenize';

const NAMES_WITH_THE = new Set(['the hague', 'the times', 'the guardian', 'the economist', 'the independent', 'the telegraph', 'the new york times', 'the washington post', 'the wall street journal', 'the gambia', 'the bahamas', 'the netherlands', 'the beatles', 'the atlantic', 'the new yorker', 'the sun', 'the observer']);
/** Lower-case function words a name never ends with ("Kim Jong Un of"). */
const TRAILING_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'or', 'by', 'with', 'from']);
const PUNCT_RE = /^[\p{P}\p{S}]+$/u;

/**
 * Shrink `[start, end)` to drop edge punctuation, a leading "the" and
 * trailing function words or scores ("Moody 6-82"; a person's name never
 * ends in a number). Returns null if nothing is left.
 */
export function trimSpan(t: Tokens, start: number, end: number, person = false): [number, number] | null {
  while (start < end && isEdgeJunk(t.words[start])) start++;
  while (end > start && (isEdgeJunk(t.words[end - 1]) || TRAILING_WORDS.has(t.words[end - 1]) || isTrailingNumber(t.words[end - 1], person))) end--;
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
  return (PUNCT_RE.test(w) && w !== '&') || w === "'s" || w === '’s' || w === "'" || w === '’';
}
