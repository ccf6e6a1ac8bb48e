/**
 * The sync log (schema v4): one entry per note that sync must know about,
 * written in the same transaction as the note itself, so that a local write
 * never waits on the network and never escapes sync. `dirty` is 1 until the
 * change has been handed to the replication mirror, 2 until the server has
 * it, 0 after; `rev` is the CouchDB
 * revision the local copy is based on (null: never synced). A deleted note
 * keeps its entry as a tombstone (`deleted`), which sync sends as a deleted
 * revision and which stops an older copy from coming back.
 */
import type { IDBPObjectStore } from 'idb';
import type { NewsmarkDb } from './schema';

export interface SyncEntry {
  /** The note's id. */
  id: string;
  /** The CouchDB revision the local copy is based on; null before its first sync. */
  rev: string | null;
  /**
   * 1: changed locally since it was last handed to sync; 2: in the mirror, not yet
   * confirmed on the server; 0: on the server (a number: IndexedDB cannot index booleans).
   */
  dirty: 0 | 1 | 2;
  /** Set on a tombstone: the note was deleted here. */
  deleted?: true;
  /** ISO 8601: the note's `modified`, or when it was deleted. */
  modified: string;
}

type SyncStore = IDBPObjectStore<NewsmarkDb, ('sync' | 'annotations' | 'pages')[], 'sync', 'readwrite'>;

/** Records a local change of note `id` (in the caller's transaction): dirty, based on whatever revision it had. */
export async function logLocalChange(store: SyncStore, id: string, modified: string, deleted: boolean): Promise<void> {
  const old = await store.get(id);
  const entry: SyncEntry = { id, rev: old?.rev ?? null, dirty: 1, modified };
  if (deleted) entry.deleted = true;
  await store.put(entry);
}
