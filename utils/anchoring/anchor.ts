/**
 * Re-anchoring a note's selectors in the current article text.
 *
 * Three strategies are tried in order, as the W3C selectors suggest and as
 * the Hypothesis client does:
 *
 * 1. position — the stored offsets, accepted only if the quote is found
 *    there exactly and its context agrees;
 * 2. quote — every exact occurrence of the quote, each weighed by how much
 *    of its prefix and suffix agree with the text around it;
 * 3. fuzzy — approximate occurrences of the quote (Myers' bounded-error
 *    search), and stretches of text bracketed by the stored prefix and
 *    suffix (for quotes whose words were edited beyond recognition), each
 *    weighed the same way.
 *
 * All matching is done on folded text (see normalize.ts), so whitespace
 * changes are invisible to it. A candidate is accepted only with enough
 * independent evidence — characters of quote and context that agree — and
 * only if no other place in the text has nearly as much: a wrong anchor is
 * worse than an orphan.
 */
import type { BlockSelector, TextPositionSelector, TextQuoteSelector } from '../annotation';
import { CONTEXT_CHARS } from './describe';
import { anchoredMatch, compilePattern, lcsLength, reverseString, searchEnds, type Pattern } from './myers';
import { fold, toFolded, toOriginal, type FoldedText } from './normalize';
import { blockAgreement } from './structure';
import { chooseTwin, hasTwin } from './twins';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a note landed in the text, how it was found, and how well it matched (0…1). */
export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
  score: number;
}

/** The selectors of one note. */
export interface AnchorTarget {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
  /** Where the quote sat among the text's blocks; breaks ties between identical passages (twins.ts). */
  block?: BlockSelector;
}

/** Fewest agreeing characters (quote plus context) for an anchor to be trusted. */
export const MIN_EVIDENCE = 32;
/** Lowest overall score of an accepted anchor; below it the note is an orphan. */
export const MIN_SCORE = 0.35;
/** A rival place with this much less evidence than the best one still makes the match ambiguous. */
export const AMBIGUITY_MARGIN = 6;
/** Context sides agree "well" above this similarity. */
const GOOD_CONTEXT = 0.75;
/** Context sides agree "very well" (at most 3 errors in 32 characters) above this similarity. */
const STRONG_CONTEXT = 0.9;
/** Quotes shorter than this need both context sides to agree. */
const SHORT_QUOTE = 16;
/** Approximate matches of quotes shorter than this need both context sides to agree. */
const ONE_SIDED_FUZZY = 64;
/** How far context may be offset from a candidate's edge (edits near the boundary). */
const CONTEXT_SLACK = 8;
/** How far a fuzzy candidate's edges may be moved to where its context fits best. */
const EDGE_SEARCH = 12;
/** Shortest text that trimEdges cuts off as inserted (an ad), rather than an edit. */
const MIN_INSERT = 8;
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
/** Quotes up to this many folded characters are checked for context displacement. */
const DISPLACEMENT_CHECK = 24;
/** Most occurrences of each context side weighed when bracketing. */
const MAX_BRACKET_SIDES = 32;
/** Weights of the overall score, as in Hypothesis' match-quote. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/**
 * Most errors allowed when searching for the quote approximately: a quarter
 * of its length, at most 64. Quotes of under four characters must match
 * exactly (or be found between their prefix and suffix).
 */
export function maxErrors(quoteLength: number): number {
  return Math.min(64, Math.floor(quoteLength / 4));
}

/** A note's selectors in folded form, with patterns compiled on demand. */
export interface PreparedTarget {
  exact: string;
  /** Up to CONTEXT_CHARS folded characters before the quote. */
  prefix: string;
  /** Up to CONTEXT_CHARS folded characters after the quote. */
  suffix: string;
  /** Folded offset where the quote is expected (from the position selector), or null. */
  expected: number | null;
  prefixRev: Pattern | null;
  suffixFwd: Pattern | null;
  target: AnchorTarget;
}

/** Folds a note's selectors and compiles its context patterns. */
export function prepareTarget(ft: FoldedText, target: AnchorTarget): PreparedTarget {
  const exact = fold(target.quote.exact ?? '');
  const prefixAll = fold(target.quote.prefix ?? '');
  const suffixAll = fold(target.quote.suffix ?? '');
  const prefix = prefixAll.slice(Math.max(0, prefixAll.length - CONTEXT_CHARS));
  const suffix = suffixAll.slice(0, CONTEXT_CHARS);
  const pos = target.position;
  const expected = pos && Number.isFinite(pos.start) ? toFolded(ft, Math.max(0, pos.start)) : null;
  return {
    exact,
    prefix,
    suffix,
    expected,
    prefixRev: prefix ? compilePattern(reverseString(prefix)) : null,
    suffixFwd: suffix ? compilePattern(suffix) : null,
    target,
  };
}

