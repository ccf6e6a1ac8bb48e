/**
 * Paints ranges with the CSS Custom Highlight API: the page's DOM is never
 * touched; ranges are registered under one highlight name per kind.
 */
import { HIGHLIGHT_NAMES, HIGHLIGHT_PRIORITY, type HighlightKind } from './highlight-styles';

/**
 * The document's highlight registry. Read through `window`: in Firefox a
 * content script's bare `CSS` is its sandbox's own namespace, whose registry
 * paints nothing on the page.
 */
function registry(): HighlightRegistry {
  return window.CSS.highlights;
}

/** True where the browser has `CSS.highlights` and `Highlight`. */
export function highlightsSupported(): boolean {
  return typeof window.CSS !== 'undefined' && 'highlights' in window.CSS && typeof window.Highlight !== 'undefined';
}

/** Replaces the ranges painted for `kind` (an empty list clears it). */
export function paint(kind: HighlightKind, ranges: Range[]): void {
  const name = HIGHLIGHT_NAMES[kind];
  if (ranges.length === 0) {
    registry().delete(name);
    return;
  }
  const h = new window.Highlight(...ranges);
  h.priority = HIGHLIGHT_PRIORITY[kind];
  registry().set(name, h);
}

/** Removes every Newsmark highlight from the page. */
export function clearAll(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) registry().delete(name);
}

/** Briefly marks a range (after "scroll to" from the popup). */
export function flash(range: Range, ms = 1600): void {
  paint('focus', [range]);
  setTimeout(() => paint('focus', []), ms);
}
