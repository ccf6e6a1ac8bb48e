/**
 * Anchors stored notes in an article's text, all at once (shared
 * preprocessing). A note that cannot be placed with confidence is an orphan
 * (`anchor: null`): a wrong anchor is worse than none.
 */
import { selectorsOf, type NoteRecord } from '../annotation';
import type { PageNote } from '../messages';
import { anchorReports } from './index';

/**
 * An orphan that matches several places that nothing tells apart lists
 * them as `candidates`, for the reader to choose.
 */
export function anchorNotes(text: string, notes: readonly NoteRecord[]): PageNote[] {
  const reports = anchorReports(
    text,
    notes.map((n) => selectorsOf(n)),
  );
  return notes.map((note, i) => {
    const { anchor, candidates } = reports[i];
    if (anchor) return { note, anchor: { start: anchor.start, end: anchor.end } };
    return candidates.length > 1 ? { note, anchor: null, candidates } : { note, anchor: null };
  });
}
