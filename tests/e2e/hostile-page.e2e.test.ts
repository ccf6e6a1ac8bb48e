/**
 * The page is hostile (issue 22): on a page of our own making whose script
 * wants the reader's notes, in real Chromium and Firefox with the built
 * extension. The reader makes a note with real input; then the page's script,
 * run in the page's main world as a page script runs, tries to read it, to
 * open our UI with synthetic events, and to delete and forge notes with
 * synthetic clicks. It reads nothing, opens nothing, deletes and saves
 * nothing: the extension's store is checked from an extension page.
 *
 * The test itself sees our closed shadow root only through the browser's
 * debugging protocol (scripts/lib/ui-root.ts), a route no page has. Some
 * steps use that route to hold our buttons as a page would if the root were
 * open, and `.click()` them: the untrusted click must still do nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, waitInPage, type BrowserName, type TestBrowser, type TestPage } from '../../scripts/lib/browsers';
import { clickUi, dragSelect, rectOf, tooltipWith, uiRect } from '../../scripts/lib/reader';
import { inUi, waitForToast, waitInUi } from '../../scripts/lib/ui-root';

const BODY = 'Ask the clerk for the crew rota, zebra-quartz-41';
const TAGS = ['ferry-secret-tag', 'westmere-audit'];
const PHRASE = 'late report on fuel costs';
const OTHER = 'fixed fare for residents';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

interface StoredNote {
  body: string;
  tags: string[];
  exact: string;
}

/** The notes the extension stored for the hostile page, read from an extension page. */
function storedNotes(ext: TestPage): Promise<StoredNote[]> {
  return ext.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
    const reply = (await api.runtime.sendMessage({ type: 'library:query', filter: {}, offset: 0, limit: 1000 })) as {
      items: { note: { body: string; tags: string[]; target: { source: string; selector: { type: string; exact?: string }[] } } }[];
    };
    return reply.items
      .filter((i) => i.note.target.source.includes('/fixtures/hostile/'))
      .map((i) => ({
        body: i.note.body,
        tags: i.note.tags,
        exact: i.note.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '',
      }));
  }, null);
}

/**
 * Page-world (the page's script): everything the page can reach that could
 * hold a note's words: the DOM with attributes, open shadow roots, the
 * selection, the highlight registry, performance entries, the messages and
 * mutations it watched, ElementInternals it captured, our host's shadowRoot.
 */
function whatThePageSees() {
  const w = window as unknown as { __seen: string[]; __internals: ElementInternals[] };
  const parts: string[] = [document.documentElement.outerHTML, document.body.innerText, String(getSelection())];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      for (const a of el.attributes) parts.push(a.value);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.innerHTML, el.shadowRoot.textContent ?? '');
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  for (const [name, h] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
    parts.push(name);
    for (const r of h) parts.push(r.toString());
  }
  for (const e of performance.getEntries()) parts.push(e.name);
  parts.push(...w.__seen);
  const captured = w.__internals.map((i) => i.shadowRoot);
  for (const root of captured) if (root) parts.push(root.innerHTML, root.textContent ?? '');
  const active = document.activeElement;
  parts.push(active ? active.outerHTML : '');
  const host = document.querySelector('newsmark-ui');
  return {
    text: parts.join('\n'),
    hostFound: !!host,
    hostShadowRoot: host ? String(host.shadowRoot) : null,
    capturedRoots: captured.map((r) => String(r)),
  };
}

/** Page-world: synthetic pointer events at the centre of the first `newsmark-note` range ("hover" or "click"). */
function syntheticOnNote(what: 'hover' | 'click') {
  const h = CSS.highlights.get('newsmark-note') as unknown as Iterable<Range> | undefined;
  const range = h ? [...h][0] : undefined;
  if (!range) return null;
  const b = range.getClientRects()[0];
  const x = (b.left + b.right) / 2;
  const y = (b.top + b.bottom) / 2;
  const target = document.elementFromPoint(x, y) ?? document.body;
  const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window, button: 0 };
  const types =
    what === 'hover'
      ? ['pointerover', 'pointermove', 'mouseover', 'mousemove']
      : ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
  for (const type of types) target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
  return { x, y };
}

/** Page-world: selects `phrase` with a script, then sends the events a reader's selection would make. */
function scriptedSelection(phrase: string) {
  const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(phrase);
    if (i < 0) continue;
    getSelection()!.setBaseAndExtent(n, i, n, i + phrase.length);
    const b = getSelection()!.getRangeAt(0).getBoundingClientRect();
    const init = { bubbles: true, cancelable: true, composed: true, clientX: b.right, clientY: b.bottom - 2, view: window };
    n.parentElement!.dispatchEvent(new MouseEvent('mouseup', init));
    n.parentElement!.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Shift', shiftKey: true }));
    return getSelection()!.toString();
  }
  return null;
}

