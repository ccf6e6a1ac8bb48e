// @vitest-environment node
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../utils/storage/schema';
import { NotesStore } from '../../../utils/storage/notes-store';
import { sampleNote } from '../helpers/notes';

let n = 0;
const freshName = () => `newsmark-test-${++n}`;

describe('NotesStore', () => {
  it('saves, lists by page, lists all, and deletes', async () => {
    const store = await NotesStore.open(freshName());
    const a = sampleNote();
    const b = sampleNote({ id: 'urn:uuid:00000000-0000-4000-8000-000000000002', created: '2026-03-07T00:00:00.000Z' });
    const c = sampleNote({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000003',
      target: { ...sampleNote().target, source: 'https://example.com/other' },
    });
    for (const x of [b, a, c]) await store.save(x, 'example.com');
    expect((await store.forUrl('https://example.com/story')).map((x) => x.id)).toEqual([a.id, b.id]);
    expect((await store.all()).length).toBe(3);
    expect(await store.delete(a.id)).toBe(true);
    expect(await store.delete(a.id)).toBe(false);
    expect((await store.forUrl('https://example.com/story')).map((x) => x.id)).toEqual([b.id]);
    const pages = await store.pages();
    expect(pages.map((p) => p.url).sort()).toEqual(['https://example.com/other', 'https://example.com/story']);
    expect(pages[0].site).toBe('example.com');
    store.close();
  });

  it('keeps a page first-seen date and updates last-seen', async () => {
    const store = await NotesStore.open(freshName());
    await store.save(sampleNote({ modified: '2026-03-06T10:00:00.000Z' }), 'example.com');
    await store.save(
      sampleNote({ id: 'urn:uuid:00000000-0000-4000-8000-000000000009', modified: '2026-04-01T00:00:00.000Z' }),
      'example.com',
    );
    const [page] = await store.pages();
    expect(page.firstSeen).toBe('2026-03-06T10:00:00.000Z');
    expect(page.lastSeen).toBe('2026-04-01T00:00:00.000Z');
    store.close();
  });

  it('a save is not acknowledged when its transaction fails', async () => {
    const store = await NotesStore.open(freshName());
    const bad = sampleNote();
    // A value IndexedDB cannot clone makes the put (and the transaction) fail.
    (bad as unknown as { body: unknown }).body = () => 'not cloneable';
    await expect(store.save(bad, 'example.com')).rejects.toThrow();
    expect(await store.all()).toEqual([]);
    store.close();
  });

  it('upgrades an empty database to the current schema with its indexes', async () => {
    const name = freshName();
    const store = await NotesStore.open(name);
    store.close();
    const db = await openDB(name, DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['addresses', 'annotations', 'pages', 'sync']);
    const tx = db.transaction('annotations');
    expect([...tx.store.indexNames].sort()).toEqual(['by-created', 'by-tag', 'by-url']);
    expect([...db.transaction('pages').store.indexNames].sort()).toEqual(['by-entity', 'by-lastSeen', 'by-site']);
    expect([...db.transaction('addresses').store.indexNames]).toEqual(['by-alias']);
    expect([...db.transaction('sync').store.indexNames]).toEqual(['by-dirty']);
    db.close();
  });
});

describe('schema migrations', () => {
  it('v1 → v2: pages written by v1 gain an empty summary and the entity index', async () => {
    const name = freshName();
    const { MIGRATIONS } = await import('../../../utils/storage/schema');
    // Write data the way version 1 did.
    const v1 = await openDB(name, 1, {
      upgrade(db, _old, _new, tx) {
        MIGRATIONS[0](db as never, tx as never);
      },
    });
    const note = sampleNote();
    await v1.put('annotations', note);
    await v1.put('pages', {
      url: note.target.source,
      title: 'A story',
      site: 'example.com',
      firstSeen: note.created,
      lastSeen: note.created,
    });
    v1.close();

    const store = await NotesStore.open(name);
    const [page] = await store.pages();
    expect(page).toMatchObject({ url: note.target.source, title: 'A story', summary: { entities: [], claims: [] }, entityNames: [] });
    expect((await store.forUrl(note.target.source)).map((n) => n.id)).toEqual([note.id]);
    // The v2 index works on new data.
    await store.save(sampleNote({ id: 'urn:uuid:00000000-0000-4000-8000-00000000000a' }), 'example.com', {
      entities: [{ name: 'Kari Lindqvist', type: 'PERSON', mentions: 3 }],
      claims: [{ source: 'Kari Lindqvist', count: 2 }],
    });
    store.close();
    const db = await openDB(name, DB_VERSION);
    const byEntity = await db.getAllFromIndex('pages', 'by-entity', 'kari lindqvist');
    expect(byEntity.map((p: { url: string }) => p.url)).toEqual([note.target.source]);
    db.close();
  });
});

