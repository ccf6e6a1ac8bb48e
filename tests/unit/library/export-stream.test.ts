import 'fake-indexeddb/auto';
import { MessageChannel as NodeChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile } from '../../../utils/export/files';
import { toJsonLd } from '../../../utils/export/jsonld';
import { receiveExport, serveExportStream, EXPORT_STREAM } from '../../../utils/library/export-stream';
import { LibraryStore } from '../../../utils/storage/library-store';
import { note } from './fixtures';

const NOW = '2026-11-27T12:00:00.000Z';
// More notes than one JSON-LD part holds, on several pages.
const all = Array.from({ length: 4321 }, (_, i) => note(i + 1, { url: `https://s${i % 7}.example/a`, tags: i % 5 ? [] : ['fifth'] }));
let library: LibraryStore;

beforeAll(async () => {
  library = await LibraryStore.open('export-stream');
  const r = await library.importText(toJsonLd(all), NOW);
  expect(r).toMatchObject({ ok: true, added: all.length });
});
afterAll(() => library.close());

/** A stand-in for the background's service worker: answers each request on the port it is given. */
function worker(store: () => Promise<LibraryStore> = () => Promise.resolve(library)) {
  const served: Promise<void>[] = [];
  return {
    served,
    postMessage(msg: unknown, transfer: Transferable[]) {
      served.push(serveExportStream(structuredClone(msg), transfer[0] as unknown as MessagePort, store, new Date(NOW)));
    },
  };
}

describe('export streamed over a MessageChannel', () => {
  it.each(['jsonld', 'markdown', 'csv'] as const)('%s: the parts joined are the file exportFile makes', async (format) => {
    const w = worker();
    const file = await receiveExport(w, { format, filter: {} });
    const expected = exportFile(format, all, new Date(NOW));
    expect(file).toMatchObject({ name: expected.name, mime: expected.mime, count: all.length });
    // (Markdown's parts are runs of whole articles: these 7 articles fit in one.)
    if (format !== 'markdown') expect(file.parts.length).toBeGreaterThan(1);
    expect(file.parts.join('')).toBe(expected.content);
  });

  it('exports a filter or exactly the given ids', async () => {
    const filtered = await receiveExport(worker(), { format: 'csv', filter: { tag: 'fifth' } });
    expect(filtered.count).toBe(all.filter((n) => n.tags.includes('fifth')).length);
    const picked = await receiveExport(worker(), { format: 'jsonld', filter: {}, ids: [all[3].id, all[99].id] });
    expect(picked.count).toBe(2);
    expect(
      JSON.parse(picked.parts.join(''))
        .first.items.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual([all[3].id, all[99].id].sort());
  });

  it('refuses a malformed request with the reason, and anything that is not an export request', async () => {
    await expect(receiveExport(worker(), { format: 'pdf' as 'csv', filter: {} })).rejects.toThrow(/format/);
    await expect(receiveExport(worker(), { format: 'csv', filter: {}, ids: ['javascript:alert(1)'] })).rejects.toThrow(/urn:uuid/);
    const { port1, port2 } = new NodeChannel();
    const got = new Promise((resolve) => port1.once('message', resolve));
    await serveExportStream(
      { type: 'library:delete', ids: [] },
      port2 as unknown as MessagePort,
      () => Promise.resolve(library),
      new Date(NOW),
    );
    expect(await got).toEqual({ kind: 'error', error: 'not an export request' });
    port1.close();
    expect(EXPORT_STREAM).toBe('newsmark:export-stream');
  });

  it('passes on a storage failure as a message', async () => {
    const broken = worker(() => Promise.reject(new Error('The database is gone')));
    await expect(receiveExport(broken, { format: 'markdown', filter: {} })).rejects.toThrow('The database is gone');
  });

  it('gives up with a message when the background stops answering', async () => {
    const silent = { postMessage() {} };
    await expect(receiveExport(silent, { format: 'csv', filter: {} }, 50)).rejects.toThrow(/no answer from the background/);
  });
});
