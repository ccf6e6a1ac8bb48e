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
 * joins its blocks with "\n\n" (utils/article/text-map.ts). Hashes are
 * taken of the folded text (see normalize.ts), so whitespace changes do not
 * alter them.
 */
import type { BlockSelector } from '../annotation';
import { fold } from './normalize';

/** 32-bit FNV-1a of the folded form of `s`, as 8 lower-case hex digits. */
export function fingerprint(s: string): string {
  const f = fold(s);
  let h = 0x811c9dc5;
  for (let i = 0; i < f.length; i++) {
    h ^= f.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v';

/** Start of the block holding offset `at`: just after the nearest blank line before it, or 0. */
export function blockStart(text: string, at: number): number {
  for (let nl = text.lastIndexOf('\n', at - 1); nl >= 0; nl = text.lastIndexOf('\n', nl - 1)) {
    let k = nl - 1;
    while (k >= 0 && isSpace(text[k])) k--;
    if (k >= 0 && text[k] === '\n') return nl + 1;
  }
  return 0;
}

/** End of the block holding offset `at`: where the next blank line begins, or the text's end. */
export function blockEnd(text: string, at: number): number {
  for (let nl = text.indexOf('\n', at); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let k = nl + 1;
    while (k < text.length && isSpace(text[k])) k++;
    if (text[k] === '\n') return nl;
  }
  return text.length;
}

/** The block [start, end) just before the one starting at `start`, or null when it is the first. */
function previousBlock(text: string, start: number): { start: number; end: number } | null {
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end > 0 ? { start: blockStart(text, end), end } : null;
}

/** The block [start, end) just after the one ending at `end`, or null when it is the last. */
function nextBlock(text: string, end: number): { start: number; end: number } | null {
  let start = end;
  while (start < text.length && /\s/.test(text[start])) start++;
  return start < text.length ? { start, end: blockEnd(text, start) } : null;
}

/** Describes where `text[start, end)` sits among the text's blocks. */
export function describeBlock(text: string, start: number, end: number): BlockSelector {
  const from = blockStart(text, start);
  const to = blockEnd(text, Math.max(start, end - 1));
  const before = previousBlock(text, from);
  const after = nextBlock(text, to);
  return {
    type: 'BlockSelector',
    block: fingerprint(text.slice(from, to)),
    before: before ? fingerprint(text.slice(before.start, before.end)) : '',
    after: after ? fingerprint(text.slice(after.start, after.end)) : '',
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
