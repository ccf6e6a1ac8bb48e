/**
 * The extension APIs the sync UI calls, recorded: runtime.sendMessage (the
 * background's replies come from `answer`) and permissions.request/remove.
 * `browser` from wxt/browser is the global `chrome` object in unit tests
 * (tests/unit/setup-i18n.ts makes it), so these are installed on it.
 */
import { vi } from 'vitest';
import type { SyncStatus } from '../../../utils/sync/messages';

export interface Call {
  /** What happened, in order: a message sent, or a permission asked for or given back. */
  kind: 'message' | 'request' | 'remove';
  value: unknown;
}

/** The optional permissions of each build's manifest (wxt.config.ts): Chromium's alarms and origins, Firefox's origins. */
export const MANIFESTS = {
  chromium: { optional_permissions: ['alarms'], optional_host_permissions: ['http://*/*', 'https://*/*'] },
  firefox: { optional_permissions: ['http://*/*', 'https://*/*'] },
};

export function installBrowser(answer: (msg: { type: string }) => unknown, granted = true, manifest: object = MANIFESTS.chromium) {
  const calls: Call[] = [];
  const g = globalThis as unknown as { chrome: Record<string, unknown> };
  g.chrome.runtime = {
    sendMessage: vi.fn(async (msg: { type: string }) => {
      calls.push({ kind: 'message', value: msg });
      return answer(msg);
    }),
    getURL: (p: string) => `chrome-extension://test${p}`,
    getManifest: () => manifest,
  };
  g.chrome.permissions = {
    request: vi.fn((p: unknown) => {
      calls.push({ kind: 'request', value: p });
      return Promise.resolve(granted);
    }),
    remove: vi.fn((p: unknown) => {
      calls.push({ kind: 'remove', value: p });
      return Promise.resolve(true);
    }),
  };
  return { calls, messages: () => calls.filter((c) => c.kind === 'message').map((c) => c.value as { type: string }) };
}

export function status(over: Partial<SyncStatus> = {}): SyncStatus {
  return {
    enabled: false,
    url: '',
    database: '',
    username: '',
    teamDatabase: '',
    displayName: '',
    hasPassword: false,
    lastSync: null,
    pending: 0,
    lastError: null,
    running: false,
    ...over,
  };
}

/** Lets Preact's scheduled renders and the components' awaited replies run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}

/** Types into an input as a reader does: its value, then an input event. */
export function type(root: ParentNode, testid: string, value: string): void {
  const el = root.querySelector(`[data-testid="${testid}"]`) as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

export function byId(root: ParentNode, testid: string): HTMLElement {
  const el = root.querySelector(`[data-testid="${testid}"]`);
  if (!el) throw new Error(`no [data-testid=${testid}]`);
  return el as HTMLElement;
}
