/**
 * First run: the welcome page opens once, when Newsmark is installed — not on
 * an update, not on a browser update, not when the background restarts.
 */
import { browser } from 'wxt/browser';

/** The reason `runtime.onInstalled` gives; only "install" is a first run. */
export function opensWelcome(reason: string): boolean {
  return reason === 'install';
}

export async function onInstalled(reason: string): Promise<void> {
  if (!opensWelcome(reason)) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
}
