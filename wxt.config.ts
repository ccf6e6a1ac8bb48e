import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Gecko id: Firefox needs a stable id for IndexedDB to survive restarts and
// for `browser_specific_settings` (AMO and web-ext lint require it).
export const GECKO_ID = 'newsmark@newsmark.dev';

/** The icon sizes both stores ask for, rendered by scripts/icons.ts into public/icon/. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const ICONS = Object.fromEntries(ICON_SIZES.map((n) => [String(n), `/icon/${n}.png`]));

/** The origins a sync server may be at: each one asked for alone, at the moment the reader chooses it. */
const SYNC_ORIGINS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // `npm run zip`: the Chrome zip, the Firefox zip, and (for AMO's review of bundled code) the sources zip
  // of exactly what the build reads; README "Build from the sources zip" gives the steps, checked by
  // tests/e2e/release.e2e.test.ts.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'assets/**',
      'components/**',
      'entrypoints/**',
      'models/**',
      'public/**',
      'utils/**',
      'scripts/node22',
      'scripts/ensure-node.sh',
      'scripts/report-size.mjs',
    ],
  },
  vite: () => ({
    plugins: [preact()],
    build: {
      sourcemap: false,
      // The extension's pages (popup, library, settings, welcome, offscreen) are built together, and by default
      // every set of modules shared by a different set of pages became a chunk of its own: the popup loaded
      // seven scripts, each a request and a module to link before the page can run. Everything shared by two
      // or more pages goes into one chunk instead, so a page loads its own script and that one (popup ready
      // 141 -> 121 ms, library first screen 231 -> 194 ms, medians of 8 rounds on a seeded 100,000-note
      // profile). A single-entry build (background, content scripts) shares nothing and is unchanged.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] } } },
    },
  }),
  manifest: ({ browser }) => ({
    // Name, description and command text from public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Rendered from assets/icon.svg by scripts/icons.ts.
    icons: ICONS,
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
    // alarms (Chromium, issue 21): sync's periodic run when the service worker sleeps; optional, requested with the
    // server's origin when the reader turns sync on, so with sync off it is not in effect. Firefox's background page
    // stays alive, and sync there uses timers.
    // Sync (issue 21, off by default): the settings page asks for the one CouchDB server's origin when the
    // reader tests or turns on sync (components/sync/permissions.ts, with the alarms above), and gives it back
    // when sync is turned off. Optional: nothing here is in effect until asked for. Chrome MV3 names them
    // optional_host_permissions; Firefox MV2 lists origins in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: SYNC_ORIGINS }
      : { optional_permissions: ['alarms'], optional_host_permissions: SYNC_ORIGINS }),
    // The gate (entrypoints/gate.ts), a plain script. At DOMContentLoaded: Firefox's
    // document_idle waits for the load event (slow ads delay it by seconds).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], run_at: 'document_end' }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
    // The action's icon is declared in entrypoints/popup/index.html (WXT builds the action from the popup).
    action: { default_title: '__MSG_extName__' },
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
