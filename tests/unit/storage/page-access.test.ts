// @vitest-environment node
/**
 * Issue 22: which notes a page sees and may write, against a real store
 * (fake-indexeddb), and the v2 → v3 migration: notes saved under a canonical
 * key by the old, looser rule stay reachable.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../utils/storage/schema';
import { NotesStore } from '../../../utils/storage/notes-store';
import { mayWriteNote, notesForPage } from '../../../utils/page-access';
import type { NoteRecord } from '../../../utils/annotation';
import { sampleNote } from '../helpers/notes';
import { OTHER_STORY, STORY, STORY_VARIANT } from '../helpers/articles';

let n = 0;
const freshName = () => `newsmark-access-${++n}`;
const NOW = '2026-06-01T10:00:00.000Z';
const KEY = 'https://news.example.com/victim/story';
const AMP = 'https://amp.news.example.com/victim/story/amp';
const ATTACKER = 'https://news.example.com/attacker/other';

function noteOn(source: string, exact: string, i: number): NoteRecord {
  return sampleNote({
    id: `urn:uuid:00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: exact.length },
      ],
    },
  });
}

describe('notes a page may see and write', () => {
  it('an AMP page first keeps its own key; once the canonical page was seen with the same article, both show both pages’ notes', async () => {
    const store = await NotesStore.open(freshName());
    const first = await notesForPage(store, AMP, KEY, STORY_VARIANT, NOW);
    expect(first.key).toMatchObject({ key: AMP, refused: 'article' });
    await store.save(noteOn(AMP, 'a temporary landing stage', 1), 'news.example.com');
    // the reader opens the canonical page itself: its fingerprint is recorded
    const there = await notesForPage(store, KEY, KEY, STORY, NOW);
    expect(there.key.key).toBe(KEY);
    await store.save(noteOn(KEY, 'twelve million pounds', 2), 'news.example.com');
    // back on the AMP page: the same article, so the canonical key, and every note of the two addresses
    const again = await notesForPage(store, AMP, KEY, STORY_VARIANT, NOW);
    expect(again.key).toMatchObject({ key: KEY, reason: 'fingerprint' });
    expect(again.notes.map((x) => x.target.source).sort()).toEqual([AMP, KEY]);
    expect((await notesForPage(store, KEY, KEY, STORY, NOW)).notes.length).toBe(2);
    expect(await mayWriteNote(store, AMP, KEY)).toBe(true);
    expect(await mayWriteNote(store, KEY, AMP)).toBe(true);
    store.close();
  });

  it('an attacker page on the same site with a canonical link to the victim gets no notes and may write none', async () => {
    const store = await NotesStore.open(freshName());
    await notesForPage(store, KEY, undefined, STORY, NOW);
    await store.save(noteOn(KEY, 'close the old ferry pier for two years', 1), 'news.example.com');
    const page = await notesForPage(store, ATTACKER, '/victim/story', OTHER_STORY, NOW);
    expect(page.key).toMatchObject({ key: ATTACKER, refused: 'article' });
    expect(page.notes).toEqual([]);
    expect(await mayWriteNote(store, ATTACKER, KEY)).toBe(false);
    expect(await mayWriteNote(store, ATTACKER, ATTACKER)).toBe(true);
    // from another port (another origin), even with the victim's own text
    const port = await notesForPage(store, 'https://news.example.com:8443/victim/story', KEY, STORY, NOW);
    expect(port.notes).toEqual([]);
    store.close();
  });
});

describe('schema v2 → v3', () => {
  it('notes saved under a canonical key by the old rule stay where they are and reachable from the page that gave it', async () => {
    const name = freshName();
    // A v2 database as the old rule left it: the AMP page's notes under the canonical key.
    const v2 = await openDB(name, 2, {
      upgrade(db, _old, _new, tx) {
        MIGRATIONS[0](db as never, tx as never);
        MIGRATIONS[1](db as never, tx as never);
      },
    });
    const old = [noteOn(KEY, 'close the old ferry pier for two years', 1), noteOn(KEY, 'Marta Okafor, who chairs the board', 2)];
    for (const x of old) await v2.put('annotations', x);
    await v2.put('pages', {
      url: KEY,
      title: 'Pier',
      site: 'news.example.com',
      firstSeen: NOW,
      lastSeen: NOW,
      summary: { entities: [], claims: [] },
      entityNames: [],
    });
    v2.close();

    const store = await NotesStore.open(name);
    // nothing moved or lost
    expect((await store.all()).map((x) => x.id)).toEqual(old.map((x) => x.id));
    expect((await store.pages()).map((p) => p.url)).toEqual([KEY]);
    // the AMP page, never seen by the new rules: the notes it made are found in its text, so it keeps the key
    const amp = await notesForPage(store, AMP, KEY, STORY_VARIANT, NOW);
    expect(amp.key).toMatchObject({ key: KEY, reason: 'notes' });
    expect(amp.notes.map((x) => x.id).sort()).toEqual(old.map((x) => x.id).sort());
    // and keeps it on a later visit even when the article was rewritten (an accepted address)
    expect((await notesForPage(store, AMP, KEY, OTHER_STORY, NOW)).key).toMatchObject({ key: KEY, reason: 'seen' });
    // an attacker's page with the canonical link and other text gets nothing
    expect((await notesForPage(store, ATTACKER, KEY, OTHER_STORY, NOW)).notes).toEqual([]);
    // the key's own address shows them too
    expect((await notesForPage(store, KEY, KEY, STORY, NOW)).notes.length).toBe(2);
    store.close();
  });
});
