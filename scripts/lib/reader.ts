/**
 * What a reader does on a page, for the end-to-end tests and `npm start`:
 * find a phrase, drag-select it with the mouse, press a button in Newsmark's
 * shadow-root UI, read what is painted. Functions passed to `page.evaluate`
 * run in the page, so each of them is self-contained.
 */
import { waitInPage, type TestBrowser, type TestPage } from './browsers';
import { waitInUi } from './ui-root';

/** Page-world: viewport rectangle of the first occurrence of `needle` inside `scope`, scrolled into view. */
export function rectOf({ needle, scope }: { needle: string; scope: string }) {
  const root = document.querySelector(scope);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(needle);
    if (i < 0) continue;
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + needle.length);
    const b = r.getClientRects()[0];
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  }
  return null;
}

/** In our UI (see ui-root.ts): centre of a visible element inside Newsmark's closed shadow root, with its text. */
export function uiRect(root: ShadowRoot, selector: string) {
  const el = root.querySelector(selector) as HTMLElement | null;
  if (!el || el.closest('[hidden]')) return null;
  const b = el.getBoundingClientRect();
  if (b.width === 0) return null;
  return { x: b.left + b.width / 2, y: b.top + b.height / 2, text: el.textContent ?? '' };
}

/** In our UI: the hover tooltip's text once it shows and holds `words`, else null. */
export function tooltipWith(root: ShadowRoot, words: string) {
  const t = root.querySelector('.tooltip') as HTMLElement | null;
  return t && !t.hidden && t.textContent?.includes(words) ? t.textContent : null;
}

/** Page-world: the texts painted under each `newsmark-<kind>` highlight. */
export function paintedTexts(kinds: readonly string[]) {
  const out: Record<string, string[]> = {};
  for (const k of kinds) {
    const h = CSS.highlights.get(`newsmark-${k}`);
    out[k] = h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [];
  }
  return out;
}

/** Page-world: true once Newsmark has painted the page. */
export function isPainted() {
  return performance.getEntriesByName('newsmark:painted').length > 0;
}

/** Drag-selects `phrase` (first occurrence inside `scope`) with the mouse; returns the selection's text. */
export async function dragSelect(page: TestPage, phrase: string, scope = 'article'): Promise<string> {
  const r = await page.evaluate(rectOf, { needle: phrase, scope });
  if (!r) throw new Error(`"${phrase}" not found in ${scope}`);
  const y = (r.top + r.bottom) / 2;
  await page.mouse.move(r.left + 1, y);
  await page.mouse.down();
  await page.mouse.move(r.right - 1, y, { steps: 5 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()?.toString().trim() ?? '', null);
}

/** Clicks an element of Newsmark's UI with the mouse, as the reader does (waits for it to show). */
export async function clickUi(page: TestPage, selector: string, timeoutMs = 5000): Promise<void> {
  const at = await waitInUi(page, uiRect, selector, timeoutMs, `our UI's ${selector}`);
  await page.mouse.click(at.x, at.y);
}

/**
 * Presses an export button on an extension page and returns the text of the
 * file it offers (the hidden link `link`, see components/download.tsx). A
 * link left by an earlier press is removed first. (Reading the file as text
 * drops a UTF-8 byte-order mark.)
 */
export async function exportedText(page: TestPage, button: string, link: string, timeoutMs = 10_000): Promise<string> {
  await page.evaluate(
    ({ button, link }: { button: string; link: string }) => {
      document.querySelector(link)?.remove();
      (document.querySelector(button) as HTMLButtonElement).click();
    },
    { button, link },
  );
  return waitInPage(
    page,
    async (l: string) => {
      const a = document.querySelector(l) as HTMLAnchorElement | null;
      return a ? (await fetch(a.href)).text() : null;
    },
    link,
    timeoutMs,
    `the file of ${button}`,
  );
}

/**
 * Sets the reader's settings to paint every kind (the settings' "Everything";
 * the default is calm: people and claims' sources only), for tests and
 * screenshots that look at every kind.
 */
export async function paintEverything(b: TestBrowser, mode: 'all' | 'calm' = 'all'): Promise<void> {
  const page = await b.openExtensionPage('popup.html?probe');
  await page.evaluate(async (paintMode: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
    const key = 'newsmark:settings';
    const current = ((await api.storage.local.get(key))[key] ?? {}) as Record<string, unknown>;
    await api.storage.local.set({ [key]: { ...current, paintMode } });
  }, mode);
  await page.close();
}

/**
 * Types `value` into the input or select at `selector` of an extension page,
 * once it is there, as the page's handlers see typing: input and change events.
 */
export async function setInput(page: TestPage, selector: string, value: string): Promise<void> {
  await waitInPage(page, (s: string) => !!document.querySelector(s), selector, 10_000, selector);
  await page.evaluate(
    ({ s, v }: { s: string; v: string }) => {
      const el = document.querySelector(s) as HTMLInputElement;
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { s: selector, v: value },
  );
}
