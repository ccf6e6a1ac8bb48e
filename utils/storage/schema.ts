/**
 * The IndexedDB schema and its migrations. Each migration takes the database
 * from version N-1 to N; `openNewsmarkDb` runs those the stored copy lacks.
 * Add a migration, never edit a shipped one.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NoteRecord } from '../annotation';

export const DB_NAME = 'newsmark';

/** What Newsmark remembers of a page it has annotated. */
export interface PageRecord {
  url: string;
  title: string;
  site: string;
  firstSeen: string;
  lastSeen: string;
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
    indexes: { 'by-lastSeen': string };
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
];

export const DB_VERSION = MIGRATIONS.length;
