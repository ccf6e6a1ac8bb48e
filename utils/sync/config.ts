/**
 * The reader's sync settings (issue 21) and their checks. Kept in
 * browser.storage.local under SYNC_CONFIG_KEY; the password never leaves the
 * background (status replies say only whether there is one).
 */

export interface SyncConfig {
  /** Off by default: with sync off no request leaves the extension. */
  enabled: boolean;
  /** CouchDB server origin and path, e.g. https://couch.example.org or http://127.0.0.1:5984 */
  url: string;
  /** The reader's own database. */
  database: string;
  username: string;
  /** Stored in browser.storage.local only; never synced, exported, logged or sent to a content script. */
  password: string;
  /** A team database, '' when none. */
  teamDatabase: string;
  /** The creator name recorded on the reader's notes ('' = none). */
  displayName: string;
}

export const SYNC_CONFIG_KEY = 'newsmark:sync';

export const DEFAULT_SYNC_CONFIG: SyncConfig = {
  enabled: false,
  url: '',
  database: '',
  username: '',
  password: '',
  teamDatabase: '',
  displayName: '',
};

export type SyncErrorCode =
  'bad-url' | 'https-required' | 'bad-database' | 'unauthorized' | 'no-database' | 'unreachable' | 'no-permission' | 'bad-response';

const MAX_FIELD = 2048;
const MAX_NAME = 200;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** CouchDB's rule for database names. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Null when the server address and database name can be used; else an error
 * code: 'bad-url' (not an http(s) URL, or credentials, a query or a fragment
 * in it), 'https-required' (plain http to anything but this machine),
 * 'bad-database' (against CouchDB's database-name rules).
 */
export function checkSyncTarget(url: string, database: string): SyncErrorCode | null {
  const u = parseUrl(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return 'bad-url';
  if (u.username || u.password || u.search || u.hash || url.includes('@')) return 'bad-url';
  if (u.protocol === 'http:' && !LOCAL_HOSTS.has(u.hostname)) return 'https-required';
  if (!DB_NAME.test(database) || database.length > 238) return 'bad-database';
  return null;
}

/** The origin pattern for the optional host permission, e.g. 'https://couch.example.org/*'. */
export function originPattern(url: string): string {
  const u = parseUrl(url);
  if (!u) throw new Error('originPattern: not a URL');
  // Match patterns take no port: the permission covers the host on any port.
  return `${u.protocol}//${u.hostname}/*`;
}

/** The settings if `x` is a well-formed SyncConfig, else a clear error. */
export function validateSyncConfig(x: unknown): SyncConfig | string {
  if (!isObject(x)) return 'sync settings must be an object';
  if (typeof x.enabled !== 'boolean') return 'enabled must be true or false';
  for (const key of ['url', 'database', 'username', 'password', 'teamDatabase', 'displayName'] as const)
    if (typeof x[key] !== 'string' || (x[key] as string).length > MAX_FIELD) return `${key} must be a string`;
  const config: SyncConfig = {
    enabled: x.enabled,
    url: (x.url as string).trim(),
    database: (x.database as string).trim(),
    username: x.username as string,
    password: x.password as string,
    teamDatabase: (x.teamDatabase as string).trim(),
    displayName: (x.displayName as string).trim(),
  };
  if (config.displayName.length > MAX_NAME) return `the display name is longer than ${MAX_NAME} characters`;
  if (config.enabled) {
    const problem = checkSyncTarget(config.url, config.database);
    if (problem === 'bad-url') return 'the server address must be an http(s) URL without a user name, password or query';
    if (problem === 'https-required') return 'the server address must use https (http only for this machine)';
    if (problem === 'bad-database') return 'the database name must start with a-z and hold only a-z, 0-9 and _$()+-/';
    if (config.teamDatabase && checkSyncTarget(config.url, config.teamDatabase))
      return 'the team database name must start with a-z and hold only a-z, 0-9 and _$()+-/';
  }
  return config;
}
