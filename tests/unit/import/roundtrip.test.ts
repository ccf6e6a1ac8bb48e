// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../utils/annotation';
import { HIGHLIGHT_COLOURS } from '../../../utils/annotation';
import { toCsv } from '../../../utils/export/csv';
import { toJsonLd } from '../../../utils/export/jsonld';
import { toMarkdown } from '../../../utils/export/markdown';
import { sortNotes } from '../../../utils/export/order';
import { parseImport } from '../../../utils/import/jsonld';
import { noteProblem } from '../../../utils/import/validate';
import { NASTY_TEXTS, makeNote, nastyNotes, rng, testId } from '../export/fixtures';
import { parseCsv } from '../export/rfc4180';

const ALPHABET = ['a', 'B', ' ', '\n', '"', ',', '<', '>', '&', '*', '#', '\\', 'é', '東', '🎉', '=', '-', '\t', '\u2028', "'"];

function randomText(next: () => number, max: number): string {
  let s = '';
  const n = Math.floor(next() * max);
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

/** 8 random hex digits (a block selector's hash). */
function randomHash(next: () => number): string {
  return Math.floor(next() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
}

/** Random valid notes in Newsmark's stored form, some with only one selector, some with a block selector. */
function randomNotes(seed: number, count: number): NoteRecord[] {
  const next = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = makeNote(i);
    const exact = `q${randomText(next, 60)}`;
    const start = Math.floor(next() * 10_000);
    const kind = next();
    const note: NoteRecord = {
      ...base,
      id: testId(50_000 + i),
      motivation: next() < 0.5 ? 'highlighting' : 'commenting',
      body: next() < 0.3 ? '' : randomText(next, 200),
      tags: Array.from({ length: Math.floor(next() * 4) }, () => `t${randomText(next, 12)}`),
      colour: HIGHLIGHT_COLOURS[Math.floor(next() * HIGHLIGHT_COLOURS.length)],
      created: new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 3e10)).toISOString(),
      pageTitle: randomText(next, 80),
      target: {
        source: `https://site${Math.floor(next() * 5)}.example/a/${Math.floor(next() * 20)}?x=1&y=${i}`,
        selector: [
          kind < 0.1
            ? { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }
            : { type: 'TextQuoteSelector', exact, prefix: randomText(next, 32), suffix: randomText(next, 32) },
          kind > 0.9
            ? { type: 'TextPositionSelector', start: -1, end: -1 }
            : { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
    };
    note.modified = new Date(Date.parse(note.created) + Math.floor(next() * 1e9)).toISOString();
    if (next() < 0.4) {
      const [quote, position] = note.target.selector;
      const block = {
        type: 'BlockSelector',
        block: randomHash(next),
        before: next() < 0.2 ? '' : randomHash(next),
        after: next() < 0.2 ? '' : randomHash(next),
      } as const;
      note.target.selector = [quote, position, block];
    }
    return note;
  });
}

function reimport(text: string): NoteRecord[] {
  const r = parseImport(text);
  if (!r.ok) throw new Error(r.error);
  for (const n of r.notes) expect(noteProblem(n)).toBeNull();
  return r.notes;
}

describe('export → import → export', () => {
  const notes = [...randomNotes(42, 300), ...nastyNotes(), makeNote(0), makeNote(1), makeNote(3)];

  it('all test notes are valid NoteRecords to begin with', () => {
    for (const n of notes) expect(noteProblem(n)).toBeNull();
    expect(notes.filter((n) => n.target.selector[0].exact === '').length).toBeGreaterThan(5);
    expect(notes.filter((n) => n.target.selector[1].start === -1).length).toBeGreaterThan(5);
    expect(notes.filter((n) => n.target.selector.length === 3).length).toBeGreaterThan(50);
    expect(notes.filter((n) => n.target.selector[2]?.before === '').length).toBeGreaterThan(5);
  });

  it('gives byte-identical JSON-LD and the same notes back', () => {
    const first = toJsonLd(notes);
    const back = reimport(first);
    expect(back).toEqual(sortNotes(notes));
    expect(toJsonLd(back)).toBe(first);
    const stamped = toJsonLd(notes, { generated: '2026-11-27T00:00:00.000Z', id: 'urn:uuid:11111111-2222-4333-8444-555555555555' });
    expect(
      toJsonLd(reimport(stamped), { generated: '2026-11-27T00:00:00.000Z', id: 'urn:uuid:11111111-2222-4333-8444-555555555555' }),
    ).toBe(stamped);
  });

  it('gives identical Markdown and CSV from the imported notes', () => {
    const back = reimport(toJsonLd(notes));
    expect(toMarkdown(back)).toBe(toMarkdown(notes));
    expect(toCsv(back)).toBe(toCsv(notes));
    expect(parseCsv(toCsv(back).slice(1))).toHaveLength(notes.length + 1);
  });

  it('is stable for notes first imported from another tool', () => {
    const foreign = [
      {
        id: 'https://hypothes.is/a/1',
        type: 'Annotation',
        created: '2025-01-01T12:00:00+01:00',
        body: 'note',
        target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector', exact: 'quote' } },
      },
      {
        id: 'https://hypothes.is/a/2',
        type: 'Annotation',
        modified: '2025-01-02T00:00:00Z',
        target: [{ source: 'https://a.example/', selector: [{ type: 'TextPositionSelector', start: 4, end: 9 }] }],
      },
      {
        id: 'urn:uuid:ABCDEF00-0000-4000-8000-000000000001',
        type: 'Annotation',
        motivation: 'bookmarking',
        created: '2025-01-03T00:00:00Z',
        bodyValue: 'x',
        target: {
          source: 'https://b.example/',
          selector: [
            { type: 'TextQuoteSelector', exact: NASTY_TEXTS[0] },
            { type: 'TextPositionSelector', start: 1, end: 2 },
          ],
        },
      },
    ];
    const imported = reimport(JSON.stringify(foreign));
    const once = toJsonLd(imported);
    const again = reimport(once);
    expect(again).toEqual(sortNotes(imported));
    expect(toJsonLd(again)).toBe(once);
    expect(toMarkdown(again)).toBe(toMarkdown(imported));
    expect(toCsv(again)).toBe(toCsv(imported));
  });

  it('into a profile that already has them: everything skipped, nothing changed', () => {
    const text = toJsonLd(notes);
    const r = parseImport(text, { existingIds: new Set(notes.map((n) => n.id)) });
    expect(r).toMatchObject({ ok: true, notes: [], skipped: notes.length });
  });
});
