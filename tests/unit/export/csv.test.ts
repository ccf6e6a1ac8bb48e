// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCells, csvField, neutraliseFormula, toCsv } from '../../../utils/export/csv';
import { UNKNOWN_POSITION } from '../../../utils/export/selectors';
import { makeNote, nastyNotes } from './fixtures';
import { parseCsv } from './rfc4180';

/** What a spreadsheet shows after the formula guard: the apostrophe removed. */
const shown = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('csvField / neutraliseFormula', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('prefixes an apostrophe to cells a spreadsheet would run as formulas', () => {
    for (const c of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(c)).toBe(`'${c}`);
    for (const c of ['1+1', 'a=b', ' =1', "'=1", '']) expect(neutraliseFormula(c)).toBe(c);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and a header, ends every record with CRLF', () => {
    const csv = toCsv([makeNote(0)]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toEqual([
      'urn:uuid:00000000-0000-4000-8000-000000000000',
      '2026-01-01T09:00:00.000Z',
      '2026-02-01T09:00:00.000Z',
      'https://news.example.com/article-0',
      'Article 0',
      'quoted words number 0',
      'before ',
      ' after',
      '100',
      '121',
      'My note 0',
      'politics; follow up',
      'yellow',
      'commenting',
    ]);
  });

  it('survives every nasty text: parsing gives back exactly the cells, formulas neutralised', () => {
    const notes = nastyNotes();
    const rows = parseCsv(toCsv(notes).slice(1));
    expect(rows).toHaveLength(notes.length + 1);
    const byId = new Map(notes.map((n) => [n.id, n]));
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(CSV_COLUMNS.length);
      for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(r.map(shown)).toEqual(csvCells(byId.get(r[0])!));
    }
  });

  it('writes one row per note, sorted by created then id, and empty cells for unknown selectors', () => {
    const a = makeNote(5);
    a.target.selector[1] = { type: 'TextPositionSelector', start: UNKNOWN_POSITION, end: UNKNOWN_POSITION };
    const b = makeNote(1);
    b.target.selector[0] = { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' };
    const rows = parseCsv(toCsv([a, b]).slice(1));
    expect(rows.map((r) => r[0])).toEqual(['id', b.id, a.id]);
    expect(rows[2].slice(8, 10)).toEqual(['', '']);
    expect(rows[1].slice(5, 8)).toEqual(['', '', '']);
    expect(rows[1].slice(8, 10)).toEqual(['137', '158']);
  });

  it('is deterministic for any input order and writes only a header for no notes', () => {
    const notes = Array.from({ length: 25 }, (_, i) => makeNote(i));
    expect(toCsv([...notes].reverse())).toBe(toCsv(notes));
    expect(toCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});
