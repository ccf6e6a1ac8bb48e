/**
 * The typed senders of the message contract (utils/messages.ts): each
 * returns the reply its request's type is answered with. The receivers
 * validate every message and answer through a Handlers map; these only give
 * the browser's untyped channel the contract's types.
 */
import { browser } from 'wxt/browser';
import type { BackgroundReplies, BackgroundRequest, ContentReplies, ContentRequest } from './messages';

/** Sends a request to the background: its reply, or undefined when nothing answered; rejects when it cannot be delivered. */
export function sendToBackground<R extends BackgroundRequest>(req: R): Promise<BackgroundReplies[R['type']] | undefined> {
  return browser.runtime.sendMessage<R, BackgroundReplies[R['type']] | undefined>(req);
}

/** Sends a request to a tab's content script: its reply, or undefined when nothing answered; rejects when no script listens there. */
export function sendToTab<R extends ContentRequest>(tabId: number, req: R): Promise<ContentReplies[R['type']] | undefined> {
  return browser.tabs.sendMessage<R, ContentReplies[R['type']] | undefined>(tabId, req);
}
