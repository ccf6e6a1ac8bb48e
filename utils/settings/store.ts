/**
 * Settings in `browser.storage.local` (the "storage" permission): readable
 * from the content script, the popup, the library and the options page
 * without a round trip through the background, and changes reach every open
 * page through `storage.onChanged`.
 */
import { browser } from 'wxt/browser';
import { highlightPolicy, normaliseSettings, type HighlightPolicy, type Settings } from './settings';

export const SETTINGS_KEY = 'newsmark:settings';

/** The reader's settings, defaults for anything missing or malformed. */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(got[SETTINGS_KEY]);
}

/** Stores the settings (normalised first, so storage never holds a bad value). */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Loads, changes and stores the settings in one step. */
export async function updateSettings(change: (s: Settings) => void): Promise<Settings> {
  const s = await loadSettings();
  change(s);
  return saveSettings(s);
}

/** Calls `listener` with the new settings whenever they change; returns a function that stops listening. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(normaliseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** For the content script: the policy of the page at `hostname` (location.hostname). */
export async function loadHighlightPolicy(hostname: string): Promise<HighlightPolicy> {
  return highlightPolicy(await loadSettings(), hostname);
}
