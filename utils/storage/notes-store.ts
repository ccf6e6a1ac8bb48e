/**
 * The notes store: the background's only way to read and write notes.
 * Every write resolves only after its transaction has completed, so the UI
 * never reports a save that did not happen.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { NoteRecord } from '../annotation';
import type { AddressBook } from '../page-key';
import { DB_NAME, DB_VERSION, MIGRATIONS, type AddressRecord, type NewsmarkDb, type PageRecord, type PageSummary } from './schema';

const EMPTY_SUMMARY: PageSummary = { entities: [], claims: [] };

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
    const tx = this.db.transaction(['annotations', 'pages'], 'readwrite');
    const now = note.modified;
    const pages = tx.objectStore('pages');
    const existing = await pages.get(note.target.source);
    const base: PageRecord = existing ?? {
      url: note.target.source,
      title: note.pageTitle,
      site,
      firstSeen: now,
      lastSeen: now,
      summary: EMPTY_SUMMARY,
      entityNames: [],
    };
    const page: PageRecord = { ...base, title: note.pageTitle || base.title, lastSeen: now > base.lastSeen ? now : base.lastSeen };
    if (summary) {
      page.summary = summary;
      page.entityNames = [...new Set(summary.entities.map((e) => e.name.toLowerCase()))];
    }
    await Promise.all([tx.objectStore('annotations').put(note), pages.put(page), tx.done]);
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

  /** Deletes a note; resolves to whether it existed. */
  async delete(id: string): Promise<boolean> {
    const tx = this.db.transaction('annotations', 'readwrite');
    const found = (await tx.store.getKey(id)) !== undefined;
    if (found) await tx.store.delete(id);
    await tx.done;
    return found;
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
