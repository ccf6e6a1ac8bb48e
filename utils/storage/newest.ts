/**
 * The library's first screen straight from IndexedDB: the newest notes by a
 * reverse cursor over `by-created`, with each one's orphan mark from its
 * page. Used by the background (before its search index is built) and by
 * the library page itself, which reads it without waking the background: an
 * extension page shares the extension origin's database.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { NoteRecord } from '../annotation';
import { siteOf, type LibraryItem, type LibraryPage } from '../library/search';
import { DB_NAME, DB_VERSION, type NewsmarkDb } from './schema';

/** The newest notes after skipping `offset`, newest first. */
export async function newestItems(db: IDBPDatabase<NewsmarkDb>, offset: number, limit: number): Promise<LibraryItem[]> {
  const tx = db.transaction(['annotations', 'pages'], 'readonly');
  const notes: NoteRecord[] = [];
  let cursor = await tx.objectStore('annotations').index('by-created').openCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && notes.length < limit) {
    notes.push(cursor.value);
    cursor = await cursor.continue();
  }
  // The screen's pages, asked for all at once (one round of requests, not one per page).
  const urls = [...new Set(notes.map((n) => n.target.source))];
  const found = await Promise.all(urls.map((url) => tx.objectStore('pages').get(url) as Promise<LibraryPage | undefined>));
  const pages = new Map(urls.map((url, i) => [url, found[i]]));
  await tx.done;
  return notes.map((note) => ({
    note,
    site: siteOf(note.target.source),
    orphan: pages.get(note.target.source)?.orphanIds?.includes(note.id) ?? false,
  }));
}

/**
 * The first screen read by an extension page, or null when it cannot be read
 * here (no database yet, an older or newer schema, a browser that refuses):
 * the caller then asks the background. Never creates or upgrades the
 * database (only the background does), and closes its connection at once.
 */
export async function readFirstScreen(limit: number, name = DB_NAME): Promise<LibraryItem[] | null> {
  let db: IDBPDatabase<NewsmarkDb> | null = null;
  try {
    db = await openDB<NewsmarkDb>(name, undefined, {
      // Opening without a version creates a missing database: refuse, and leave it to the background.
      upgrade(_db, _old, _new, tx) {
        tx.done.catch(() => undefined); // the abort below is the point
        tx.abort();
      },
    });
    if (db.version !== DB_VERSION) return null;
    return await newestItems(db, 0, limit);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
