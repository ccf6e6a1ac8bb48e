// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvParts } from '../../../utils/export/csv';
import { jsonLdParts, PART_NOTES } from '../../../utils/export/jsonld';
import { markdownParts } from '../../../utils/export/markdown';
import { makeNote } from './fixtures';
import { parseCsv } from './rfc4180';

// Enough notes (on many pages) for every format to be cut into several parts.
const many = Array.from({ length: 2 * PART_NOTES + 321 }, (_, i) =>
  makeNote(i, { target: { ...makeNote(i).target, source: `https://news.example.com/story-${i % 1700}` } }),
);

describe('export files in parts (streamed to the library page)', () => {
  it('JSON-LD: several parts that join into one valid collection, every annotation once, no stray commas', () => {
    const parts = [...jsonLdParts(many)];
    expect(parts.length).toBeGreaterThanOrEqual(5);
    const text = parts.join('');
    const doc = JSON.parse(text);
    expect(doc.first.items).toHaveLength(many.length);
    expect(new Set(doc.first.items.map((a: { id: string }) => a.id)).size).toBe(many.length);
    // One annotation per line, also across part boundaries.
    expect(text.split('\n').filter((l) => l.startsWith('      {"id":')).length).toBe(many.length);
  });

  it('JSON-LD: no notes is one part, a valid empty collection', () => {
    const parts = [...jsonLdParts([])];
    expect(parts).toHaveLength(1);
    expect(JSON.parse(parts[0])).toMatchObject({ type: 'AnnotationCollection', total: 0 });
  });

  it('CSV: the BOM alone first, then the header, then every row once', () => {
    const parts = [...csvParts(many)];
    expect(parts[0]).toBe('\uFEFF');
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const rows = parseCsv(parts.slice(1).join(''));
    expect(rows).toHaveLength(many.length + 1);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(many.length);
  });

  it('Markdown: parts end with whole articles; joined, one heading per article and single blank lines between blocks', () => {
    const parts = [...markdownParts(many)];
    expect(parts.filter((p) => p !== '').length).toBeGreaterThanOrEqual(2);
    for (const p of parts.slice(0, -1)) expect(p.endsWith('\n')).toBe(true);
    const text = parts.join('');
    expect(text.match(/^## /gm)).toHaveLength(1700);
    expect(text).not.toContain('\n\n\n');
    expect(text.endsWith('\n')).toBe(true);
    // Each later part starts with the blank line before its first article.
    for (const p of parts.slice(1)) if (p) expect(p.startsWith('\n## ')).toBe(true);
  });
});
