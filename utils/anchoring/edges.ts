/**
 * Edge snapping: moving a candidate's edges to where its context fits
 * (snapEdges), out to the quote's edge words past an ad inside the quote
 * (extendEdges), or in, cutting off an ad taken in with the context
 * (trimEdges).
 */
import { anchoredMatch, compilePattern, lcsLength, reverseString, searchEnds, type Pattern } from './myers';
import { fold, type FoldedText } from './normalize';
import { GOOD_CONTEXT, SHORT_QUOTE, prefixErrors, suffixErrors, weigh } from './evidence';
import type { Candidate, PreparedTarget } from './target';

/** Shortest text that trimEdges cuts off as inserted (an ad), rather than an edit. */
const MIN_INSERT = 8;

/**
 * Places where a context side fits well near an edge: prefix ends (side
 * 'prefix') or suffix starts (side 'suffix') within `reach` of `edge`.
 */
function contextFits(pt: PreparedTarget, folded: string, side: 'prefix' | 'suffix', edge: number, reach: number): number[] {
  const ctx = side === 'prefix' ? pt.prefix : pt.suffix;
  if (ctx.length < 8) return [];
  const k = Math.floor(ctx.length * (1 - GOOD_CONTEXT));
  if (side === 'prefix') {
    const lo = Math.max(0, edge - reach - ctx.length - k);
    const hi = Math.min(folded.length, edge + reach);
    return searchEnds(compilePattern(ctx), folded, k, lo, hi, 8).map((h) => h.end);
  }
  // Search the reversed window for the reversed suffix: its ends are the suffix's starts.
  const lo = Math.max(0, edge - reach);
  const hi = Math.min(folded.length, edge + reach + ctx.length + k);
  const window = reverseString(folded.slice(lo, hi));
  return searchEnds(compilePattern(reverseString(ctx)), window, k, 0, window.length, 8).map((h) => hi - h.end);
}

/**
 * The quote's first (dir 1) or last (dir -1) word, folded, and at least
 * three characters long (or the whole quote if shorter).
 */
function edgeWord(pt: PreparedTarget, dir: 1 | -1): string {
  const words = pt.target.quote.exact.trim().split(/\s+/);
  const n = Math.min(pt.exact.length, Math.max(3, fold(dir > 0 ? words[0] : words[words.length - 1]).length));
  return dir > 0 ? pt.exact.slice(0, n) : pt.exact.slice(pt.exact.length - n);
}

/** True if a word starts or ends at folded offset `at` in the original text (whitespace or punctuation there). */
function atWordBoundary(ft: FoldedText, at: number): boolean {
  if (at <= 0 || at >= ft.folded.length) return true;
  if (ft.map[at] - ft.map[at - 1] > 1) return true;
  return !/[\p{L}\p{N}]/u.test(ft.folded[at - 1]) || !/[\p{L}\p{N}]/u.test(ft.folded[at]);
}

/**
 * Moves a candidate's edges to where its prefix and suffix fit, within
 * `reach` characters. An edge moves to a place where its context side fits
 * better than at the edge the quote search found, if
 * - the quote's first (or last) word is right there: text was inserted
 *   inside the quote near its start (or end), as an ad between paragraphs;
 * - or the move lowers the total of quote and context errors, or keeps it
 *   equal and either makes the context fit exactly or puts the edge on a
 *   word boundary where it was inside a word: the quote's first or last
 *   word was edited.
 * An ad inserted just outside the quote is not pulled in: the quote's edge
 * word is not next to the context, and including the ad costs as many
 * quote errors as it saves context errors.
 */
