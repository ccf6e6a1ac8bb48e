/**
 * Least authority in messages (issue 22), in real Chromium and Firefox: a
 * content script — the world a compromised page renderer or a hostile
 * page's exploit of our content code would reach — cannot query, delete,
 * import or export the reader's library, analyse another address, or write
 * another page's notes; an extension page can.
 *
 * The content-script world is reached through a probe content script added
 * to a copy of the build made here, for this test only (never shipped): it
 * forwards the page's postMessage requests with runtime.sendMessage from the
 * content-script world and posts back the background's reply.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, buildDir, launch, waitInPage, type BrowserName, type TestPage } from '../../scripts/lib/browsers';

const PROBE = `(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (e.source !== window || !d || typeof d !== 'object' || d.probe === undefined || d.reply) return;
    Promise.resolve(api.runtime.sendMessage(d.msg)).then(
      (r) => window.postMessage({ probe: d.probe, reply: true, result: JSON.parse(JSON.stringify(r ?? null)) }, '*'),
      (err) => window.postMessage({ probe: d.probe, reply: true, result: { ok: false, error: 'transport: ' + String(err) } }, '*'),
    );
  });
  document.documentElement.dataset.probe = 'ready';
})();`;

/** A copy of the build with the probe content script on http pages. */
function probeBuild(name: BrowserName): string {
  const dir = mkdtempSync(join(tmpdir(), `newsmark-probe-${name}-`));
  cpSync(buildDir(name), dir, { recursive: true });
  writeFileSync(join(dir, 'test-probe.js'), PROBE);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: unknown[] };
  manifest.content_scripts.push({ matches: ['http://*/*'], js: ['test-probe.js'], run_at: 'document_end' });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A hostile page</title></head>
<body><h1>Nothing to see</h1><p>This page's script tries to reach the reader's notes through a content script.</p></body></html>`;

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const SECRET_ID = 'urn:uuid:00000000-0000-4000-8000-00000000a22a';
const secretNote = {
  id: SECRET_ID,
  motivation: 'commenting',
  body: 'my private note',
  tags: ['private'],
  colour: 'yellow',
  created: '2026-06-01T10:00:00.000Z',
  modified: '2026-06-01T10:00:00.000Z',
  target: {
    source: 'https://bank.example.net/statement',
    selector: [
      { type: 'TextQuoteSelector', exact: 'balance', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 7 },
    ],
  },
  pageTitle: 'Statement',
};

type Reply = { ok: boolean; error?: string; items?: { note: { id: string; body: string } }[] };

/** Sends `msg` from the extension page (popup, library, settings). */
function fromExtension(page: TestPage, msg: unknown): Promise<Reply> {
  return page.evaluate(async (m: unknown) => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
    return JSON.parse(JSON.stringify(await api.runtime.sendMessage(m))) as Reply;
  }, msg);
}

/** Sends `msg` from the content-script world, as the page's script asks the probe to. */
function fromContentScript(page: TestPage, msg: unknown): Promise<Reply> {
  return page.evaluate(
    (m: unknown) =>
      new Promise<Reply>((resolve) => {
        const probe = Math.random();
        window.addEventListener('message', function on(e: MessageEvent) {
          const d = e.data as { probe?: number; reply?: boolean; result?: Reply };
          if (d?.probe !== probe || !d.reply) return;
          window.removeEventListener('message', on);
          resolve(d.result as Reply);
        });
        window.postMessage({ probe, msg: m }, '*');
      }),
    msg,
  );
}

describe.each(['chromium', 'firefox'] as BrowserName[])('message authority in %s', (name) => {
  it.skipIf(!browserAvailable(name))(
    'a content script is refused the library and other pages’ notes; an extension page is not',
    async () => {
      const dir = probeBuild(name);
      const b = await launch(name, undefined, { extensionDir: dir });
      try {
        const ext = await b.openExtensionPage('options.html');
        expect(await fromExtension(ext, { type: 'notes:save', note: secretNote })).toMatchObject({ ok: true });

        const page = await b.newPage();
        await page.goto(`${base}/attacker/page`);
        await waitInPage(page, () => document.documentElement.dataset.probe === 'ready', null, 20_000, 'the probe content script');

        // the channel works: the content script may analyse its own page
        expect(await fromContentScript(page, { type: 'analyze', text: 'Marta Okafor said the pier would close.' })).toMatchObject({
          ok: true,
        });

        const query = await fromContentScript(page, { type: 'library:query', filter: {}, offset: 0, limit: 100 });
        expect(query).toMatchObject({ ok: false });
        expect(query.error).toMatch(/only Newsmark's own pages/);
        expect(JSON.stringify(query)).not.toContain('my private note');
        for (const msg of [
          { type: 'library:delete', ids: [SECRET_ID] },
          { type: 'library:import', text: '{}' },
          { type: 'library:export-file', format: 'jsonld', filter: {} },
          { type: 'library:facets' },
        ])
          expect((await fromContentScript(page, msg)).error).toMatch(/only Newsmark's own pages/);
        expect((await fromContentScript(page, { type: 'analyze', text: 'x', url: secretNote.target.source })).error).toMatch(/own page/);
        expect((await fromContentScript(page, { type: 'notes:delete', id: SECRET_ID })).error).toMatch(/own address/);
        const forged = { ...secretNote, body: 'forged', modified: '2026-06-02T10:00:00.000Z' };
        expect((await fromContentScript(page, { type: 'notes:save', note: forged })).error).toMatch(/own address/);

        // the extension page still reads the library, and the note is whole
        const after = await fromExtension(ext, { type: 'library:query', filter: {}, offset: 0, limit: 100 });
        expect(after.ok).toBe(true);
        expect(after.items?.map((i) => [i.note.id, i.note.body])).toEqual([[SECRET_ID, 'my private note']]);
      } finally {
        await b.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
