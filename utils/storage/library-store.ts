/**
 * The library's queries and writes, run by the background next to NotesStore
 * (its own connection to the same database and schema).
 *
 * Reads: the first screen comes straight from a reverse cursor over the
 * `by-created` index (no full read); everything else from an in-memory
 * LibraryIndex built once from every note and page, then kept current by
 * every write that passes through here or through the background's note
 * handlers (noteSaved / noteDeleted / recordAnchoring).
 *
 * Writes resolve after their transaction commits. Import and restore are one
 * transaction each: every note is written or none is.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { HighlightColour, NoteRecord } from '../annotation';
import { parseImport } from '../import/jsonld';
import { DEFAULT_MAX_BYTES } from '../import/limits';
import { noteProblem } from '../import/validate';
import {
  isEmptyFilter,
  LibraryIndex,
  siteOf,
  type EntityRow,
  type Facet,
  type LibraryFilter,
  type LibraryItem,
  type LibraryPage,
} from '../library/search';
import type { SummarisedArticle } from '../export/summaries';
import { newestItems } from './newest';
import { DB_NAME, DB_VERSION, MIGRATIONS, type NewsmarkDb, type PageRecord } from './schema';
import { logLocalChange } from './sync-log';

/** Notes read per request while building the index. */
const INDEX_CHUNK = 10_000;

export interface ImportOutcome {
  ok: true;
  added: number;
  skipped: number;
  summary: string;
}

export class LibraryStore {
  private built: LibraryIndex | null = null;
  private building: Promise<LibraryIndex> | null = null;

  private constructor(private readonly db: IDBPDatabase<NewsmarkDb>) {}

