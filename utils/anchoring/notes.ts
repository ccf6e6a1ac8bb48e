/**
 * Anchors stored notes in an article's text, all at once (shared
 * preprocessing). A note that cannot be placed with confidence is an orphan
 * (`anchor: null`): a wrong anchor is worse than none.
 */
import { selectorsOf, type NoteRecord } from '../annotation';
import type { PageNote } from '../messages';
import { anchorMany } from './index';

export function anchorNotes(text: string, notes: readonly NoteRecord[]): PageNote[] {
  const targets = notes.map((n) => {
    const { quote, position } = selectorsOf(n);
    return { quote, position };
  });
  const hits = anchorMany(text, targets);
  return notes.map((note, i) => {
    const hit = hits[i];
    return { note, anchor: hit ? { start: hit.start, end: hit.end } : null };
  });
}
