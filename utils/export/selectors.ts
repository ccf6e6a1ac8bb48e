/**
 * Reading a note's two selectors for export, including notes imported from
 * other tools that carried only one kind of selector.
 *
 * Convention for such notes (NoteRecord always holds both selectors):
 * - quote unknown: the TextQuoteSelector has `exact === ''` (a real quote is
 *   never empty);
 * - position unknown: the TextPositionSelector has `start === end === -1`.
 * Exports leave the unknown selector out, so a round trip keeps it unknown.
 */
import type { BlockSelector, NoteRecord, TextPositionSelector, TextQuoteSelector } from '../annotation';

/** `start`/`end` of a TextPositionSelector whose position is not known. */
export const UNKNOWN_POSITION = -1;

/** A note's selectors, each `null` when it is unknown (see the module doc). */
export interface KnownSelectors {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  /** The block selector, on notes made since it exists (see ../anchoring/structure.ts). */
  block: BlockSelector | null;
}

/** True when the quote selector carries a quote. */
export function isQuoteKnown(quote: TextQuoteSelector): boolean {
  return quote.exact !== '';
}

/** True when the position selector carries real offsets. */
export function isPositionKnown(position: TextPositionSelector): boolean {
  return position.start >= 0 && position.end >= 0;
}

/** The note's selectors, whatever their order, with unknown ones as `null`. */
export function knownSelectors(note: NoteRecord): KnownSelectors {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  let block: BlockSelector | null = null;
  for (const s of note.target.selector) {
    if (s.type === 'TextQuoteSelector' && !quote && isQuoteKnown(s)) quote = s;
    if (s.type === 'TextPositionSelector' && !position && isPositionKnown(s)) position = s;
    if (s.type === 'BlockSelector' && !block) block = s;
  }
  return { quote, position, block };
}
