/**
 * Pages change after load: paragraphs arrive late, "continue reading"
 * expands, single-page apps navigate. Mutations are only screened cheaply
 * (how much text did they add? did the URL change?); a re-run is asked for
 * once per quiet period, and at most MAX_RUNS_PER_MINUTE times a minute, so
 * a page that rewrites itself constantly cannot make us burn CPU.
 */
import { addedText } from '../../utils/article/watch';

export interface ChangeOptions {
  debounceMs?: number;
  /** Added text (non-space characters) below which mutations are ignored. */
  minAddedText?: number;
  maxRunsPerMinute?: number;
  now?: () => number;
}

export type ChangeReason = 'content' | 'navigation';

export function watchForChanges(doc: Document, rerun: (reason: ChangeReason) => void, opts: ChangeOptions = {}): () => void {
  const debounceMs = opts.debounceMs ?? 600;
  const minAdded = opts.minAddedText ?? 80;
  const maxRuns = opts.maxRunsPerMinute ?? 6;
  const now = opts.now ?? Date.now;
  const view = doc.defaultView;
  if (!view) return () => undefined;
  let lastUrl = doc.location.href;
  let added = 0;
  let reason: ChangeReason = 'content';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runs: number[] = [];

  const fire = () => {
    timer = undefined;
    const t = now();
    while (runs.length && t - runs[0] > 60_000) runs.shift();
    if (runs.length >= maxRuns) {
      // Over the cap: try again when the oldest run leaves the window.
      timer = setTimeout(fire, 60_000 - (t - runs[0]) + 10);
      return;
    }
    runs.push(t);
    const why = reason;
    reason = 'content';
    added = 0;
    rerun(why);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };
  const onUrl = () => {
    const url = doc.location.href;
    if (url === lastUrl) return false;
    lastUrl = url;
    reason = 'navigation';
    schedule();
    return true;
  };

  const observer = new view.MutationObserver((records) => {
    if (onUrl()) return;
    // Our own UI host lives on <html>, outside the observed body.
    if (timer !== undefined && added >= minAdded) {
      // A run is already due: more text only pushes it back (debounce), no need to count it.
      schedule();
      return;
    }
    added += addedText(records, minAdded - added);
    if (added >= minAdded) schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  view.addEventListener('popstate', onUrl);
  return () => {
    observer.disconnect();
    view.removeEventListener('popstate', onUrl);
    clearTimeout(timer);
  };
}
