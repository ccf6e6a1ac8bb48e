/**
 * Re-detection on pages that change after load: lazy paragraphs, "continue
 * reading" expansions and single-page-app navigation. Mutations are only
 * screened cheaply (is there new text of any size? did the URL change?);
 * the full extraction runs once per quiet period (debounced), never per
 * mutation.
 */
import { countNonSpace } from './dom';
import { extractArticle, type ExtractedArticle } from './index';

export interface WatchOptions {
  /** Quiet time after the last relevant mutation before re-running detection (ms). */
  debounceMs?: number;
  /** Added text (non-space characters) below which a mutation is ignored. */
  minAddedText?: number;
  /** The page URL now (defaults to `location.href`); SPA navigation changes it. */
  currentUrl?: () => string;
}

/** Non-space characters of text in the nodes a mutation record added. */
function addedText(records: MutationRecord[]): number {
  let n = 0;
  for (const r of records) {
    if (r.type === 'characterData') {
      n += countNonSpace(r.target.textContent ?? '');
      continue;
    }
    for (let i = 0; i < r.addedNodes.length; i++) n += countNonSpace(r.addedNodes[i].textContent ?? '');
  }
  return n;
}

/**
 * Watches `doc` and calls `onChange` with a fresh extraction when the
 * article text changed (late content) or the URL changed (SPA navigation).
 * Returns a function that stops watching.
 */
export function watchArticle(
  doc: Document,
  current: ExtractedArticle,
  onChange: (next: ExtractedArticle, reason: 'content' | 'navigation') => void,
  opts: WatchOptions = {},
): () => void {
  const debounceMs = opts.debounceMs ?? 600;
  const minAdded = opts.minAddedText ?? 80;
  const urlNow = opts.currentUrl ?? ((): string => doc.location?.href ?? '');
  const view = doc.defaultView;
  if (!view?.MutationObserver) return () => {};
  let lastUrl = urlNow();
  let last = current;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingReason: 'content' | 'navigation' = 'content';

  const run = (): void => {
    timer = null;
    const next = extractArticle(doc, { url: urlNow() });
    const reason = pendingReason;
    pendingReason = 'content';
    if (reason === 'navigation' || next.meta.text !== last.meta.text || next.meta.isArticle !== last.meta.isArticle) {
      last = next;
      onChange(next, reason);
    }
  };

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };

  const observer = new view.MutationObserver((records) => {
    const url = urlNow();
    if (url !== lastUrl) {
      lastUrl = url;
      pendingReason = 'navigation';
      schedule();
      return;
    }
    if (addedText(records) >= minAdded) schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onPop = (): void => {
    if (urlNow() !== lastUrl) {
      lastUrl = urlNow();
      pendingReason = 'navigation';
      schedule();
    }
  };
  view.addEventListener('popstate', onPop);
  return () => {
    observer.disconnect();
    view.removeEventListener('popstate', onPop);
    if (timer !== null) clearTimeout(timer);
  };
}
