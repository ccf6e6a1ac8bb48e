import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupSync } from '../../../components/sync/PopupSync';
import { SyncStatusPanel } from '../../../components/sync/SyncStatusPanel';
import { lastSyncText } from '../../../components/sync/when';
import { syncErrorText } from '../../../components/sync/errors';
import type { SyncStatus } from '../../../utils/sync/messages';
import { byId, installBrowser, settle, status } from './fake-browser';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const NOW = Date.parse('2026-12-06T19:30:00Z');

describe('when the last sync was', () => {
  it('is relative while recent, then a date, in the UI language', () => {
    expect(lastSyncText(NOW - 10_000, NOW)).toBe('now');
    expect(lastSyncText(NOW - 5 * 60_000, NOW)).toBe('5 minutes ago');
    expect(lastSyncText(NOW - 3 * 3_600_000, NOW)).toBe('3 hours ago');
    expect(lastSyncText(NOW - 26 * 3_600_000, NOW)).toBe('yesterday');
    expect(lastSyncText(NOW - 30 * 86_400_000, NOW)).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(NOW - 30 * 86_400_000),
    );
  });

  it('words every error code, and falls back to the background’s message for an unknown one', () => {
    for (const code of [
      'bad-url',
      'https-required',
      'bad-database',
      'unauthorized',
      'no-database',
      'unreachable',
      'no-permission',
      'bad-response',
    ])
      expect(syncErrorText(code, 'raw').length, code).toBeGreaterThan(20);
    expect(syncErrorText('teapot', 'The server is a teapot')).toBe('The server is a teapot');
    expect(syncErrorText(undefined, '')).toBe('Sync failed.');
  });
});

describe('the sync status', () => {
  it('shows the last sync, the pending changes and the last error in words', () => {
    const s = status({
      enabled: true,
      lastSync: Date.now() - 5 * 60_000,
      pending: 3,
      lastError: { code: 'unauthorized', message: '401 Unauthorized' },
    });
    render(<SyncStatusPanel status={s} onStatus={() => undefined} />, root);
    expect(byId(root, 'sync-last').textContent).toBe('5 minutes ago');
    expect(root.querySelector('time')!.getAttribute('dateTime')).toBe(new Date(s.lastSync!).toISOString());
    expect(byId(root, 'sync-pending').textContent).toBe('3 changes');
    expect(byId(root, 'sync-error').textContent).toBe('The server refused the user name or password.');
    render(<SyncStatusPanel status={status({ enabled: true, pending: 1 })} onStatus={() => undefined} />, root);
    expect(byId(root, 'sync-last').textContent).toBe('Not yet');
    expect(byId(root, 'sync-pending').textContent).toBe('1 change');
    expect(root.querySelector('[data-testid=sync-error]')).toBeNull();
  });

  it('"Sync now" asks the background and shows what came of it', async () => {
    const after = status({ enabled: true, lastSync: Date.now(), pending: 0 });
    const b = installBrowser(() => ({ ok: true, pushed: 2, pulled: 1, status: after }));
    let kept: SyncStatus | null = null;
    render(<SyncStatusPanel status={status({ enabled: true, pending: 2 })} onStatus={(x) => (kept = x)} />, root);
    byId(root, 'sync-now').click();
    await settle();
    expect(b.messages()).toEqual([{ type: 'sync:now' }]);
    expect(kept).toEqual(after);
    expect(byId(root, 'sync-now-result').textContent).toBe('Synced: 2 changes sent, 1 received.');

    installBrowser(() => ({ ok: false, error: 'ECONNREFUSED', code: 'unreachable' }));
    byId(root, 'sync-now').click();
    await settle();
    expect(byId(root, 'sync-now-result').textContent).toMatch(/^The server could not be reached/);
  });

  it('is disabled while a sync runs', () => {
    render(<SyncStatusPanel status={status({ enabled: true, running: true })} onStatus={() => undefined} />, root);
    expect((byId(root, 'sync-now') as HTMLButtonElement).disabled).toBe(true);
    expect(byId(root, 'sync-now').textContent).toBe('Syncing…');
  });
});

describe('the popup', () => {
  it('shows nothing while sync is off, or when the background cannot say', async () => {
    installBrowser(() => ({ ok: true, status: status() }));
    render(<PopupSync />, root);
    await settle();
    expect(root.innerHTML).toBe('');
    render(null, root);
    installBrowser(() => undefined);
    render(<PopupSync />, root);
    await settle();
    expect(root.innerHTML).toBe('');
  });

  it('shows the status with "Sync now" when sync is on', async () => {
    installBrowser(() => ({ ok: true, status: status({ enabled: true, pending: 4, lastSync: Date.now() - 2 * 3_600_000 }) }));
    render(<PopupSync />, root);
    await settle();
    expect(byId(root, 'popup-sync').querySelector('h2')!.textContent).toBe('Sync');
    expect(byId(root, 'sync-last').textContent).toBe('2 hours ago');
    expect(byId(root, 'sync-pending').textContent).toBe('4 changes');
    expect(byId(root, 'sync-now').textContent).toBe('Sync now');
  });

  it('keeps the status current while sync is on (often while a sync runs), and asks nothing more while it is off', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let current = status({ enabled: true, running: true, pending: 1 });
      const b = installBrowser(() => ({ ok: true, status: current }));
      render(<PopupSync />, root);
      await settle();
      expect(b.messages().length).toBe(1);
      current = status({ enabled: true, running: false, pending: 0, lastSync: Date.now() });
      vi.advanceTimersByTime(2_000);
      await settle();
      expect(b.messages().length).toBe(2);
      expect(byId(root, 'sync-pending').textContent).toBe('0 changes');
      // Not running: every half minute.
      vi.advanceTimersByTime(29_000);
      await settle();
      expect(b.messages().length).toBe(2);
      vi.advanceTimersByTime(1_000);
      await settle();
      expect(b.messages().length).toBe(3);
      render(null, root);

      const off = installBrowser(() => ({ ok: true, status: status() }));
      render(<PopupSync />, root);
      await settle();
      vi.advanceTimersByTime(120_000);
      await settle();
      expect(off.messages()).toEqual([{ type: 'sync:status' }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
