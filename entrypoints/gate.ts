/**
 * The content script every http(s) page loads (declared in wxt.config.ts),
 * kept tiny: a cheap gate
 * ("could this page hold an article?"). Where it says yes, now or after
 * late content or a single-page-app navigation, it asks the background to
 * inject the article session (entrypoints/article-session.ts). Other pages
 * cost a few property reads and one MutationObserver.
 *
 * A plain script, not a WXT content script: WXT's content-script wrapper
 * brings the webextension-polyfill and a context that posts a message to the
 * page's window on every load, which costs more than the gate itself (and
 * tells the page we are here). The global `browser` (Firefox) or `chrome`
 * (Chrome, promise-based in MV3) is enough for two calls.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { looksLikeArticle } from '../utils/article/gate';
import { watchForChanges } from './article-session/page-changes';
import { notAnArticleReply, SESSION_LOADED } from '../utils/session-presence';
import type { BackgroundRequest, ContentRequest } from '../utils/messages';

type Runtime = {
  sendMessage(msg: unknown): Promise<unknown>;
  onMessage: { addListener(fn: (msg: unknown) => Promise<unknown> | undefined): void };
};

export default defineUnlistedScript({
  main() {
    const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } } & Record<string, unknown>;
    const runtime = (g.browser ?? g.chrome).runtime;
    let requested = false;
    const check = () => {
      if (requested || g[SESSION_LOADED] || !looksLikeArticle(document)) return;
      requested = true;
      stop();
      runtime.sendMessage({ type: 'article:inject' } satisfies BackgroundRequest).catch(() => {
        requested = false; // the background was restarting; the next change retries
      });
    };
    const stop = watchForChanges(document, check, { maxRunsPerMinute: 4 });
    check();

    // Until an article session runs here, the popup learns that this page is not an article.
    runtime.onMessage.addListener((msg) => {
      if (
        g[SESSION_LOADED] ||
        typeof msg !== 'object' ||
        msg === null ||
        (msg as { type?: unknown }).type !== ('page:state' satisfies ContentRequest['type'])
      )
        return undefined;
      return Promise.resolve(notAnArticleReply(location.href));
    });
  },
});
