/**
 * A note as a CouchDB document, and back. Going out, a note is copied field
 * by field (never a team mark, never anything of the settings). Coming in,
 * every document goes through the same validation as an imported note
 * (validateNote for the shape, noteProblem for import's invariants): a
 * hostile, oversized or wrongly typed document gives an error, never a
 * partial note.
 */
import type { ElsewhereEdit, NoteRecord } from '../annotation';
import { validateNote } from '../note-validation';
import { noteProblem } from '../import/validate';

/** Largest document accepted from a server, in characters of its JSON (a note at every field's limit stays well under it). */
export const MAX_DOC_CHARS = 1_500_000;

/** A note's document: the note under `note`, CouchDB's own fields beside it. */
export interface NoteDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  /** Set on the document: 'newsmark:note'. */
  kind?: 'newsmark:note';
  note?: NoteRecord;
  /** On a tombstone: when the note was deleted (ISO 8601). */
  deletedAt?: string;
}

export const DOC_KIND = 'newsmark:note';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The fields of a note that leave the device, in a fresh object (nothing else rides along). */
export function syncedNote(note: NoteRecord): NoteRecord {
  const out: NoteRecord = {
    id: note.id,
    motivation: note.motivation,
    body: note.body,
    tags: [...note.tags],
    colour: note.colour,
    created: note.created,
    modified: note.modified,
    target: { source: note.target.source, selector: note.target.selector.map((s) => ({ ...s })) as NoteRecord['target']['selector'] },
    pageTitle: note.pageTitle,
  };
  if (note.creator) out.creator = note.creator;
  if (note.elsewhere?.length) out.elsewhere = note.elsewhere.map(copyEdit);
  return out;
}

function copyEdit(e: ElsewhereEdit): ElsewhereEdit {
  const out: ElsewhereEdit = { body: e.body, tags: [...e.tags], colour: e.colour, modified: e.modified };
  if (e.creator) out.creator = e.creator;
  return out;
}

/** The document body for a note (without `_rev`). */
export function toDoc(note: NoteRecord): NoteDoc {
  return { _id: note.id, kind: DOC_KIND, note: syncedNote(note) };
}

/** A tombstone's body: the deletion of note `id` at `deletedAt`. */
export function toTombstone(id: string, deletedAt: string): NoteDoc {
  return { _id: id, _deleted: true, deletedAt };
}

/** The note a received document holds, or why it is refused. Never throws. */
export function fromDoc(doc: unknown): NoteRecord | string {
  if (!isObject(doc)) return 'document is not an object';
  let size: number;
  try {
    size = JSON.stringify(doc).length;
  } catch {
    return 'document cannot be read';
  }
  if (size > MAX_DOC_CHARS) return `document is ${size} characters long; the limit is ${MAX_DOC_CHARS}`;
  if (doc.kind !== DOC_KIND || !isObject(doc.note)) return 'document is not a Newsmark note';
  const raw = doc.note;
  if (raw.id !== doc._id) return 'document id and note id differ';
  const shapeProblem = validateNote(raw);
  if (shapeProblem) return shapeProblem;
  const note = syncedNote(raw as unknown as NoteRecord);
  let problem: string | null;
  try {
    problem = noteProblem(note);
  } catch {
    problem = 'malformed note';
  }
  return problem ?? note;
}
