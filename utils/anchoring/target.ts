/**
 * What the matcher works on: a note's selectors (AnchorTarget), the same in
 * folded form (PreparedTarget), the places weighed for it (Candidate), and
 * what it answers (AnchorResult).
 */
import type { BlockSelector, TextPositionSelector, TextQuoteSelector } from '../annotation';
import { CONTEXT_CHARS } from './describe';
import { compilePattern, reverseString, type Pattern } from './myers';
import { fold, toFolded, type FoldedText } from './normalize';

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

/** Distance of a candidate from where the note expects it (0 when unknown). */
export function distance(pt: PreparedTarget, c: Candidate): number {
  return pt.expected === null ? 0 : Math.abs(c.start - pt.expected);
}
