/**
 * A stranger's first minutes, in real Chromium and real Firefox with the
 * built extension: the welcome page opens once on install; "Pause on this
 * site" clears the page's highlights at once and still holds after a reload
 * (Undo brings them back); "Pause everywhere for an hour" likewise; the
 * toolbar badge counts the reader's notes on the page. axe finds no serious
 * or critical violation on the welcome page, light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, ROOT, waitInPage, type BrowserName, type TestBrowser, type TestPage } from '../../scripts/lib/browsers';
import { clickUi, dragSelect, uiRect } from '../../scripts/lib/reader';
import { waitForToast, waitInUi } from '../../scripts/lib/ui-root';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns its serious and critical violations. */
async function axe(page: TestPage): Promise<string[]> {
  await (page as unknown as { evaluate(src: string): Promise<unknown> }).evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, null);
}

/** Page-world: how many ranges Newsmark paints on this page, all kinds together. */
function paintedCount() {
  let n = 0;
  for (const [name, h] of CSS.highlights as unknown as Map<string, { size: number }>) if (name.startsWith('newsmark-')) n += h.size;
  return n;
}

/** Extension-page world: the id of the tab showing `url`. */
async function tabIdOf(url: string) {
  const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
  const tabs = await api.tabs.query({});
  return tabs.find((t) => t.url === url)?.id ?? null;
}

/** Extension-page world: how many tabs show the extension's page `url` (Chromium hides their addresses from tabs.query). */
function tabsAt(url: string) {
  const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
  return api.extension.getViews({ type: 'tab' }).filter((w) => w.location.href === url).length;
}

/** Extension-page world: the toolbar button's badge text on a tab. */
async function badgeOf(tabId: number) {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  const api = g.browser ?? g.chrome;
  const action = (api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction) as typeof chrome.action;
  return action.getBadgeText({ tabId });
}

/** Polls `read` (in Node) until it returns `want`; returns what it read last. */
async function until<T>(read: () => Promise<T>, want: T, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let got = await read();
  while (got !== want && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    got = await read();
  }
  return got;
}

/** Clicks an element of an extension page once it is there. */
async function click(page: TestPage, selector: string): Promise<void> {
  await waitInPage(page, (s: string) => !!document.querySelector(s), selector, 10_000, selector);
  await page.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), selector);
}

const browsers: BrowserName[] = ['chromium', 'firefox'];

