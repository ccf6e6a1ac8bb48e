/**
 * Hostile import files through the library's store (parse + one-transaction
 * write, fake-indexeddb): every case either adds all of its new notes or
 * changes nothing, and never runs script from the file.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJsonLd } from '../../../utils/export/jsonld';
import { LibraryStore } from '../../../utils/storage/library-store';
import { NotesStore } from '../../../utils/storage/notes-store';
import { note } from './fixtures';
import { seededRandom as rng } from '../../../tools/random';

const CASES = 150;
const SCRIPT = [
  '<script>globalThis.__libFuzz = 1</script>',
  '<img src=x onerror="globalThis.__libFuzz=1">',
  'javascript:globalThis.__libFuzz=1',
  '${globalThis.__libFuzz=1}',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
function slots(node: Json, out: [Json, string | number][] = []): [Json, string | number][] {
  if (Array.isArray(node)) node.forEach((v, i) => (out.push([node, i]), slots(v, out)));
  else if (node && typeof node === 'object') for (const k of Object.keys(node)) (out.push([node, k]), slots(node[k], out));
  return out;
}

const existing = [note(1), note(2)];
const incoming = [note(2), note(3), note(4, { url: 'https://other.example/a' }), note(5, { body: 'x, "y"\nz' })];
const valid = toJsonLd(incoming);

function mutate(i: number, next: () => number): string {
  const doc = JSON.parse(valid);
  const all = slots(doc);
  const [holder, key] = all[Math.floor(next() * all.length)];
  switch (i % 6) {
    case 0:
      return valid.slice(0, Math.floor(next() * valid.length));
    case 1:
      holder[key] = [null, 7, true, {}, [], '', 'urn:uuid:nope'][Math.floor(next() * 7)];
      return JSON.stringify(doc);
    case 2:
      if (typeof holder[key] === 'string') holder[key] = `${holder[key]}${SCRIPT[Math.floor(next() * SCRIPT.length)]}`;
      return JSON.stringify(doc);
    case 3:
      doc.first.items.push(doc.first.items[Math.floor(next() * doc.first.items.length)]);
      return JSON.stringify(doc);
    case 4:
      if (typeof holder[key] === 'string') holder[key] = 'x'.repeat(250_000);
      return JSON.stringify(doc);
    default:
      delete holder[key];
      return JSON.stringify(doc);
  }
}

let notes: NotesStore;
let library: LibraryStore;
beforeAll(async () => {
  notes = await NotesStore.open('library-fuzz');
  library = await LibraryStore.open('library-fuzz');
  for (const n of existing) await notes.save(n, 'example.com');
});
afterAll(() => {
  notes.close();
  library.close();
});

describe('import through the store', () => {
  it(`${CASES} hostile files: all or nothing, a clear message, no script`, async () => {
    const next = rng(20261127);
    const tally = { ok: 0, refused: 0 };
    for (let i = 0; i < CASES; i++) {
      const before = (await notes.all()).map((n) => n.id).sort();
      const r = await library.importText(mutate(i, next), '2026-11-27T12:00:00.000Z');
      const after = await notes.all();
      if (r.ok) {
        tally.ok++;
        expect(after.length).toBe(before.length + r.added);
        expect(r.summary.length).toBeGreaterThan(0);
        // Put the library back as it was for the next case.
        const added = after.map((n) => n.id).filter((id) => !before.includes(id));
        await library.remove(added);
      } else {
        tally.refused++;
        expect(after.map((n) => n.id).sort()).toEqual(before);
        expect(r.error).toMatch(/Nothing was imported\.$/);
      }
      expect((globalThis as { __libFuzz?: number }).__libFuzz).toBeUndefined();
    }
    // Both outcomes occur: the mutations are not all fatal, nor all harmless.
    expect(tally.ok).toBeGreaterThan(5);
    expect(tally.refused).toBeGreaterThan(50);
  });
});
