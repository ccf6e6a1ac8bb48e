import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { readFirstScreen } from '../../../utils/storage/newest';
import { LibraryStore } from '../../../utils/storage/library-store';
import { NotesStore } from '../../../utils/storage/notes-store';
import { note } from './fixtures';

describe('the first screen read by the library page itself', () => {
  it('reads the newest notes with their orphan marks, as the background would', async () => {
    const notes = await NotesStore.open('newest-read');
    const library = await LibraryStore.open('newest-read');
    for (let i = 1; i <= 9; i++) await notes.save(note(i, { url: `https://s${i % 3}.example/a` }), `s${i % 3}.example`);
    await library.recordAnchoring('https://s1.example/a', [note(7).id]);
    const items = await readFirstScreen(4, 'newest-read');
    expect(items?.map((i) => i.note.id)).toEqual([note(9).id, note(8).id, note(7).id, note(6).id]);
    expect(items?.map((i) => i.orphan)).toEqual([false, false, true, false]);
    expect(items?.[0].site).toBe('s0.example');
    expect((await library.query({}, 0, 4)).items).toEqual(items);
    notes.close();
    library.close();
  });

  it('never creates the database: with none yet, it leaves it to the background', async () => {
    expect(await readFirstScreen(10, 'newest-missing')).toBeNull();
    expect((await indexedDB.databases()).some((d) => d.name === 'newest-missing')).toBe(false);
    // The background then creates it at the current version, with every store.
    const notes = await NotesStore.open('newest-missing');
    expect(await notes.all()).toEqual([]);
    notes.close();
  });

  it('reads nothing from a database at another schema version', async () => {
    const old = await openDB('newest-old', 1, { upgrade: (db) => void db.createObjectStore('annotations', { keyPath: 'id' }) });
    old.close();
    expect(await readFirstScreen(10, 'newest-old')).toBeNull();
  });
});
