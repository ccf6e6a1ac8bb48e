/**
 * Structural evidence for anchoring: which block (paragraph) of the article
 * text holds a quote, and which blocks stand around it, kept as short
 * hashes (a BlockSelector).
 *
 * Two identical passages — a pull-quote repeating a sentence, a live update
 * copying a paragraph — have the same quote and the same context, and the
 * stored position goes stale as soon as anything above them changes. Their
 * blocks' neighbours usually differ, so the block selector can tell them
 * apart where position would only guess (see twins.ts).
 *
 * Blocks are the stretches of text between blank lines: the article text
 * joins its blocks with "\n\n" (utils/article/text-map.ts). A block is
 * followed at most REACH characters from the quote (and a neighbour at most
 * REACH from its edge), so that describing a note costs the same on a long
 * page as on a short one. Where the block goes on farther than that (text
 * without paragraphs, such as a page's whole body text), the NEAR characters
 * before (after) the quote stand in for the neighbour on that side. Hashes
 * are taken of the folded text (see normalize.ts), so whitespace changes do
 * not alter them.
 */
import type { BlockSelector } from '../annotation';
import { foldCode, isIgnorable } from './normalize';

/** Farthest a block (or a neighbour) is followed from the quote (from the block's edge), in characters. */
export const REACH = 1000;
/** Characters next to the quote that stand in for a neighbour block beyond REACH. */
export const NEAR = 200;

/** 32-bit FNV-1a of the folded form of `s[start, end)`, as 8 lower-case hex digits. */
export function fingerprint(s: string, start = 0, end = s.length): string {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    if (isIgnorable(code)) continue;
    h ^= foldCode(code);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v';

/**
 * Start of the block holding offset `at`: just after the nearest blank line
 * before it, or `floor` (default 0) if there is none at or after it.
 */
export function blockStart(text: string, at: number, floor = 0): number {
  for (let nl = at - 1; nl >= floor; nl--) {
    if (text.charCodeAt(nl) !== 10) continue;
    let k = nl - 1;
    while (k >= 0 && isSpace(text[k])) k--;
    if (k >= 0 && text[k] === '\n') return nl + 1;
  }
  return Math.max(0, floor);
}

/** End of the block holding offset `at`: where the next blank line begins, or `ceiling` (default the text's end). */
export function blockEnd(text: string, at: number, ceiling = text.length): number {
  const last = Math.min(ceiling, text.length);
  for (let nl = at; nl < last; nl++) {
    if (text.charCodeAt(nl) !== 10) continue;
    let k = nl + 1;
    while (k < text.length && isSpace(text[k])) k++;
    if (text[k] === '\n') return nl;
  }
  return last;
}

/** A stretch [start, end) of the text. */
interface Span {
  start: number;
  end: number;
}

/** The block just before the one starting at `start` (its last REACH characters), or null when there is none. */
function previousBlock(text: string, start: number): Span | null {
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end > 0 ? { start: blockStart(text, end, end - REACH), end } : null;
}

/** The block just after the one ending at `end` (its first REACH characters), or null when there is none. */
function nextBlock(text: string, end: number): Span | null {
  let start = end;
  while (start < text.length && /\s/.test(text[start])) start++;
  return start < text.length ? { start, end: blockEnd(text, start, start + REACH) } : null;
}

/**
 * Describes where `text[start, end)` sits among the text's blocks. A block
 * edge farther than REACH from the quote is taken at REACH, and the NEAR
 * characters next to the quote on that side stand in for the neighbour.
 */
export function describeBlock(text: string, start: number, end: number): BlockSelector {
  const from = blockStart(text, start, start - REACH);
  const to = blockEnd(text, Math.max(start, end - 1), end + REACH);
  const before = from > 0 && from <= start - REACH ? { start: start - NEAR, end: start } : previousBlock(text, from);
  const after = to < text.length && to >= end + REACH ? { start: end, end: end + NEAR } : nextBlock(text, to);
  return {
    type: 'BlockSelector',
    block: fingerprint(text, from, to),
    before: before ? fingerprint(text, before.start, before.end) : '',
    after: after ? fingerprint(text, after.start, after.end) : '',
  };
}

/**
 * How many of the three parts of a block selector (the block, the block
 * before, the block after) agree with the place `text[start, end)`: 0 to 3.
 */
export function blockAgreement(text: string, start: number, end: number, sel: BlockSelector): number {
  const here = describeBlock(text, start, end);
  return Number(here.block === sel.block) + Number(here.before === sel.before) + Number(here.after === sel.after);
}
