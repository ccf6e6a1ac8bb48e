/**
 * Newsmark's own UI on the page lives in one shadow root, on one host element
 * appended to <html> (not <body>), so the page's body is byte-for-byte what
 * the page made, and page styles cannot reach our UI nor ours the page.
 */
import { adopt } from './highlight-styles';

export const HOST_TAG = 'newsmark-ui';

const UI_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
.nm { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; }
.tooltip, .toolbar, .editor, .toast {
  position: fixed; box-sizing: border-box; background: #ffffff; color: #1d1d1f;
  border: 1px solid rgba(0,0,0,.18); border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.18);
}
.tooltip { padding: 6px 9px; max-width: 320px; pointer-events: none; }
.tooltip .kind { font-weight: 600; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; color: #5b5b66; }
.toolbar { display: flex; gap: 4px; padding: 4px; }
button {
  font: inherit; cursor: pointer; border: 1px solid transparent; border-radius: 6px; padding: 4px 10px;
  background: #f2f2f5; color: #1d1d1f;
}
button:hover { background: #e4e4ea; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #2f6fed; outline-offset: 1px; }
button.primary { background: #2f6fed; color: #fff; }
.editor { padding: 8px; width: 320px; display: flex; flex-direction: column; gap: 6px; }
.editor-title { font-weight: 600; }
.editor textarea, .editor input {
  font: inherit; border: 1px solid #c9c9d1; border-radius: 6px; padding: 6px; color: #1d1d1f; background: #fff;
}
.editor textarea { min-height: 72px; resize: vertical; }
.editor .row { display: flex; gap: 6px; justify-content: flex-end; }
.editor .problem { color: #8e0000; }
.editor .problem:empty { display: none; }
.swatches { display: flex; gap: 4px; }
.swatch { width: 22px; height: 22px; padding: 0; border-radius: 50%; border: 2px solid transparent; }
.swatch[aria-checked="true"] { border-color: #1d1d1f; }
.swatch.yellow { background: #ffe74a; } .swatch.green { background: #7ee08a; } .swatch.blue { background: #8cc7ff; }
.swatch.pink { background: #ff9ccf; } .swatch.purple { background: #c6a6ff; }
button.danger { color: #a00000; margin-right: auto; }
.toast { padding: 8px 12px; bottom: 16px; right: 16px; display: flex; gap: 10px; align-items: center; }
.toast.error { border-color: #c62828; color: #8e0000; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .tooltip, .toolbar, .editor, .toast { background: #1f1f24; color: #f2f2f5; border-color: rgba(255,255,255,.2); }
  .tooltip .kind { color: #b4b4c0; }
  button { background: #34343c; color: #f2f2f5; }
  button:hover { background: #44444e; }
  .editor textarea, .editor input { background: #15151a; color: #f2f2f5; border-color: #55555f; }
  .editor .problem { color: #ff8a80; }
  .swatch[aria-checked="true"] { border-color: #f2f2f5; }
  button.danger { color: #ff8a80; }
  .toast.error { color: #ff8a80; }
}
`;

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLDivElement;
}

let current: UiHost | null = null;

/** Creates the shadow-root host on first use; later calls return the same one. */
export function uiHost(doc: Document): UiHost {
  if (current && current.host.isConnected) return current;
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(UI_CSS);
  adopt(root, sheet); // not `= [sheet]`: Firefox's Xray refuses an array made by the content script
  const container = doc.createElement('div');
  container.className = 'nm';
  root.append(container);
  doc.documentElement.append(host);
  current = { host, root, container };
  return current;
}

/** True if `node` is inside our UI (selections there are not the page's). */
export function isInsideUi(node: Node | null): boolean {
  if (!current || !node) return false;
  return node === current.host || current.host.contains(node) || node.getRootNode() === current.root;
}

/** Places a fixed-position element near a viewport point, kept on screen. */
export function placeNear(el: HTMLElement, x: number, y: number, win: Window): void {
  el.style.left = '0px';
  el.style.top = '0px';
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const left = Math.max(4, Math.min(x, win.innerWidth - w - 4));
  const top = y + h + 8 > win.innerHeight ? Math.max(4, y - h - 8) : y;
  el.style.left = `${Math.round(left)}px`;
  el.style.top = `${Math.round(top)}px`;
}

/** A button that keeps the page's selection when pressed and never leaks its click to the page. */
export function makeButton(doc: Document, label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (primary) b.className = 'primary';
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}