/** In our UI: what shows (the tooltip's text, the editor's title and note, whether the toolbar is up). */
function uiState(root: ShadowRoot) {
  const tip = root.querySelector('.tooltip') as HTMLElement | null;
  const editor = root.querySelector('.editor') as HTMLElement | null;
  const bar = root.querySelector('.toolbar') as HTMLElement | null;
  return {
    tooltip: tip && !tip.hidden ? tip.textContent : null,
    editor: editor ? editor.getAttribute('aria-label') : null,
    note: editor ? (editor.querySelector('textarea') as HTMLTextAreaElement).value : null,
    toolbar: !!bar && !bar.hidden,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 400)); // past our rAF and setTimeout(0)

/** Moves the real mouse off the article, so only synthetic events are over the note. */
async function mouseAway(page: TestPage): Promise<void> {
  await page.mouse.move(1250, 880);
  await waitInUi(
    page,
    (root) => {
      const tip = root.querySelector('.tooltip') as HTMLElement | null;
      return !tip || tip.hidden;
    },
    null,
    3000,
    'tooltip hidden',
  );
}

function expectNothingOfTheNote(seen: { text: string }): void {
  expect(seen.text).not.toContain(BODY);
  expect(seen.text).not.toContain('zebra-quartz');
  for (const t of TAGS) expect(seen.text).not.toContain(t);
}

const browsers: BrowserName[] = ['chromium', 'firefox'];