describe('schema v4 (sync log)', () => {
  it('v3 → v4 keeps every note and page and logs each note as unsent', async () => {
    const name = freshName();
    const { MIGRATIONS } = await import('../../../utils/storage/schema');
    const v3 = await openDB(name, 3, {
      upgrade(db, old, _new, tx) {
        for (let v = old; v < 3; v++) MIGRATIONS[v](db as never, tx as never);
      },
    });
    const notes = [sampleNote(), sampleNote({ id: 'urn:uuid:00000000-0000-4000-8000-00000000000b', modified: '2026-02-01T00:00:00.000Z' })];
    for (const n of notes) await v3.put('annotations', n);
    v3.close();

    const store = await NotesStore.open(name);
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect((await store.all()).sort(byId)).toEqual([...notes].sort(byId));
    expect(await store.pendingCount()).toBe(2);
    expect(await store.syncEntry(notes[1].id)).toEqual({ id: notes[1].id, rev: null, dirty: 1, modified: notes[1].modified });
    store.close();
  });

  it('logs saves and deletes (tombstones) but not team notes', async () => {
    const store = await NotesStore.open(freshName());
    const note = await store.save(sampleNote(), 'example.com');
    await store.markSent([{ id: note.id, rev: '1-abc', modified: note.modified }]);
    expect(await store.pendingCount()).toBe(1); // in the mirror, not yet on the server
    await store.confirmSent();
    expect(await store.pendingCount()).toBe(0);
    await store.delete(note.id, '2026-03-01T00:00:00.000Z');
    expect(await store.syncEntry(note.id)).toEqual({
      id: note.id,
      rev: '1-abc',
      dirty: 1,
      deleted: true,
      modified: '2026-03-01T00:00:00.000Z',
    });
    const team = sampleNote({ id: 'urn:uuid:00000000-0000-4000-8000-00000000000c' });
    expect(await store.applyTeam({ ...team, creator: 'Bo' })).toBe(true);
    expect(await store.syncEntry(team.id)).toBeUndefined();
    expect((await store.get(team.id))?.teamNote).toBe(true);
    store.close();
  });

  it('a change made while a send was under way stays unsent', async () => {
    const store = await NotesStore.open(freshName());
    const note = await store.save(sampleNote(), 'example.com');
    await store.save({ ...note, body: 'later', modified: '2026-05-01T00:00:00.000Z' }, 'example.com');
    await store.markSent([{ id: note.id, rev: '1-abc', modified: note.modified }]);
    expect(await store.syncEntry(note.id)).toMatchObject({ rev: '1-abc', dirty: 1 });
  });

  it('does not overwrite a note changed here with one received', async () => {
    const store = await NotesStore.open(freshName());
    const note = await store.save(sampleNote(), 'example.com');
    expect(await store.applyRemote(note.id, { ...note, body: 'remote' }, '1-x', note.modified)).toBe(false);
    expect((await store.get(note.id))?.body).toBe(note.body);
    await store.markSent([{ id: note.id, rev: '1-a', modified: note.modified }]);
    expect(await store.applyRemote(note.id, { ...note, body: 'remote' }, '2-x', note.modified)).toBe(true);
    expect((await store.get(note.id))?.body).toBe('remote');
    expect(await store.syncEntry(note.id)).toMatchObject({ rev: '2-x', dirty: 0 });
  });

  it('applies many received changes in one go, each as applyRemote would', async () => {
    const store = await NotesStore.open(freshName());
    const mine = await store.save(sampleNote(), 'example.com'); // changed here, not yet sent
    const gone = sampleNote({ id: 'urn:uuid:00000000-0000-4000-8000-00000000000a' });
    await store.applyRemote(gone.id, gone, '1-g', gone.modified);
    const other = 'https://example.org/new-story';
    const first = sampleNote({
      id: 'urn:uuid:00000000-0000-4000-8000-00000000000b',
      pageTitle: 'First title',
      modified: '2026-03-01T00:00:00.000Z',
      target: { ...sampleNote().target, source: other },
    });
    const second = sampleNote({
      id: 'urn:uuid:00000000-0000-4000-8000-00000000000c',
      pageTitle: 'Second title',
      target: { ...sampleNote().target, source: other },
    });
    const written = await store.applyRemoteMany([
      { id: mine.id, note: { ...mine, body: 'remote' }, rev: '1-m', modified: mine.modified },
      { id: first.id, note: first, rev: '1-f', modified: first.modified },
      { id: second.id, note: second, rev: '1-s', modified: second.modified },
      { id: gone.id, note: null, rev: '2-g', modified: '2026-06-01T00:00:00.000Z' },
    ]);
    expect(written).toEqual([false, true, true, true]);
    expect((await store.get(mine.id))?.body).toBe(mine.body);
    expect(await store.get(gone.id)).toBeUndefined();
    expect(await store.syncEntry(gone.id)).toMatchObject({ rev: '2-g', dirty: 0, deleted: true });
    expect((await store.forUrl(other)).map((x) => x.id).sort()).toEqual([first.id, second.id]);
    // The new page is recorded once, from its first note.
    const page = (await store.pages()).find((p) => p.url === other);
    expect(page).toMatchObject({ title: 'First title', site: 'example.org', firstSeen: first.modified });
    store.close();
  });
});
