/**
 * The Sync settings form's fields and the checks made in the page, before
 * anything is sent or any permission asked for: the same rules the
 * background applies (utils/sync/config.ts), with one message per field.
 */
import { checkSyncTarget, type SyncConfig } from '../../utils/sync/config';
import type { SyncStatus } from '../../utils/sync/messages';
import { t } from '../../utils/i18n';
import { syncErrorText } from './errors';

export interface SyncForm {
  url: string;
  database: string;
  username: string;
  /** What the reader typed: the stored password is never shown back. */
  password: string;
  teamDatabase: string;
  displayName: string;
}

export type SyncField = keyof SyncForm;
export type FieldErrors = Partial<Record<SyncField, string>>;

/** The fields in the order the form shows them (the first with an error takes the focus). */
export const SYNC_FIELDS: readonly SyncField[] = ['url', 'database', 'username', 'password', 'teamDatabase', 'displayName'];

/** Longest display name the background accepts. */
export const MAX_DISPLAY_NAME = 200;

/** The form as the stored settings fill it; the password field starts empty. */
export function formFromStatus(status: SyncStatus | null): SyncForm {
  return {
    url: status?.url ?? '',
    database: status?.database ?? '',
    username: status?.username ?? '',
    password: '',
    teamDatabase: status?.teamDatabase ?? '',
    displayName: status?.displayName ?? '',
  };
}

/** A server address as the background compares them: without trailing slashes. */
const sameUrl = (a: string, b: string): boolean => a.trim().replace(/\/+$/, '') === b.trim().replace(/\/+$/, '');

/**
 * True when an empty password field means "keep the stored one": only for the
 * same server, database and user name (the background's rule), so a stored
 * password never goes to an address or account the reader has just typed.
 */
export function keepsStoredPassword(form: SyncForm, status: SyncStatus | null): boolean {
  return (
    !!status?.hasPassword &&
    form.password === '' &&
    sameUrl(form.url, status.url) &&
    form.database.trim() === status.database &&
    form.username === status.username
  );
}

/** A database name against CouchDB's rules (checked with a server address that always passes). */
function badDatabaseName(name: string): boolean {
  return checkSyncTarget('http://localhost', name) === 'bad-database';
}

/** What is wrong with each field, if anything; empty when the form may be sent. */
export function checkForm(form: SyncForm, status: SyncStatus | null): FieldErrors {
  const errors: FieldErrors = {};
  const url = form.url.trim();
  const database = form.database.trim();
  const team = form.teamDatabase.trim();
  if (!url) errors.url = t('syncUrlRequired');
  else {
    const code = checkSyncTarget(url, 'newsmark');
    if (code) errors.url = syncErrorText(code);
  }
  if (!database) errors.database = t('syncDatabaseRequired');
  else if (badDatabaseName(database)) errors.database = syncErrorText('bad-database');
  if (!form.username) errors.username = t('syncUserRequired');
  if (!form.password && !keepsStoredPassword(form, status)) errors.password = t('syncPasswordRequired');
  if (team && badDatabaseName(team)) errors.teamDatabase = syncErrorText('bad-database');
  else if (team && team === database) errors.teamDatabase = t('syncTeamSameAsOwn');
  if (form.displayName.trim().length > MAX_DISPLAY_NAME) errors.displayName = t('syncNameTooLong', MAX_DISPLAY_NAME);
  return errors;
}

/** The settings to send: trimmed; an empty password with a stored one keeps it (see keepsStoredPassword). */
export function configFromForm(form: SyncForm, enabled: boolean): SyncConfig {
  return {
    enabled,
    url: form.url.trim(),
    database: form.database.trim(),
    username: form.username,
    password: form.password,
    teamDatabase: form.teamDatabase.trim(),
    displayName: form.displayName.trim(),
  };
}
