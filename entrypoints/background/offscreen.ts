/**
 * Chromium's offscreen document (entrypoints/offscreen/): one per extension,
 * shared by the analysis worker (./analyzer.ts) and sync's remote watch
 * (./sync-watch.ts), for what the MV3 service worker cannot do itself (start
 * workers; hold a request open while it sleeps).
 */
export interface OffscreenApi {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
  offscreen: { createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void> };
}

export const OFFSCREEN_PATH = '/offscreen.html';

let offscreen: Promise<void> | null = null;

/** Chromium's offscreen API, or null (Firefox, or a Chromium without it). */
export function offscreenApi(): OffscreenApi | null {
  const c = (globalThis as { chrome?: Partial<OffscreenApi> & { runtime?: Partial<OffscreenApi['runtime']> } }).chrome;
  return c?.offscreen && typeof c.runtime?.getContexts === 'function' ? (c as OffscreenApi) : null;
}

/** Whether the document is open now (without creating it). */
export async function offscreenOpen(api: OffscreenApi): Promise<boolean> {
  return (await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0;
}

/** Creates the offscreen document once (it outlives a restart of the service worker: look for it first). */
export function ensureOffscreen(api: OffscreenApi): Promise<void> {
  offscreen ??= (async () => {
    if (!(await offscreenOpen(api)))
      await api.offscreen.createDocument({
        url: OFFSCREEN_PATH.slice(1),
        reasons: ['WORKERS'],
        justification:
          'Runs the article analysis in a worker, so that the extension answers other tabs meanwhile; with sync on, waits for changes on the sync server.',
      });
  })().catch((err: unknown) => {
    offscreen = null;
    throw err;
  });
  return offscreen;
}

/** Look for (or make) the document again next time: it did not answer. */
export function forgetOffscreen(): void {
  offscreen = null;
}
