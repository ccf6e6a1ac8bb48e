/**
 * Chromium's offscreen document (issue 22): hosts the analysis worker that
 * the background's service worker cannot start itself, and relays the
 * background's `engine:analyze` requests to it. Only the background talks to
 * it; it answers nothing else. With sync on it also hosts sync's remote watch
 * (./sync-watch.ts, issue 21).
 */
import { browser, type Browser } from 'wxt/browser';
import { WorkerClient } from '../../utils/analysis-client';
import { hostSyncWatch } from './sync-watch';

const worker = new WorkerClient(() => new Worker(browser.runtime.getURL('/analysis-worker.js')));

browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
  const m = msg as { type?: unknown; text?: unknown; budgetMs?: unknown } | null;
  // From our own background only (a service worker: no tab, our origin).
  if (sender.id !== browser.runtime.id || sender.tab || m?.type !== 'engine:analyze') return undefined;
  if (typeof m.text !== 'string' || typeof m.budgetMs !== 'number')
    return Promise.resolve({ ok: false, error: 'engine:analyze: bad request' });
  return worker.analyze(m.text, m.budgetMs).then(
    (result) => ({ ok: true, result }),
    (err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});

hostSyncWatch();
