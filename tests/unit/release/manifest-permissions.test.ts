/**
 * Sync's host permission is optional in both manifests (issue 21): declared
 * so the settings can ask for one server's origin, in effect for none until
 * then. The host access in effect at install is what it was before.
 */
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Manifest = Record<string, unknown> & { permissions?: string[] };
const manifestFor = (browser: 'chrome' | 'firefox'): Manifest =>
  (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest)({
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  });

describe('sync permissions in the manifests', () => {
  it('are optional host permissions in Chrome and optional origins in Firefox, and add nothing in effect', () => {
    const chrome = manifestFor('chrome');
    const firefox = manifestFor('firefox');
    expect(chrome.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // The engine's timer (Chromium only), asked for with the origin.
    expect(chrome.optional_permissions).toEqual(['alarms']);
    expect(firefox.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(firefox.optional_host_permissions).toBeUndefined();
    // No new host access in effect: the origins required at install are the content scripts' own, as before sync.
    const origins = (m: Manifest) =>
      [...((m.host_permissions as string[]) ?? []), ...(m.permissions ?? [])].filter((p) => p.includes('://'));
    expect(origins(chrome)).toEqual(['http://*/*', 'https://*/*']);
    expect(origins(firefox)).toEqual(['http://*/*', 'https://*/*']);
    expect(chrome.content_scripts).toEqual([{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], run_at: 'document_end' }]);
  });
});
