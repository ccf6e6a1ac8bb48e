/**
 * Which tab the popup describes: `?tab=ID` when given, else the active tab;
 * when the popup page is itself open in a tab, the most recently used web page.
 */
import { browser } from 'wxt/browser';

export async function targetTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const self = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== self?.id) return active.id;
  const tabs = await browser.tabs.query({ currentWindow: true });
  // Web pages only: the extension's own pages (the welcome page, the library) have nothing to describe.
  const others = tabs.filter((t) => t.id !== undefined && t.id !== self?.id && /^https?:/.test(t.url ?? ''));
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}
