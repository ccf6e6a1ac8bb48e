/**
 * The look of Newsmark's highlights, as `::highlight()` rules in a
 * constructed stylesheet adopted by the document. Constructed stylesheets are
 * not inline styles, so they apply under a CSP that forbids inline styles.
 */

/** Highlight names, one per kind, registered in `CSS.highlights`. */
export const HIGHLIGHT_NAMES = {
  PERSON: 'newsmark-person',
  ORG: 'newsmark-org',
  PLACE: 'newsmark-place',
  DATE: 'newsmark-date',
  NUMBER: 'newsmark-number',
  GROUP: 'newsmark-group',
  claim: 'newsmark-claim',
  note: 'newsmark-note',
  'note-green': 'newsmark-note-green',
  'note-blue': 'newsmark-note-blue',
  'note-pink': 'newsmark-note-pink',
  'note-purple': 'newsmark-note-purple',
  focus: 'newsmark-focus',
} as const;

export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

/** Later highlights win where ranges overlap: notes over entities over claims. */
export const HIGHLIGHT_PRIORITY: Record<HighlightKind, number> = {
  claim: 0,
  GROUP: 1,
  NUMBER: 1,
  DATE: 1,
  PLACE: 1,
  ORG: 1,
  PERSON: 1,
  note: 2,
  'note-green': 2,
  'note-blue': 2,
  'note-pink': 2,
  'note-purple': 2,
  focus: 3,
};

/**
 * Rules for what the reader's settings do not colour: notes in a chosen
 * colour other than the default, and the brief "you are here" flash. The
 * kinds' own colours come from the settings (utils/settings: highlightCss).
 */
const FIXED_CSS = `
::highlight(newsmark-note-green) { background-color: rgba(76, 217, 100, 0.55); text-decoration: underline rgba(30, 150, 60, 0.95) 2px; }
::highlight(newsmark-note-blue) { background-color: rgba(90, 170, 255, 0.5); text-decoration: underline rgba(30, 100, 200, 0.95) 2px; }
::highlight(newsmark-note-pink) { background-color: rgba(255, 120, 190, 0.45); text-decoration: underline rgba(200, 40, 120, 0.95) 2px; }
::highlight(newsmark-note-purple) { background-color: rgba(170, 130, 255, 0.5); text-decoration: underline rgba(110, 60, 220, 0.95) 2px; }
::highlight(newsmark-focus) { background-color: rgba(255, 87, 34, 0.55); }
`;

let adopted: CSSStyleSheet | null = null;

/**
 * Adds (or updates) the highlight rules: `kindsCss` (from the reader's
 * colours) plus the fixed rules. Returns false where the browser lacks
 * constructed stylesheets.
 */
export function installHighlightStyles(doc: Document, kindsCss: string): boolean {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return false;
  if (!adopted) {
    adopted = new CSSStyleSheet();
    adopt(doc, adopted);
  }
  adopted.replaceSync(kindsCss + FIXED_CSS);
  return true;
}

/** Re-adds our sheet if the page replaced `adoptedStyleSheets` (frameworks do). */
export function ensureHighlightStyles(doc: Document): void {
  if (adopted && !sheetsOf(doc).includes(adopted)) adopt(doc, adopted);
}

/**
 * The document's adopted sheets as a plain array. Read by index: in a Firefox
 * content script the page's `adoptedStyleSheets` is seen through an Xray
 * wrapper that is not iterable (spreading it threw, and nothing was painted).
 */
function sheetsOf(doc: DocumentOrShadowRoot): CSSStyleSheet[] {
  const list = doc.adoptedStyleSheets;
  const out: CSSStyleSheet[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

/** Adds a sheet: `push` on the live list (Firefox's Xray refuses a new array from a content script), else a new array. */
export function adopt(doc: DocumentOrShadowRoot, sheet: CSSStyleSheet): void {
  // Firefox: the page's own view of the document or shadow root (content scripts see it through an Xray).
  const own = (doc as DocumentOrShadowRoot & { wrappedJSObject?: DocumentOrShadowRoot }).wrappedJSObject ?? doc;
  const list = own.adoptedStyleSheets as CSSStyleSheet[] & { push?: (s: CSSStyleSheet) => number };
  try {
    if (typeof list.push === 'function') {
      list.push(sheet);
      return;
    }
  } catch {
    // fall through to assigning a new array
  }
  doc.adoptedStyleSheets = [...sheetsOf(doc), sheet];
}
