import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../../../utils/messages';
import { toJsonLd } from '../../../utils/export/jsonld';
import { DEFAULT_MAX_BYTES } from '../../../utils/import/limits';
import { note } from './fixtures';

const parse = (m: unknown) => parseBackgroundRequest(m);

describe('library messages', () => {
  it('accepts well-formed requests and keeps only known filter fields', () => {
    expect(
      parse({ type: 'library:query', filter: { text: 'x', site: '', from: '2026-01-02', evil: '<img>' }, offset: 0, limit: 50 }),
    ).toEqual({
      type: 'library:query',
      filter: { text: 'x', from: '2026-01-02' },
      offset: 0,
      limit: 50,
    });
    expect(parse({ type: 'library:facets' })).toEqual({ type: 'library:facets' });
    expect(parse({ type: 'library:delete', ids: [note(1).id] })).toEqual({ type: 'library:delete', ids: [note(1).id] });
    expect(parse({ type: 'library:update', id: note(1).id, body: 'b', tags: ['t'], colour: 'green' })).toMatchObject({
      type: 'library:update',
      colour: 'green',
    });
    expect(parse({ type: 'library:restore', notes: [note(1)] })).toMatchObject({ type: 'library:restore' });
    expect(parse({ type: 'library:import', text: toJsonLd([note(1)]) })).toMatchObject({ type: 'library:import' });
  });

  it.each([
    [{ type: 'library:query', filter: { text: 1 }, offset: 0, limit: 5 }, /filter.text/],
    [{ type: 'library:query', filter: { from: '1 May' }, offset: 0, limit: 5 }, /YYYY-MM-DD/],
    [{ type: 'library:query', filter: {}, offset: -1, limit: 5 }, /offset/],
    [{ type: 'library:query', filter: {}, offset: 0, limit: 1e9 }, /limit/],
    [{ type: 'library:query', filter: 'text', offset: 0, limit: 5 }, /filter must be an object/],
    [{ type: 'library:query', filter: { orphans: 'yes' }, offset: 0, limit: 5 }, /orphans/],
    [{ type: 'library:export-file', format: 'csv', filter: {}, ids: ['javascript:alert(1)'] }, /urn:uuid/],
    [{ type: 'library:update', id: 'x', body: '', tags: [], colour: 'green' }, /urn:uuid/],
    [{ type: 'library:update', id: note(1).id, body: 'b', tags: [''], colour: 'green' }, /tag/],
    [{ type: 'library:update', id: note(1).id, body: 'b', tags: [], colour: 'red; background:url(x)' }, /colour/],
    [{ type: 'library:update', id: note(1).id, body: 'x'.repeat(100_001), tags: [], colour: 'green' }, /at most/],
    [{ type: 'library:delete', ids: 'all' }, /list/],
    [{ type: 'library:restore', notes: [{ ...note(1), target: null }] }, /note 1/],
    [{ type: 'library:restore', notes: [null] }, /note 1/],
    [{ type: 'library:import', text: 42 }, /string/],
    [{ type: 'library:import', text: 'x'.repeat(DEFAULT_MAX_BYTES + 1) }, /over 20 MB/],
    [{ type: 'library:drop-everything' }, /unknown message type/],
  ])('refuses %#', (msg, why) => {
    const r = parse(msg);
    expect(typeof r).toBe('string');
    expect(r).toMatch(why);
  });
});
