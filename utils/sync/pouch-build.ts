/** PouchDB's core with the given plugins (adapters, replication), typed as the part sync uses. */
import PouchDB from 'pouchdb-core';
import type { PouchConstructor } from './pouch-types';

export function buildPouch(plugins: readonly unknown[]): PouchConstructor {
  for (const p of plugins) PouchDB.plugin(p);
  return PouchDB as unknown as PouchConstructor;
}
