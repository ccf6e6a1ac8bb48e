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
 *
 * This file is the orchestration only. The parts live beside it:
 * target.ts (the types and a note's folded form), candidates.ts (the three
 * candidate generators), edges.ts (moving a candidate's edges to its
 * context), evidence.ts (weighing, trusting and choosing a candidate) and
 * twins.ts (choosing between identical passages).
 */
import { bracketCandidates, contextSites, exactCandidates, fuzzyCandidates } from './candidates';
import { GOOD_CONTEXT, STRONG_CONTEXT, allSidesAgree, decide, isSupported, weigh } from './evidence';
import { compilePattern } from './myers';
import { fold, toFolded, toOriginal, type FoldedText } from './normalize';
import { blockAgreement } from './structure';
import { prepareTarget, type AnchorMethod, type AnchorResult, type AnchorTarget, type Candidate, type PreparedTarget } from './target';
import { hasTwin } from './twins';

/** Converts a folded candidate to an anchor in the original text. */
function toResult(ft: FoldedText, c: Candidate, method: AnchorMethod): AnchorResult {
  const { start, end } = toOriginal(ft, c.start, c.end);
  return { start, end, method, score: Math.round(c.score * 1000) / 1000 };
}

/**
 * The position strategy: the stored offsets hold the quote exactly (after
 * folding) and the context around them agrees well on every side.
 */
function anchorByPosition(pt: PreparedTarget, ft: FoldedText): AnchorResult | null {
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

/**
 * A bracket candidate that begins or ends with an exact occurrence of the
 * quote took in text inserted between the context and the quote (an ad, a
 * label): the note is that occurrence, not the inserted text before or after
 * it ("ADVERTISEMENT A" for a note on "A"). The occurrence must meet the
 * stored context on its trimmed side with the same character (so the "A"
 * opening "ADVERTISEMENT" is not taken for the note's "A"); where none or
 * both ends qualify, the bracket stands.
 */
function trimInsertedEdge(pt: PreparedTarget, ft: FoldedText, best: Candidate, exact: Candidate[]): Candidate {
  if (best.extra === 0) return best;
  const inside = exact.filter((c) => c.start >= best.start && c.end <= best.end && (c.start === best.start) !== (c.end === best.end));
  // Compared in the original text: folding drops the spaces that tell "A" from the "A" of "ADVERTISEMENT".
  const prefix = pt.target.quote.prefix ?? '';
  const suffix = pt.target.quote.suffix ?? '';
  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && (a === b || (/\s/.test(a) && /\s/.test(b)));
  const meets = (c: Candidate) => {
    const { start, end } = toOriginal(ft, c.start, c.end);
    return c.end === best.end ? same(ft.text[start - 1], prefix[prefix.length - 1]) : same(ft.text[end], suffix[0]);
  };
  const fits = inside.filter((c) => prefix.length > 0 && suffix.length > 0 && meets(c));
  return fits.length === 1 ? fits[0] : best;
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
    trace?.(
      stage,
      cs,
      cs.map((c) => isSupported(pt, ft, c)),
    );
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
      best = decide(
        pt,
        ft,
        all.filter((c) => allSidesAgree(c, GOOD_CONTEXT)),
        undecided,
      );
    } else {
      // Look between the prefix and suffix too, for a rewritten quote.
      const bracket = bracketCandidates(pt, ft, quote, sites);
      report('bracket', bracket);
      all = all.concat(bracket);
      best = decide(pt, ft, all, undecided);
      if (best?.kind === 'bracket') best = trimInsertedEdge(pt, ft, best, exact);
    }
  }
  if (!best) return null;
  return toResult(ft, best, best.kind === 'exact' ? 'quote' : 'fuzzy');
}
