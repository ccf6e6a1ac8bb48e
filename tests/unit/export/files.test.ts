// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../utils/export/csv';
import { EXPORT_FORMATS, exportFile } from '../../../utils/export/files';
import { toJsonLd } from '../../../utils/export/jsonld';
import { toMarkdown } from '../../../utils/export/markdown';
import { makeNote } from './fixtures';

describe('exportFile', () => {
  const notes = [makeNote(0), makeNote(1)];

  it('offers the three formats with names and media types', () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['jsonld', 'markdown', 'csv']);
    const day = new Date(2026, 10, 27, 23, 59);
    expect(exportFile('jsonld', notes, day)).toEqual({
      content: toJsonLd(notes),
      name: 'newsmark-notes-2026-11-27.jsonld',
      mime: 'application/ld+json',
    });
    expect(exportFile('markdown', notes, day)).toMatchObject({ content: toMarkdown(notes), name: 'newsmark-notes-2026-11-27.md' });
    expect(exportFile('csv', notes, day)).toMatchObject({
      content: toCsv(notes),
      name: 'newsmark-notes-2026-11-27.csv',
      mime: 'text/csv;charset=utf-8',
    });
  });

  it('gives identical content whatever the time of export', () => {
    for (const f of EXPORT_FORMATS) {
      expect(exportFile(f.id, notes, new Date(2020, 0, 1)).content).toBe(exportFile(f.id, notes, new Date(2030, 5, 6)).content);
    }
  });
});
