/**
 * Anchoring of notes: describe a range of the article text as W3C
 * TextQuoteSelector + TextPositionSelector (and Newsmark's BlockSelector),
 * and find it again later in a text that may have changed. Pure functions
 * over text; the content script maps text offsets to DOM ranges itself.
 */
import { anchorFolded } from './anchor';
import type { AnchorResult, AnchorTarget, Candidate } from './target';
import { foldText, toOriginal, type FoldedText } from './normalize';

export { describe } from './describe';
export type { AnchorMethod, AnchorResult, AnchorTarget } from './target';
export { MIN_EVIDENCE, MIN_SCORE } from './evidence';

/** Anchors one note in `text`; null means the note is an orphan. */
export function anchor(text: string, target: AnchorTarget): AnchorResult | null {
  return anchorFolded(foldText(text), target);
}

/**
 * Anchors many notes in the same text, folding the text only once.
 * Results are in the order of `targets`.
 */
export function anchorMany(text: string, targets: readonly AnchorTarget[]): (AnchorResult | null)[] {
  return anchorReports(text, targets).map((r) => r.anchor);
}

/** A text range [start, end). */
export interface Place {
  start: number;
  end: number;
}

/**
 * Where a note landed; for an orphan whose quote and context are found in
 * several places that nothing tells apart, those places (else empty), so
 * that the reader can choose.
 */
export interface AnchorReport {
  anchor: AnchorResult | null;
  candidates: Place[];
}

/** Anchors one note in folded text, with the candidates of an undecided orphan. */
export function anchorReport(ft: FoldedText, target: AnchorTarget): AnchorReport {
  const undecided: Candidate[] = [];
  const anchor = anchorFolded(ft, target, undefined, undecided);
  if (anchor) return { anchor, candidates: [] };
  const candidates = undecided.map((c) => toOriginal(ft, c.start, c.end)).sort((a, b) => a.start - b.start);
  return { anchor: null, candidates };
}

/** {@link anchorReport} for many notes in the same text, folding it only once; in the order of `targets`. */
export function anchorReports(text: string, targets: readonly AnchorTarget[]): AnchorReport[] {
  const ft = foldText(text);
  return targets.map((t) => anchorReport(ft, t));
}
