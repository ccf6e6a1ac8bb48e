/**
 * The IndexedDB schema and its migrations. Each migration takes the database
 * from version N-1 to N; `openNewsmarkDb` runs those the stored copy lacks.
 * Add a migration, never edit a shipped one.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NoteRecord } from '../annotation';
import type { SyncEntry } from './sync-log';

export const DB_NAME = 'newsmark';

/** The entities and claims of a page, kept with it for the library's cross-article index. */
export interface PageSummary {
  /** Linked entities: canonical name, type, mentions. */
  entities: { name: string; type: string; mentions: number }[];
  /** Claims per source (canonical name; "" for unattributed). */
  claims: { source: string; count: number }[];
}

/** What Newsmark remembers of a page it has annotated. */
export interface PageRecord {
  url: string;
  title: string;
  site: string;
  firstSeen: string;
  lastSeen: string;
  /** v2: the page's analysis summary (empty until the page is analysed with notes on it). */
  summary: PageSummary;
  /** v2: canonical entity names on the page, lower-cased, for the by-entity index. */
  entityNames: string[];
}

/**
 * v3: what the reader saw at an address, for the page-key rules of
 * utils/page-key.ts: the fingerprint of the article shown at the address
 * itself, and the canonical key an earlier visit accepted for it.
 */
export interface AddressRecord {
  url: string;
  fingerprint?: string;
  aliasOf?: string;
  /** ISO 8601: last visit. */
  seen: string;
}

export interface NewsmarkDb extends DBSchema {
  annotations: {
    key: string;
    value: NoteRecord;
    indexes: { 'by-url': string; 'by-created': string; 'by-tag': string };
  };
  pages: {
    key: string;
    value: PageRecord;
    indexes: { 'by-lastSeen': string; 'by-entity': string; 'by-site': string };
  };
  addresses: {
    key: string;
    value: AddressRecord;
    indexes: { 'by-alias': string };
  };
  /** v4: the sync log (utils/storage/sync-log.ts). */
  sync: {
    key: string;
    value: SyncEntry;
    indexes: { 'by-dirty': number };
  };
}

type UpgradeTx = IDBPTransaction<NewsmarkDb, StoreNames<NewsmarkDb>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<NewsmarkDb>, tx: UpgradeTx) => void;

/** migrations[i] upgrades version i to version i + 1. */
export const MIGRATIONS: Migration[] = [
  // v1: notes by page, time and tag; pages by last visit.
  (db) => {
    const notes = db.createObjectStore('annotations', { keyPath: 'id' });
    notes.createIndex('by-url', 'target.source');
    notes.createIndex('by-created', 'created');
    notes.createIndex('by-tag', 'tags', { multiEntry: true });
    const pages = db.createObjectStore('pages', { keyPath: 'url' });
    pages.createIndex('by-lastSeen', 'lastSeen');
  },
  // v2: pages keep their entity and claim summary; pages by entity and by site.
  (_db, tx) => {
    const pages = tx.objectStore('pages');
    pages.createIndex('by-entity', 'entityNames', { multiEntry: true });
    pages.createIndex('by-site', 'site');
    // Fill the new fields on pages written by v1, in the upgrade transaction.
    void pages.openCursor().then(function fill(cursor): Promise<void> | undefined {
      if (!cursor) return undefined;
      const page = cursor.value as Partial<PageRecord> & Pick<PageRecord, 'url'>;
      void cursor.update({
        ...page,
        summary: page.summary ?? { entities: [], claims: [] },
        entityNames: page.entityNames ?? [],
      } as PageRecord);
      return cursor.continue().then(fill);
    });
  },
  // v3: addresses (fingerprints and accepted canonical keys, issue 22). Notes keep
  // their keys: one stored under a canonical key the new rules would not give a
  // page stays where it is, shown at that key's own address and in the library,
  // and on the page that gave it whenever its quotes are found there
  // (utils/page-key.ts, notesFoundIn), which records that page as an alias.
  (db) => {
    const addresses = db.createObjectStore('addresses', { keyPath: 'url' });
    addresses.createIndex('by-alias', 'aliasOf');
  },
  // v4: the sync log (issue 21). Notes are not touched; every existing note gets
  // a dirty entry with no revision, so the first sync sends all of them.
  (db, tx) => {
    const log = db.createObjectStore('sync', { keyPath: 'id' });
    log.createIndex('by-dirty', 'dirty');
    void tx
      .objectStore('annotations')
      .openCursor()
      .then(function fill(cursor): Promise<void> | undefined {
        if (!cursor) return undefined;
        const note = cursor.value;
        void log.put({ id: note.id, rev: null, dirty: 1, modified: note.modified });
        return cursor.continue().then(fill);
      });
  },
];

export const DB_VERSION = MIGRATIONS.length;
