/**
 * The team database: the reader sends chosen notes there (with their
 * creator), and brings the others' notes in, marked `teamNote` — shown on the
 * page and in the library with their creator, read-only here. Every document
 * read goes through the same validation as an import.
 */
import type { NoteRecord } from '../annotation';
import type { NotesStore } from '../storage/notes-store';
import { fromDoc, toDoc } from './doc';
import type { PouchDatabase, PouchDoc } from './pouch-types';

const BATCH = 500;

/** Sends notes to the team database, each under the name of its creator (`fallbackCreator` for notes without one). Resolves to how many were written. */
export async function shareNotes(team: PouchDatabase, notes: readonly NoteRecord[], fallbackCreator: string): Promise<number> {
  let written = 0;
  for (let i = 0; i < notes.length; i += BATCH) {
    const batch = notes.slice(i, i + BATCH);
    const known = await team.allDocs({ keys: batch.map((n) => n.id) });
    const revs = new Map<string, string>();
    for (const row of known.rows) if (row.value) revs.set(row.key, row.value.rev);
    const docs: PouchDoc[] = batch.map((n) => {
      const creator = n.creator || fallbackCreator;
      const doc = toDoc(creator ? { ...n, creator } : n) as PouchDoc;
      const rev = revs.get(n.id);
      return rev ? { ...doc, _rev: rev } : doc;
    });
    const results = await team.bulkDocs(docs);
    written += results.filter((r) => r.ok).length;
  }
  return written;
}

export interface TeamPull {
  saved: NoteRecord[];
  deleted: string[];
  /** The page (`target.source`) each deleted note was on, in the order of `deleted`. */
  deletedFrom: string[];
  rejected: number;
  /** Where the next pull starts. */
  since: string | number;
}

/** Brings the team database's changes since `since` into the store as team notes. */
export async function pullTeam(team: PouchDatabase, store: NotesStore, since: string | number): Promise<TeamPull> {
  const out: TeamPull = { saved: [], deleted: [], deletedFrom: [], rejected: 0, since };
  for (;;) {
    const page = await team.changes({ since: out.since, limit: BATCH, include_docs: true });
    for (const change of page.results) {
      if (change.deleted) {
        const local = await store.get(change.id);
        if (local?.teamNote && (await store.delete(change.id))) {
          out.deleted.push(change.id);
          out.deletedFrom.push(local.target.source);
        }
        continue;
      }
      const note = fromDoc(change.doc);
      if (typeof note === 'string') out.rejected++;
      else if (await store.applyTeam(note)) out.saved.push(note);
    }
    out.since = page.last_seq;
    if (page.results.length < BATCH) return out;
  }
}
