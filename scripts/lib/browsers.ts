/**
 * Browser launcher for end-to-end tests, the demo and the benchmark: the built extension in Debian's Chromium (playwright-core,
 * persistent context, --load-extension, new headless) and Firefox ESR
 * (puppeteer-core over WebDriver BiDi, browser.installExtension).
 *
 * Both are wrapped in one small interface so each test runs in both browsers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'newsmark@newsmark.dev';
/** Fixed internal UUID for the Firefox add-on, so its pages have a known address. */
export const FIREFOX_UUID = '6f1e3a52-2c1b-4f7e-9d1a-5e6b7c8d9e0f';

export type BrowserName = 'chromium' | 'firefox';

/**
 * Flags for Debian's Chromium here: as root (no sandbox), no GPU, and none of
 * the background connections this closed network refuses.
 */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The subset of Playwright's and Puppeteer's Page that the tests use (they agree on it). */
export interface TestPage {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouse: {
    move(x: number, y: number, opts?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
  screenshot(opts: { clip: { x: number; y: number; width: number; height: number } }): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** Origin of the extension's pages, e.g. chrome-extension://ID */
  extensionOrigin: string;
  /** A new tab; `init` runs in the page's main world before its scripts. */
  newPage(init?: () => void): Promise<TestPage>;
  /** A new tab showing one of the extension's pages, e.g. "popup.html". */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Stops the extension's background (Chromium's MV3 service worker); resolves once stopped. */
  stopBackground?(): Promise<void>;
  close(): Promise<void>;
  /**
   * Console messages of the extension's background (Chromium: its service
   * worker). Optional: not every browser driver exposes them.
   */
  onBackgroundConsole?(listener: (type: string, text: string) => void): void;
}

/** Whether a browser binary exists; under CI=true a missing browser is a failure. */
export function browserAvailable(name: BrowserName): boolean {
  const path = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  const ok = existsSync(path);
  if (!ok && process.env.CI === 'true') throw new Error(`${name} not found at ${path} (CI=true: a missing browser is a failure)`);
  return ok;
}

export function buildDir(name: BrowserName): string {
  const dir = join(ROOT, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}: run npm run build:all first`);
  return dir;
}

/** Launch options: `uiLanguage` runs the browser in another UI language (e.g. 'fr'), as a reader who set it would. */
export interface LaunchOptions {
  uiLanguage?: string;
  /** Load another build than .output's (a test build; never shipped). */
  extensionDir?: string;
  /** Leave the welcome page that opens on install (the first-run test reads it); by default it is closed. */
  keepWelcome?: boolean;
}

/** Time the welcome page gets to open after a fresh install before the launcher stops waiting for it. */
const WELCOME_WAIT_MS = 20_000;

/**
 * The welcome page opens in a new tab on install, as it should for a reader.
 * In a test it would open a few seconds in, come to the front and leave the
 * test's own page in a background tab, where Chromium draws a frame a second
 * (each mouse move then waits for one) and Firefox's hover can go astray. So
 * the launcher waits for it and closes it, unless `keepWelcome` is set.
 * `fresh` says an install is expected (a new profile); otherwise one look.
 */
async function dismissWelcome(pages: () => Promise<{ url(): string; close(): Promise<void> }[]>, fresh: boolean): Promise<void> {
  const deadline = Date.now() + (fresh ? WELCOME_WAIT_MS : 0);
  for (;;) {
    const welcome = (await pages()).filter((p) => /^(chrome|moz)-extension:\/\/[^/]+\/welcome\.html/.test(p.url()));
    if (welcome.length) {
      for (const p of welcome) await p.close();
      return;
    }
    if (Date.now() >= deadline) {
      if (fresh) throw new Error(`the welcome page did not open within ${WELCOME_WAIT_MS / 1000} s of a fresh install`);
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launch(name: BrowserName, profile?: string, opts: LaunchOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(profile, false, opts) : launchFirefox(profile, false, opts);
}

/** Where Debian keeps Chromium's files (the binary beside its locales/ folder). */
const CHROMIUM_DIR = process.env.CHROMIUM_DIR ?? '/usr/lib/chromium';

/**
 * Chromium picks its UI language only among the locale packs it ships, and
 * Debian's ships en-US alone. For another language: a copy of the browser
 * made of hard links (no disk cost), with that language's pack standing in
 * as a link to en-US's (Chromium's own menus stay English; what the UI
 * language decides for extensions, the catalogue they get, is real).
 */
function chromiumWithLocale(lang: string): string {
  const dir = join(tmpdir(), `newsmark-chromium-${lang}`);
  const pak = join(dir, 'locales', `${lang}.pak`);
  if (!existsSync(pak)) {
    rmSync(dir, { recursive: true, force: true });
    try {
      execFileSync('cp', ['-al', CHROMIUM_DIR, dir]);
    } catch {
      execFileSync('cp', ['-a', CHROMIUM_DIR, dir]);
    }
    linkSync(join(dir, 'locales', 'en-US.pak'), pak);
  }
  return join(dir, 'chromium');
}

/**
 * A Firefox language pack with no strings of its own, so that Firefox ESR
 * (which ships en-US alone) can take `lang` as its UI language: what it
 * decides for extensions (the catalogue they get) is real.
 */
function firefoxLangpack(lang: string, version: string): string {
  const dir = mkdtempSync(join(tmpdir(), `newsmark-langpack-${lang}-`));
  mkdirSync(join(dir, 'browser'));
  const major = version.split('.')[0];
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 2,
      name: `Language: ${lang} (tests)`,
      version,
      langpack_id: lang,
      browser_specific_settings: {
        gecko: { id: `langpack-${lang}-tests@newsmark.dev`, strict_min_version: `${major}.0`, strict_max_version: `${major}.*` },
      },
      languages: { [lang]: { chrome_resources: {}, version: '20260101000000' } },
      sources: { browser: { base_path: 'browser/' } },
    }),
  );
  return dir;
}

/** A visible browser window with Newsmark installed, showing `url` (for `npm start` on a desktop). */
export async function launchVisible(name: BrowserName, url: string): Promise<TestBrowser> {
  const b = name === 'chromium' ? await launchChromium(undefined, true) : await launchFirefox(undefined, true);
  const page = await b.newPage();
  await page.goto(url);
  return b;
}

async function launchChromium(profile?: string, visible = false, opts: LaunchOptions = {}): Promise<TestBrowser> {
  const { chromium } = await import('playwright-core');
  const ext = opts.extensionDir ?? buildDir('chromium');
  const fresh = !profile || !existsSync(profile) || readdirSync(profile).length === 0;
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'newsmark-chromium-'));
  const lang = opts.uiLanguage;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: lang ? chromiumWithLocale(lang) : CHROMIUM_PATH,
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang } } : {}),
    headless: false, // we pass --headless=new ourselves: extensions need the new headless mode
    viewport: { width: 1280, height: 900 },
    args: [
      ...(visible ? [] : ['--headless=new']),
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...(lang ? [`--lang=${lang}`] : []),
      ...CHROMIUM_FLAGS,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionOrigin = /^chrome-extension:\/\/[a-p]{32}/.exec(worker.url())![0];
  if (!opts.keepWelcome) await dismissWelcome(async () => context.pages(), fresh);
  return {
    name: 'chromium',
    extensionOrigin,
    async newPage(init) {
      const page = await context.newPage();
      if (init) await page.addInitScript(init);
      return page as unknown as TestPage;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return page as unknown as TestPage;
    },
    async stopBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close();
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
    onBackgroundConsole(listener) {
      const attach = (w: { url(): string; on(e: 'console', l: (m: { type(): string; text(): string }) => void): unknown }) => {
        if (w.url().startsWith(extensionOrigin)) w.on('console', (m) => listener(m.type(), m.text()));
      };
      for (const w of context.serviceWorkers()) attach(w);
      context.on('serviceworker', attach);
    },
  };
}

/**
 * Chromium for the benchmark: the same binary and flags as `launch('chromium')`,
 * with or without the built extension, exposing Playwright's context so the
 * caller can open CDP sessions (profiling, tracing). `extensionOrigin` is null
 * without the extension. `extensionDir` loads a copy of the build instead of
 * .output/chrome-mv3 (a snapshot that a concurrent rebuild cannot change).
 */
export async function launchChromiumContext(
  withExtension: boolean,
  extensionDir?: string,
): Promise<{
  context: import('playwright-core').BrowserContext;
  extensionOrigin: string | null;
  close(): Promise<void>;
}> {
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsmark-bench-'));
  const ext = withExtension ? (extensionDir ?? buildDir('chromium')) : null;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : ['--disable-extensions']),
      ...CHROMIUM_FLAGS,
    ],
  });
  let extensionOrigin: string | null = null;
  if (ext) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
    extensionOrigin = /^chrome-extension:\/\/[a-p]{32}/.exec(worker.url())![0];
  }
  return {
    context,
    extensionOrigin,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(profile?: string, visible = false, opts: LaunchOptions = {}): Promise<TestBrowser> {
  const lang = opts.uiLanguage;
  const puppeteer = (await import('puppeteer-core')).default;
  const ext = opts.extensionDir ?? buildDir('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !visible,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'xpinstall.signatures.required': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...(lang ? { 'intl.locale.requested': lang, 'extensions.langpacks.signatures.required': false } : {}),
    },
  });
  let langpack: string | null = null;
  if (lang) {
    // Before Newsmark, so that Firefox already speaks `lang` when the extension starts.
    const version = /(\d+\.\d+(\.\d+)?)/.exec(await browser.version())?.[1] ?? '140.0';
    langpack = firefoxLangpack(lang, version);
    await browser.installExtension(langpack);
  }
  await browser.installExtension(ext);
  // A temporary add-on is installed afresh at every launch, so the welcome page opens every time.
  // Firefox does not always report an extension tab's address to WebDriver BiDi: ask the page itself.
  const withAddress = async () =>
    Promise.all(
      (await browser.pages()).map(async (p) => {
        const href = p.url().startsWith('moz-extension:') ? p.url() : await p.evaluate(() => location.href).catch(() => p.url());
        return { url: () => href, close: () => p.close() };
      }),
    );
  if (!opts.keepWelcome) await dismissWelcome(withAddress, true);
  return {
    name: 'firefox',
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    async newPage(init) {
      const page = await browser.newPage();
      if (init) await page.evaluateOnNewDocument(init);
      return page as unknown as TestPage;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_UUID}/${path}`;
      // Firefox loads moz-extension:// pages but never reports the navigation
      // as finished over BiDi: start it, then wait for the document ourselves.
      void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
      const test = page as unknown as TestPage;
      await waitInPage(test, (u: string) => location.href === u && document.readyState === 'complete', url, 15_000, url);
      return test;
    },
    async close() {
      await browser.close();
      if (langpack) rmSync(langpack, { recursive: true, force: true });
    },
  };
}

/** Polls `check` in the page until it returns a truthy value. */
export async function waitInPage<R, A>(
  page: TestPage,
  check: (arg: A) => R | Promise<R>,
  arg: A,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(check, arg).catch(() => null);
    if (value) return value as NonNullable<R>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
