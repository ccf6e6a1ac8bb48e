/**
 * Describing a range of the article text as W3C selectors.
 */
import type { BlockSelector, TextPositionSelector, TextQuoteSelector } from '../annotation';
import { isIgnorable } from './normalize';
import { describeBlock } from './structure';

/** How much context to keep either side of a quote, counted in non-whitespace characters. */
export const CONTEXT_CHARS = 32;

/**
 * The start of a context of `chars` non-whitespace characters that ends at
 * `end` (whitespace inside the context does not count towards its size).
 */
export function contextStartBefore(text: string, end: number, chars = CONTEXT_CHARS): number {
  let i = end;
  let kept = 0;
  while (i > 0 && kept < chars) {
    i -= 1;
    if (!isIgnorable(text.charCodeAt(i))) kept += 1;
  }
  return i;
}

/** The end of a context of `chars` non-whitespace characters that starts at `start`. */
export function contextEndAfter(text: string, start: number, chars = CONTEXT_CHARS): number {
  let i = start;
  let kept = 0;
  while (i < text.length && kept < chars) {
    if (!isIgnorable(text.charCodeAt(i))) kept += 1;
    i += 1;
  }
  return i;
}

/**
 * Describes `text[start, end)` by its quote (with about 32 characters of
 * context either side), its position, and the blocks around it. Offsets are
 * clamped to the text and swapped if given in reverse order.
 */
export function describe(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector; block: BlockSelector } {
  let s = Math.max(0, Math.min(text.length, Math.floor(start)));
  let e = Math.max(0, Math.min(text.length, Math.floor(end)));
  if (e < s) [s, e] = [e, s];
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(contextStartBefore(text, s), s),
      suffix: text.slice(e, contextEndAfter(text, e)),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
    block: describeBlock(text, s, e),
  };
}
