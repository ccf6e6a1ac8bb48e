import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { toJsonLd } from '../../../utils/export/jsonld';
import { toMarkdown } from '../../../utils/export/markdown';
import { toCsv } from '../../../utils/export/csv';
import { LibraryStore } from '../../../utils/storage/library-store';
import { NotesStore } from '../../../utils/storage/notes-store';
import { note } from './fixtures';

let n = 0;
const open: { close(): void }[] = [];
async function stores() {
  const name = `library-test-${++n}`;
  const notes = await NotesStore.open(name);
  const library = await LibraryStore.open(name);
  open.push(notes, library);
  return { notes, library, name };
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const NOW = '2026-11-27T12:00:00.000Z';

describe('LibraryStore', () => {
  it('answers the first screen from the database before the index exists, then from the index, in the same order', async () => {
    const { notes, library } = await stores();
    for (let i = 1; i <= 7; i++) await notes.save(note(i, { url: `https://s${i % 2}.example/a` }), `s${i % 2}.example`);
    expect(library.indexed).toBe(false);
    const cold = await library.query({}, 2, 3);
    expect(cold.indexed).toBe(false);
    // Not counted before the index exists (IndexedDB's count() walks the whole store); the index knows it.
    expect(cold.total).toBeNull();
    await library.index();
    const warm = await library.query({}, 2, 3);
    expect(warm.indexed).toBe(true);
    expect(warm.total).toBe(7);
    expect(warm.items.map((i) => i.note.id)).toEqual(cold.items.map((i) => i.note.id));
    expect(warm.items.map((i) => i.note.id)).toEqual([note(5).id, note(4).id, note(3).id]);
  });

  it('updates a note: text, tags, colour, motivation and modified', async () => {
    const { notes, library } = await stores();
    await notes.save(note(1), 'example.com');
    await library.index();
    const updated = await library.update(note(1).id, { body: '', tags: [' a ', 'b', 'a'], colour: 'blue' }, NOW);
    expect(updated).toMatchObject({ body: '', tags: ['a', 'b'], colour: 'blue', motivation: 'highlighting', modified: NOW });
    expect((await notes.forUrl(note(1).target.source))[0]).toEqual(updated);
    expect((await library.query({ tag: 'b' }, 0, 10)).total).toBe(1);
    await expect(library.update(note(9).id, { body: 'x', tags: [], colour: 'blue' }, NOW)).rejects.toThrow(/no longer/);
  });

  it('deletes and undoes', async () => {
    const { notes, library } = await stores();
    for (let i = 1; i <= 3; i++) await notes.save(note(i), 'example.com');
    await library.index();
    const deleted = await library.remove([note(1).id, note(2).id, note(8).id]);
    expect(deleted.map((d) => d.id)).toEqual([note(1).id, note(2).id]);
    expect((await notes.all()).map((x) => x.id)).toEqual([note(3).id]);
    expect((await library.query({}, 0, 10)).total).toBe(1);
    expect(await library.restore(deleted)).toBe(2);
    expect((await notes.all()).length).toBe(3);
    expect((await library.query({ text: 'note 1' }, 0, 10)).total).toBe(1);
  });

  it('imports a file once: second time every annotation is skipped and counted', async () => {
    const { library, notes } = await stores();
    const file = toJsonLd([note(1), note(2, { url: 'https://other.example/x', pageTitle: 'Other' })]);
    const first = await library.importText(file, NOW);
    expect(first).toMatchObject({ ok: true, added: 2, skipped: 0 });
    expect((await notes.pages()).map((p) => [p.url, p.title, p.site]).sort()).toEqual([
      ['https://example.com/story', 'A story', 'example.com'],
      ['https://other.example/x', 'Other', 'other.example'],
    ]);
    const again = await library.importText(file, NOW);
    expect(again).toMatchObject({ ok: true, added: 0, skipped: 2 });
    expect(again.ok && again.summary).toContain('Skipped 2');
  });

  it('refuses a file with one bad record and writes nothing', async () => {
    const { library, notes } = await stores();
    const doc = JSON.parse(toJsonLd([note(1), note(2), note(3)]));
    doc.first.items[2].target.selector = [{ type: 'TextPositionSelector', start: 'x', end: 3 }];
    const r = await library.importText(JSON.stringify(doc), NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/Annotation 3 of 3/);
    expect(await notes.all()).toEqual([]);
  });

  it('writes all or nothing: a write that fails half-way leaves the library as it was', async () => {
    const { library, notes } = await stores();
    await notes.save(note(2), 'example.com');
    // Hide the existing id from the parse step, as if the note were saved between parse and write.
    (library as unknown as { db: { getAllKeys: () => Promise<string[]> } }).db.getAllKeys = async () => [];
    const r = await library.importText(toJsonLd([note(1), note(2), note(3)]), NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/Nothing was imported/);
    expect((await notes.all()).map((x) => x.id)).toEqual([note(2).id]);
  });

  it('round trip: export, import into an empty library, export again gives identical files', async () => {
    const a = await stores();
    const src = [
      note(1, { body: 'line one\nline "two", with comma', tags: ['x', 'y z'] }),
      note(2, { url: 'https://other.example/x', body: '<script>alert(1)</script>', pageTitle: 'Other | Title' }),
      note(3, { body: '', motivation: 'highlighting', quote: '=SUM(A1) *stars* # heading' }),
    ];
    for (const s of src) await a.notes.save(s, 'example.com');
    const before = await a.notes.all();
    const b = await stores();
    const r = await b.library.importText(toJsonLd(before), NOW);
    expect(r).toMatchObject({ ok: true, added: 3 });
    const after = await b.library.notesFor({}, undefined);
    expect(toJsonLd(after)).toBe(toJsonLd(before));
    expect(toMarkdown(after)).toBe(toMarkdown(before));
    expect(toCsv(after)).toBe(toCsv(before));
  });

  it('records orphans per page and keeps the index current after saves made by NotesStore', async () => {
    const { notes, library } = await stores();
    await notes.save(note(1), 'example.com', {
      entities: [{ name: 'Kari Lindqvist', type: 'PERSON', mentions: 2 }],
      claims: [{ source: 'Kari Lindqvist', count: 1 }],
    });
    await library.index();
    await library.recordAnchoring(note(1).target.source, [note(1).id]);
    expect((await library.query({ orphans: true }, 0, 10)).items.map((i) => i.orphan)).toEqual([true]);
    const second = note(2, { body: 'fresh words' });
    await notes.save(second, 'example.com');
    await library.noteSaved(second);
    expect((await library.query({ text: 'fresh' }, 0, 10)).total).toBe(1);
    const facets = await library.facets();
    expect(facets.entities[0]).toMatchObject({ name: 'Kari Lindqvist', articles: 1, claims: 1 });
    expect(facets.notes).toBe(2);
    library.noteDeleted(second.id);
    expect((await library.query({ text: 'fresh' }, 0, 10)).total).toBe(0);
  });

  it('exports exactly the selected ids that exist, or the notes matching a filter', async () => {
    const { notes, library } = await stores();
    for (let i = 1; i <= 5; i++) await notes.save(note(i), 'example.com');
    const ids = [note(4).id, note(2).id, note(9).id];
    expect((await library.notesFor({}, ids)).map((x) => x.id)).toEqual([note(4).id, note(2).id]);
    expect((await library.notesFor({ text: 'note 3' }, undefined)).map((x) => x.id)).toEqual([note(3).id]);
  });
});
