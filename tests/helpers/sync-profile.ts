/**
 * A browser profile as sync sees it, in Node: its own notes store
 * (fake-indexeddb, a database name of its own) and its own mirror (PouchDB
 * in memory), driven by the same SyncEngine the background uses.
 */
import 'fake-indexeddb/auto';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { buildPouch } from '../../utils/sync/pouch-build';
import { NotesStore } from '../../utils/storage/notes-store';
import { SyncEngine } from '../../utils/sync/engine';
import { openRemote, type RemoteTarget } from '../../utils/sync/remote';
import type { PouchDatabase } from '../../utils/sync/pouch-types';
import type { NoteRecord } from '../../utils/annotation';

export const Pouch = buildPouch([memory, http, replication]);

let counter = 0;

export class Profile {
  private constructor(
    readonly name: string,
    /** The IndexedDB database of the profile's notes (a LibraryStore may open it too). */
    readonly dbName: string,
    readonly store: NotesStore,
    readonly mirror: PouchDatabase,
    readonly engine: SyncEngine,
  ) {}

  static async open(name: string): Promise<Profile> {
    const unique = `${name}-${Date.now()}-${counter++}`;
    const store = await NotesStore.open(`store-${unique}`);
    const mirror = new Pouch(`mirror-${unique}`, { adapter: 'memory' });
    return new Profile(name, `store-${unique}`, store, mirror, new SyncEngine({ store, mirror }));
  }

  sync(target: RemoteTarget, database: string) {
    return this.engine.cycle(openRemote(Pouch, target, database));
  }

  async save(note: NoteRecord): Promise<NoteRecord> {
    return this.store.save(note, new URL(note.target.source).hostname);
  }

  async close(): Promise<void> {
    this.store.close();
    await this.mirror.destroy();
  }
}

let seq = 0;

/** A valid note; `over` replaces any field. */
export function makeNote(over: Partial<NoteRecord> = {}): NoteRecord {
  const n = (seq++).toString(16).padStart(12, '0');
  const stamp = '2026-12-06T10:00:00.000Z';
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${n}`,
    motivation: 'commenting',
    body: `note ${n}`,
    tags: ['t'],
    colour: 'yellow',
    created: stamp,
    modified: stamp,
    target: {
      source: 'https://news.example.org/story',
      selector: [
        { type: 'TextQuoteSelector', exact: 'quoted words', prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: 10, end: 22 },
      ],
    },
    pageTitle: 'A story',
    ...over,
  };
}