describe.each(browsers)('a hostile page in %s', (name) => {
  const available = browserAvailable(name);
  let b: TestBrowser;
  let ext: TestPage;
  let page: TestPage;
  beforeAll(async () => {
    if (!available) return;
    b = await launch(name);
    ext = await b.openExtensionPage('popup.html');
    page = await b.newPage();
    await page.goto(`${server.url}/fixtures/hostile/index.html`);
    await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 20_000, 'newsmark:painted');
  });
  afterAll(async () => {
    await b?.close();
  });

  // (Not covered: while the editor is open, editing commands and composed key events reach the focused
  // note field; see README, "Security model", limits.)
  it.skipIf(!available)(
    'after the reader makes a note, the page finds no note body or tags in anything it can read, even while our UI shows them',
    async () => {
      // The reader: drag-select, Note, type the note, Tab to the tags, type them, Save.
      const selected = await dragSelect(page, PHRASE);
      expect(selected).toBe(PHRASE);
      await clickUi(page, '.toolbar [data-action=note]');
      await waitInUi(page, uiRect, '.editor textarea', 5000, 'note editor');
      await page.keyboard.type(BODY);
      await page.keyboard.press('Tab');
      await page.keyboard.type(TAGS.join(', '));
      await clickUi(page, '.editor [data-action=save]');
      await waitForToast(page, 'Note saved');
      expect(await storedNotes(ext)).toEqual([{ body: BODY, tags: TAGS, exact: PHRASE }]);

      // The page: our host is there, its shadow root is not.
      const afterSave = await page.evaluate(whatThePageSees, null);
      expect(afterSave.hostFound).toBe(true);
      expect(afterSave.hostShadowRoot).toBe('null');
      expectNothingOfTheNote(afterSave);

      // The reader hovers the note: the tooltip shows its words, and the page still cannot read them.
      const r = await page.evaluate(rectOf, { needle: PHRASE, scope: 'article' });
      await page.mouse.move(r!.left + 20, (r!.top + r!.bottom) / 2, { steps: 2 });
      const tip = await waitInUi(page, tooltipWith, BODY, 5000, 'tooltip with the note');
      expect(tip).toContain('Your note');
      expectNothingOfTheNote(await page.evaluate(whatThePageSees, null));

      // The reader clicks the note: the editor shows its text and tags; the page cannot read them either.
      await page.mouse.click(r!.left + 20, (r!.top + r!.bottom) / 2);
      const open = await waitInUi(
        page,
        (root) => {
          const area = root.querySelector('.editor textarea') as HTMLTextAreaElement | null;
          return area ? area.value : null;
        },
        null,
        5000,
        'editor of the note',
      );
      expect(open).toBe(BODY);
      expectNothingOfTheNote(await page.evaluate(whatThePageSees, null));
      await page.keyboard.press('Escape');
      await waitInUi(page, (root) => !root.querySelector('.editor'), null, 3000, 'editor closed');
    },
  );

  it.skipIf(!available)('its synthetic events open nothing', async () => {
    await mouseAway(page);
    expect(await page.evaluate(syntheticOnNote, 'hover')).not.toBeNull();
    await settle();
    expect((await inUi(page, uiState, null))!.tooltip).toBeNull();

    expect(await page.evaluate(syntheticOnNote, 'click')).not.toBeNull();
    await settle();
    expect((await inUi(page, uiState, null))!.editor).toBeNull();

    // A scripted selection and the mouseup/keyup that would follow a reader's: no toolbar.
    expect(await page.evaluate(scriptedSelection, OTHER)).toBe(OTHER);
    await settle();
    expect((await inUi(page, uiState, null))!.toolbar).toBe(false);
    await page.evaluate(() => getSelection()?.removeAllRanges(), null);
    expectNothingOfTheNote(await page.evaluate(whatThePageSees, null));
  });

  it.skipIf(!available)('its clicks delete and save nothing', async () => {
    // What the page itself can do: synthetic press on the note, then click whatever it can get hold of.
    await page.evaluate(syntheticOnNote, 'click');
    await settle();
    const reached = await page.evaluate(() => {
      const host = document.querySelector('newsmark-ui') as HTMLElement | null;
      host?.click();
      const inside = host?.shadowRoot?.querySelectorAll('button').length ?? 0;
      const b = host?.getBoundingClientRect();
      if (b) document.elementFromPoint(b.left + 1, b.top + 1)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return inside;
    }, null);
    expect(reached).toBe(0);
    await settle();
    expect(await storedNotes(ext)).toEqual([{ body: BODY, tags: TAGS, exact: PHRASE }]);

    // A page holding our buttons anyway (as it would with an open root): the reader has a note open,
    // the page .click()s Delete, then writes its own words and .click()s Save. Untrusted clicks: nothing happens.
    const r = await page.evaluate(rectOf, { needle: PHRASE, scope: 'article' });
    await page.mouse.click(r!.left + 20, (r!.top + r!.bottom) / 2);
    await waitInUi(page, uiRect, '.editor [data-action=delete]', 5000, 'editor with delete');
    await inUi(page, (root) => (root.querySelector('.editor [data-action=delete]') as HTMLButtonElement).click(), null);
    await settle();
    expect((await inUi(page, uiState, null))!.editor).toBe('Your note'); // still open: the click did nothing
    expect(await page.evaluate(() => CSS.highlights.get('newsmark-note')?.size ?? 0, null)).toBe(1);
    await inUi(
      page,
      (root) => {
        (root.querySelector('.editor textarea') as HTMLTextAreaElement).value = 'forged by the page';
        (root.querySelector('.editor [data-action=save]') as HTMLButtonElement).click();
      },
      null,
    );
    await settle();
    expect((await inUi(page, uiState, null))!.editor).toBe('Your note');
    await page.keyboard.press('Escape');
    await waitInUi(page, (root) => !root.querySelector('.editor'), null, 3000, 'editor closed');

    // The reader selects other words and the toolbar comes up; the page .click()s Highlight, a colour, Note.
    await dragSelect(page, OTHER);
    await waitInUi(page, uiRect, '.toolbar [data-action=highlight]', 5000, 'toolbar');
    await inUi(
      page,
      (root) => {
        (root.querySelector('.toolbar [data-action=highlight]') as HTMLButtonElement).click();
        (root.querySelector('.toolbar .swatch.pink') as HTMLButtonElement).click();
        (root.querySelector('.toolbar [data-action=note]') as HTMLButtonElement).click();
      },
      null,
    );
    await settle();
    const state = (await inUi(page, uiState, null))!;
    expect(state.editor).toBeNull();
    expect(state.toolbar).toBe(true); // still waiting for the reader
    await page.mouse.click(1250, 880); // the reader clicks elsewhere: the toolbar goes

    await settle();
    expect(await storedNotes(ext)).toEqual([{ body: BODY, tags: TAGS, exact: PHRASE }]);
    expect(
      await page.evaluate(
        () => [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((k) => k.startsWith('newsmark-note')),
        null,
      ),
    ).toEqual(['newsmark-note']);
  });

  it.skipIf(!available)('a page that claims the name <newsmark-ui> first gets neither our shadow root nor the note', async () => {
    const claimed = await b.newPage();
    await claimed.goto(`${server.url}/fixtures/hostile/index.html?predefine`);
    await waitInPage(claimed, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 20_000, 'newsmark:painted');
    const words = 'crew rota and the maintenance plan';
    await dragSelect(claimed, words);
    await clickUi(claimed, '.toolbar [data-action=note]');
    await waitInUi(claimed, uiRect, '.editor textarea', 5000, 'note editor');
    await claimed.keyboard.type(`${BODY} again`);
    await claimed.keyboard.press('Tab');
    await claimed.keyboard.type(TAGS.join(', '));
    await clickUi(claimed, '.editor [data-action=save]');
    await waitForToast(claimed, 'Note saved');
    expect(await storedNotes(ext)).toContainEqual({ body: `${BODY} again`, tags: TAGS, exact: words });

    const seen = await claimed.evaluate(whatThePageSees, null);
    expect(seen.hostFound).toBe(false); // the page's element was never ours
    // Its constructor ran once, on the element we made to test the name and then dropped: no root to see.
    expect(seen.capturedRoots).toEqual(['null']);
    expectNothingOfTheNote(seen);
    const hostName = await claimed.evaluate(
      () => [...document.documentElement.children].map((c) => c.localName).find((n) => n.startsWith('newsmark-ui')) ?? null,
      null,
    );
    expect(hostName).toMatch(/^newsmark-ui-[0-9a-f]{12}$/);
    await claimed.close();
  });
});
