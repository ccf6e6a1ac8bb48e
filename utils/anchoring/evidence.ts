/**
 * The evidence rules: how much a candidate's quote and context agree with
 * the text (weigh), whether that is enough to trust it on its own
 * (isSupported), and which candidate, if any, the evidence points to
 * (decide). A wrong anchor is worse than an orphan.
 */
import { anchoredMatch, lcsLength, type Pattern } from './myers';
import type { FoldedText } from './normalize';
import { distance, type Candidate, type PreparedTarget } from './target';
import { chooseTwin } from './twins';

/** Fewest agreeing characters (quote plus context) for an anchor to be trusted. */
export const MIN_EVIDENCE = 32;
/** Lowest overall score of an accepted anchor; below it the note is an orphan. */
export const MIN_SCORE = 0.35;
/** A rival place with this much less evidence than the best one still makes the match ambiguous. */
const AMBIGUITY_MARGIN = 6;
/** Context sides agree "well" above this similarity. */
export const GOOD_CONTEXT = 0.75;
/** Context sides agree "very well" (at most 3 errors in 32 characters) above this similarity. */
export const STRONG_CONTEXT = 0.9;
/** Quotes shorter than this need both context sides to agree. */
export const SHORT_QUOTE = 16;
/** Approximate matches of quotes shorter than this need both context sides to agree. */
const ONE_SIDED_FUZZY = 64;
/** How far context may be offset from a candidate's edge (edits near the boundary). */
const CONTEXT_SLACK = 8;
/** Quotes up to this many folded characters are checked for context displacement. */
const DISPLACEMENT_CHECK = 24;
/** Weights of the overall score, as in Hypothesis' match-quote. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** Errors of the prefix against the text ending at `at` (best length within slack). */
export function prefixErrors(pt: PreparedTarget, folded: string, at: number): number {
  if (!pt.prefixRev) return 0;
  return anchoredMatch(pt.prefixRev, folded, at, -1, pt.prefix.length + CONTEXT_SLACK).errors;
}

/** Errors of the suffix against the text starting at `at` (best length within slack). */
export function suffixErrors(pt: PreparedTarget, folded: string, at: number): number {
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
function agreement(length: number, errors: number): number {
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
  const evidence = agreement(m, quoteErrors) + agreement(pt.prefix.length, pErr) + agreement(pt.suffix.length, sErr);
  const p = prefixSim ?? 0.5;
  const s = suffixSim ?? 0.5;
  const posSim = pt.expected === null ? 1 : 1 - Math.min(1, Math.abs(start - pt.expected) / Math.max(1, folded.length));
  const score =
    (WEIGHTS.quote * quoteSim + WEIGHTS.prefix * p + WEIGHTS.suffix * s + WEIGHTS.position * posSim) /
    (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
  const lcs = kind === 'exact' || !quote ? m : lcsLength(quote, folded, start, end);
  return {
    start,
    end,
    quoteErrors,
    prefixErrors: pErr,
    suffixErrors: sErr,
    prefixSim,
    suffixSim,
    evidence,
    score,
    kind,
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
function contextDisplaced(pt: PreparedTarget, ft: FoldedText, start: number, end: number, pErr: number, sErr: number): boolean {
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
export function allSidesAgree(c: Candidate, min: number): boolean {
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
    return pt.prefix.length >= 16 && pt.suffix.length >= 16 && allSidesAgree(c, STRONG_CONTEXT) && (m < 24 || quoteSim >= 0.5);
  }
  if (quoteSim < 0.75) return false;
  if (bothSides) return true;
  if (side !== null && side >= STRONG_CONTEXT && m >= ONE_SIDED_FUZZY) return true;
  return m >= 100 && quoteSim >= 0.9;
}

/** True if the candidate overlaps one of `places`. */
function overlapsAny(c: Candidate, places: Candidate[]): boolean {
  return places.some((p) => c.start < p.end && p.start < c.end);
}

/** True if both context sides are in place (agree very well). */
const wholeContext = (c: Candidate) => allSidesAgree(c, STRONG_CONTEXT);

/**
 * Picks the trusted candidate, if there is exactly one place in the text
 * that the evidence points to. Places whose evidence is near the best's
 * (AMBIGUITY_MARGIN) are rivals:
 * - all with both context sides in place: true twins, which chooseTwin
 *   (twins.ts) settles by structure or, for notes without a block selector,
 *   by position;
 * - one with a context side lost: the note's words moved away from their
 *   surroundings, or its surroundings kept with the words edited (a caption
 *   the page prints twice, one copy edited, looks like both). Counting
 *   characters cannot rank these readings (a context character is not worth
 *   a quote character), so that place and every place with both context
 *   sides in place go to chooseTwin too; when it is the best, whatever the
 *   others' evidence;
 * - more with a context side lost: nothing can tell them apart, orphan.
 * Places chooseTwin cannot settle are put in `undecided` (emptied first).
 */
export function decide(pt: PreparedTarget, ft: FoldedText, candidates: Candidate[], undecided?: Candidate[]): Candidate | null {
  if (undecided) undecided.length = 0;
  const ok = candidates.filter((c) => isSupported(pt, ft, c));
  if (ok.length === 0) return null;
  ok.sort((a, b) => b.evidence - a.evidence || b.score - a.score || distance(pt, a) - distance(pt, b));
  const best = ok[0];
  const isClose = (c: Candidate) => c.evidence >= best.evidence - AMBIGUITY_MARGIN;
  // The places that may hold the note, one candidate each, the best first:
  // those with nearly the best's evidence and, when the best has lost a
  // context side, those with both sides in place.
  const places: Candidate[] = [];
  for (const c of ok) if ((isClose(c) || (!wholeContext(best) && wholeContext(c))) && !overlapsAny(c, places)) places.push(c);
  const close = places.filter(isClose);
  const partial = close.filter((c) => !wholeContext(c));
  if (partial.length > 1) return null;
  const readings = partial[0] === best ? places : close;
  return readings.length === 1 ? best : chooseTwin(pt, ft, readings, undecided);
}
