import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Gecko id: Firefox needs a stable id for IndexedDB to survive restarts and
// for `browser_specific_settings` (AMO and web-ext lint require it).
export const GECKO_ID = 'newsmark@newsmark.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'Newsmark',
    description:
      'Read the news with a pen in hand: highlights people, places, organisations, dates, numbers and claims, and keeps your notes locally.',
    // IndexedDB in the extension's origin; unlimitedStorage keeps the browser
    // from evicting a reader's notes under storage pressure.
    // contextMenus: "Highlight with Newsmark" on a selection.
    // storage: the reader's settings (kinds, colours, excluded sites) in storage.local,
    // read by the content script before it paints, without asking the background.
    // scripting + host permissions: the article session is injected only into pages
    // whose gate says they may hold an article (the pages the content script runs on).
    // offscreen (Chromium): a document that hosts the analysis worker, which the service worker cannot start.
    permissions: ['unlimitedStorage', 'contextMenus', 'storage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The gate (entrypoints/gate.ts), a plain script. At DOMContentLoaded: Firefox's
    // document_idle waits for the load event (slow ads delay it by seconds).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], run_at: 'document_end' }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
    },
    action: { default_title: 'Newsmark' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Custom Highlight API and data_collection_permissions both need recent Firefox.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
