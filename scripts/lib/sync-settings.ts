/**
 * Settings → Sync, driven the way a reader does it (real typing, a trusted
 * click: `permissions.request` needs a user gesture). Shared by the sync e2e
 * test and the library bench with sync on.
 */
import { waitInPage, type TestBrowser, type TestPage } from './browsers';
import { setInput } from './reader';

export interface SyncFields {
  url: string;
  database: string;
  username: string;
  password: string;
  displayName: string;
  teamDatabase?: string;
}

/** A trusted click at the middle of an element of an extension page. */
export async function realClick(page: TestPage, selector: string): Promise<void> {
  const box = await waitInPage(
    page,
    (s: string) => {
      const el = document.querySelector(s) as HTMLElement | null;
      if (!el || (el as HTMLButtonElement).disabled) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    selector,
    10_000,
    selector,
  );
  await page.mouse.click(box.x, box.y);
}

/** Fills in Settings → Sync and presses "Turn on sync" or "Test connection"; returns the settings page, still open. */
export async function fillSync(b: TestBrowser, fields: SyncFields, button: 'sync-save' | 'sync-test'): Promise<TestPage> {
  const page = await b.openExtensionPage('options.html');
  // Filled in once the stored settings have loaded (the form starts from them).
  await waitInPage(page, () => !!document.querySelector('[data-testid=sync-settings][aria-busy=false]'), null, 10_000, 'sync form');
  await setInput(page, '[data-testid=sync-url]', fields.url);
  await setInput(page, '[data-testid=sync-database]', fields.database);
  await setInput(page, '[data-testid=sync-username]', fields.username);
  await setInput(page, '[data-testid=sync-password]', fields.password);
  await setInput(page, '[data-testid=sync-displayName]', fields.displayName);
  if (fields.teamDatabase !== undefined) await setInput(page, '[data-testid=sync-teamDatabase]', fields.teamDatabase);
  await realClick(page, `[data-testid=${button}]`);
  return page;
}

/** Turns sync on in `b` with `fields`; throws with what the settings say if it does not come on. */
export async function turnOnSync(b: TestBrowser, fields: SyncFields): Promise<void> {
  const page = await fillSync(b, fields, 'sync-save');
  try {
    await waitInPage(page, () => !!document.querySelector('[data-testid=sync-status]'), null, 15_000, 'sync on');
  } catch (err) {
    const said = await page.evaluate(() => document.querySelector('[data-testid=sync-settings]')?.textContent ?? '', null);
    throw new Error(`sync did not turn on in ${b.name}; the settings say: ${said}`, { cause: err });
  }
  await page.close();
}
