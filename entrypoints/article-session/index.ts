/**
 * Newsmark's work on an article page: detection, analysis (in the
 * background), painting, notes, and answers to the popup. The background
 * injects this script only where the small content script's gate says the
 * page may hold an article, so ordinary pages never load it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import {
  dispatch,
  receiveContentRequest,
  type ContentReplies,
  type ContentRequest,
  type Handlers,
  type SenderInfo,
} from '../../utils/messages';
import { SESSION_LOADED } from '../../utils/session-presence';
import { highlightsSupported } from './highlighter';
import { watchForChanges } from './page-changes';
import { PageSession } from './session';

export default defineUnlistedScript(() => {
  const g = globalThis as Record<string, unknown>;
  if (g[SESSION_LOADED] || !highlightsSupported()) return;
  g[SESSION_LOADED] = true;
  const session = new PageSession(document);
  let running = session.schedule();
  watchForChanges(document, () => {
    running = session.schedule();
  });

  // The popup's and the background's requests: a request type without a handler here does not compile.
  const handlers: Handlers<ContentRequest, ContentReplies> = {
    'page:state': () => running.then(() => ({ ok: true, state: session.state() })),
    'page:scrollTo': (req) => ({ ok: true, scrolled: session.scrollTo(req.start, req.end) }),
    'note:place': (req) => running.then(async () => ({ ok: true, placed: await session.placeNote(req.id, req.start, req.end) })),
    'selection:highlight': () => ({ ok: true, saved: session.highlightSelection() }),
    // Sync changed this page's notes (the background, after a cycle): read them again and repaint.
    'notes:changed': () => session.refreshNotes().then((refreshed) => ({ ok: true, refreshed })),
  };
  browser.runtime.onMessage.addListener((msg: unknown, sender: SenderInfo) => {
    // Malformed, not for us, or from a sender that may not send it: let others answer.
    const req = receiveContentRequest(msg, sender, browser.runtime.id);
    return req ? dispatch(handlers, req, undefined) : undefined;
  });
});
