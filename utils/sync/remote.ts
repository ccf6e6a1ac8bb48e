/**
 * The CouchDB server as PouchDB sees it: a database over HTTP, opened with the
 * reader's credentials in PouchDB's `auth` option (an Authorization header,
 * never in the address, so no URL that may be logged carries them), and the
 * failures a reader can act on, in words that name no secret.
 */
import type { SyncErrorCode } from './config';
import type { PouchConstructor, PouchDatabase, PouchOptions } from './pouch-types';

export interface RemoteTarget {
  url: string;
  username: string;
  password: string;
}

export interface SyncError {
  code: SyncErrorCode;
  message: string;
}

/** The address of `database` on the server at `url`. */
export function databaseUrl(url: string, database: string): string {
  return `${url.replace(/\/+$/, '')}/${encodeURIComponent(database)}`;
}

/** Opens `database` on the server over HTTP without creating it (a missing one is 'no-database'). */
export function openRemote(Pouch: PouchConstructor, target: RemoteTarget, database: string): PouchDatabase {
  const options: PouchOptions = { adapter: 'http', skip_setup: true };
  if (target.username) options.auth = { username: target.username, password: target.password };
  return new Pouch(databaseUrl(target.url, database), options);
}

const MESSAGES: Record<SyncErrorCode, string> = {
  'bad-url': 'The server address is not a valid http(s) address.',
  'https-required': 'The server must be reached over https (plain http only on this machine).',
  'bad-database': 'The database name is not a valid CouchDB name.',
  unauthorized: 'The server refused the user name or password.',
  'no-database': 'There is no such database on the server.',
  unreachable: 'The server could not be reached.',
  'no-permission': 'Newsmark has no permission to reach this server yet.',
  'bad-response': 'The server answered in a way Newsmark does not understand.',
};

/** The words for an error code. */
export function syncError(code: SyncErrorCode): SyncError {
  return { code, message: MESSAGES[code] };
}

/** What went wrong, from an error thrown by PouchDB or fetch. */
export function classifyError(err: unknown): SyncError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { status?: unknown; name?: unknown; error?: unknown; code?: unknown };
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === 401 || status === 403 || e.name === 'unauthorized' || e.error === 'unauthorized' || e.name === 'forbidden')
    return syncError('unauthorized');
  if (status === 404 || e.name === 'not_found') return syncError('no-database');
  // fetch rejects with a TypeError when nothing answers; PouchDB reports that without a status (or as 500 "unknown").
  if (err instanceof TypeError || status === undefined || e.code === 'ECONNREFUSED' || e.name === 'unknown' || e.error === 'unknown')
    return syncError('unreachable');
  if (status >= 500) return syncError('unreachable');
  return syncError('bad-response');
}

/** Null when the database answers with these credentials; else what is wrong. */
export async function probeRemote(db: PouchDatabase): Promise<SyncError | null> {
  try {
    const info = await db.info();
    // PouchDB's HTTP adapter resolves info() with the server's error merged into it (and its own db_name).
    if (info.error === 'unauthorized' || info.error === 'forbidden') return syncError('unauthorized');
    if (info.error === 'not_found') return syncError('no-database');
    if (info.error !== undefined || !('update_seq' in info)) return syncError('bad-response');
    return null;
  } catch (err) {
    return classifyError(err);
  }
}
