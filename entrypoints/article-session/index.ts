/**
 * Newsmark's work on an article page: detection, analysis (in the
 * background), painting, notes, and answers to the popup. The background
 * injects this script only where the small content script's gate says the
 * page may hold an article, so ordinary pages never load it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { parseContentRequest } from '../../utils/messages';
import { highlightsSupported } from './highlighter';
import { watchForChanges } from './page-changes';
import { PageSession } from './session';

/** Set in our isolated world once the session runs, so a second injection does nothing. */
const LOADED = '__newsmarkArticleSession';

export default defineUnlistedScript(() => {
  const g = globalThis as Record<string, unknown>;
  if (g[LOADED] || !highlightsSupported()) return;
  g[LOADED] = true;
  const session = new PageSession(document);
  let running = session.schedule();
  watchForChanges(document, () => {
    running = session.schedule();
  });

  browser.runtime.onMessage.addListener((msg: unknown) => {
    const req = parseContentRequest(msg);
    if (typeof req === 'string') return undefined; // not for us (or malformed): let others answer
    switch (req.type) {
      case 'page:state':
        return running.then(() => ({ ok: true, state: session.state() }));
      case 'page:scrollTo':
        return Promise.resolve({ ok: true, scrolled: session.scrollTo(req.start, req.end) });
      case 'note:place':
        return running.then(async () => ({ ok: true, placed: await session.placeNote(req.id, req.start, req.end) }));
      case 'selection:highlight':
        return Promise.resolve({ ok: true, saved: session.highlightSelection() });
    }
  });
});
