/** Each sync error code in the reader's words (public/_locales/<lang>/messages.json). */
import type { SyncErrorCode } from '../../utils/sync/config';
import { t, type MessageKey } from '../../utils/i18n';

const ERROR_KEYS: Record<SyncErrorCode, MessageKey> = {
  'bad-url': 'syncErrBadUrl',
  'https-required': 'syncErrHttpsRequired',
  'bad-database': 'syncErrBadDatabase',
  unauthorized: 'syncErrUnauthorized',
  'no-database': 'syncErrNoDatabase',
  unreachable: 'syncErrUnreachable',
  'no-permission': 'syncErrNoPermission',
  'bad-response': 'syncErrBadResponse',
};

/** True for a code the UI knows (a reply is data from another process: an unknown code is shown as its message). */
export function isSyncErrorCode(x: unknown): x is SyncErrorCode {
  return typeof x === 'string' && Object.hasOwn(ERROR_KEYS, x);
}

/** What went wrong, in words: the code's sentence, else the background's own message. */
export function syncErrorText(code: unknown, fallback = ''): string {
  return isSyncErrorCode(code) ? t(ERROR_KEYS[code]) : fallback || t('syncErrUnknown');
}

/** The error code a failed reply carries, if any (not every failure has one). */
export function codeOf(reply: object): unknown {
  return 'code' in reply ? reply.code : undefined;
}
