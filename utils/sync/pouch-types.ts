/**
 * The small part of PouchDB's API that sync uses, typed here (the community
 * @types/pouchdb-* packages pull DOM and Node typings into the whole project).
 * Only types: the constructor is built in ./pouch-browser.ts (the background)
 * and by the tests (memory adapter).
 */

export interface PouchError {
  status?: number;
  name?: string;
  error?: string | boolean;
  message?: string;
}

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _revisions?: { start: number; ids: string[] };
  _conflicts?: string[];
  [key: string]: unknown;
}

export interface PouchWriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  name?: string;
  status?: number;
}

export interface PouchChange {
  id: string;
  seq: string | number;
  deleted?: boolean;
  doc?: PouchDoc;
}

export interface PouchReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
}

export interface PouchReplicateOptions {
  batch_size?: number;
  batches_limit?: number;
}

export interface PouchDatabase {
  info(): Promise<Record<string, unknown>>;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchDoc & { _rev: string }>;
  put(doc: PouchDoc): Promise<PouchWriteResult>;
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<PouchWriteResult[]>;
  allDocs(options: { keys: string[] }): Promise<{ rows: { key: string; value?: { rev: string; deleted?: boolean }; error?: string }[] }>;
  changes(options: {
    since: string | number;
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
  }): Promise<{ results: PouchChange[]; last_seq: string | number }>;
  replicate: {
    to(target: PouchDatabase, options?: PouchReplicateOptions): Promise<PouchReplicationResult>;
    from(source: PouchDatabase, options?: PouchReplicateOptions): Promise<PouchReplicationResult>;
  };
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchOptions {
  adapter?: string;
  skip_setup?: boolean;
  auth?: { username: string; password: string };
  revs_limit?: number;
  auto_compaction?: boolean;
}

/** The PouchDB constructor with its plugins in. */
export type PouchConstructor = new (name: string, options?: PouchOptions) => PouchDatabase;
