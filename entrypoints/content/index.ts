/**
 * The content script every http(s) page loads. It stays small: a cheap gate,
 * then (on articles only) detection, a request to the background for the
 * analysis, and painting. See session.ts.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { parseContentRequest } from '../../utils/messages';
import { highlightsSupported } from './highlighter';
import { PageSession } from './session';
import { watchForChanges } from './page-changes';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    if (!highlightsSupported()) return; // nothing to paint with; stay out of the way
    const session = new PageSession(document);
    let running: Promise<void> = session.run().catch(reportError);
    watchForChanges(document, () => {
      running = running.then(() => session.run()).catch(reportError);
    });

    browser.runtime.onMessage.addListener((msg: unknown) => {
      const req = parseContentRequest(msg);
      if (typeof req === 'string') return undefined; // not for us (or malformed): let others answer
      switch (req.type) {
        case 'page:state':
          return running.then(() => ({ ok: true, state: session.state() }));
        case 'page:scrollTo':
          return Promise.resolve({ ok: true, scrolled: session.scrollTo(req.start, req.end) });
        case 'selection:highlight':
          return Promise.resolve({ ok: true, saved: session.highlightSelection() });
      }
    });
  },
});

function reportError(err: unknown): void {
  // Never throw into the page; a short console line helps bug reports.
  console.debug('[newsmark]', err instanceof Error ? err.message : err);
}
