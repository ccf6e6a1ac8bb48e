/**
 * Issue 21: the page's notes after sync changed them (mergeNotes): the
 * store's notes come in, go, and replace the page's copies, except where the
 * reader's work is under way (an open editor, a save, a delete).
 */
import { describe, expect, it } from 'vitest';
import { mergeNotes, type LocalWork } from '../../../entrypoints/article-session/notes-refresh';
import type { PageNote } from '../../../utils/messages';
import type { NoteRecord } from '../../../utils/annotation';
import { sampleNote } from '../helpers/notes';

const id = (n: number) => `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (n: number, over: Partial<NoteRecord> = {}, anchor: PageNote['anchor'] = { start: n * 10, end: n * 10 + 5 }): PageNote => ({
  note: sampleNote({ id: id(n), ...over }),
  anchor,
});
const idle: LocalWork = { unsaved: new Set(), deleting: new Set(), editing: null };
const ids = (notes: PageNote[]) => notes.map((n) => n.note.id);

describe('mergeNotes', () => {
  it('takes new notes, the store’s version of edited ones, and drops deleted ones', () => {
    const current = [at(1), at(2, { body: 'old', colour: 'yellow' }), at(3)];
    const fresh = [at(2, { body: 'edited elsewhere', colour: 'blue', tags: ['x'], modified: '2026-04-01T00:00:00.000Z' }), at(3), at(4)];
    const { notes, editedElsewhere } = mergeNotes(current, fresh, idle);
    expect(ids(notes)).toEqual([id(2), id(3), id(4)]);
    expect(notes[0].note).toMatchObject({ body: 'edited elsewhere', colour: 'blue', tags: ['x'] });
    expect(notes[0]).toBe(fresh[0]);
    expect(editedElsewhere).toBe(false);
  });

  it('takes the store’s anchors too (a note anchored again, or now an orphan)', () => {
    const current = [at(1)];
    const fresh = [at(1, {}, null)];
    expect(mergeNotes(current, fresh, idle).notes[0].anchor).toBeNull();
  });

  it('keeps the entry being edited, the very object, and says it changed elsewhere', () => {
    const editing = at(2, { body: 'before' });
    const fresh = [at(2, { body: 'edited elsewhere', modified: '2026-04-01T00:00:00.000Z' })];
    const out = mergeNotes([editing], fresh, { ...idle, editing: id(2) });
    expect(out.notes).toHaveLength(1);
    expect(out.notes[0]).toBe(editing);
    expect(out.editedElsewhere).toBe(true);
  });

  it('keeps the entry being edited when it was deleted elsewhere, and says so', () => {
    const editing = at(2);
    const out = mergeNotes([at(1), editing], [at(1)], { ...idle, editing: id(2) });
    expect(out.notes.map((n) => n.note.id)).toEqual([id(1), id(2)]);
    expect(out.notes[1]).toBe(editing);
    expect(out.editedElsewhere).toBe(true);
  });

  it('an open editor on a note the store has unchanged: nothing to read again later', () => {
    const editing = at(2);
    const out = mergeNotes([editing], [at(2)], { ...idle, editing: id(2) });
    expect(out.notes[0]).toBe(editing);
    expect(out.editedElsewhere).toBe(false);
  });

  it('keeps a note whose save is under way or failed (not yet in the store, or older there)', () => {
    const added = at(5, { body: 'just made here' });
    const edited = at(2, { body: 'my edit, saving' });
    const fresh = [at(2, { body: 'stored before my edit' })];
    const out = mergeNotes([edited, added], fresh, { ...idle, unsaved: new Set([id(2), id(5)]) });
    expect(out.notes).toEqual([edited, added]);
    expect(out.editedElsewhere).toBe(false);
  });

  it('does not bring back a note whose deletion is under way', () => {
    const out = mergeNotes([at(1)], [at(1), at(2)], { ...idle, deleting: new Set([id(2)]) });
    expect(ids(out.notes)).toEqual([id(1)]);
  });

  it('team notes come in as the store has them: creator and mark kept', () => {
    const team = at(7, { creator: 'Ann', teamNote: true });
    const out = mergeNotes([], [team], idle);
    expect(out.notes[0].note).toMatchObject({ creator: 'Ann', teamNote: true });
  });

  it('lists a note once even if the store’s answer repeats it', () => {
    expect(ids(mergeNotes([], [at(1), at(1)], idle).notes)).toEqual([id(1)]);
  });
});
