/**
 * Pages change after load: paragraphs arrive late, "continue reading"
 * expands, single-page apps navigate. This watches cheaply and asks for a
 * re-run when the change matters, debounced and capped so a page that
 * rewrites itself constantly cannot make us burn CPU.
 */

const DEBOUNCE_MS = 600;
/** At most this many re-runs per minute, whatever the page does. */
const MAX_RUNS_PER_MINUTE = 6;
/** A text change smaller than this (characters) is not worth a re-run. */
const MIN_GROWTH = 200;

export function watchForChanges(doc: Document, rerun: () => void): () => void {
  let lastUrl = doc.location.href;
  let lastLength = bodyLength(doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runs: number[] = [];

  const check = () => {
    timer = undefined;
    const now = Date.now();
    while (runs.length && now - runs[0] > 60_000) runs.shift();
    if (runs.length >= MAX_RUNS_PER_MINUTE) return;
    const url = doc.location.href;
    const length = bodyLength(doc);
    const navigated = url !== lastUrl;
    if (navigated || Math.abs(length - lastLength) >= MIN_GROWTH) {
      lastUrl = url;
      lastLength = length;
      runs.push(now);
      rerun();
    }
  };

  const observer = new MutationObserver((records) => {
    // Our own UI host lives on <html>; its changes are not the page's.
    if (records.every((r) => (r.target as Element).localName === 'newsmark-ui')) return;
    if (timer === undefined) timer = setTimeout(check, DEBOUNCE_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onNav = () => {
    if (timer === undefined) timer = setTimeout(check, DEBOUNCE_MS);
  };
  doc.defaultView?.addEventListener('popstate', onNav);
  return () => {
    observer.disconnect();
    doc.defaultView?.removeEventListener('popstate', onNav);
    clearTimeout(timer);
  };
}

/** A cheap measure of how much text the page has (no layout). */
function bodyLength(doc: Document): number {
  return doc.body?.textContent?.length ?? 0;
}
