/**
 * The candidate generators: every exact occurrence of the quote, its
 * approximate occurrences (Myers' bounded-error search) with edges snapped
 * to the context, and stretches bracketed by the stored prefix and suffix.
 * Each candidate is weighed (evidence.ts); none is chosen here.
 */
import { anchoredMatch, compilePattern, reverseString, searchEnds, type Pattern } from './myers';
import type { FoldedText } from './normalize';
import { extendEdges, quoteErrorsAt, snapEdges, trimEdges } from './edges';
import { weigh } from './evidence';
import type { Candidate, PreparedTarget } from './target';

/** How far a fuzzy candidate's edges may be moved to where its context fits best. */
const EDGE_SEARCH = 12;
/** Farthest an edge is moved (an ad of this length inside the quote). */
const MAX_REACH = 320;
/** Most exact occurrences weighed (a one-word quote in a long page). */
const MAX_EXACT = 5000;
/** Above this many exact occurrences, only those with agreeing adjacent context are weighed. */
const SCREEN_ABOVE = 64;
/** How many context characters next to the quote the screen compares. */
const SCREEN_CHARS = 3;
/** Most approximate occurrences weighed. */
const MAX_FUZZY = 24;
/** Most occurrences of each context side weighed when bracketing. */
const MAX_BRACKET_SIDES = 32;

/**
 * Most errors allowed when searching for the quote approximately: a quarter
 * of its length, at most 64. Quotes of under four characters must match
 * exactly (or be found between their prefix and suffix).
 */
function maxErrors(quoteLength: number): number {
  return Math.min(64, Math.floor(quoteLength / 4));
}

/** Every exact occurrence of the folded quote, weighed. */
export function exactCandidates(pt: PreparedTarget, ft: FoldedText): Candidate[] {
  const folded = ft.folded;
  const m = pt.exact.length;
  const at: number[] = [];
  for (let i = folded.indexOf(pt.exact); i >= 0 && at.length < MAX_EXACT; i = folded.indexOf(pt.exact, i + 1)) at.push(i);
  // With many occurrences (a common word), weigh only those where the context
  // agrees on at least the few characters next to the quote on one side.
  const screen = at.length > SCREEN_ABOVE;
  const out: Candidate[] = [];
  for (const i of at) {
    if (screen && !adjacentContextAgrees(pt, folded, i, i + m)) continue;
    out.push(weigh(pt, ft, i, i + m, 0, 'exact'));
  }
  return out;
}

/** True if the last few prefix characters precede [start, end) or the first few suffix characters follow it. */
function adjacentContextAgrees(pt: PreparedTarget, folded: string, start: number, end: number): boolean {
  const p = pt.prefix.slice(-SCREEN_CHARS);
  const s = pt.suffix.slice(0, SCREEN_CHARS);
  return (p.length > 0 && folded.startsWith(p, start - p.length)) || (s.length > 0 && folded.startsWith(s, end)) || (!p && !s);
}

/** Approximate occurrences of the quote (at most maxErrors), their edges snapped to the context, weighed. */
export function fuzzyCandidates(pt: PreparedTarget, ft: FoldedText, quote: Pattern): Candidate[] {
  const m = pt.exact.length;
  const k = maxErrors(m);
  if (k === 0) return [];
  const rev = compilePattern(reverseString(pt.exact));
  const out: Candidate[] = [];
  for (const hit of searchEnds(quote, ft.folded, k, 0, ft.folded.length, MAX_FUZZY)) {
    const back = anchoredMatch(rev, ft.folded, hit.end, -1, m + k);
    const reach = Math.max(EDGE_SEARCH, 2 * k, Math.min(m, MAX_REACH));
    const snapped = snapEdges(pt, ft, quote, hit.end - back.length, hit.end, back.errors, reach);
    const weighed = weigh(pt, ft, snapped.start, snapped.end, snapped.quoteErrors, 'fuzzy', quote);
    out.push(trimEdges(pt, ft, quote, extendEdges(pt, ft, quote, weighed, reach)));
  }
  return out;
}

/** Where the prefix and the suffix fit closely in the text (each with at most a fifth of errors). */
export interface ContextSites {
  /** Offsets where a close match of the prefix ends. */
  prefixEnds: number[];
  /** Offsets where a close match of the suffix starts. */
  suffixStarts: number[];
  /**
   * True if the prefix is directly followed by the suffix somewhere (closer
   * than half the quote's length): the quote was deleted from there.
   */
  closed: boolean;
}

/**
 * Shortest stretch between prefix and suffix that can hold the (edited)
 * quote: a quarter of its length, at most 3 characters. Where prefix and
 * suffix are closer than that, the quote was deleted.
 */
function minGap(pt: PreparedTarget): number {
  return Math.max(1, Math.min(3, Math.ceil(pt.exact.length / 4)));
}

/** Finds the close matches of the prefix and the suffix (both must have 16 characters or more). */
export function contextSites(pt: PreparedTarget, ft: FoldedText): ContextSites {
  const none = { prefixEnds: [], suffixStarts: [], closed: false };
  if (pt.prefix.length < 16 || pt.suffix.length < 16 || !pt.suffixFwd) return none;
  const folded = ft.folded;
  const kp = Math.floor(pt.prefix.length / 5);
  const ks = Math.floor(pt.suffix.length / 5);
  const prefixEnds = searchEnds(compilePattern(pt.prefix), folded, kp, 0, folded.length, MAX_BRACKET_SIDES).map((h) => h.end);
  if (prefixEnds.length === 0) return none;
  const suffixRev = compilePattern(reverseString(pt.suffix));
  const suffixStarts = searchEnds(pt.suffixFwd, folded, ks, 0, folded.length, MAX_BRACKET_SIDES).map(
    (h) => h.end - anchoredMatch(suffixRev, folded, h.end, -1, pt.suffix.length + ks).length,
  );
  const gap = minGap(pt);
  const closed = prefixEnds.some((p) => suffixStarts.some((q) => q >= p && q - p < gap));
  return { prefixEnds, suffixStarts, closed };
}

/**
 * Stretches of text that lie between a close match of the prefix and a
 * close match of the suffix, of a length plausible for the edited quote
 * (from a few characters to twice its length, plus a little). These find a quote whose
 * words were rewritten too much for the approximate search.
 */
export function bracketCandidates(pt: PreparedTarget, ft: FoldedText, quote: Pattern, sites: ContextSites): Candidate[] {
  const lo = minGap(pt);
  const hi = 2 * pt.exact.length + 16;
  const out: Candidate[] = [];
  for (const p of sites.prefixEnds) {
    for (const q of sites.suffixStarts) {
      const gap = q - p;
      if (gap < lo || gap > hi) continue;
      out.push(trimEdges(pt, ft, quote, weigh(pt, ft, p, q, quoteErrorsAt(quote, ft, p, q), 'bracket', quote)));
    }
  }
  return out;
}
