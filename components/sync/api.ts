/**
 * The pages' calls to the background's sync (utils/sync/messages.ts). Typed by
 * the sync sub-contract itself, so a page can ask about sync whatever else the
 * background answers.
 */
import { browser } from 'wxt/browser';
import type { SyncReplies, SyncRequest } from '../../utils/sync/messages';

/** Sends a sync request to the background: its reply, or undefined when nothing answered; rejects when it cannot be delivered. */
export function sendSync<R extends SyncRequest>(req: R): Promise<SyncReplies[R['type']] | undefined> {
  return browser.runtime.sendMessage<R, SyncReplies[R['type']] | undefined>(req);
}
