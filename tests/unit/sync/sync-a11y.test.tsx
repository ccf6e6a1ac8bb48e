/**
 * axe-core's structural rules (labels, names, ARIA, lists, ids) on the sync
 * UI as happy-dom renders it; colour contrast needs a real browser's layout
 * and is checked there for the pages as a whole.
 */
import { render } from 'preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncSettings } from '../../../components/sync/SyncSettings';
import { PopupSync } from '../../../components/sync/PopupSync';
import { NoteList } from '../../../components/library/NoteList';
import { Filters } from '../../../components/library/Filters';
import { ExportPanel } from '../../../components/library/ExportPanel';
import type { NoteRecord } from '../../../utils/annotation';
import { note } from '../library/fixtures';
import { byId, installBrowser, settle, status, type } from './fake-browser';

async function violations(root: HTMLElement): Promise<string[]> {
  const r = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const on = status({
  enabled: true,
  url: 'https://couch.example.org',
  database: 'notes',
  username: 'anna',
  teamDatabase: 'team',
  hasPassword: true,
  lastSync: Date.now() - 60_000,
  pending: 2,
  lastError: { code: 'unreachable', message: 'ECONNREFUSED' },
});

describe('sync UI accessibility', () => {
  it('finds an unlabelled field here (the check works in this environment)', async () => {
    render(<input type="text" />, root);
    expect((await violations(root)).join('\n')).toMatch(/^label:/);
  });

  it('Settings → Sync, on, with field errors shown, has no violations', async () => {
    installBrowser(() => ({ ok: true, status: on }));
    render(<SyncSettings />, root);
    await settle();
    type(root, 'sync-url', 'http://couch.example.org');
    type(root, 'sync-database', '');
    await settle();
    byId(root, 'sync-test').click();
    await settle();
    // The address, the database, and the password (a changed address needs it typed again).
    expect(root.querySelectorAll('[aria-invalid=true]').length).toBe(3);
    expect(await violations(root)).toEqual([]);
  });

  it('the popup’s sync section has no violations', async () => {
    installBrowser(() => ({ ok: true, status: on }));
    render(<PopupSync />, root);
    await settle();
    expect(byId(root, 'popup-sync')).toBeTruthy();
    expect(await violations(root)).toEqual([]);
  });

  it('the library’s creator filter, Share with team, and a team note with versions edited elsewhere have no violations', async () => {
    const noop = () => undefined;
    const team = {
      ...note(1),
      creator: 'Bo',
      teamNote: true,
      elsewhere: [{ body: 'older words', tags: [], colour: 'yellow', modified: '2026-03-01T10:00:00.000Z', creator: 'Anna' }],
    } as NoteRecord;
    render(
      <>
        <Filters
          filter={{ creator: 'Bo' }}
          onChange={noop}
          facets={{ sites: [], tags: [], entities: [], creators: [{ name: 'Bo', count: 1 }] }}
        />
        <ExportPanel filter={{}} total={1} selected={new Set([team.id])} onClear={noop} onDelete={noop} team />
        <NoteList
          items={[{ note: team, site: 'example.com', orphan: false }]}
          selected={new Set([team.id])}
          onToggle={noop}
          onDelete={noop}
          onSaved={noop}
          onError={noop}
          onTag={noop}
        />
      </>,
      root,
    );
    expect(byId(root, 'share-selected')).toBeTruthy();
    expect(byId(root, 'elsewhere')).toBeTruthy();
    expect(await violations(root)).toEqual([]);
  });
});
