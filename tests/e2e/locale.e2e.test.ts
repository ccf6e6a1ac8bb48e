/**
 * With the browser's UI language set to French, Newsmark speaks French: the
 * popup's words, its time of day written the French way (Intl), the welcome
 * page, and the extension's name and description in the manifest's
 * catalogue. In real Chromium and real Firefox (see LaunchOptions.uiLanguage
 * in scripts/lib/browsers.ts for how each is put in French here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, waitInPage, type BrowserName, type TestBrowser, type TestPage } from '../../scripts/lib/browsers';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Extension-page world: the id of the tab showing `url`. */
async function tabIdOf(url: string) {
  const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
  return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
}

async function click(page: TestPage, selector: string): Promise<void> {
  await waitInPage(page, (s: string) => !!document.querySelector(s), selector, 10_000, selector);
  await page.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), selector);
}

describe.each(['chromium', 'firefox'] as BrowserName[])('In French, %s', (name) => {
  const available = browserAvailable(name);
  let b: TestBrowser;
  beforeAll(async () => {
    if (available) b = await launch(name, undefined, { uiLanguage: 'fr' });
  });
  afterAll(async () => {
    await b?.close();
  });

  it.skipIf(!available)('shows the popup in French, with the time of day written the French way', async () => {
    const url = `${server.url}/demo/index.html`;
    const page = await b.newPage();
    await page.goto(url);
    const probe = await b.openExtensionPage('popup.html?probe');
    const tabId = await waitInPage(probe, tabIdOf, url, 10_000, 'article tab');
    const meta = await probe.evaluate(() => {
      const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
      return {
        ui: api.i18n.getMessage('@@ui_locale'),
        name: api.i18n.getMessage('extName'),
        description: api.i18n.getMessage('extDescription'),
      };
    }, null);
    expect(meta.ui).toMatch(/^fr/);
    expect(meta.description).toMatch(/^Lire l’actualité/);
    await probe.close();

    const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`);
    const view = await waitInPage(
      popup,
      () => {
        const pause = document.querySelector('[data-testid=pause-site]')?.textContent;
        const library = document.querySelector('[data-testid=library-link]')?.textContent;
        const exportAll = document.querySelector('#export-h')?.textContent;
        return pause && library && exportAll
          ? {
              pause,
              library,
              exportAll,
              lang: document.documentElement.lang,
              all: document.querySelector('[data-testid=pause-all]')?.textContent,
            }
          : null;
      },
      null,
      15_000,
      'popup',
    );
    expect(view).toEqual({
      pause: 'Mettre en pause sur ce site',
      library: 'Bibliothèque',
      exportAll: 'Exporter toutes les notes',
      lang: expect.stringMatching(/^fr/),
      all: 'Mettre en pause partout pendant une heure',
    });
    await click(popup, '[data-testid=pause-all]');
    // French writes the time of day on the 24-hour clock: "jusqu’à 14:05".
    const paused = await waitInPage(
      popup,
      () => document.querySelector('[data-testid=paused-all]')?.textContent ?? null,
      null,
      5000,
      'paused',
    );
    expect(paused).toMatch(/^En pause partout jusqu’à \d{2}:\d{2}\.$/);
    await click(popup, '[data-testid=pause-all-undo]');
    await waitInPage(popup, () => !!document.querySelector('[data-testid=pause-all]'), null, 5000, 'unpaused');
    await Promise.all([popup.close(), page.close()]);
  });

  it.skipIf(!available)('shows the welcome page in French', async () => {
    const page = await b.openExtensionPage('welcome.html');
    const heading = await waitInPage(page, () => document.querySelector('h1')?.textContent || null, null, 10_000, 'heading');
    expect(heading).toBe('Bienvenue dans Newsmark');
    expect(await page.evaluate(() => document.title, null)).toBe('Bienvenue dans Newsmark');
    await page.close();
  });
});
