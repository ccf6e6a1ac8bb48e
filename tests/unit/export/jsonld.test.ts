// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, NEWSMARK_NS, toJsonLd } from '../../../utils/export/jsonld';
import { UNKNOWN_POSITION } from '../../../utils/export/selectors';
import { makeNote, nastyNotes, rng } from './fixtures';

type Json = Record<string, any>;

describe('toJsonLd', () => {
  const notes = [makeNote(3), makeNote(0), makeNote(1), makeNote(2)];
  const doc: Json = JSON.parse(
    toJsonLd(notes, { generated: '2026-03-01T00:00:00.000Z', id: 'urn:uuid:11111111-2222-4333-8444-555555555555' }),
  );

  it('is an AnnotationCollection with an embedded AnnotationPage', () => {
    expect(doc['@context']).toEqual([ANNO_CONTEXT, { newsmark: NEWSMARK_NS }]);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.id).toBe('urn:uuid:11111111-2222-4333-8444-555555555555');
    expect(doc.label).toBe('Newsmark notes');
    expect(doc.total).toBe(4);
    expect(doc.generated).toBe('2026-03-01T00:00:00.000Z');
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(doc.first.startIndex).toBe(0);
    expect(doc.first.items).toHaveLength(4);
  });

  it('sorts annotations by created then id', () => {
    const created = doc.first.items.map((a: Json) => a.created);
    expect(created).toEqual([...created].sort());
    const tie = [makeNote(5, { created: '2026-01-01T00:00:00.000Z' }), makeNote(4, { created: '2026-01-01T00:00:00.000Z' })];
    const ids = JSON.parse(toJsonLd(tie)).first.items.map((a: Json) => a.id);
    expect(ids).toEqual([tie[1].id, tie[0].id]);
  });

  it('writes each annotation in the W3C shape, with Newsmark extras namespaced', () => {
    const note = makeNote(0); // commenting, body, tags politics + follow up
    const a = doc.first.items.find((x: Json) => x.id === note.id);
    expect(Object.keys(a)).toEqual([
      'id',
      'type',
      'motivation',
      'created',
      'modified',
      'body',
      'target',
      'newsmark:colour',
      'newsmark:pageTitle',
    ]);
    expect(a.type).toBe('Annotation');
    expect(a.motivation).toBe('commenting');
    expect(a.body).toEqual([
      { type: 'TextualBody', value: 'My note 0', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'politics', purpose: 'tagging' },
      { type: 'TextualBody', value: 'follow up', purpose: 'tagging' },
    ]);
    expect(a.target).toEqual({
      type: 'SpecificResource',
      source: note.target.source,
      selector: [note.target.selector[0], note.target.selector[1]],
    });
    expect(a['newsmark:colour']).toBe(note.colour);
    expect(a['newsmark:pageTitle']).toBe(note.pageTitle);
  });

  it('leaves out an empty note body, and the body key when there are no bodies', () => {
    const a = JSON.parse(toJsonLd([makeNote(1)])).first.items[0];
    expect(a.motivation).toBe('highlighting');
    expect('body' in a).toBe(false);
    const tagged = JSON.parse(toJsonLd([makeNote(3)])).first.items[0];
    expect(tagged.body.map((b: Json) => b.purpose)).toEqual(['tagging', 'tagging']);
  });

  it('leaves out an unknown selector', () => {
    const n = makeNote(2);
    const noPos = makeNote(2, {
      target: {
        source: n.target.source,
        selector: [n.target.selector[0], { type: 'TextPositionSelector', start: UNKNOWN_POSITION, end: UNKNOWN_POSITION }],
      },
    });
    const noQuote = makeNote(2, {
      target: {
        source: n.target.source,
        selector: [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, n.target.selector[1]],
      },
    });
    expect(JSON.parse(toJsonLd([noPos])).first.items[0].target.selector.map((s: Json) => s.type)).toEqual(['TextQuoteSelector']);
    expect(JSON.parse(toJsonLd([noQuote])).first.items[0].target.selector.map((s: Json) => s.type)).toEqual(['TextPositionSelector']);
  });

  it('is deterministic: input order and repeated calls do not change the bytes', () => {
    const many = Array.from({ length: 40 }, (_, i) => makeNote(i));
    const next = rng(1);
    const shuffled = [...many].sort(() => next() - 0.5);
    expect(toJsonLd(shuffled)).toBe(toJsonLd(many));
    expect(toJsonLd(many).endsWith('}\n')).toBe(true);
  });

  it('derives generated from the latest modified and id from the notes when not given', () => {
    const many = [makeNote(1), makeNote(7), makeNote(4)];
    const d = JSON.parse(toJsonLd(many));
    expect(d.generated).toBe([...many.map((n) => n.modified)].sort().at(-1));
    expect(d.id).toMatch(/^urn:uuid:[0-9a-f]{8}-/);
    expect(JSON.parse(toJsonLd([makeNote(1)])).id).not.toBe(d.id);
  });

  it('writes an empty collection without a first page', () => {
    const d = JSON.parse(toJsonLd([]));
    expect(d.total).toBe(0);
    expect('first' in d).toBe(false);
    expect('generated' in d).toBe(false);
  });

  it('keeps hostile text as JSON string data', () => {
    const nasty = nastyNotes();
    const d = JSON.parse(toJsonLd(nasty));
    const values = d.first.items.map((a: Json) => a.body[0].value);
    expect(new Set(values)).toEqual(new Set(nasty.map((n) => n.body)));
  });
});

describe('toJsonLd layout', () => {
  it('lays out one annotation per line inside the pretty-printed collection', () => {
    const text = toJsonLd([makeNote(0), makeNote(1)], { generated: '2026-03-01T00:00:00.000Z' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines.filter((l) => l.startsWith('      {"id":"urn:uuid:'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('}');
  });
});
