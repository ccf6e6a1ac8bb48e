/**
 * The background's answers to the library's requests (validated already by
 * parseBackgroundRequest): a thin layer over LibraryStore.
 */
import type { LibraryStore } from '../storage/library-store';
import { exportFile, localDay } from '../export/files';
import { summariesToCsv, summariesToJson } from '../export/summaries';
import type { LibraryReplies, LibraryRequest } from './messages';
import { dispatch, type Handlers } from '../messages';

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

/** What the library's handlers need: the store (opened on first use) and the clock. */
export interface LibraryContext {
  library: () => Promise<LibraryStore>;
  now: () => string;
}

/** The background's handler for each library request. */
export const LIBRARY_HANDLERS: Handlers<LibraryRequest, LibraryReplies, LibraryContext> = {
  'library:query': async (req, { library }) => ({ ok: true, ...(await (await library()).query(req.filter, req.offset, req.limit)) }),
  'library:facets': async (_req, { library }) => ({ ok: true, ...(await (await library()).facets(ENTITY_LIMIT)) }),
  'library:export-file': async (req, { library, now }) => {
    const notes = await (await library()).notesFor(req.filter, req.ids);
    const file = exportFile(req.format, notes, new Date(now()));
    const token = crypto.randomUUID();
    files.set(token, { content: file.content, timer: setTimeout(() => files.delete(token), FILE_TTL_MS) });
    return { ok: true, token, name: file.name, mime: file.mime, chars: file.content.length, count: notes.length };
  },
  'library:export-slice': async (req, { library }) => {
    await library(); // like every library request, answered only once the store is open
    const f = files.get(req.token);
    if (!f) return { ok: false, error: 'The export has expired; export again.' };
    const text = f.content.slice(req.offset, req.offset + req.length);
    const done = req.offset + req.length >= f.content.length;
    if (done) dropFile(req.token);
    return { ok: true, text, done };
  },
  'library:findings': async (req, { library, now }) => {
    const articles = await (await library()).articlesFor(req.filter, req.ids);
    const day = localDay(new Date(now()));
    return req.format === 'json'
      ? {
          ok: true,
          name: `newsmark-findings-${day}.json`,
          mime: 'application/json',
          content: summariesToJson(articles),
          articles: articles.length,
        }
      : {
          ok: true,
          name: `newsmark-findings-${day}.csv`,
          mime: 'text/csv;charset=utf-8',
          content: summariesToCsv(articles),
          articles: articles.length,
        };
  },
  'library:update': async (req, { library, now }) => ({
    ok: true,
    note: await (await library()).update(req.id, { body: req.body, tags: req.tags, colour: req.colour }, now()),
  }),
  'library:delete': async (req, { library }) => ({ ok: true, deleted: await (await library()).remove(req.ids) }),
  'library:restore': async (req, { library }) => ({ ok: true, restored: await (await library()).restore(req.notes) }),
  'library:import': async (req, { library, now }) => (await library()).importText(req.text, now()),
};

/** Answers one library request from `store`. */
export function handleLibraryRequest(
  store: LibraryStore,
  req: LibraryRequest,
  now: () => string = () => new Date().toISOString(),
): Promise<LibraryReplies[LibraryRequest['type']]> {
  return dispatch(LIBRARY_HANDLERS, req, { library: () => Promise.resolve(store), now });
}