/** One place the quote might now be, in folded offsets, with its agreement figures. */
export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the quote and the candidate's text. */
  quoteErrors: number;
  /** Similarities (0…1) of prefix and suffix with the text around; null when the note has none. */
  prefixSim: number | null;
  suffixSim: number | null;
  /** Characters of quote, prefix and suffix that agree. */
  evidence: number;
  /** Weighted score, 0…1. */
  score: number;
  kind: 'exact' | 'fuzzy' | 'bracket';
  prefixErrors: number;
  suffixErrors: number;
  /** Share of the quote's characters found, in order, in the candidate (longest common subsequence). */
  coverage: number;
  /** Characters of the candidate not accounted for by the quote (inserted text such as an ad). */
  extra: number;
}

/** Errors of the prefix against the text ending at `at` (best length within slack). */
function prefixErrors(pt: PreparedTarget, folded: string, at: number): number {
  if (!pt.prefixRev) return 0;
  return anchoredMatch(pt.prefixRev, folded, at, -1, pt.prefix.length + CONTEXT_SLACK).errors;
}

/** Errors of the suffix against the text starting at `at` (best length within slack). */
function suffixErrors(pt: PreparedTarget, folded: string, at: number): number {
  if (!pt.suffixFwd) return 0;
  return anchoredMatch(pt.suffixFwd, folded, at, 1, pt.suffix.length + CONTEXT_SLACK).errors;
}

/**
 * Similarity (0…1) of a context side given its errors. A note with no
 * context on that side was made at the edge of the text: the side agrees
 * (1) if the candidate is at that edge too, and is unknown (null) otherwise.
 */
function sideSimilarity(length: number, errors: number, atEdge: boolean): number | null {
  if (length === 0) return atEdge ? 1 : null;
  return Math.max(0, 1 - errors / length);
}

/**
 * Characters of a string of `length` that count as agreeing when it matches
 * with `errors` errors. Each error costs two, so that two unrelated strings
 * (whose edit distance is about half their length or more) agree on none.
 */
export function agreement(length: number, errors: number): number {
  return Math.max(0, length - 2 * errors);
}

