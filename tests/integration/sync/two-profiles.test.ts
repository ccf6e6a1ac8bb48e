// @vitest-environment node
/**
 * Two profiles replicating through a real CouchDB-compatible server
 * (pouchdb-server, in memory, started and stopped here).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, TestCouch } from '../../helpers/pouchdb-server';
import { Profile, makeNote } from '../../helpers/sync-profile';
import { classifyError } from '../../../utils/sync/remote';
import { LibraryStore } from '../../../utils/storage/library-store';
import { toJsonLd } from '../../../utils/export/jsonld';

let couch: TestCouch;
let a: Profile;
let b: Profile;
let db = '';
let dbCount = 0;

const target = () => ({ url: couch.url, ...ADMIN });

beforeAll(async () => {
  couch = await TestCouch.start();
}, 30_000);
afterAll(async () => {
  await couch.dispose();
});
beforeEach(async () => {
  db = `notes-${dbCount++}`;
  await couch.createDatabase(db);
  a = await Profile.open('A');
  b = await Profile.open('B');
});
afterEach(async () => {
  await a.close();
  await b.close();
});

describe('sync between two profiles', () => {
  it('a note made in A appears in B, an edit in B comes back to A, a delete propagates', async () => {
    const note = await a.save(makeNote({ body: 'from A' }));
    const first = await a.sync(target(), db);
    expect(first.pushed).toBe(1);
    expect(await a.store.pendingCount()).toBe(0);

    const got = await b.sync(target(), db);
    expect(got.saved.map((n) => n.id)).toEqual([note.id]);
    const inB = await b.store.get(note.id);
    expect(inB?.body).toBe('from A');
    expect(await b.store.forUrl(note.target.source)).toHaveLength(1);

    await b.save({ ...inB!, body: 'edited in B', modified: '2026-12-06T11:00:00.000Z' });
    expect(await b.store.pendingCount()).toBe(1);
    await b.sync(target(), db);
    await a.sync(target(), db);
    expect((await a.store.get(note.id))?.body).toBe('edited in B');

    expect(await a.store.delete(note.id, '2026-12-06T12:00:00.000Z')).toBe(true);
    await a.sync(target(), db);
    const gone = await b.sync(target(), db);
    expect(gone.deleted).toEqual([note.id]);
    expect(gone.deletedFrom).toEqual([note.target.source]);
    expect(await b.store.get(note.id)).toBeUndefined();
    // The tombstone stays: B does not bring the note back.
    await b.sync(target(), db);
    await a.sync(target(), db);
    expect(await a.store.get(note.id)).toBeUndefined();
  }, 30_000);

  it('offline edits on both sides converge on the same winner, the loser kept as edited elsewhere', async () => {
    const note = await a.save(makeNote({ body: 'original' }));
    await a.sync(target(), db);
    await b.sync(target(), db);
    // Both edit while "offline" (no sync in between); A's edit is the later one.
    await a.save({ ...note, body: 'A wins', modified: '2026-12-06T11:00:05.000Z' });
    await b.save({ ...note, body: 'B loses', tags: ['b'], modified: '2026-12-06T11:00:00.000Z' });
    await b.sync(target(), db);
    // A meets the conflict, settles it and sends the result in one cycle; B takes it in its next.
    const settled = await a.sync(target(), db);
    expect(settled.resolved).toBe(1);
    await b.sync(target(), db);
    const inA = await a.store.get(note.id);
    const inB = await b.store.get(note.id);
    expect(inA?.body).toBe('A wins');
    expect(inB).toEqual(inA);
    expect(inA?.elsewhere).toEqual([{ body: 'B loses', tags: ['b'], colour: 'yellow', modified: '2026-12-06T11:00:00.000Z' }]);
    expect(await a.store.pendingCount()).toBe(0);
    expect(await b.store.pendingCount()).toBe(0);
  }, 30_000);

  it('both sides settling the same conflict at once still converge, with the loser kept once', async () => {
    const note = await a.save(makeNote({ body: 'original' }));
    await a.sync(target(), db);
    await b.sync(target(), db);
    await a.save({ ...note, body: 'from A', modified: '2026-12-06T11:00:00.000Z' });
    await b.save({ ...note, body: 'from B', modified: '2026-12-06T11:00:09.000Z' });
    // Each sends its edit before the other's has arrived...
    await a.sync(target(), db);
    await b.sync(target(), db);
    // ...then both settle the conflict in the same moment, and sync again.
    await Promise.all([a.sync(target(), db), b.sync(target(), db)]);
    for (let i = 0; i < 2; i++) {
      await a.sync(target(), db);
      await b.sync(target(), db);
    }
    const inA = await a.store.get(note.id);
    expect(inA?.body).toBe('from B');
    expect(inA?.elsewhere?.map((e) => e.body)).toEqual(['from A']);
    expect(await b.store.get(note.id)).toEqual(inA);
  }, 30_000);

  it('a note edited on one side and deleted on the other keeps the edit on both', async () => {
    const note = await a.save(makeNote({ body: 'original' }));
    await a.sync(target(), db);
    await b.sync(target(), db);
    await a.store.delete(note.id, '2026-12-06T12:00:00.000Z');
    await b.save({ ...note, body: 'kept', modified: '2026-12-06T11:00:00.000Z' });
    await a.sync(target(), db);
    await b.sync(target(), db);
    await a.sync(target(), db);
    expect((await a.store.get(note.id))?.body).toBe('kept');
    expect((await b.store.get(note.id))?.body).toBe('kept');
  }, 30_000);

  it('library writes sync too: an edit, a delete, and a deleted note imported again comes back everywhere', async () => {
    const note = await a.save(makeNote({ body: 'first' }));
    await a.sync(target(), db);
    await b.sync(target(), db);
    const libraryB = await LibraryStore.open(b.dbName);
    await libraryB.update(note.id, { body: 'edited in the library', tags: ['x'], colour: 'green' }, '2026-12-06T11:00:00.000Z');
    await b.sync(target(), db);
    await a.sync(target(), db);
    expect(await a.store.get(note.id)).toMatchObject({ body: 'edited in the library', colour: 'green' });
    const exported = toJsonLd([(await b.store.get(note.id))!]);
    await libraryB.remove([note.id], '2026-12-06T12:00:00.000Z');
    await b.sync(target(), db);
    await a.sync(target(), db);
    expect(await a.store.get(note.id)).toBeUndefined();
    const imported = await libraryB.importText(exported, '2026-12-06T13:00:00.000Z');
    expect(imported.ok && imported.added).toBe(1);
    await b.sync(target(), db);
    await a.sync(target(), db);
    expect((await a.store.get(note.id))?.body).toBe('edited in the library');
    expect(await b.store.pendingCount()).toBe(0);
    libraryB.close();
  }, 30_000);

  it('a wrong password gives unauthorized and loses nothing', async () => {
    const note = await a.save(makeNote());
    const failure = await a.sync({ ...target(), password: 'wrong' }, db).then(
      () => null,
      (err: unknown) => classifyError(err),
    );
    expect(failure?.code).toBe('unauthorized');
    expect(await a.store.get(note.id)).toEqual(note);
    await a.sync(target(), db);
    await b.sync(target(), db);
    expect((await b.store.get(note.id))?.body).toBe(note.body);
  }, 30_000);
});
