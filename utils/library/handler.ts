/**
 * The background's answers to the library's requests (validated already by
 * parseBackgroundRequest): a thin layer over LibraryStore.
 */
import type { LibraryStore } from '../storage/library-store';
import { exportFile, localDay } from '../export/files';
import { summariesToCsv, summariesToJson } from '../export/summaries';
import type { LibraryRequest } from './messages';

/**
 * Rendered export files waiting to be read in slices (where the page cannot
 * stream them, see ./export-stream.ts); each is dropped when read to the end,
 * or after a minute.
 */
const files = new Map<string, { content: string; timer: ReturnType<typeof setTimeout> }>();
const FILE_TTL_MS = 60_000;

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
    case 'library:export-file': {
      const notes = await store.notesFor(req.filter, req.ids);
      const file = exportFile(req.format, notes, new Date(now()));
      const token = crypto.randomUUID();
      files.set(token, { content: file.content, timer: setTimeout(() => files.delete(token), FILE_TTL_MS) });
      return { ok: true, token, name: file.name, mime: file.mime, chars: file.content.length, count: notes.length };
    }
    case 'library:export-slice': {
      const f = files.get(req.token);
      if (!f) return { ok: false, error: 'The export has expired; export again.' };
      const text = f.content.slice(req.offset, req.offset + req.length);
      const done = req.offset + req.length >= f.content.length;
      if (done) dropFile(req.token);
      return { ok: true, text, done };
    }
    case 'library:findings': {
      const articles = await store.articlesFor(req.filter, req.ids);
      const day = localDay(new Date(now()));
      return req.format === 'json'
        ? { ok: true, name: `newsmark-findings-${day}.json`, mime: 'application/json', content: summariesToJson(articles), articles: articles.length }
        : { ok: true, name: `newsmark-findings-${day}.csv`, mime: 'text/csv;charset=utf-8', content: summariesToCsv(articles), articles: articles.length };
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