/** Weighs a candidate range [start, end) whose quote errors are known. */
export function weigh(
  pt: PreparedTarget,
  ft: FoldedText,
  start: number,
  end: number,
  quoteErrors: number,
  kind: Candidate['kind'],
  quote: Pattern | null = null,
): Candidate {
  const folded = ft.folded;
  const m = pt.exact.length;
  const pErr = prefixErrors(pt, folded, start);
  const sErr = suffixErrors(pt, folded, end);
  const prefixSim = sideSimilarity(pt.prefix.length, pErr, start === 0);
  const suffixSim = sideSimilarity(pt.suffix.length, sErr, end === folded.length);
  const quoteSim = Math.max(0, 1 - quoteErrors / Math.max(1, m));
  const evidence =
    agreement(m, quoteErrors) + agreement(pt.prefix.length, pErr) + agreement(pt.suffix.length, sErr);
  const p = prefixSim ?? 0.5;
  const s = suffixSim ?? 0.5;
  const posSim = pt.expected === null ? 1 : 1 - Math.min(1, Math.abs(start - pt.expected) / Math.max(1, folded.length));
  const score =
    (WEIGHTS.quote * quoteSim + WEIGHTS.prefix * p + WEIGHTS.suffix * s + WEIGHTS.position * posSim) /
    (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
  const lcs = kind === 'exact' || !quote ? m : lcsLength(quote, folded, start, end);
  return {
    start, end, quoteErrors, prefixErrors: pErr, suffixErrors: sErr, prefixSim, suffixSim, evidence, score, kind,
    coverage: lcs / Math.max(1, m),
    extra: end - start - lcs,
  };
}

/**
 * True if the prefix fits better ending inside the candidate, or the suffix
 * fits better starting inside it, than at the candidate's edges. This is
 * what a short quote found inside its own context looks like once the real
 * quote has been deleted ("this [is] not" → "this not": "is" is found at the
 * end of "this", right against the prefix that contains it).
 */
export function contextDisplaced(pt: PreparedTarget, ft: FoldedText, start: number, end: number, pErr: number, sErr: number): boolean {
  for (let at = start + 1; at <= end; at++) {
    if (pt.prefixRev && prefixErrors(pt, ft.folded, at) < pErr) return true;
    if (pt.suffixFwd && at - 1 < end && suffixErrors(pt, ft.folded, at - 1) < sErr) return true;
  }
  return false;
}

/** The best similarity among the context sides present, or null if the note has no context. */
function bestSide(c: Candidate): number | null {
  if (c.prefixSim === null) return c.suffixSim;
  if (c.suffixSim === null) return c.prefixSim;
  return Math.max(c.prefixSim, c.suffixSim);
}

/** True if both context sides are known and agree at least `min`. */
function allSidesAgree(c: Candidate, min: number): boolean {
  return c.prefixSim !== null && c.prefixSim >= min && c.suffixSim !== null && c.suffixSim >= min;
}

/**
 * Whether a candidate, on its own, carries enough evidence to be trusted.
 * All need 32 agreeing characters of quote and context (MIN_EVIDENCE) and,
 * for short quotes, context that fits at the candidate's edges and not
 * inside it (see contextDisplaced). Then:
 * - a quote under 16 characters: both context sides agree well;
 * - an exact occurrence: a quote of 32 characters or more, or one context
 *   side at least half agreeing;
 * - any candidate whose two context sides agree well and that holds all but
 *   a tenth of the quote's characters in order, with no more inserted text
 *   than the quote's own length (an ad dropped inside a long quote);
 * - an approximate occurrence (at most a quarter of errors): context that
 *   agrees well on both sides, or very well on one side for a quote of 64
 *   characters or more, or none needed for a long passage that is nearly
 *   unchanged;
 * - a bracketed stretch: both context sides agree very well, and a quote
 *   of 24 characters or more is still at least half the same.
 */
export function isSupported(pt: PreparedTarget, ft: FoldedText, c: Candidate): boolean {
  if (!hasEnoughEvidence(pt, c)) return false;
  return pt.exact.length > DISPLACEMENT_CHECK || !contextDisplaced(pt, ft, c.start, c.end, c.prefixErrors, c.suffixErrors);
}

/** The evidence rules of isSupported, without the displacement check. */
function hasEnoughEvidence(pt: PreparedTarget, c: Candidate): boolean {
  const m = pt.exact.length;
  if (c.score < MIN_SCORE || c.evidence < MIN_EVIDENCE) return false;
  const side = bestSide(c);
  const bothSides = allSidesAgree(c, GOOD_CONTEXT);
  // A short quote with one context side only is as likely a similar phrase
  // elsewhere (a repeated caption) as the note's own words next to an ad.
  if (m < SHORT_QUOTE && !bothSides) return false;
  if (c.kind === 'exact') return m >= MIN_EVIDENCE || (side !== null && side >= 0.5);
  if (bothSides && c.coverage >= 0.9 && c.extra <= Math.max(16, m)) return true;
  const quoteSim = 1 - c.quoteErrors / Math.max(1, m);
  if (c.kind === 'bracket') {
    return (
      pt.prefix.length >= 16 && pt.suffix.length >= 16 &&
      allSidesAgree(c, STRONG_CONTEXT) &&
      (m < 24 || quoteSim >= 0.5)
    );
  }
  if (quoteSim < 0.75) return false;
  if (bothSides) return true;
  if (side !== null && side >= STRONG_CONTEXT && m >= ONE_SIDED_FUZZY) return true;
  return m >= 100 && quoteSim >= 0.9;
}

/** Distance of a candidate from where the note expects it (0 when unknown). */
function distance(pt: PreparedTarget, c: Candidate): number {
  return pt.expected === null ? 0 : Math.abs(c.start - pt.expected);
}

/**
 * Picks the trusted candidate, if there is exactly one place in the text
 * that the evidence points to. When rival places (not overlapping the best)
 * have nearly as much evidence, the note is an orphan unless all of them
 * are true twins (quote and both context sides in place) and chooseTwin
 * (twins.ts) settles it by structure or, for notes without a block
 * selector, by position. Twins it cannot settle are put in `undecided`
 * (emptied first).
 */
export function decide(pt: PreparedTarget, ft: FoldedText, candidates: Candidate[], undecided?: Candidate[]): Candidate | null {
  if (undecided) undecided.length = 0;
  const ok = candidates.filter((c) => isSupported(pt, ft, c));
  if (ok.length === 0) return null;
  ok.sort((a, b) => b.evidence - a.evidence || b.score - a.score || distance(pt, a) - distance(pt, b));
  const best = ok[0];
  const places = [best];
  for (let i = 1; i < ok.length; i++) {
    const rival = ok[i];
    if (places.some((p) => rival.start < p.end && p.start < rival.end)) continue; // a place found twice
    if (rival.evidence < best.evidence - AMBIGUITY_MARGIN) break;
    if (!allSidesAgree(best, STRONG_CONTEXT) || !allSidesAgree(rival, STRONG_CONTEXT)) return null;
    places.push(rival);
  }
  return places.length === 1 ? best : chooseTwin(pt, ft, places, undecided);
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
export function edgeWord(pt: PreparedTarget, dir: 1 | -1): string {
  const words = pt.target.quote.exact.trim().split(/\s+/);
  const n = Math.min(pt.exact.length, Math.max(3, fold(dir > 0 ? words[0] : words[words.length - 1]).length));
  return dir > 0 ? pt.exact.slice(0, n) : pt.exact.slice(pt.exact.length - n);
}

/** True if a word starts or ends at folded offset `at` in the original text (whitespace or punctuation there). */
export function atWordBoundary(ft: FoldedText, at: number): boolean {
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
function quoteErrorsAt(quote: Pattern, ft: FoldedText, start: number, end: number): number {
  return anchoredMatch(quote, ft.folded, start, 1, end - start, end - start).errors;
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
    const snapped = snapEdges(pt, ft, quote, hit.end - back.length, hit.end, back.errors, Math.max(EDGE_SEARCH, 2 * k, Math.min(m, MAX_REACH)));
    const reach = Math.max(EDGE_SEARCH, 2 * k, Math.min(m, MAX_REACH));
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

/** Converts a folded candidate to an anchor in the original text. */
function toResult(ft: FoldedText, c: Candidate, method: AnchorMethod): AnchorResult {
  const { start, end } = toOriginal(ft, c.start, c.end);
  return { start, end, method, score: Math.round(c.score * 1000) / 1000 };
}

/**
 * The position strategy: the stored offsets hold the quote exactly (after
 * folding) and the context around them agrees well on every side.
 */
export function anchorByPosition(pt: PreparedTarget, ft: FoldedText): AnchorResult | null {
  const pos = pt.target.position;
  if (!pos) return null;
  const { start, end } = pos;
  if (!(start >= 0 && end >= start && end <= ft.text.length)) return null;
  const slice = ft.text.slice(start, end);
  if (slice !== pt.target.quote.exact && fold(slice) !== pt.exact) return null;
  // A copy of the passage may have landed on the stored offsets: trust them only where the blocks around agree too.
  if (pt.target.block && hasTwin(pt, ft, toFolded(ft, start)) && blockAgreement(ft.text, start, end, pt.target.block) < 3) return null;
  const fs = toFolded(ft, start);
  const c = weigh(pt, ft, fs, fs + pt.exact.length, 0, 'exact');
  if (!isSupported(pt, ft, c) || !allSidesAgree(c, GOOD_CONTEXT)) return null;
  return { start, end, method: 'position', score: Math.round(c.score * 1000) / 1000 };
}

/** Receives the candidates weighed at each stage, for debugging. */
export type AnchorTrace = (stage: 'exact' | 'fuzzy' | 'bracket', candidates: Candidate[], supported: boolean[]) => void;

/**
 * Anchors one note in a text already folded. See the module comment for the
 * strategy. When the note is an orphan because twins could not be told
 * apart, they are left in `undecided`.
 */
export function anchorFolded(ft: FoldedText, target: AnchorTarget, trace?: AnchorTrace, undecided?: Candidate[]): AnchorResult | null {
  const pt = prepareTarget(ft, target);
  if (pt.exact.length === 0) return null;
  const byPosition = anchorByPosition(pt, ft);
  if (byPosition) return byPosition;
  const report = (stage: 'exact' | 'fuzzy' | 'bracket', cs: Candidate[]) =>
    trace?.(stage, cs, cs.map((c) => isSupported(pt, ft, c)));
  const exact = exactCandidates(pt, ft);
  report('exact', exact);
  // An exact occurrence with both context sides in place is taken at once;
  // one with context only in part competes with the approximate candidates.
  const byQuote = decide(pt, ft, exact, undecided);
  if (byQuote && allSidesAgree(byQuote, STRONG_CONTEXT)) return toResult(ft, byQuote, 'quote');
  // Two or more places with the quote and both context sides in place that
  // nothing tells apart: no approximate match could do better.
  if (!byQuote && exact.filter((c) => allSidesAgree(c, STRONG_CONTEXT) && isSupported(pt, ft, c)).length >= 2) return null;
  const quote = compilePattern(pt.exact);
  const fuzzy = fuzzyCandidates(pt, ft, quote);
  report('fuzzy', fuzzy);
  let all = exact.concat(fuzzy);
  let best = decide(pt, ft, all, undecided);
  if (!best || !allSidesAgree(best, STRONG_CONTEXT)) {
    const sites = contextSites(pt, ft);
    if (sites.closed) {
      // The prefix runs straight into the suffix somewhere: the quote was
      // deleted there. A place where only one side agrees is then a
      // similar passage elsewhere, not the note's.
      best = decide(pt, ft, all.filter((c) => allSidesAgree(c, GOOD_CONTEXT)), undecided);
    } else {
      // Look between the prefix and suffix too, for a rewritten quote.
      const bracket = bracketCandidates(pt, ft, quote, sites);
      report('bracket', bracket);
      all = all.concat(bracket);
      best = decide(pt, ft, all, undecided);
    }
  }
  if (!best) return null;
  return toResult(ft, best, best.kind === 'exact' ? 'quote' : 'fuzzy');
}
