/**
 * Reading and extending `adoptedStyleSheets` of the page's document or of our
 * shadow root. In Firefox a content script sees that ObservableArray through
 * an Xray wrapper that refuses every access ("Accessing from Xray wrapper is
 * not supported"), and an array of ours assigned through the page's view is
 * refused too; so there we use the page's own view of the owner
 * (`wrappedJSObject`) and append in place with the array's own `push`. The
 * page gains nothing by it: it could remove our sheet from its document
 * anyway, and it cannot reach our closed shadow root at all.
 */
type SheetOwner = Document | ShadowRoot;

function view<T extends SheetOwner>(owner: T): T {
  return (owner as T & { wrappedJSObject?: T }).wrappedJSObject ?? owner;
}

/** The owner's adopted sheets, read by index, as a plain array. */
export function adoptedSheets(owner: SheetOwner): CSSStyleSheet[] {
  const list = view(owner).adoptedStyleSheets;
  const out: CSSStyleSheet[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

/** True if `sheet` is among the owner's adopted sheets (in Firefox, compared as the page's view sees it). */
export function hasSheet(owner: SheetOwner, sheet: CSSStyleSheet): boolean {
  const seen = (sheet as CSSStyleSheet & { wrappedJSObject?: CSSStyleSheet }).wrappedJSObject ?? sheet;
  return adoptedSheets(owner).some((s) => s === sheet || s === seen);
}

/** Appends `sheet` to the owner's adopted sheets. */
export function adoptSheet(owner: SheetOwner, sheet: CSSStyleSheet): void {
  view(owner).adoptedStyleSheets.push(sheet);
}
