/**
 * The channel between Chromium's background (a service worker that stops
 * when idle) and the offscreen document that hosts the remote watch
 * (./watch.ts). A runtime port named WATCH_PORT, opened by the offscreen
 * document: the background accepts it only from that document (our id, no
 * tab, its address), so the settings it sends (with the password) reach
 * that document and no other page. Over the port:
 *  - background → offscreen: the settings to watch with, or null (stop);
 *  - offscreen → background: "the server changed" (opening the port wakes
 *    the service worker, which then runs a sync cycle).
 * The background asks a document that has lost its port (the worker
 * restarted) to open it again with WATCH_REFRESH, a runtime message that
 * carries nothing.
 */
import { validateSyncConfig, type SyncConfig } from './config';

export const WATCH_PORT = 'newsmark:sync-watch';
export const WATCH_REFRESH = 'sync-watch:refresh';

export type WatchSettingsMessage = { type: 'sync-watch:settings'; config: SyncConfig | null };
export type WatchChangedMessage = { type: 'sync-watch:changed' };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The settings from a background message (null = stop watching), or undefined when it is not one. */
export function parseWatchSettings(msg: unknown): SyncConfig | null | undefined {
  if (!isObject(msg) || msg.type !== 'sync-watch:settings') return undefined;
  if (msg.config === null) return null;
  const config = validateSyncConfig(msg.config);
  return typeof config === 'string' ? undefined : config;
}

export function isWatchChanged(msg: unknown): msg is WatchChangedMessage {
  return isObject(msg) && msg.type === 'sync-watch:changed';
}

export function isWatchRefresh(msg: unknown): boolean {
  return isObject(msg) && msg.type === WATCH_REFRESH;
}

/** Whether a port or message sender is the extension's own offscreen document. */
export function isOffscreenSender(
  sender: { id?: string; tab?: unknown; url?: string } | undefined,
  extensionId: string,
  offscreenUrl: string,
): boolean {
  return !!sender && sender.id === extensionId && !sender.tab && sender.url === offscreenUrl;
}
