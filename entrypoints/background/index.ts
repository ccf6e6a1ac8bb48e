/**
 * The background: owns IndexedDB (the extension's origin, never the page's)
 * and runs the NLP engine, so the page's main thread only paints.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { annotate } from '../../utils/nlp/annotate';
import { loadHighlightPolicy } from '../../utils/settings/store';
import { anchorNotes } from '../../utils/anchoring/notes';
import { parseBackgroundRequest, type BackgroundRequest } from '../../utils/messages';
import { NotesStore } from '../../utils/storage/notes-store';
import { LibraryStore } from '../../utils/storage/library-store';
import { handleLibraryRequest } from '../../utils/library/handler';
import { isLibraryRequest } from '../../utils/library/messages';
import { siteOf } from '../../utils/library/search';
import { serveExportStream } from '../../utils/library/export-stream';
import { NoteBadge } from './badge';
import { t } from '../../utils/i18n';
import { onInstalled } from './install';

let store: Promise<NotesStore> | null = null;

/** Opens the store once per background lifetime; a failed open is retried next time. */
function notesStore(): Promise<NotesStore> {
  store ??= NotesStore.open().catch((err: unknown) => {
    store = null;
    throw err;
  });
  return store;
}

let library: Promise<LibraryStore> | null = null;

/** The library's store (own connection, in-memory search index); opened on first use. */
function libraryStore(): Promise<LibraryStore> {
  library ??= LibraryStore.open().catch((err: unknown) => {
    library = null;
    throw err;
  });
  return library;
}

/** Keeps the library's index current after a write made outside it; never fails the write. */
function toLibrary(fn: (l: LibraryStore) => unknown): void {
  void libraryStore()
    .then(fn)
    .catch(() => undefined);
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
        const url = req.url;
        if (notes.length > 0) toLibrary((l) => l.recordAnchoring(url, notes.filter((n) => !n.anchor).map((n) => n.note.id)));
        return { ok: true, analysis, notes, ms };
      } catch (err) {
        return { ok: true, analysis, notes: [], ms, notesError: describeError(err) };
      }
    }
    case 'notes:save': {
      const note = await (await notesStore()).save(req.note, siteOf(req.note.target.source), req.summary);
      toLibrary((l) => l.noteSaved(note));
      return { ok: true, note };
    }
    case 'notes:delete': {
      const deleted = await (await notesStore()).delete(req.id);
      const id = req.id;
      toLibrary((l) => l.noteDeleted(id));
      return { ok: true, deleted };
    }
    default:
      // The library page's requests (utils/library/messages.ts), validated like every other.
      if (isLibraryRequest(req)) return handleLibraryRequest(await libraryStore(), req);
      return { ok: false, error: `no handler for ${req.type}` };
  }
}

/** Only our own content scripts and pages can reach this listener (no externally_connectable). */
function isOurs(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** Asks a tab's content script to highlight its selection (shortcut and context menu). */
async function highlightIn(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
  }
  if (tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, { type: 'selection:highlight' }).catch(() => undefined); // not a page we run on
}

const MENU_ID = 'newsmark-highlight';

/** The note count on the toolbar button, per tab. */
const badge = new NoteBadge(async (page) => (await (await notesStore()).forUrl(page)).length);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Injects the article session into the frame whose gate asked for it. Only
 * pages that may hold an article ever load Newsmark's heavier code.
 */
async function injectArticleSession(sender: Browser.runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'article:inject must come from a tab' };
  // Sites the reader switched off get nothing, not even the code.
  const host = hostOf(sender.url ?? sender.tab?.url ?? '');
  if (host && !(await loadHighlightPolicy(host).catch(() => ({ enabled: true }))).enabled) return { ok: true, injected: false };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/article-session.js'] });
    return { ok: true, injected: true };
  } catch (err) {
    return { ok: false, error: describeError(err) };
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuHighlight'), contexts: ['selection'] });
    void onInstalled(details.reason);
  });
  badge.watchTabs();
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void highlightIn(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'highlight-selection') void highlightIn(tab?.id);
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOurs(sender)) return undefined;
    const req = parseBackgroundRequest(msg);
    if (typeof req === 'string') return Promise.resolve({ ok: false, error: req });
    if (req.type === 'article:inject') return injectArticleSession(sender);
    return handle(req)
      .catch((err: unknown) => ({ ok: false, error: describeError(err) }))
      .then((reply) => {
        void badge.after(req, reply, sender);
        return reply;
      });
  });

  // As a service worker (Chromium), the library page reaches us directly for streamed exports (utils/library/export-stream.ts).
  if ('ServiceWorkerGlobalScope' in globalThis) {
    globalThis.addEventListener('message', (event: Event) => {
      const e = event as Event & { data: unknown; origin: string; ports: readonly MessagePort[]; waitUntil(p: Promise<unknown>): void };
      // Only our own pages are controlled by this worker; check the origin all the same.
      if (e.origin !== globalThis.location.origin || !e.ports[0]) return;
      e.waitUntil(serveExportStream(e.data, e.ports[0], libraryStore, new Date()));
    });
  }
});

/** A message a reader can act on, for storage failures above all. */
function describeError(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError') return 'The browser has no room left to store notes. Free some disk space and try again.';
  return err instanceof Error ? err.message : String(err);
}
