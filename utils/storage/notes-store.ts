/**
 * The notes store: the background's only way to read and write notes.
 * Every write resolves only after its transaction has completed, so the UI
 * never reports a save that did not happen.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { NoteRecord } from '../annotation';
import type { AddressBook } from '../page-key';
import { DB_NAME, DB_VERSION, MIGRATIONS, type AddressRecord, type NewsmarkDb, type PageRecord, type PageSummary } from './schema';
import { siteOf } from '../library/search';
import { logLocalChange, type SyncEntry } from './sync-log';

/** A change sync received: note `id` at revision `rev`, or (with `note` null) its deletion. */
export interface RemoteChange {
  id: string;
  note: NoteRecord | null;
  rev: string;
  modified: string;
}

const EMPTY_SUMMARY: PageSummary = { entities: [], claims: [] };

/** The library's record of a page seen first through `note` (a save, a synced or a team note), at `when`. */
function newPageRecord(note: NoteRecord, site: string, when: string): PageRecord {
  return { url: note.target.source, title: note.pageTitle, site, firstSeen: when, lastSeen: when, summary: EMPTY_SUMMARY, entityNames: [] };
}

export class NotesStore {
  private constructor(private readonly db: IDBPDatabase<NewsmarkDb>) {}

  /** Opens (and migrates) the database in the current origin (tests use fake-indexeddb). */
  static async open(name = DB_NAME): Promise<NotesStore> {
    const db = await openDB<NewsmarkDb>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v](db, tx);
      },
    });
    return new NotesStore(db);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Saves a note and records its page (with the page's summary when given);
   * resolves after the transaction commits, rejects if it aborts.
   */
  async save(note: NoteRecord, site: string, summary?: PageSummary): Promise<NoteRecord> {
    const tx = this.db.transaction(['annotations', 'pages', 'sync'], 'readwrite');
    const now = note.modified;
    const pages = tx.objectStore('pages');
    // A team note is someone else's: it is not sent to the reader's own database.
    const logged = note.teamNote ? Promise.resolve() : logLocalChange(tx.objectStore('sync'), note.id, note.modified, false);
    const existing = await pages.get(note.target.source);
    const base: PageRecord = existing ?? newPageRecord(note, site, now);
    const page: PageRecord = { ...base, title: note.pageTitle || base.title, lastSeen: now > base.lastSeen ? now : base.lastSeen };
    if (summary) {
      page.summary = summary;
      page.entityNames = [...new Set(summary.entities.map((e) => e.name.toLowerCase()))];
    }
    await Promise.all([tx.objectStore('annotations').put(note), pages.put(page), logged, tx.done]);
    return note;
  }

  /** Notes of one page, oldest first. */
  async forUrl(url: string): Promise<NoteRecord[]> {
    const notes = await this.db.getAllFromIndex('annotations', 'by-url', url);
    return notes.sort(byCreated);
  }

  /** Every note, oldest first. */
  async all(): Promise<NoteRecord[]> {
    return this.db.getAllFromIndex('annotations', 'by-created');
  }

  /** Deletes a note, leaving a tombstone in the sync log; resolves to whether it existed. */
  async delete(id: string, now = new Date().toISOString()): Promise<boolean> {
    const tx = this.db.transaction(['annotations', 'sync'], 'readwrite');
    const notes = tx.objectStore('annotations');
    const note = await notes.get(id);
    if (note) {
      await notes.delete(id);
      if (!note.teamNote) await logLocalChange(tx.objectStore('sync'), id, now, true);
    }
    await tx.done;
    return note !== undefined;
  }

  /**
   * Starts the sync log over for a new server: every note unsent, with no
   * revision; tombstones go (the new server never had those notes).
   */
  async resetSyncLog(): Promise<void> {
    const tx = this.db.transaction(['annotations', 'sync'], 'readwrite');
    const log = tx.objectStore('sync');
    await log.clear();
    for (let cursor = await tx.objectStore('annotations').openCursor(); cursor; cursor = await cursor.continue())
      if (!cursor.value.teamNote) void log.put({ id: cursor.value.id, rev: null, dirty: 1, modified: cursor.value.modified });
    await tx.done;
  }

  /** Sync log entries changed locally and not yet handed to sync. */
  async dirtyEntries(): Promise<SyncEntry[]> {
    return this.db.getAllFromIndex('sync', 'by-dirty', 1);
  }

  /** How many local changes the server does not have yet. */
  async pendingCount(): Promise<number> {
    return this.db.countFromIndex('sync', 'by-dirty', IDBKeyRange.bound(1, 2));
  }

  /** The server has received everything in the mirror: changes handed to it are done. */
  async confirmSent(): Promise<void> {
    const tx = this.db.transaction('sync', 'readwrite');
    // One read and all writes queued at once: a cursor's round trip per entry is far slower on 10,000 entries.
    const sent = await tx.store.index('by-dirty').getAll(2);
    await Promise.all([...sent.map((entry) => tx.store.put({ ...entry, dirty: 0 })), tx.done]);
  }

  async syncEntry(id: string): Promise<SyncEntry | undefined> {
    return this.db.get('sync', id);
  }

  /**
   * Records that each change logged at `modified` now has revision `rev` in the
   * mirror (`confirmed`: nothing more to send, as for a note that never reached
   * any server), in one transaction. An entry changed again meanwhile stays
   * dirty (with the new base revision).
   */
  async markSent(sent: readonly { id: string; rev: string | null; modified: string; confirmed?: boolean }[]): Promise<void> {
    const tx = this.db.transaction('sync', 'readwrite');
    await Promise.all(
      sent.map(async (s) => {
        const entry = await tx.store.get(s.id);
        if (entry) await tx.store.put({ ...entry, rev: s.rev, dirty: entry.modified !== s.modified ? 1 : s.confirmed ? 0 : 2 });
      }),
    );
    await tx.done;
  }

  /** The notes with these ids, in one transaction (undefined where there is none). */
  async getMany(ids: readonly string[]): Promise<(NoteRecord | undefined)[]> {
    const tx = this.db.transaction('annotations');
    const out = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return out;
  }

  /** The sync log's entries for these ids, in one transaction (undefined where there is none). */
  async syncEntries(ids: readonly string[]): Promise<(SyncEntry | undefined)[]> {
    const tx = this.db.transaction('sync');
    const out = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return out;
  }

  /**
   * Writes a note (or, with `note` null, the deletion of note `id`) that sync
   * received, at revision `rev`, with its page. Nothing is written, and false
   * returned, when the note changed here since it was last sent: the local
   * change goes out first and the conflict is settled in the mirror.
   */
  async applyRemote(id: string, note: NoteRecord | null, rev: string, modified: string): Promise<boolean> {
    return (await this.applyRemoteMany([{ id, note, rev, modified }]))[0];
  }

  /**
   * `applyRemote` for many changes (one per id) in one transaction: all
   * reads queued at once, then all writes (a transaction per note costs
   * seconds on a first sync of thousands). Resolves to which were written.
   */
  async applyRemoteMany(changes: readonly RemoteChange[]): Promise<boolean[]> {
    const tx = this.db.transaction(['annotations', 'pages', 'sync'], 'readwrite');
    const log = tx.objectStore('sync');
    const notes = tx.objectStore('annotations');
    const pages = tx.objectStore('pages');
    const entries = await Promise.all(changes.map((c) => log.get(c.id)));
    const written = entries.map((entry) => entry?.dirty !== 1);
    // Each page read once; a page first seen here is recorded from its first note.
    const sources = [...new Set(changes.filter((c, i) => written[i] && c.note).map((c) => c.note!.target.source))];
    const known = new Map(sources.map((url, i) => [url, i]));
    const stored = await Promise.all(sources.map((url) => pages.get(url)));
    const newPages = new Map<string, PageRecord>();
    const writes: Promise<unknown>[] = [];
    changes.forEach((c, i) => {
      if (!written[i]) return;
      if (c.note) {
        const url = c.note.target.source;
        if (!stored[known.get(url)!] && !newPages.has(url)) newPages.set(url, newPageRecord(c.note, siteOf(url), c.note.modified));
        writes.push(notes.put(c.note));
      } else writes.push(notes.delete(c.id));
      const next: SyncEntry = { id: c.id, rev: c.rev, dirty: 0, modified: c.modified };
      if (!c.note) next.deleted = true;
      writes.push(log.put(next));
    });
    for (const page of newPages.values()) writes.push(pages.put(page));
    await Promise.all([...writes, tx.done]);
    return written;
  }

  /**
   * Writes a note received from the team database, marked `teamNote`. A note
   * of the reader's own (one the team database holds because they shared it) is left alone.
   */
  async applyTeam(note: NoteRecord): Promise<boolean> {
    const tx = this.db.transaction(['annotations', 'pages'], 'readwrite');
    const notes = tx.objectStore('annotations');
    const own = await notes.get(note.id);
    if (own && !own.teamNote) {
      await tx.done;
      return false;
    }
    const pages = tx.objectStore('pages');
    const page = (await pages.get(note.target.source)) ?? newPageRecord(note, siteOf(note.target.source), note.modified);
    await Promise.all([notes.put({ ...note, teamNote: true }), pages.put(page), tx.done]);
    return true;
  }

  async pages(): Promise<PageRecord[]> {
    return this.db.getAll('pages');
  }

  /** One note by id. */
  async get(id: string): Promise<NoteRecord | undefined> {
    return this.db.get('annotations', id);
  }

  /** What the page-key rules need from the store (utils/page-key.ts). */
  addressBook(): AddressBook {
    return {
      fingerprintAt: async (url) => (await this.db.get('addresses', url))?.fingerprint ?? null,
      aliasOf: async (url) => (await this.db.get('addresses', url))?.aliasOf ?? null,
      notesUnder: (url) => this.forUrl(url),
    };
  }

  /**
   * Records a visit to `url`: the fingerprint of the article shown there, and
   * the canonical key accepted for it this time (null: none).
   */
  async recordVisit(url: string, fingerprint: string, aliasOf: string | null, now: string): Promise<void> {
    const rec: AddressRecord = { url, fingerprint, seen: now };
    if (aliasOf && aliasOf !== url) rec.aliasOf = aliasOf;
    await this.db.put('addresses', rec);
  }

  /**
   * The keys whose notes a page at the normalised address `own` shows and may
   * write: its own, the canonical key accepted for it (as stored, or
   * `alias` when given: null for none), and the other addresses accepted for
   * that key.
   */
  async keysFor(own: string, alias?: string | null): Promise<string[]> {
    const key = (alias === undefined ? (await this.db.get('addresses', own))?.aliasOf : alias) ?? own;
    const aliases = await this.db.getAllKeysFromIndex('addresses', 'by-alias', key);
    return [...new Set([own, key, ...aliases])];
  }

  /** Notes of every key in `keys`, oldest first. */
  async forKeys(keys: string[]): Promise<NoteRecord[]> {
    const lists = await Promise.all(keys.map((k) => this.db.getAllFromIndex('annotations', 'by-url', k)));
    return lists.flat().sort(byCreated);
  }
}

function byCreated(a: NoteRecord, b: NoteRecord): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1;
}
