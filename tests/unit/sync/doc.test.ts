/** Documents from a server go through import's validation: a hostile one is refused whole. */
import { describe, expect, it } from 'vitest';
import { MAX_DOC_CHARS, fromDoc, toDoc } from '../../../utils/sync/doc';
import { makeNote } from '../../helpers/sync-profile';

describe('toDoc / fromDoc', () => {
  it('round-trips a note with creator and edits from elsewhere, and drops the team mark', () => {
    const note = makeNote({
      creator: 'Ann',
      elsewhere: [{ body: 'b', tags: [], colour: 'green', modified: '2026-12-06T09:00:00.000Z' }],
    });
    expect(fromDoc({ ...toDoc({ ...note, teamNote: true }), _rev: '1-a' })).toEqual(note);
    expect(toDoc({ ...note, teamNote: true }).note).not.toHaveProperty('teamNote');
  });

  it('copies only the note fields: anything else in the document stays out', () => {
    const doc = { ...toDoc(makeNote()), _rev: '1-a' } as Record<string, unknown>;
    (doc.note as Record<string, unknown>).password = 'x';
    (doc.note as Record<string, unknown>).onclick = 'alert(1)';
    const note = fromDoc(doc);
    expect(note).not.toHaveProperty('password');
    expect(note).not.toHaveProperty('onclick');
  });

  it('refuses hostile, oversized and wrongly typed documents', () => {
    const good = toDoc(makeNote());
    const cases: [unknown, RegExp][] = [
      [null, /not an object/],
      [{ ...good, kind: 'other' }, /not a Newsmark note/],
      [{ ...good, _id: 'urn:uuid:00000000-0000-4000-8000-ffffffffffff' }, /differ/],
      [{ ...good, note: { ...good.note, body: 5 } }, /body/],
      [{ ...good, note: { ...good.note, colour: 'red' } }, /colour/],
      [{ ...good, note: { ...good.note, creator: ['x'] } }, /creator/],
      [{ ...good, note: { ...good.note, teamNote: 'yes' } }, /teamNote/],
      [{ ...good, note: { ...good.note, elsewhere: [{ body: 1 }] } }, /elsewhere/],
      [{ ...good, note: { ...good.note, target: { source: 'javascript:alert(1)', selector: good.note!.target.selector } } }, /URL/],
      [{ ...good, note: { ...good.note, created: 'yesterday' } }, /ISO/],
      [{ ...good, padding: 'x'.repeat(MAX_DOC_CHARS) }, /limit/],
    ];
    for (const [doc, why] of cases) expect(fromDoc(doc)).toMatch(why);
  });

  it('keeps a note whose text is markup as text', () => {
    const note = makeNote({ body: '<script>alert(1)</script>' });
    expect(fromDoc(toDoc(note))).toEqual(note);
  });
});
