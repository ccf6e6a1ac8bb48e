import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../utils/annotation';
import { creatorOf, isEmptyFilter, LibraryIndex } from '../../../utils/library/search';
import { parseFilter } from '../../../utils/library/messages';
import { Filters } from '../../../components/library/Filters';
import { ExportPanel } from '../../../components/library/ExportPanel';
import { NoteList } from '../../../components/library/NoteList';
import { elsewhereOf } from '../../../components/library/synced-note';
import { byId, installBrowser, settle } from '../sync/fake-browser';
import { note } from './fixtures';

/** A note as sync leaves it: with its creator, and the fields sync adds. */
const by = (n: number, creator: string | undefined, more: Record<string, unknown> = {}): NoteRecord =>
  ({ ...note(n), ...(creator === undefined ? {} : { creator }), ...more }) as NoteRecord;
const noop = () => undefined;

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('filter by creator', () => {
  it('keeps only the notes made under that name, and counts each creator', () => {
    const idx = new LibraryIndex([by(1, 'Anna'), by(2, 'Bo'), by(3, 'Anna'), by(4, undefined), by(5, '')]);
    expect(idx.filter({ creator: 'Anna' }).map((n) => n.id)).toEqual([note(3).id, note(1).id]);
    expect(idx.filter({ creator: 'anna' })).toEqual([]);
    expect(idx.query({ creator: 'Bo' }, 0, 10).total).toBe(1);
    expect(idx.query({}, 0, 10).total).toBe(5);
    expect(idx.facets().creators).toEqual([
      { name: 'Anna', count: 2 },
      { name: 'Bo', count: 1 },
    ]);
    expect(isEmptyFilter({ creator: 'Anna' })).toBe(false);
    expect(creatorOf({ ...note(6), creator: 42 } as unknown as NoteRecord)).toBe('');
  });

  it('is part of the library request’s checked filter', () => {
    expect(parseFilter({ creator: 'Anna', site: 'nrk.no' })).toEqual({ creator: 'Anna', site: 'nrk.no' });
    expect(parseFilter({ creator: '' })).toEqual({});
    expect(parseFilter({ creator: 7 })).toBe('filter.creator must be a string of at most 500 characters');
  });

  it('offers the creators in the filters once notes carry one', async () => {
    const facets = { sites: [], tags: [], entities: [] };
    render(<Filters filter={{}} onChange={noop} facets={{ ...facets, creators: [] }} />, root);
    expect(root.querySelector('[data-testid=filter-creator]')).toBeNull();
    let chosen = {};
    render(
      <Filters filter={{}} onChange={(f) => (chosen = f)} facets={{ ...facets, creators: [{ name: '<b>Anna</b>', count: 2 }] }} />,
      root,
    );
    const select = byId(root, 'filter-creator') as HTMLSelectElement;
    expect(root.querySelector('label[for=f-creator]')!.textContent).toBe('Written by');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Anyone', '<b>Anna</b> (2)']);
    expect(root.querySelector('b')).toBeNull();
    select.value = '<b>Anna</b>';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(chosen).toEqual({ creator: '<b>Anna</b>' });
  });
});

describe('share with the team', () => {
  it('sends the chosen notes to the team database and says how many went', async () => {
    const b = installBrowser(() => ({ ok: true, shared: 2 }));
    const selected = new Set([note(1).id, note(2).id]);
    render(<ExportPanel filter={{}} total={5} selected={selected} onClear={noop} onDelete={noop} team />, root);
    expect(byId(root, 'share-selected').textContent).toBe('Share 2 notes with the team');
    byId(root, 'share-selected').click();
    await settle();
    expect(b.messages()).toEqual([{ type: 'sync:share', ids: [note(1).id, note(2).id] }]);
    expect(byId(root, 'export-status').textContent).toBe('Shared 2 notes with the team.');

    installBrowser(() => ({ ok: false, error: 'forbidden', code: 'no-permission' }));
    byId(root, 'share-selected').click();
    await settle();
    expect(byId(root, 'export-status').textContent).toMatch(/^Not shared: The browser did not allow/);
  });

  it('is not offered without a team database, nor with nothing chosen', () => {
    render(<ExportPanel filter={{}} total={5} selected={new Set([note(1).id])} onClear={noop} onDelete={noop} />, root);
    expect(root.querySelector('[data-testid=share-selected]')).toBeNull();
    render(<ExportPanel filter={{}} total={5} selected={new Set()} onClear={noop} onDelete={noop} team />, root);
    expect(root.querySelector('[data-testid=share-selected]')).toBeNull();
  });
});

describe('notes from sync in the list', () => {
  it('shows the creator, marks a team note (not editable here) and lists versions edited elsewhere, as text', () => {
    const hostile = '<img src=x onerror="globalThis.__elsewhereRan=1">';
    const items = [
      { note: by(1, 'Anna'), site: 'example.com', orphan: false },
      {
        note: by(2, 'Bo', {
          teamNote: true,
          elsewhere: [
            { body: hostile, tags: ['x'], colour: 'yellow', modified: '2026-03-02T10:00:00.000Z', creator: 'Bo' },
            { body: 42, modified: 'x' },
          ],
        }),
        site: 'example.com',
        orphan: false,
      },
      { note: by(3, undefined), site: 'example.com', orphan: false },
    ];
    render(
      <NoteList items={items} selected={new Set()} onToggle={noop} onDelete={noop} onSaved={noop} onError={noop} onTag={noop} />,
      root,
    );
    const rows = [...root.querySelectorAll('[data-testid=library-note]')];
    expect(rows.map((r) => r.querySelector('[data-testid=note-creator]')?.textContent ?? null)).toEqual(['by Anna', 'by Bo', null]);
    expect(rows.map((r) => !!r.querySelector('[data-testid=team-note]'))).toEqual([false, true, false]);
    expect(rows.map((r) => !!r.querySelector('[data-testid=edit]'))).toEqual([true, false, true]);
    const elsewhere = rows[1].querySelector('[data-testid=elsewhere]')!;
    expect(elsewhere.querySelector('summary')!.textContent).toBe('Edited elsewhere: 1 other version');
    expect(elsewhere.querySelectorAll('[data-testid=elsewhere-version]').length).toBe(1);
    expect(elsewhere.textContent).toContain(hostile);
    expect(elsewhere.textContent).toContain('by Bo');
    expect(root.querySelectorAll('img').length).toBe(0);
    expect((globalThis as { __elsewhereRan?: number }).__elsewhereRan).toBeUndefined();
    expect(rows[0].querySelector('[data-testid=elsewhere]')).toBeNull();
  });

  it('reads only well-formed versions', () => {
    expect(elsewhereOf(note(1))).toEqual([]);
    expect(elsewhereOf({ ...note(1), elsewhere: 'x' } as unknown as NoteRecord)).toEqual([]);
    expect(
      elsewhereOf({ ...note(1), elsewhere: [null, { body: 'b', tags: ['a', 3], modified: 'm', creator: '' }] } as unknown as NoteRecord),
    ).toEqual([{ body: 'b', tags: ['a'], modified: 'm' }]);
  });
});
