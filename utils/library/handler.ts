/**
 * The background's answers to the library's requests (validated already by
 * parseBackgroundRequest): a thin layer over LibraryStore.
 */
import type { LibraryStore } from '../storage/library-store';
import { exportFile } from '../export/files';
import type { LibraryRequest } from './messages';

/** Rendered export files waiting to be read in slices; each is dropped when read to the end, or after a minute. */
const files = new Map<string, { content: string; timer: ReturnType<typeof setTimeout> }>();
const FILE_TTL_MS = 60_000;
const pendingInCache = new Set<string>();

/** The Cache Storage cache through which export files reach the page. */
export const EXPORT_CACHE = 'newsmark-export';

/** The cache key of an export file (a URL in the extension's own origin). */
export function exportUrl(token: string): string {
  return `${globalThis.location?.origin ?? 'https://newsmark.invalid'}/__export/${token}`;
}

function dropFile(token: string): void {
  const f = files.get(token);
  if (f) clearTimeout(f.timer);
  files.delete(token);
}

/** Most entities the facets reply carries. */
const ENTITY_LIMIT = 500;

export async function handleLibraryRequest(store: LibraryStore, req: LibraryRequest, now: () => string = () => new Date().toISOString()): Promise<unknown> {
  switch (req.type) {
    case 'library:query':
      return { ok: true, ...(await store.query(req.filter, req.offset, req.limit)) };
    case 'library:facets':
      return { ok: true, ...(await store.facets(ENTITY_LIMIT)) };
    case 'library:export':
      return { ok: true, ...(await store.exportChunk(req.filter, req.ids, req.offset, req.limit)) };
    case 'library:export-file': {
      const notes = await store.notesFor(req.filter, req.ids);
      const file = exportFile(req.format, notes, new Date(now()));
      const token = crypto.randomUUID();
      const head = { ok: true, token, name: file.name, mime: file.mime, chars: file.content.length, count: notes.length };
      // Where the extension's pages share Cache Storage with the background, hand the file over there:
      // one write and one read of bytes, instead of tens of megabytes through JSON messages.
      if (typeof caches !== 'undefined') {
        try {
          // Files left behind by a background that stopped before its timer ran: drop them when nothing is pending.
          if (pendingInCache.size === 0) await caches.delete(EXPORT_CACHE);
          const cache = await caches.open(EXPORT_CACHE);
          await cache.put(exportUrl(token), new Response(file.content, { headers: { 'content-type': file.mime } }));
          pendingInCache.add(token);
          setTimeout(() => {
            pendingInCache.delete(token);
            void cache.delete(exportUrl(token));
          }, FILE_TTL_MS);
          return { ...head, via: 'cache' };
        } catch {
          // fall back to slices
        }
      }
      files.set(token, { content: file.content, timer: setTimeout(() => files.delete(token), FILE_TTL_MS) });
      return { ...head, via: 'slices' };
    }
    case 'library:export-slice': {
      const f = files.get(req.token);
      if (!f) return { ok: false, error: 'The export has expired; export again.' };
      const text = f.content.slice(req.offset, req.offset + req.length);
      const done = req.offset + req.length >= f.content.length;
      if (done) dropFile(req.token);
      return { ok: true, text, done };
    }
    case 'library:update':
      return { ok: true, note: await store.update(req.id, { body: req.body, tags: req.tags, colour: req.colour }, now()) };
    case 'library:delete':
      return { ok: true, deleted: await store.remove(req.ids) };
    case 'library:restore':
      return { ok: true, restored: await store.restore(req.notes) };
    case 'library:import':
      return store.importText(req.text, now());
  }
}
