/**
 * The page's notes after sync changed them (issue 21): the store's notes,
 * as the background read and anchored them again, merged with what is under
 * way on the page. New notes come in, edited ones (body, tags, colour) take
 * the store's version, deleted ones go; but the reader's own work in progress
 * stands: the note whose editor is open keeps its entry (their text, and the
 * editor's Save still writes that entry), a note whose save is under way or
 * failed keeps the page's copy, and a note whose deletion is under way does
 * not come back. Which version wins in the end is the store's and sync's
 * conflict rules', as for any save.
 */
import type { NoteRecord } from '../../utils/annotation';
import type { PageNote } from '../../utils/messages';

/** What is under way on the page. */
export interface LocalWork {
  /** Notes whose latest change here the store has not confirmed (a save under way, or one that failed). */
  unsaved: ReadonlySet<string>;
  /** Notes deleted here whose deletion is under way. */
  deleting: ReadonlySet<string>;
  /** The note whose editor is open, if any. */
  editing: string | null;
}

export interface Merged {
  notes: PageNote[];
  /** The note being edited differs in the store, or is gone from it: read again when the editor closes. */
  editedElsewhere: boolean;
}

/** True when the store's copy says something else than the page's (what the page paints or the editor shows). */
function differs(a: NoteRecord, b: NoteRecord): boolean {
  return a.modified !== b.modified || a.body !== b.body || a.colour !== b.colour || a.tags.join('\n') !== b.tags.join('\n');
}

/** The page's notes: `fresh` (the store's, anchored) in the store's order, with the page's work in progress kept. */
export function mergeNotes(current: readonly PageNote[], fresh: readonly PageNote[], local: LocalWork): Merged {
  const held = (id: string) => local.editing === id || local.unsaved.has(id);
  const mine = new Map(current.map((n) => [n.note.id, n]));
  const notes: PageNote[] = [];
  const seen = new Set<string>();
  let editedElsewhere = false;
  for (const f of fresh) {
    const id = f.note.id;
    if (local.deleting.has(id) || seen.has(id)) continue;
    seen.add(id);
    const kept = mine.get(id);
    if (kept && held(id)) {
      // the same entry object: an open editor's Save writes to it
      notes.push(kept);
      if (id === local.editing && differs(kept.note, f.note)) editedElsewhere = true;
    } else notes.push(f);
  }
  for (const n of current) {
    const id = n.note.id;
    if (seen.has(id) || !held(id)) continue; // not in the store, nothing under way here: deleted elsewhere
    notes.push(n);
    if (id === local.editing) editedElsewhere = true;
  }
  return { notes, editedElsewhere };
}
