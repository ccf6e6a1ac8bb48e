/**
 * The sync requests to the background (issue 21) and their validation. Part of
 * the one message contract: utils/messages.ts routes every `sync:*` message
 * here. Only Newsmark's own pages (sender role 'extension') may send them,
 * never a content script; no reply carries the password.
 */
import type { Failure, Reply } from '../messages';
import { validateSyncConfig, type SyncConfig, type SyncErrorCode } from './config';

/** Most notes one `sync:share` sends. */
export const MAX_SHARE = 10_000;

export type SyncRequest =
  /** Tries the server: reachable, credentials, database exists. */
  | { type: 'sync:test'; config: SyncConfig }
  /** Validates, stores, (re)schedules; enabled:false stops sync. */
  | { type: 'sync:configure'; config: SyncConfig }
  | { type: 'sync:status' }
  | { type: 'sync:now' }
  /** Sends chosen notes to the team database. */
  | { type: 'sync:share'; ids: string[] };

export interface SyncStatus {
  enabled: boolean;
  url: string;
  database: string;
  username: string;
  teamDatabase: string;
  displayName: string;
  /** The password itself never leaves the background. */
  hasPassword: boolean;
  /** Epoch ms of the last successful sync. */
  lastSync: number | null;
  /** Local changes not yet pushed; null while sync is off (not counted then). */
  pending: number | null;
  lastError: { code: SyncErrorCode; message: string } | null;
  running: boolean;
}

export interface SyncReplies {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the contract's empty success
  'sync:test': Reply<{}> | (Failure & { code: SyncErrorCode });
  'sync:configure': Reply<{ status: SyncStatus }> | (Failure & { code?: SyncErrorCode });
  'sync:status': Reply<{ status: SyncStatus }>;
  'sync:now': Reply<{ pushed: number; pulled: number; status: SyncStatus }> | (Failure & { code?: SyncErrorCode });
  'sync:share': Reply<{ shared: number }> | (Failure & { code?: SyncErrorCode });
}

/** True for the sync requests (all named `sync:*`). */
export function isSyncRequest(req: { type: string }): req is SyncRequest {
  return req.type.startsWith('sync:');
}

const isId = (x: unknown): x is string => typeof x === 'string' && /^urn:uuid:[0-9a-f-]{36}$/i.test(x);

/** The request if `msg` is a well-formed sync request, else an error message. */
export function parseSyncRequest(msg: Record<string, unknown>): SyncRequest | string {
  switch (msg.type) {
    case 'sync:test':
    case 'sync:configure': {
      const config = validateSyncConfig(msg.config);
      if (typeof config === 'string') return `${msg.type}: ${config}`;
      return { type: msg.type, config };
    }
    case 'sync:status':
      return { type: 'sync:status' };
    case 'sync:now':
      return { type: 'sync:now' };
    case 'sync:share': {
      if (!Array.isArray(msg.ids) || msg.ids.length === 0 || msg.ids.length > MAX_SHARE)
        return `sync:share: ids must be a list of 1–${MAX_SHARE} ids`;
      for (const id of msg.ids) if (!isId(id)) return 'sync:share: ids must hold urn:uuid ids';
      return { type: 'sync:share', ids: msg.ids as string[] };
    }
    default:
      return `unknown message type ${JSON.stringify(String(msg.type).slice(0, 40))}`;
  }
}
