/**
 * The remote watch in Chromium's offscreen document (see
 * entrypoints/background/sync-watch.ts): it opens the port to the
 * background on load and when asked (WATCH_REFRESH), watches with the
 * settings the background sends over it, and on a change tells the
 * background over the port, opening it again first if the service worker
 * has stopped since (which wakes it). The settings live in this document's
 * memory only.
 */
import { browser, type Browser } from 'wxt/browser';
import { abortableSleep, RemoteWatches } from '../../utils/sync/watch';
import { isWatchRefresh, parseWatchSettings, WATCH_PORT, type WatchChangedMessage } from '../../utils/sync/watch-channel';

export function hostSyncWatch(): void {
  let port: Browser.runtime.Port | null = null;
  const connect = (): Browser.runtime.Port => {
    const p = browser.runtime.connect({ name: WATCH_PORT });
    p.onMessage.addListener((msg: unknown) => {
      const config = parseWatchSettings(msg);
      if (config === null) watches.stop();
      else if (config) watches.update(config);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
    });
    port = p;
    return p;
  };
  const changed: WatchChangedMessage = { type: 'sync-watch:changed' };
  const watches = new RemoteWatches({
    fetch: (url, init) => fetch(url, init),
    sleep: abortableSleep,
    abortController: () => new AbortController(),
    onChange: () => {
      try {
        (port ?? connect()).postMessage(changed);
      } catch {
        // the port died between the check and the post: once more on a new one
        connect().postMessage(changed);
      }
    },
  });
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    // From our own background only (a service worker: no tab, our id); it carries nothing but "connect".
    if (sender.id === browser.runtime.id && !sender.tab && isWatchRefresh(msg) && !port) connect();
    return undefined;
  });
  connect();
}
