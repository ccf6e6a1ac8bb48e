/**
 * The background: owns IndexedDB (the extension's origin, never the page's)
 * and runs the NLP engine, so the page's main thread only paints.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { chooseModel } from '../../utils/nlp/analyse';
import { loadHighlightPolicy, loadSettings } from '../../utils/settings/store';
import { runAnalysis } from './analyzer';
import { ANALYSIS_BUDGET_MS } from '../../utils/nlp/budget';
import { normalizeUrl } from '../../utils/url';
import { anchorNotes } from '../../utils/anchoring/notes';
import {
  authorize,
  dispatch,
  pageUrlOf,
  parseBackgroundRequest,
  senderRole,
  type AnalysisStop,
  type BackgroundReplies,
  type BackgroundRequest,
  type Failure,
  type Handlers,
  type PageNote,
  type SenderInfo,
  type SenderRole,
  type Success,
} from '../../utils/messages';
import { mayWriteNote, notesForPage } from '../../utils/page-access';
import { NotesStore } from '../../utils/storage/notes-store';
import { LibraryStore } from '../../utils/storage/library-store';
import { LIBRARY_HANDLERS, type LibraryContext } from '../../utils/library/handler';
import { siteOf } from '../../utils/library/search';
import { serveExportStream } from '../../utils/library/export-stream';
import { NoteBadge } from './badge';
import { t } from '../../utils/i18n';
import { onInstalled } from './install';
import { sendToTab } from '../../utils/send';
import { createSyncService, watchSyncAlarm } from './sync';
import { syncHandlers } from '../../utils/sync/handlers';
import { loadSyncConfig } from './sync-config';
import { startSyncWatch } from './sync-watch';
import { tabsShowing } from '../../utils/tabs-showing';
import type { NoteRecord } from '../../utils/annotation';

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

/** Sync (utils/sync/service.ts): idle, with no connection and no timer, while sync is off. */
const sync = createSyncService(notesStore, (saved, deleted, pages) => {
  toLibrary((l) => {
    for (const n of saved) l.noteSaved(n);
    for (const id of deleted) l.noteDeleted(id);
  });
  void tellTabs(pages).catch(() => undefined);
});

/**
 * Tells the tabs showing any of `pages` that their notes changed (the article
 * session reads them again with `notes:page`). A tab without our session
 * there has no listener: the send fails, quietly.
 */
async function tellTabs(pages: readonly string[]): Promise<void> {
  if (pages.length === 0) return;
  const store = await notesStore();
  const tabs = await browser.tabs.query({});
  for (const id of await tabsShowing(tabs, pages, (own) => store.keysFor(own)))
    void sendToTab(id, { type: 'notes:changed' }).catch(() => undefined);
}

/** Requests after whose success the reader's notes have changed (sync follows a few seconds later). */
const NOTE_WRITES: ReadonlySet<BackgroundRequest['type']> = new Set([
  'notes:save',
  'notes:delete',
  'library:update',
  'library:delete',
  'library:restore',
  'library:import',
]);

/**
 * The note to store for a save: the creator from the sync settings on a new
 * note, kept from the stored one on an edit, and the fields sync owns
 * (team mark, edits from elsewhere) kept from the stored note, never taken from the sender.
 */
async function noteToSave(incoming: NoteRecord, stored: NoteRecord | undefined): Promise<NoteRecord> {
  const { creator: _c, teamNote: _t, elsewhere: _e, ...rest } = incoming;
  const note: NoteRecord = rest;
  const creator = stored ? stored.creator : (await loadSyncConfig()).displayName;
  if (creator) note.creator = creator;
  if (stored?.elsewhere) note.elsewhere = stored.elsewhere;
  return note;
}

/** A request's sender, as checked: its role, and for a content script its page's address. */
interface From {
  role: SenderRole;
  /** The content script's page (frame) address, from the sender; undefined for an extension page. */
  pageUrl?: string;
}

/** What a handler knows of a request's sender (and what the library's handlers need). */
interface Received extends LibraryContext {
  from: From;
  sender: Browser.runtime.MessageSender;
}

type AnalyzeDone = Pick<Success<BackgroundReplies['analyze']>, 'analysis' | 'language' | 'ms' | 'route' | 'partial'>;

