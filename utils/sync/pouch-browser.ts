/**
 * PouchDB as the background uses it: the mirror in the extension's IndexedDB,
 * the server over HTTP, replication. Imported by the background only (the
 * page's bundles never load PouchDB).
 */
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { buildPouch } from './pouch-build';
import type { PouchConstructor } from './pouch-types';

let built: PouchConstructor | null = null;

export function browserPouch(): PouchConstructor {
  built ??= buildPouch([idb, http, replication]);
  return built;
}
