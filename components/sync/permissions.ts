/**
 * The permissions sync asks for and gives back: the one server's origin
 * (optional host permission), and in Chromium the optional `alarms` the
 * engine runs sync on a schedule with. Each is asked for only where this
 * build's manifest declares it optional (asking for an undeclared one throws).
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../../utils/sync/config';

/** API permissions sync runs with when the manifest makes them optional: Chromium's alarms (Firefox's background page keeps timers). */
const SYNC_APIS = ['alarms'];

type PermissionRequest = Parameters<typeof browser.permissions.request>[0];

/** The sync APIs this build declares optional. */
export function optionalSyncApis(): string[] {
  try {
    const declared: unknown = browser.runtime.getManifest().optional_permissions ?? [];
    return Array.isArray(declared) ? SYNC_APIS.filter((p) => declared.includes(p)) : [];
  } catch {
    return [];
  }
}

/** What sync asks for: exactly the server's origin, and the optional APIs it runs with. */
export function syncPermissions(url: string): { origins: string[]; permissions?: string[] } {
  const apis = optionalSyncApis();
  return { origins: [originPattern(url)], ...(apis.length > 0 ? { permissions: apis } : {}) };
}

/**
 * Asks the browser for sync's permissions. Call it in the click handler itself,
 * before any await: browsers grant a permission only while handling the
 * reader's input. A refusal, or an API that throws, is false.
 */
export function askForSync(url: string): Promise<boolean> {
  try {
    return browser.permissions.request(syncPermissions(url) as PermissionRequest).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives one server's origin back (another server chosen, or sync off). */
export async function releaseOrigin(url: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [originPattern(url)] });
  } catch {
    // Not a URL, or not removable: the gate's required host permissions cover every http(s) site, and those stay.
  }
}

/** Gives back the optional APIs (sync off); apart from the origin, so a refusal to drop one leaves the other dropped. */
export async function releaseSyncApis(): Promise<void> {
  const apis = optionalSyncApis();
  if (apis.length === 0) return;
  try {
    await browser.permissions.remove({ permissions: apis } as PermissionRequest);
  } catch {
    // Nothing granted to give back.
  }
}
