/**
 * The channel between Chromium's background and the offscreen document that
 * hosts the remote watch: only that document is accepted, and a settings
 * message is validated like the settings themselves.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_CONFIG } from '../../../utils/sync/config';
import { isOffscreenSender, isWatchChanged, isWatchRefresh, parseWatchSettings, WATCH_REFRESH } from '../../../utils/sync/watch-channel';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const OFFSCREEN = `chrome-extension://${ID}/offscreen.html`;

describe('watch channel', () => {
  it('accepts the offscreen document only: our id, no tab, its address', () => {
    expect(isOffscreenSender({ id: ID, url: OFFSCREEN }, ID, OFFSCREEN)).toBe(true);
    expect(isOffscreenSender(undefined, ID, OFFSCREEN)).toBe(false);
    expect(isOffscreenSender({ id: 'other', url: OFFSCREEN }, ID, OFFSCREEN)).toBe(false);
    // A content script (it has a tab), our library page, a page claiming nothing.
    expect(isOffscreenSender({ id: ID, url: OFFSCREEN, tab: { id: 3 } }, ID, OFFSCREEN)).toBe(false);
    expect(isOffscreenSender({ id: ID, url: `chrome-extension://${ID}/library.html` }, ID, OFFSCREEN)).toBe(false);
    expect(isOffscreenSender({ id: ID }, ID, OFFSCREEN)).toBe(false);
  });

  it('reads settings (or null to stop), and nothing else', () => {
    const config = {
      ...DEFAULT_SYNC_CONFIG,
      enabled: true,
      url: 'https://couch.example.org',
      database: 'notes',
      username: 'a',
      password: 'p',
    };
    expect(parseWatchSettings({ type: 'sync-watch:settings', config })).toEqual(config);
    expect(parseWatchSettings({ type: 'sync-watch:settings', config: null })).toBeNull();
    expect(parseWatchSettings({ type: 'sync-watch:settings', config: { ...config, url: 'http://couch.example.org' } })).toBeUndefined();
    expect(parseWatchSettings({ type: 'sync-watch:settings', config: { enabled: 'yes' } })).toBeUndefined();
    expect(parseWatchSettings({ type: 'other', config })).toBeUndefined();
    expect(parseWatchSettings('sync-watch:settings')).toBeUndefined();
    expect(isWatchChanged({ type: 'sync-watch:changed' })).toBe(true);
    expect(isWatchChanged({ type: 'sync-watch:settings' })).toBe(false);
    expect(isWatchRefresh({ type: WATCH_REFRESH })).toBe(true);
    expect(isWatchRefresh(null)).toBe(false);
  });
});