export function snapEdges(
  pt: PreparedTarget,
  ft: FoldedText,
  quote: Pattern,
  start: number,
  end: number,
  quoteErrors: number,
  reach: number,
): { start: number; end: number; quoteErrors: number } {
  const folded = ft.folded;
  let best = { start, end, quoteErrors };
  const p0 = prefixErrors(pt, folded, start);
  const s0 = suffixErrors(pt, folded, end);
  const moves = (cost: number, bestCost: number, contextErrors: number, at: number, from: number) =>
    cost < bestCost || (cost === bestCost && (contextErrors === 0 || (atWordBoundary(ft, at) && !atWordBoundary(ft, from))));
  // A note without prefix (suffix) was made at the start (end) of the text.
  if (!pt.prefix && start > 0 && start <= reach && folded.startsWith(edgeWord(pt, 1), 0)) {
    best = { start: 0, end, quoteErrors: quoteErrorsAt(quote, ft, 0, end) };
  }
  if (!pt.suffix && end < folded.length && folded.length - end <= reach && folded.endsWith(edgeWord(pt, -1))) {
    best = { start: best.start, end: folded.length, quoteErrors: quoteErrorsAt(quote, ft, best.start, folded.length) };
  }
  if (p0 > 0) {
    const first = edgeWord(pt, 1);
    let bestErr = p0;
    let bestCost = quoteErrors + p0;
    for (const s of contextFits(pt, folded, 'prefix', start, reach)) {
      if (s >= end) continue;
      const pe = prefixErrors(pt, folded, s);
      if (pe >= bestErr) continue;
      const q = quoteErrorsAt(quote, ft, s, end);
      if (folded.startsWith(first, s) || moves(q + pe, bestCost, pe, s, start)) {
        bestErr = pe;
        bestCost = q + pe;
        best = { start: s, end, quoteErrors: q };
      }
    }
  }
  if (s0 > 0) {
    const last = edgeWord(pt, -1);
    let bestErr = s0;
    let bestCost = best.quoteErrors + s0;
    const from = best.start;
    for (const e of contextFits(pt, folded, 'suffix', end, reach)) {
      if (e <= from) continue;
      const se = suffixErrors(pt, folded, e);
      if (se >= bestErr) continue;
      const q = quoteErrorsAt(quote, ft, from, e);
      if (folded.startsWith(last, e - last.length) || moves(q + se, bestCost, se, e, end)) {
        bestErr = se;
        bestCost = q + se;
        best = { start: from, end: e, quoteErrors: q };
      }
    }
  }
  return best;
}

/** Edit distance between the quote and folded[start, end). */
export function quoteErrorsAt(quote: Pattern, ft: FoldedText, start: number, end: number): number {
  return anchoredMatch(quote, ft.folded, start, 1, end - start, end - start).errors;
}

/**
 * Stretches a candidate's edges out to the quote's first (last) word when
 * that word is missing at the edge but found a little outside it, and the
 * stretched range holds more of the quote's characters, in order, and at
 * least 9/10 of them: the approximate search stopped short at an ad
 * inserted inside the quote near its start (end).
 */
export function extendEdges(pt: PreparedTarget, ft: FoldedText, quote: Pattern, c: Candidate, reach: number): Candidate {
  const folded = ft.folded;
  const m = pt.exact.length;
  if (m < SHORT_QUOTE) return c;
  const need = Math.ceil(0.9 * m);
  let { start, end } = c;
  let lcs = Math.round(c.coverage * m);
  const first = edgeWord(pt, 1);
  if (!folded.startsWith(first, start)) {
    const i = folded.lastIndexOf(first, start - 1);
    if (i >= 0 && start - i <= reach) {
      const l = lcsLength(quote, folded, i, end);
      if (l > lcs && l >= need) {
        start = i;
        lcs = l;
      }
    }
  }
  const last = edgeWord(pt, -1);
  if (!folded.startsWith(last, end - last.length)) {
    const i = folded.indexOf(last, end - last.length + 1);
    if (i >= 0 && i + last.length - end <= reach) {
      const l = lcsLength(quote, folded, start, i + last.length);
      if (l > lcs && l >= need) end = i + last.length;
    }
  }
  if (start === c.start && end === c.end) return c;
  return weigh(pt, ft, start, end, quoteErrorsAt(quote, ft, start, end), c.kind, quote);
}

/**
 * Cuts text that is not part of the quote off a candidate's edges: if the
 * quote's first (last) word is not at the start (end) but a little inside
 * (at least MIN_INSERT characters: an inserted block, not an edited word),
 * and the cut part holds none of the quote's characters (but one) that the
 * candidate had, leaving at least 9/10 of them in order, the cut part is an ad or a caption that was
 * inserted next to the quote and taken in with the context.
 */
export function trimEdges(pt: PreparedTarget, ft: FoldedText, quote: Pattern, c: Candidate): Candidate {
  if (c.coverage < 0.9 || c.extra <= 0) return c;
  const folded = ft.folded;
  const m = pt.exact.length;
  const need = Math.ceil(0.9 * m);
  let { start, end } = c;
  const first = edgeWord(pt, 1);
  // The cut part must hold (almost) none of the quote's characters.
  const keep = Math.max(need, Math.round(c.coverage * m) - 1);
  if (!folded.startsWith(first, start)) {
    const i = folded.indexOf(first, start + MIN_INSERT);
    if (i > start && i - start <= c.extra && i < end && lcsLength(quote, folded, i, end) >= keep) start = i;
  }
  const last = edgeWord(pt, -1);
  if (!folded.startsWith(last, end - last.length)) {
    const i = folded.lastIndexOf(last, end - last.length - MIN_INSERT);
    if (i >= start && end - (i + last.length) <= c.extra && lcsLength(quote, folded, start, i + last.length) >= keep) end = i + last.length;
  }
  if (start === c.start && end === c.end) return c;
  return weigh(pt, ft, start, end, quoteErrorsAt(quote, ft, start, end), c.kind, quote);
}