  static async open(name = DB_NAME): Promise<LibraryStore> {
    const db = await openDB<NewsmarkDb>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v](db, tx);
      },
    });
    return new LibraryStore(db);
  }

  close(): void {
    this.db.close();
  }

  get indexed(): boolean {
    return this.built !== null;
  }

  /** The full in-memory index, built on first use. */
  index(): Promise<LibraryIndex> {
    if (this.built) return Promise.resolve(this.built);
    this.building ??= (async () => {
      const t0 = performance.now();
      const idx = new LibraryIndex([], (await this.db.getAll('pages')) as LibraryPage[]);
      // In chunks, each its own short transaction and indexed as it arrives, so that other
      // requests (a first screen, a save) get their turn between chunks.
      let after: string | null = null;
      for (;;) {
        const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
        const chunk: NoteRecord[] = await this.db.getAll('annotations', range, INDEX_CHUNK);
        for (const n of chunk) idx.upsert(n);
        if (chunk.length < INDEX_CHUNK) break;
        after = chunk[chunk.length - 1].id;
      }
      const t1 = performance.now();
      idx.prepare();
      this.built = idx;
      // Read by bench/library-scale.ts from the background.
      performance.measure('newsmark:library-index-read', { start: t0, end: t1 });
      performance.measure('newsmark:library-index-build', { start: t1, end: performance.now() });
      return this.built;
    })().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /** Runs `fn` on the index now if it is built, after the build if it is under way, else not at all. */
  private touch(fn: (idx: LibraryIndex) => void): void {
    if (this.built) fn(this.built);
    else if (this.building) void this.building.then(fn, () => undefined);
  }

  /**
   * One screen of notes. With no filter and no index yet (or one still being
   * built), read from the `by-created` index directly, and start the build.
   */
  async query(
    filter: LibraryFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number | null; items: LibraryItem[]; indexed: boolean }> {
    if (!this.built && isEmptyFilter(filter)) {
      const first = await this.newest(offset, limit);
      // Build the index after the first screen has its answer, not before.
      if (!this.building) void this.index().catch(() => undefined);
      return { ...first, indexed: false };
    }
    const idx = await this.index();
    return { ...idx.query(filter, offset, limit), indexed: true };
  }

  /**
   * The newest notes straight from IndexedDB (./newest.ts). The total is left
   * unknown (null): IndexedDB's count() walks the whole store (about 200 ms
   * for 100,000 notes in Chromium), longer than the screen itself; the page
   * learns the total from the facets once the index is built.
   */
  private async newest(offset: number, limit: number): Promise<{ total: null; items: LibraryItem[] }> {
    return { total: null, items: await newestItems(this.db, offset, limit) };
  }

  async facets(entityLimit = 500): Promise<{ sites: Facet[]; tags: Facet[]; entities: EntityRow[]; notes: number; pages: number }> {
    const idx = await this.index();
    return { ...idx.facets(), entities: idx.entityIndex(entityLimit), notes: idx.size, pages: idx.annotatedPages().size };
  }

  /** Every note matching `filter`, or exactly those of `ids` that exist. */
  async notesFor(filter: LibraryFilter, ids: readonly string[] | undefined): Promise<NoteRecord[]> {
    const idx = await this.index();
    if (ids) return ids.map((id) => idx.get(id)).filter((n): n is NoteRecord => n !== undefined);
    return idx.filter(filter);
  }

  /** The articles of the notes matching `filter` (or of `ids`), each once, with what Newsmark found in them. */
  async articlesFor(filter: LibraryFilter, ids: readonly string[] | undefined): Promise<SummarisedArticle[]> {
    const idx = await this.index();
    const out = new Map<string, SummarisedArticle>();
    for (const n of await this.notesFor(filter, ids)) {
      const url = n.target.source;
      if (out.has(url)) continue;
      const page = idx.page(url);
      out.set(url, { url, title: page?.title || n.pageTitle || url, summary: page?.summary ?? { entities: [], claims: [] } });
    }
    return [...out.values()];
  }

  /** Changes a note's text, tags and colour; `now` becomes its `modified`. */
  async update(id: string, patch: { body: string; tags: string[]; colour: HighlightColour }, now: string): Promise<NoteRecord> {
    const tx = this.db.transaction(['annotations', 'sync'], 'readwrite');
    const old = await tx.objectStore('annotations').get(id);
    if (!old) {
      await tx.done;
      throw new Error('That note is no longer in the library.');
    }
    if (old.teamNote) {
      await tx.done;
      throw new Error('A team note can only be changed by its creator.');
    }
    const tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
    const note: NoteRecord = {
      ...old,
      body: patch.body,
      tags,
      colour: patch.colour,
      motivation: patch.body.trim() ? 'commenting' : 'highlighting',
      modified: now > old.modified ? now : old.modified,
    };
    const problem = noteProblem(note);
    if (problem) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error(`The note cannot be saved: ${problem}.`);
    }
    await Promise.all([tx.objectStore('annotations').put(note), logLocalChange(tx.objectStore('sync'), id, note.modified, false), tx.done]);
    this.touch((idx) => idx.upsert(note));
    return note;
  }

  /** Deletes notes in one transaction; resolves to the deleted records (for undo). */
  async remove(ids: readonly string[], now = new Date().toISOString()): Promise<NoteRecord[]> {
    const tx = this.db.transaction(['annotations', 'sync'], 'readwrite');
    const notes = tx.objectStore('annotations');
    const log = tx.objectStore('sync');
    const deleted: NoteRecord[] = [];
    for (const id of ids) {
      const note = await notes.get(id);
      if (!note) continue;
      deleted.push(note);
      void notes.delete(id);
      // A tombstone for sync; a team note is only hidden here (it was never the reader's to delete elsewhere).
      if (!note.teamNote) void logLocalChange(log, id, now, true);
    }
    await tx.done;
    this.touch((idx) => deleted.forEach((n) => idx.remove(n.id)));
    return deleted;
  }

  /** Puts deleted notes back (undo), all in one transaction. */
  async restore(notes: readonly NoteRecord[]): Promise<number> {
    for (const n of notes) {
      const problem = noteProblem(n);
      if (problem) throw new Error(`Cannot restore ${n.id}: ${problem}`);
    }
    await this.writeAll(notes, 'put');
    return notes.length;
  }

  /**
   * Imports a W3C Web Annotation JSON-LD file: parsed and validated whole by
   * parseImport, then written in one transaction with `add` (which cannot
   * overwrite: a note that appeared meanwhile aborts the whole import).
   */
  async importText(text: string, now: string): Promise<ImportOutcome | { ok: false; error: string }> {
    const existingIds = new Set(await this.db.getAllKeys('annotations'));
    const parsed = parseImport(text, { existingIds, maxBytes: DEFAULT_MAX_BYTES, now });
    if (!parsed.ok) return parsed;
    try {
      await this.writeAll(parsed.notes, 'add');
    } catch (err) {
      const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      return { ok: false, error: `The import could not be written (${why.slice(0, 200)}). Nothing was imported.` };
    }
    return { ok: true, added: parsed.notes.length, skipped: parsed.skipped, summary: parsed.summary };
  }

  /** Writes notes and their pages in one transaction; rejects (and writes nothing) if any write fails. */
  private async writeAll(notes: readonly NoteRecord[], how: 'add' | 'put'): Promise<void> {
    if (notes.length === 0) return;
    const tx = this.db.transaction(['annotations', 'pages', 'sync'], 'readwrite');
    const annotations = tx.objectStore('annotations');
    const pagesStore = tx.objectStore('pages');
    const log = tx.objectStore('sync');
    const writes: Promise<unknown>[] = [];
    const byUrl = new Map<string, NoteRecord[]>();
    for (const n of notes) {
      writes.push(how === 'add' ? annotations.add(n) : annotations.put(n));
      // Import adds notes the store does not have: their log entries are new, with no revision, written without a
      // read (a tombstone's revision is dropped: the re-imported note starts a live branch, which beats a deleted one).
      if (!n.teamNote)
        writes.push(
          how === 'add' ? log.put({ id: n.id, rev: null, dirty: 1, modified: n.modified }) : logLocalChange(log, n.id, n.modified, false),
        );
      const list = byUrl.get(n.target.source);
      if (list) list.push(n);
      else byUrl.set(n.target.source, [n]);
    }
    const pages: LibraryPage[] = [];
    for (const [url, list] of byUrl) {
      writes.push(
        pagesStore.get(url).then((existing) => {
          const page = mergePage(existing as LibraryPage | undefined, url, list);
          pages.push(page);
          return pagesStore.put(page);
        }),
      );
    }
    // Any failed request aborts the transaction; tx.done then rejects and nothing is kept.
    const settled = Promise.all(writes).catch((err: unknown) => {
      try {
        tx.abort();
      } catch {
        /* already aborted */
      }
      throw err;
    });
    await Promise.all([settled, tx.done]);
    this.touch((idx) => {
      for (const p of pages) idx.setPage(p);
      for (const n of notes) idx.upsert(n);
    });
  }

  /** The background saved a note through NotesStore: keep the index current. */
  async noteSaved(note: NoteRecord): Promise<void> {
    if (!this.built && !this.building) return;
    const page = (await this.db.get('pages', note.target.source)) as LibraryPage | undefined;
    this.touch((idx) => {
      if (page) idx.setPage(page);
      idx.upsert(note);
    });
  }

  noteDeleted(id: string): void {
    this.touch((idx) => idx.remove(id));
  }

  /** Remembers which notes of a page were not found on its latest reading (orphans). */
  async recordAnchoring(url: string, orphanIds: readonly string[]): Promise<void> {
    const tx = this.db.transaction('pages', 'readwrite');
    const page = (await tx.store.get(url)) as LibraryPage | undefined;
    if (!page) {
      await tx.done;
      return;
    }
    const before = [...(page.orphanIds ?? [])].sort().join(' ');
    const after = [...orphanIds].sort();
    if (before === after.join(' ')) {
      await tx.done;
      return;
    }
    const next: LibraryPage = { ...page, orphanIds: after };
    await Promise.all([tx.store.put(next), tx.done]);
    this.touch((idx) => idx.setPage(next));
  }
}

/** A page record for imported or restored notes: the existing one, kept, or a new one from the notes. */
export function mergePage(existing: LibraryPage | undefined, url: string, notes: readonly NoteRecord[]): LibraryPage {
  let first = notes[0].created;
  let last = notes[0].modified;
  let title = '';
  for (const n of notes) {
    if (n.created < first) first = n.created;
    if (n.modified > last) last = n.modified;
    if (!title && n.pageTitle) title = n.pageTitle;
  }
  if (existing) {
    return { ...existing, title: existing.title || title, lastSeen: last > existing.lastSeen ? last : existing.lastSeen };
  }
  const page: PageRecord = {
    url,
    title,
    site: siteOf(url),
    firstSeen: first,
    lastSeen: last,
    summary: { entities: [], claims: [] },
    entityNames: [],
  };
  return page;
}