describe.each(browsers)('First run in %s', (name) => {
  const available = browserAvailable(name);
  let b: TestBrowser;
  const demo = () => `${server.url}/demo/index.html`;

  beforeAll(async () => {
    if (available) b = await launch(name, undefined, { keepWelcome: true });
  });
  afterAll(async () => {
    await b?.close();
  });

  async function openDemo(): Promise<TestPage> {
    const page = await b.newPage();
    await page.goto(demo());
    await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 20_000, 'newsmark:painted');
    return page;
  }

  async function popupFor(url: string): Promise<TestPage> {
    const probe = await b.openExtensionPage('welcome.html');
    const tabId = await waitInPage(probe, tabIdOf, url, 10_000, 'article tab');
    await probe.close();
    return b.openExtensionPage(`popup.html?tab=${tabId}`);
  }

  it.skipIf(!available)('opens the welcome page once, on install', async () => {
    const welcome = `${b.extensionOrigin}/welcome.html`;
    const probe = await b.openExtensionPage('popup.html?probe');
    const count = () => probe.evaluate(tabsAt, welcome);
    expect(await until(count, 1, 15_000)).toBe(1);
    // It shows the legend painted with the real highlight styles, the shortcut, and the privacy promise.
    const page = await b.openExtensionPage('welcome.html');
    const view = await waitInPage(
      page,
      () => {
        const legend = document.querySelector('[data-testid=legend]');
        const painted = ['newsmark-person', 'newsmark-claim', 'newsmark-note'].map((n) => CSS.highlights.get(n)?.size ?? 0);
        return legend && painted.every((n) => n > 0)
          ? {
              painted,
              shortcut: document.querySelector('[data-testid=shortcut]')?.textContent,
              privacy: document.querySelector('[data-testid=privacy]')?.textContent ?? '',
            }
          : null;
      },
      null,
      10_000,
      'welcome page painted',
    );
    expect(view.shortcut).toMatch(/H$/);
    expect(view.privacy).toMatch(/sends nothing/);
    expect(await axe(page)).toEqual([]);
    const media = page as unknown as { emulateMedia?(o: { colorScheme: 'dark' }): Promise<void> };
    if (media.emulateMedia) {
      await media.emulateMedia({ colorScheme: 'dark' });
      expect(await axe(page)).toEqual([]);
    }
    await page.close();
    // Waking the background again (a restart of Chromium's service worker) opens nothing more.
    if (b.stopBackground) {
      await b.stopBackground();
      const again = await openDemo();
      await again.close();
    }
    await new Promise((r) => setTimeout(r, 1000));
    expect(await count()).toBe(1);
    await probe.close();
  });

  it.skipIf(!available)('shows the number of notes on the page in the toolbar badge, none where there are none', async () => {
    const page = await openDemo();
    const probe = await b.openExtensionPage('welcome.html');
    const tabId = (await waitInPage(probe, tabIdOf, demo(), 10_000, 'article tab')) as number;
    expect(await until(() => probe.evaluate(badgeOf, tabId), '', 10_000)).toBe('');
    await dragSelect(page, 'mapping undersea data cables');
    await clickUi(page, '.toolbar [data-action=highlight]');
    await waitForToast(page, 'saved');
    expect(await until(() => probe.evaluate(badgeOf, tabId), '1', 10_000)).toBe('1');
    await page.reload();
    expect(await until(() => probe.evaluate(badgeOf, tabId), '1', 20_000)).toBe('1');
    // Delete it again (click the highlight, Delete): the badge goes.
    await waitInPage(page, () => (CSS.highlights.get('newsmark-note')?.size ?? 0) > 0, null, 20_000, 'note restored');
    const r = await page.evaluate((needle: string) => {
      const el = [...document.querySelectorAll('article p')].find((p) => p.textContent?.includes(needle))!;
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const i = (n as Text).data.indexOf(needle);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i + 2);
        range.setEnd(n, i + 3);
        const b = range.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    }, 'mapping undersea');
    await page.mouse.click(r!.x, r!.y);
    await waitInUi(page, uiRect, '.editor [data-action=delete]', 5000, 'editor');
    await clickUi(page, '.editor [data-action=delete]');
    expect(await until(() => probe.evaluate(badgeOf, tabId), '', 10_000)).toBe('');
    await Promise.all([probe.close(), page.close()]);
  });

  it.skipIf(!available)('"Pause on this site" clears the page at once, holds after a reload, and Undo brings it back', async () => {
    const page = await openDemo();
    expect(await page.evaluate(paintedCount, null)).toBeGreaterThan(0);
    const popup = await popupFor(demo());
    await click(popup, '[data-testid=pause-site]');
    expect(await until(() => page.evaluate(paintedCount, null), 0, 5000)).toBe(0);
    expect(
      await waitInPage(popup, () => document.querySelector('[data-testid=paused-site]')?.textContent ?? null, null, 5000, 'paused status'),
    ).toMatch(/localhost|127\.0\.0\.1/);

    await page.reload();
    await new Promise((r) => setTimeout(r, 2000));
    expect(await page.evaluate(paintedCount, null)).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('newsmark:painted').length, null)).toBe(0);
    // The settings page lists it: the same never-list.
    const settings = await b.openExtensionPage('options.html');
    expect(
      await waitInPage(
        settings,
        () => document.querySelector('[data-testid=never-sites]')?.textContent || null,
        null,
        10_000,
        'never list',
      ),
    ).toMatch(/localhost|127\.0\.0\.1/);
    await settings.close();

    await click(popup, '[data-testid=pause-site-undo]');
    await waitInPage(popup, () => !!document.querySelector('[data-testid=pause-site]'), null, 5000, 'unpaused');
    await page.reload();
    await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 20_000, 'painted again');
    await Promise.all([popup.close(), page.close()]);
  });

  it.skipIf(!available)('"Pause everywhere for an hour" clears the page, and Undo paints it again', async () => {
    const page = await openDemo();
    const popup = await popupFor(demo());
    await click(popup, '[data-testid=pause-all]');
    expect(await until(() => page.evaluate(paintedCount, null), 0, 5000)).toBe(0);
    expect(
      await waitInPage(popup, () => document.querySelector('[data-testid=paused-all]')?.textContent ?? null, null, 5000, 'paused status'),
    ).toMatch(/\d/);
    await click(popup, '[data-testid=pause-all-undo]');
    await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 1, null, 20_000, 'painted again');
    await Promise.all([popup.close(), page.close()]);
  });
});
