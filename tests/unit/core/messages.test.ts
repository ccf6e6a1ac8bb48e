import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../utils/annotation';
import { sampleNote } from '../helpers/notes';
import { MAX_TEXT, parseBackgroundRequest, parseContentRequest } from '../../../utils/messages';
import { MAX_NOTE_BODY, validateNote } from '../../../utils/note-validation';

describe('parseBackgroundRequest', () => {
  it('accepts well-formed requests', () => {
    expect(parseBackgroundRequest({ type: 'analyze', text: 'Kirby said.' })).toEqual({ type: 'analyze', text: 'Kirby said.' });
    expect(parseBackgroundRequest({ type: 'analyze', text: 'x', url: 'https://e.com/' })).toEqual({
      type: 'analyze',
      text: 'x',
      url: 'https://e.com/',
    });
    expect(parseBackgroundRequest({ type: 'notes:save', note: sampleNote() })).toMatchObject({ type: 'notes:save' });
  });
  it('refuses malformed ones with a reason', () => {
    expect(parseBackgroundRequest(null)).toBe('message has no type');
    expect(parseBackgroundRequest({ type: 'analyze', text: 5 })).toMatch(/text must be a string/);
    expect(parseBackgroundRequest({ type: 'analyze', text: 'x'.repeat(MAX_TEXT + 1) })).toMatch(/longer than/);
    expect(parseBackgroundRequest({ type: 'notes:delete', id: 'javascript:alert(1)' })).toMatch(/urn:uuid/);
    expect(parseBackgroundRequest({ type: 'drop-tables' })).toMatch(/unknown message type/);
  });
  it('refuses a note that fails validation, saying why', () => {
    const bad = sampleNote({ colour: 'red' as NoteRecord['colour'] });
    expect(parseBackgroundRequest({ type: 'notes:save', note: bad })).toBe('notes:save: unknown colour');
  });
});

describe('parseContentRequest', () => {
  it('checks offsets', () => {
    expect(parseContentRequest({ type: 'page:scrollTo', start: 3, end: 9 })).toEqual({ type: 'page:scrollTo', start: 3, end: 9 });
    expect(parseContentRequest({ type: 'page:scrollTo', start: 9, end: 3 })).toMatch(/bad offsets/);
    expect(parseContentRequest({ type: 'page:scrollTo', start: -1, end: 3 })).toMatch(/bad offsets/);
  });
  it('checks the note and the place of note:place', () => {
    const id = 'urn:uuid:00000000-0000-4000-8000-000000000001';
    expect(parseContentRequest({ type: 'note:place', id, start: 3, end: 9, extra: 1 })).toEqual({
      type: 'note:place',
      id,
      start: 3,
      end: 9,
    });
    expect(parseContentRequest({ type: 'note:place', id: 'x', start: 3, end: 9 })).toMatch(/urn:uuid/);
    expect(parseContentRequest({ type: 'note:place', id, start: 9, end: 9 })).toMatch(/bad offsets/);
    expect(parseContentRequest({ type: 'note:place', id, start: '3', end: 9 })).toMatch(/bad offsets/);
  });
});

describe('validateNote', () => {
  it('accepts a good note', () => {
    expect(validateNote(sampleNote())).toBeNull();
  });
  it('accepts a note of exactly the limit and refuses one character more, saying so', () => {
    expect(validateNote(sampleNote({ body: 'a'.repeat(MAX_NOTE_BODY) }))).toBeNull();
    expect(validateNote(sampleNote({ body: 'a'.repeat(MAX_NOTE_BODY + 1) }))).toMatch(/100,001 characters long; the limit is 100,000/);
  });
  it('refuses non-http sources, bad ids and bad positions', () => {
    expect(validateNote(sampleNote({ id: 'x' }))).toMatch(/urn:uuid/);
    expect(validateNote(sampleNote({ target: { ...sampleNote().target, source: 'javascript:alert(1)' } }))).toMatch(/http/);
    const note = sampleNote();
    note.target.selector[1] = { type: 'TextPositionSelector', start: 5, end: 5 };
    expect(validateNote(note)).toMatch(/start < end/);
  });
  it('accepts a third, block selector and checks its hashes', () => {
    const withBlock = (block: Record<string, unknown>) => {
      const note = sampleNote();
      return { ...note, target: { ...note.target, selector: [...note.target.selector, block] } };
    };
    expect(validateNote(withBlock({ type: 'BlockSelector', block: '0123abcd', before: '', after: 'ffffffff' }))).toBeNull();
    expect(validateNote(withBlock({ type: 'BlockSelector', block: '0123abc', before: '', after: '' }))).toMatch(/8 hex digits/);
    expect(validateNote(withBlock({ type: 'BlockSelector', block: '0123abcd', before: 'x'.repeat(9), after: '' }))).toMatch(
      /before must be/,
    );
    expect(validateNote(withBlock({ type: 'CssSelector', value: 'p' }))).toMatch(/BlockSelector/);
    const four = withBlock({ type: 'BlockSelector', block: '0123abcd', before: '', after: '' });
    expect(validateNote({ ...four, target: { ...four.target, selector: [...four.target.selector, four.target.selector[2]] } })).toMatch(
      /target.selector/,
    );
  });
});
