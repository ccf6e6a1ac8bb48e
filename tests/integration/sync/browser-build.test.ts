// @vitest-environment node
/**
 * PouchDB as the background bundles it: utils/sync/pouch-browser.ts built by
 * Vite for the browser (the packages' browser builds, the IndexedDB adapter,
 * no Node module left external), then run here against fake-indexeddb and a
 * local pouchdb-server: a mirror in IndexedDB replicates both ways.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, TestCouch } from '../../helpers/pouchdb-server';
import type { PouchConstructor } from '../../../utils/sync/pouch-types';

let couch: TestCouch;
const dir = mkdtempSync(join(tmpdir(), 'newsmark-pouch-build-'));

beforeAll(async () => {
  couch = await TestCouch.start();
}, 30_000);
afterAll(async () => {
  await couch.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the browser build of PouchDB', () => {
  it('builds without Node modules and replicates an IndexedDB mirror with the server', async () => {
    const warnings: string[] = [];
    const out = (await build({
      configFile: false,
      logLevel: 'silent',
      root: fileURLToPath(new URL('../../..', import.meta.url)),
      build: {
        write: false,
        minify: false,
        lib: { entry: fileURLToPath(new URL('../../../utils/sync/pouch-browser.ts', import.meta.url)), formats: ['es'], fileName: 'pouch' },
        rollupOptions: { onwarn: (w) => void warnings.push(String(w.message)) },
      },
    })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
    const output = (Array.isArray(out) ? out[0] : out).output;
    const chunk = output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry)!;
    expect(warnings.filter((w) => /externalized/.test(w))).toEqual([]);
    const file = join(dir, 'pouch.mjs');
    writeFileSync(file, chunk.code);
    // A service worker's global is `self`, as PouchDB's browser build expects.
    (globalThis as { self?: unknown }).self ??= globalThis;
    const { browserPouch } = (await import(pathToFileURL(file).href)) as { browserPouch: () => PouchConstructor };
    const Pouch = browserPouch();

    await couch.createDatabase('bundle');
    const mirror = new Pouch('bundle-mirror', { adapter: 'idb' });
    const remote = new Pouch(`${couch.url}/bundle`, { adapter: 'http', skip_setup: true, auth: ADMIN });
    await mirror.put({ _id: 'a', n: 1 });
    await remote.put({ _id: 'b', n: 2 });
    const to = await mirror.replicate.to(remote);
    const from = await mirror.replicate.from(remote);
    expect(to.docs_written).toBe(1);
    expect(from.docs_written).toBe(1);
    expect((await mirror.get('b')).n).toBe(2);
    await mirror.destroy();
  }, 60_000);
});