/** The background's handler for every request (utils/messages.ts): a request type without one does not compile. */
const HANDLERS: Handlers<BackgroundRequest, BackgroundReplies, Received> = {
  async analyze(req, { from }) {
    // Off this message loop where the browser allows, within a time budget (./analyzer.ts).
    // The language gate first (fast: English is told by its function words); no model, no analysis.
    const forced = (await loadSettings().catch(() => null))?.forceLanguages ?? [];
    const { language, model } = chooseModel(req.text, { declared: req.declared, forced });
    // runAnalysis runs the first model (English), the only one so far: a second language's model goes to the worker by its tag.
    const run = model
      ? await runAnalysis(req.text)
      : { analysis: { entities: [], claims: [] }, ms: 0, route: 'inline' as const, stopped: false, analysedChars: req.text.length };
    const partial: AnalysisStop | undefined = run.stopped
      ? { budgetMs: ANALYSIS_BUDGET_MS, analysedChars: run.analysedChars, totalChars: req.text.length }
      : undefined;
    const done: AnalyzeDone = { analysis: run.analysis, language, ms: run.ms, route: run.route, ...(partial ? { partial } : {}) };
    // A content script's page: its address from the sender, its key from the page-key rules.
    const page = from.pageUrl;
    if (from.role === 'content' && page) return analyzedPage(req.text, page, req.canonical, done);
    if (req.url === undefined) return { ok: true, ...done, notes: [] };
    // An extension page may ask about any address.
    try {
      const notes = anchorNotes(req.text, await (await notesStore()).forUrl(req.url));
      recordOrphans(req.url, notes);
      return { ok: true, ...done, notes, key: req.url };
    } catch (err) {
      return { ok: true, ...done, notes: [], notesError: describeError(err) };
    }
  },
  async 'notes:save'(req, { from }) {
    const store = await notesStore();
    if (from.role === 'content' && !(await mayWriteNote(store, from.pageUrl ?? '', req.note.target.source)))
      return { ok: false, error: 'notes:save: a page may only save notes of its own address' };
    const stored = await store.get(req.note.id);
    if (stored?.teamNote) return { ok: false, error: 'notes:save: a team note can only be changed by its creator' };
    const note = await store.save(await noteToSave(req.note, stored), siteOf(req.note.target.source), req.summary);
    toLibrary((l) => l.noteSaved(note));
    return { ok: true, note };
  },
  async 'notes:delete'(req, { from }) {
    const store = await notesStore();
    if (from.role === 'content') {
      const note = await store.get(req.id);
      // an unknown id is answered like a note of another page: a page learns nothing of other pages' notes
      if (!note || !(await mayWriteNote(store, from.pageUrl ?? '', note.target.source)))
        return { ok: false, error: 'notes:delete: a page may only delete notes of its own address' };
      if (note.teamNote) return { ok: false, error: 'notes:delete: a team note can only be changed by its creator' };
    }
    const deleted = await store.delete(req.id);
    const id = req.id;
    toLibrary((l) => l.noteDeleted(id));
    return { ok: true, deleted };
  },
  async 'notes:page'(req, { from }) {
    // The sender's own page (a content script's, REQUEST_SENDERS), keyed and anchored as for analyze.
    if (!from.pageUrl) return { ok: false, error: 'notes:page: not from a page' };
    const { key, notes } = await notesForPage(await notesStore(), from.pageUrl, req.canonical, req.text, new Date().toISOString());
    const anchored = anchorNotes(req.text, notes);
    recordOrphans(key.key, anchored);
    return { ok: true, notes: anchored, key: key.key };
  },
  'article:inject': (_req, { sender }) => injectArticleSession(sender),
  // The library page's requests (utils/library/messages.ts), validated like every other.
  ...LIBRARY_HANDLERS,
  // Sync's settings, status and sharing (utils/sync/messages.ts): Newsmark's own pages only.
  ...syncHandlers(() => sync),
};

/** The reply to a content script's analyze: the page's key and its notes, anchored here rather than on the page's main thread. */
async function analyzedPage(
  text: string,
  pageUrl: string,
  canonical: string | undefined,
  done: AnalyzeDone,
): Promise<BackgroundReplies['analyze']> {
  try {
    const { key, notes } = await notesForPage(await notesStore(), pageUrl, canonical, text, new Date().toISOString());
    const anchored = anchorNotes(text, notes);
    recordOrphans(key.key, anchored);
    return { ok: true, ...done, notes: anchored, key: key.key };
  } catch (err) {
    return { ok: true, ...done, notes: [], key: normalizeUrl(pageUrl), notesError: describeError(err) };
  }
}

/** Tells the library which of a page's notes no longer anchor. */
function recordOrphans(url: string, notes: PageNote[]): void {
  if (notes.length > 0)
    toLibrary((l) =>
      l.recordAnchoring(
        url,
        notes.filter((n) => !n.anchor).map((n) => n.note.id),
      ),
    );
}

/** Asks a tab's content script to highlight its selection (shortcut and context menu). */
async function highlightIn(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
  }
  if (tabId === undefined) return;
  await sendToTab(tabId, { type: 'selection:highlight' }).catch(() => undefined); // not a page we run on
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
async function injectArticleSession(sender: Browser.runtime.MessageSender): Promise<BackgroundReplies['article:inject']> {
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
  watchSyncAlarm(sync);
  // A change on the server (made on another device) runs a cycle within seconds (utils/sync/watch.ts).
  startSyncWatch(sync);
  void sync.start().catch(() => undefined);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void highlightIn(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'highlight-selection') void highlightIn(tab?.id);
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own content scripts and pages can reach this listener (no externally_connectable); each request
    // type also names which of them may send it (utils/messages.ts, REQUEST_SENDERS).
    if (sender.id !== browser.runtime.id) return undefined;
    const role = senderRole(sender as SenderInfo, browser.runtime.id, browser.runtime.getURL('/'));
    const req = parseBackgroundRequest(msg);
    if (typeof req === 'string') return Promise.resolve({ ok: false, error: req });
    const refused = authorize(req, role);
    if (refused || !role) return Promise.resolve({ ok: false, error: refused ?? 'unknown sender' });
    const from: From = role === 'content' ? { role, pageUrl: pageUrlOf(sender as SenderInfo) } : { role };
    return dispatch(HANDLERS, req, { from, sender, library: libraryStore, now: () => new Date().toISOString() })
      .catch((err: unknown): Failure => ({ ok: false, error: describeError(err) }))
      .then((reply) => {
        void badge.after(req, reply, sender);
        if (reply.ok && NOTE_WRITES.has(req.type)) sync.noteChanged();
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
  if (name === 'QuotaExceededError') return t('errorStorageFull');
  return err instanceof Error ? err.message : String(err);
}
