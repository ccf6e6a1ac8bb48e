/**
 * The background: owns IndexedDB (the extension's origin, never the page's)
 * and runs the NLP engine, so the page's main thread only paints.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { annotate } from '../utils/nlp/annotate';
import { anchorNotes } from '../utils/anchoring/notes';
import { parseBackgroundRequest, type BackgroundRequest } from '../utils/messages';
import { NotesStore } from '../utils/storage/notes-store';

let store: Promise<NotesStore> | null = null;

/** Opens the store once per background lifetime; a failed open is retried next time. */
function notesStore(): Promise<NotesStore> {
  store ??= NotesStore.open().catch((err: unknown) => {
    store = null;
    throw err;
  });
  return store;
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

async function handle(req: BackgroundRequest): Promise<unknown> {
  switch (req.type) {
    case 'analyze': {
      const t0 = performance.now();
      const analysis = annotate(req.text);
      const ms = performance.now() - t0;
      if (req.url === undefined) return { ok: true, analysis, notes: [], ms };
      // The page's notes come back with the analysis, anchored here rather than on the page's main thread.
      try {
        const notes = anchorNotes(req.text, await (await notesStore()).forUrl(req.url));
        return { ok: true, analysis, notes, ms };
      } catch (err) {
        return { ok: true, analysis, notes: [], ms, notesError: describeError(err) };
      }
    }
    case 'notes:list':
      return { ok: true, notes: await (await notesStore()).forUrl(req.url) };
    case 'notes:save':
      return { ok: true, note: await (await notesStore()).save(req.note, siteOf(req.note.target.source)) };
    case 'notes:delete':
      return { ok: true, deleted: await (await notesStore()).delete(req.id) };
    case 'notes:all':
      return { ok: true, notes: await (await notesStore()).all() };
  }
}

/** Only our own content scripts and pages can reach this listener (no externally_connectable). */
function isOurs(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOurs(sender)) return undefined;
    const req = parseBackgroundRequest(msg);
    if (typeof req === 'string') return Promise.resolve({ ok: false, error: req });
    return handle(req).catch((err: unknown) => ({ ok: false, error: describeError(err) }));
  });
});

/** A message a reader can act on, for storage failures above all. */
function describeError(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError') return 'The browser has no room left to store notes. Free some disk space and try again.';
  return err instanceof Error ? err.message : String(err);
}
