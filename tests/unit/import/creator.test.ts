// @vitest-environment node
/** The note's creator (issue 21) in JSON-LD: exported as a W3C agent, read back, validated; sync-only fields stay out. */
import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../../../utils/export/jsonld';
import { parseImport } from '../../../utils/import/jsonld';
import { makeNote } from '../export/fixtures';

describe('creator in JSON-LD', () => {
  it('round-trips as creator { type: Person, name }, and leaves team marks and edits from elsewhere out', () => {
    const note = {
      ...makeNote(1),
      creator: 'Ann Example',
      teamNote: true as const,
      elsewhere: [{ body: 'other', tags: [], colour: 'blue' as const, modified: '2026-12-06T09:00:00.000Z' }],
    };
    const file = toJsonLd([note]);
    const annotation = (JSON.parse(file) as { first: { items: Record<string, unknown>[] } }).first.items[0];
    expect(annotation.creator).toEqual({ type: 'Person', name: 'Ann Example' });
    expect(file).not.toContain('teamNote');
    expect(file).not.toContain('elsewhere');
    const back = parseImport(file);
    if (!back.ok) throw new Error(back.error);
    expect(back.notes[0].creator).toBe('Ann Example');
    expect(back.notes[0]).not.toHaveProperty('teamNote');
  });

  it('reads a plain-text creator and refuses one that is not text', () => {
    const anno = JSON.parse(toJsonLd([makeNote(2)])) as { first: { items: Record<string, unknown>[] } };
    anno.first.items[0].creator = 'Bo';
    const ok = parseImport(JSON.stringify(anno));
    expect(ok.ok && ok.notes[0].creator).toBe('Bo');
    anno.first.items[0].creator = { type: 'Person', name: 42 };
    const bad = parseImport(JSON.stringify(anno));
    expect(bad.ok ? bad.skipped : 1).toBe(1);
  });
});
