/**
 * Where the remote watch (utils/sync/watch.ts) runs, and what it wakes.
 *
 * - Firefox: the background page lives on, so the watch runs here and a
 *   change runs a cycle at once.
 * - Chromium: the MV3 service worker stops after ~30 s idle and an open
 *   fetch does not keep it alive (PouchDB #5851, #8848), so the watch runs
 *   in the offscreen document (entrypoints/offscreen/sync-watch.ts). Its
 *   "changed" comes over a port only that document may open
 *   (utils/sync/watch-channel.ts); opening it wakes the worker, which runs
 *   the cycle. The settings (with the password) go to the document over that
 *   port only, never through storage or a broadcast.
 *
 * The watch follows the settings: started when sync is turned on (or the
 * background starts with it on), restarted when the server, database, team
 * database or credentials change, stopped when sync is turned off. With sync
 * off nothing is created and no request is made.
 */
import { browser, type Browser } from 'wxt/browser';
import { originPattern, SYNC_CONFIG_KEY, type SyncConfig } from '../../utils/sync/config';
import type { SyncService } from '../../utils/sync/service';
import { abortableSleep, RemoteWatches, watchTargets } from '../../utils/sync/watch';
import { isOffscreenSender, isWatchChanged, WATCH_PORT, WATCH_REFRESH, type WatchSettingsMessage } from '../../utils/sync/watch-channel';
import { ensureOffscreen, offscreenApi, offscreenOpen, OFFSCREEN_PATH, type OffscreenApi } from './offscreen';
import { loadSyncConfig } from './sync-config';

/** The settings the watch should use now: null while sync is off or the server is not permitted. */
async function watchSettings(): Promise<SyncConfig | null> {
  const config = await loadSyncConfig();
  if (watchTargets(config).length === 0) return null;
  try {
    if (!(await browser.permissions.contains({ origins: [originPattern(config.url)] }))) return null;
  } catch {
    return null;
  }
  return config;
}

/** Firefox (and any background that stays alive): the watch lives here. */
function watchHere(service: SyncService): () => void {
  const watches = new RemoteWatches({
    fetch: (url, init) => fetch(url, init),
    sleep: abortableSleep,
    abortController: () => new AbortController(),
    onChange: () => void service.runFresh(),
  });
  return () =>
    void watchSettings().then(
      (config) => (config ? watches.update(config) : watches.stop()),
      () => watches.stop(),
    );
}

/** Chromium: the watch lives in the offscreen document; this side answers its port. */
function watchOffscreen(service: SyncService, api: OffscreenApi): () => void {
  let port: Browser.runtime.Port | null = null;
  const send = async (to: Browser.runtime.Port): Promise<void> => {
    const message: WatchSettingsMessage = { type: 'sync-watch:settings', config: await watchSettings() };
    if (port === to) to.postMessage(message);
  };
  browser.runtime.onConnect.addListener((p) => {
    if (p.name !== WATCH_PORT) return;
    if (!isOffscreenSender(p.sender, browser.runtime.id, browser.runtime.getURL(OFFSCREEN_PATH))) {
      p.disconnect();
      return;
    }
    port = p;
    p.onMessage.addListener((msg: unknown) => {
      if (isWatchChanged(msg)) void service.runFresh();
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
    });
    void send(p).catch(() => undefined);
  });
  return () =>
    void (async () => {
      const on = (await watchSettings()) !== null;
      if (port) return send(port);
      // Sync off: only a document that is already open may hold a watch to stop.
      if (on) await ensureOffscreen(api);
      else if (!(await offscreenOpen(api))) return;
      // A document opened just now connects on load; one that lost its port (the worker restarted) is asked to.
      await browser.runtime.sendMessage({ type: WATCH_REFRESH }).catch(() => undefined);
    })().catch((err: unknown) => console.debug('[newsmark] sync watch:', err instanceof Error ? err.message : err));
}

/** Starts the remote watch for `service` and keeps it in step with the sync settings. */
export function startSyncWatch(service: SyncService): void {
  const api = 'ServiceWorkerGlobalScope' in globalThis ? offscreenApi() : null;
  const refresh = api ? watchOffscreen(service, api) : watchHere(service);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SYNC_CONFIG_KEY in changes) refresh();
  });
  browser.permissions.onAdded.addListener(refresh);
  browser.permissions.onRemoved.addListener(refresh);
  refresh();
}
