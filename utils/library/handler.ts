/**
 * The background's answers to the library's requests (validated already by
 * parseBackgroundRequest): a thin layer over LibraryStore.
 */
import type { LibraryStore } from '../storage/library-store';
import type { LibraryRequest } from './messages';

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
