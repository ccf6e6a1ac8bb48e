/**
 * Splits a token stream into the segments the tagger runs over: lines, and
 * sentences within a line (after . ! ? when the next token starts a new
 * sentence). Tag history and context features do not cross segments.
 */
import type { Tokens } from '../tokenize';
import type { Segment } from './features';

const END = new Set(['.', '!', '?']);
const OPENERS = new Set(['"', '“', "'", '‘', '(']);

/** Segments covering all tokens, in order. Linear time. */
export function segmentTokens(t: Tokens): Segment[] {
  const segs: Segment[] = [];
  let start = 0;
  const n = t.words.length;
  for (let i = 1; i <= n; i++) {
    if (i === n || t.lineStart[i] || (END.has(t.words[i - 1]) && startsSentence(t.words[i]))) {
      if (i > start) segs.push({ start, end: i });
      start = i;
    }
  }
  return segs;
}

function startsSentence(w: string): boolean {
  if (OPENERS.has(w)) return true;
  const c = w[0];
  return c !== c.toLowerCase();
}
