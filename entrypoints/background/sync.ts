/**
 * The background's side of sync: the settings and state in
 * browser.storage.local, the host permission, timers and the chrome.alarms
 * alarm, PouchDB with its IndexedDB adapter, and the handlers of the `sync:*`
 * requests (Newsmark's own pages only; no reply holds the password).
 */
import { browser } from 'wxt/browser';
import type { NoteRecord } from '../../utils/annotation';
import type { NotesStore } from '../../utils/storage/notes-store';
import { originPattern, SYNC_CONFIG_KEY } from '../../utils/sync/config';
import { loadSyncConfig } from './sync-config';
import { browserPouch } from '../../utils/sync/pouch-browser';
import { EMPTY_STATE, SyncService, type SyncState } from '../../utils/sync/service';

const STATE_KEY = 'newsmark:sync-state';
export const SYNC_ALARM = 'newsmark-sync';
/** Minutes between syncs while the background may sleep. */
export const SYNC_PERIOD_MINUTES = 15;

async function loadState(): Promise<SyncState> {
  const got = await browser.storage.local.get(STATE_KEY);
  const s = got[STATE_KEY] as Partial<SyncState> | undefined;
  return { ...EMPTY_STATE, ...(s && typeof s === 'object' ? s : {}) };
}

async function hasPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** Whether the reader granted the (optional) alarms permission; without it, timers only while the background lives. */
async function mayUseAlarms(): Promise<boolean> {
  try {
    return !!browser.alarms && (await browser.permissions.contains({ permissions: ['alarms'] }));
  } catch {
    return false;
  }
}

const timers = new Map<string, ReturnType<typeof setTimeout>>();

function setTimer(kind: string, ms: number | null, run: () => void): void {
  const old = timers.get(kind);
  if (old !== undefined) clearTimeout(old);
  timers.delete(kind);
  if (ms !== null) timers.set(kind, setTimeout(run, ms));
}

function setAlarm(on: boolean): void {
  void mayUseAlarms().then((may) => {
    if (!may) return;
    if (on) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
    else void browser.alarms.clear(SYNC_ALARM);
  });
}

/** The background's sync service, over its notes store; `applied` keeps the library's index and open pages current. */
export function createSyncService(
  store: () => Promise<NotesStore>,
  applied: (saved: readonly NoteRecord[], deleted: readonly string[], pages: readonly string[]) => void,
): SyncService {
  return new SyncService({
    loadConfig: loadSyncConfig,
    saveConfig: (config) => browser.storage.local.set({ [SYNC_CONFIG_KEY]: config }),
    loadState,
    saveState: (state) => browser.storage.local.set({ [STATE_KEY]: state }),
    hasPermission,
    store,
    pouch: browserPouch,
    mirrorAdapter: 'idb',
    setTimer,
    setAlarm,
    onApplied: applied,
    now: () => Date.now(),
  });
}

let watching = false;

/** Runs sync on its alarm: now if the alarms permission is in effect, else once it is granted. */
export function watchSyncAlarm(service: SyncService): void {
  const listen = (): void => {
    // Without the (optional) alarms permission there is no alarms API to listen to.
    if (watching || !browser.alarms) return;
    watching = true;
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) void service.run();
    });
  };
  listen();
  browser.permissions.onAdded.addListener(() => {
    listen();
    void service.start();
  });
}
