/**
 * Choosing between true twins: two or more places in the text where the
 * quote and both context sides are in place, with evidence the matcher
 * cannot tell apart; or between places that read the note differently, the
 * quote in place with a context side lost against both context sides in
 * place around edited words (see decide() in evidence.ts).
 *
 * - A note with a block selector is placed where the structure around it
 *   agrees best (its paragraph and the paragraphs either side), if exactly
 *   one twin agrees best and on at least two of the three (one agreeing
 *   neighbour alone is too little to bet a note on). Position is not consulted: edits above a passage
 *   move it, and a copy inserted above can land nearer the stored offset
 *   than the original.
 * - A note without one (made before block selectors existed, or imported
 *   from another tool) is placed by position as before: the twin nearest
 *   the stored offset, if it is strictly the nearest.
 * Otherwise the note is an orphan, and the twins still in the running are
 * handed back so that the reader can choose.
 */
import { distance, type Candidate, type PreparedTarget } from './target';
import { toOriginal, type FoldedText } from './normalize';
import { blockAgreement } from './structure';

/** Fewest parts of the block selector (of 3) that must agree where a twin is chosen. */
const MIN_AGREEMENT = 2;

/**
 * Picks one of `twins` (the matcher's best first), or returns null and adds
 * to `undecided` the twins between which nothing but position could choose.
 */
export function chooseTwin(pt: PreparedTarget, ft: FoldedText, twins: Candidate[], undecided?: Candidate[]): Candidate | null {
  const block = pt.target.block;
  if (block) {
    const scores = twins.map((c) => {
      const o = toOriginal(ft, c.start, c.end);
      return blockAgreement(ft.text, o.start, o.end, block);
    });
    const top = Math.max(...scores);
    const leaders = twins.filter((_, i) => scores[i] === top);
    if (leaders.length === 1 && top >= MIN_AGREEMENT) return leaders[0];
    undecided?.push(...(top >= MIN_AGREEMENT ? leaders : twins));
    return null;
  }
  const [best, ...rivals] = twins;
  if (pt.expected !== null && rivals.every((r) => distance(pt, best) < distance(pt, r))) return best;
  undecided?.push(...twins);
  return null;
}

/**
 * True if the quote with its whole stored context occurs somewhere other
 * than at folded offset `at` (where the quote would start): only then can a
 * copy have landed on the stored offsets, and only then is the structure
 * worth checking there. One native search of the folded text.
 */
export function hasTwin(pt: PreparedTarget, ft: FoldedText, at: number): boolean {
  const needle = pt.prefix + pt.exact + pt.suffix;
  const here = at - pt.prefix.length;
  for (let i = ft.folded.indexOf(needle); i >= 0; i = ft.folded.indexOf(needle, i + 1)) if (i !== here) return true;
  return false;
}
