/** The sync settings as stored (browser.storage.local); the defaults (sync off) for anything missing or malformed. */
import { browser } from 'wxt/browser';
import { DEFAULT_SYNC_CONFIG, SYNC_CONFIG_KEY, validateSyncConfig, type SyncConfig } from '../../utils/sync/config';

export async function loadSyncConfig(): Promise<SyncConfig> {
  const got = await browser.storage.local.get(SYNC_CONFIG_KEY);
  const config = validateSyncConfig(got[SYNC_CONFIG_KEY] ?? DEFAULT_SYNC_CONFIG);
  return typeof config === 'string' ? { ...DEFAULT_SYNC_CONFIG } : config;
}
