/**
 * Anchoring of notes: describe a range of the article text as W3C
 * TextQuoteSelector + TextPositionSelector, and find it again later in a
 * text that may have changed. Pure functions over text; the content script
 * maps text offsets to DOM ranges itself.
 */
import { anchorFolded, type AnchorResult, type AnchorTarget } from './anchor';
import { foldText } from './normalize';

export { describe } from './describe';
export type { AnchorMethod, AnchorResult, AnchorTarget } from './anchor';
export { MIN_EVIDENCE, MIN_SCORE } from './anchor';

/** Anchors one note in `text`; null means the note is an orphan. */
export function anchor(text: string, target: AnchorTarget): AnchorResult | null {
  return anchorFolded(foldText(text), target);
}

/**
 * Anchors many notes in the same text, folding the text only once.
 * Results are in the order of `targets`.
 */
export function anchorMany(text: string, targets: readonly AnchorTarget[]): (AnchorResult | null)[] {
  const ft = foldText(text);
  return targets.map((t) => anchorFolded(ft, t));
}
