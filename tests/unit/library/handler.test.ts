import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile } from '../../../utils/export/files';
import { handleLibraryRequest } from '../../../utils/library/handler';
import { parseBackgroundRequest } from '../../../utils/messages';
import type { LibraryRequest } from '../../../utils/library/messages';
import { LibraryStore } from '../../../utils/storage/library-store';
import { NotesStore } from '../../../utils/storage/notes-store';
import { note } from './fixtures';

let notes: NotesStore;
let library: LibraryStore;
const NOW = '2026-11-27T12:00:00.000Z';
const all = Array.from({ length: 30 }, (_, i) => note(i + 1, { body: `body ${i + 1} ${'é'.repeat(i)}`, tags: i % 3 ? [] : ['third'] }));

beforeAll(async () => {
  notes = await NotesStore.open('library-handler');
  library = await LibraryStore.open('library-handler');
  for (const n of all) await notes.save(n, 'example.com');
});
afterAll(() => {
  notes.close();
  library.close();
});

/** As the background does: validate, then handle. */
async function call(msg: unknown): Promise<Record<string, unknown>> {
  const req = parseBackgroundRequest(msg);
  if (typeof req === 'string') return { ok: false, error: req };
  return (await handleLibraryRequest(library, req as LibraryRequest, () => NOW)) as Record<string, unknown>;
}

describe('export files rendered in the background, read in slices', () => {
  it.each(['jsonld', 'markdown', 'csv'] as const)('%s: the slices put together are the file exportFile makes', async (format) => {
    const head = await call({ type: 'library:export-file', format, filter: { tag: 'third' } });
    expect(head).toMatchObject({ ok: true, count: 10 });
    const expected = exportFile(
      format,
      all.filter((n) => n.tags.includes('third')),
      new Date(NOW),
    );
    expect(head.name).toBe(expected.name);
    let text = '';
    let done = false;
    for (let offset = 0; !done; offset += 1000) {
      const slice = await call({ type: 'library:export-slice', token: head.token, offset, length: 1000 });
      expect(slice.ok).toBe(true);
      text += slice.text as string;
      done = slice.done as boolean;
    }
    expect(text).toBe(expected.content);
    // Read to the end: the file is gone.
    expect(await call({ type: 'library:export-slice', token: head.token, offset: 0, length: 10 })).toMatchObject({ ok: false });
  });

  it('exports exactly the given ids; refuses unknown formats and tokens', async () => {
    const head = await call({ type: 'library:export-file', format: 'csv', filter: {}, ids: [all[4].id, all[9].id] });
    expect(head.count).toBe(2);
    expect(await call({ type: 'library:export-file', format: 'pdf', filter: {} })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/format/),
    });
    expect(await call({ type: 'library:export-slice', token: '../../etc', offset: 0, length: 10 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/token/),
    });
  });

  it('answers queries, facets and updates through the same router', async () => {
    const q = await call({ type: 'library:query', filter: { text: '"body 17"' }, offset: 0, limit: 5 });
    expect(q).toMatchObject({ ok: true, total: 1 });
    const f = await call({ type: 'library:facets' });
    expect(f).toMatchObject({ ok: true, notes: 30, pages: 1, tags: [{ name: 'third', count: 10 }] });
    const u = await call({ type: 'library:update', id: all[0].id, body: 'changed', tags: [], colour: 'pink' });
    expect(u).toMatchObject({ ok: true, note: { body: 'changed', colour: 'pink', modified: NOW } });
  });
});

describe('findings of the chosen articles', () => {
  it('exports each matching article once with its entities and claim sources, as JSON or CSV', async () => {
    const n = await NotesStore.open('library-findings');
    const l = await LibraryStore.open('library-findings');
    try {
      const a = 'https://a.example/cables';
      const b = 'https://b.example/budget';
      await n.save(note(101, { url: a, tags: ['sea'] }), 'a.example', {
        entities: [{ name: 'Kari Lindqvist', type: 'PERSON', mentions: 4 }],
        claims: [{ source: 'Kari Lindqvist', count: 2 }],
      });
      await n.save(note(102, { url: a, tags: ['sea'] }), 'a.example');
      await n.save(note(103, { url: b }), 'b.example', { entities: [{ name: 'Oslo', type: 'PLACE', mentions: 1 }], claims: [] });
      const ask = async (msg: unknown) => {
        const req = parseBackgroundRequest(msg);
        if (typeof req === 'string') return { ok: false, error: req };
        return (await handleLibraryRequest(l, req as LibraryRequest, () => NOW)) as Record<string, unknown>;
      };
      const json = await ask({ type: 'library:findings', format: 'json', filter: { tag: 'sea' } });
      expect(json).toMatchObject({ ok: true, articles: 1, name: 'newsmark-findings-2026-11-27.json' });
      expect(JSON.parse(json.content as string).articles).toEqual([
        {
          url: a,
          title: expect.any(String),
          entities: [{ name: 'Kari Lindqvist', type: 'PERSON', mentions: 4 }],
          claimSources: [{ source: 'Kari Lindqvist', claims: 2 }],
        },
      ]);
      const csv = await ask({ type: 'library:findings', format: 'csv', filter: {}, ids: [note(101).id, note(103).id] });
      expect(csv).toMatchObject({ ok: true, articles: 2, mime: 'text/csv;charset=utf-8' });
      expect((csv.content as string).split('\r\n').filter(Boolean)).toHaveLength(1 + 2 + 1);
      expect(await ask({ type: 'library:findings', format: 'xml', filter: {} })).toMatchObject({
        ok: false,
        error: expect.stringMatching(/json or csv/),
      });
    } finally {
      n.close();
      l.close();
    }
  });
});
