/**
 * Issue 21: the background's `notes:changed` to a tab's article session, and
 * the session's `notes:page` back. A page cannot reach a content script's
 * runtime.onMessage at all; the session still takes `notes:changed` only from
 * Newsmark's background (our id, no tab), carries nothing of what a forged
 * message adds, and `notes:page` is a content script's, for its own page.
 */
import { describe, expect, it } from 'vitest';
import {
  authorize,
  authorizeContent,
  MAX_TEXT,
  parseBackgroundRequest,
  parseContentRequest,
  receiveContentRequest,
  type BackgroundRequest,
  type SenderInfo,
} from '../../../utils/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const background: SenderInfo = { id: ID, url: `chrome-extension://${ID}/background.js` };
const firefoxBackground: SenderInfo = {
  id: ID,
  url: 'moz-extension://0a1b2c3d-1111-4222-8333-444455556666/_generated_background_page.html',
};
const popup: SenderInfo = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const libraryTab: SenderInfo = {
  id: ID,
  url: `chrome-extension://${ID}/library.html`,
  tab: { id: 9, url: `chrome-extension://${ID}/library.html` },
};
const contentScript: SenderInfo = {
  id: ID,
  url: 'https://news.example.com/story',
  frameId: 0,
  tab: { id: 4, url: 'https://news.example.com/story' },
};
const otherExtension: SenderInfo = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' };

describe('notes:changed (background → article session)', () => {
  it('parses to the bare request: whatever else a message carries is dropped', () => {
    expect(parseContentRequest({ type: 'notes:changed' })).toEqual({ type: 'notes:changed' });
    const forged = { type: 'notes:changed', notes: [{ note: { body: '<img src=x onerror=alert(1)>' } }], key: 'https://bank.example.net/' };
    expect(parseContentRequest(forged)).toEqual({ type: 'notes:changed' });
  });

  it('refuses malformed messages', () => {
    expect(parseContentRequest(null)).toBe('message has no type');
    expect(parseContentRequest('notes:changed')).toBe('message has no type');
    expect(parseContentRequest(['notes:changed'])).toBe('message has no type');
    expect(parseContentRequest({ type: 7 })).toBe('message has no type');
    expect(parseContentRequest({ type: 'notes:changed!' })).toMatch(/unknown message type/);
    expect(parseContentRequest({ type: 'NOTES:CHANGED' })).toMatch(/unknown message type/);
  });

  it('is taken from Newsmark’s background only: not from a content script, the library’s tab or another extension', () => {
    const req = { type: 'notes:changed' } as const;
    expect(authorizeContent(req, background, ID)).toBeNull();
    expect(authorizeContent(req, { ...firefoxBackground, id: 'newsmark@example' }, 'newsmark@example')).toBeNull();
    expect(authorizeContent(req, { id: ID }, ID)).toBeNull(); // a service worker's sender may name no address
    expect(authorizeContent(req, contentScript, ID)).toMatch(/only the background/);
    expect(authorizeContent(req, libraryTab, ID)).toMatch(/only the background/);
    expect(authorizeContent(req, otherExtension, ID)).toMatch(/not from Newsmark/);
    expect(authorizeContent(req, {}, ID)).toMatch(/not from Newsmark/);
  });

  it('the session’s listener answers only what is well formed and from an allowed sender', () => {
    expect(receiveContentRequest({ type: 'notes:changed' }, background, ID)).toEqual({ type: 'notes:changed' });
    expect(receiveContentRequest({ type: 'notes:changed' }, contentScript, ID)).toBeNull();
    expect(receiveContentRequest({ type: 'notes:changed' }, otherExtension, ID)).toBeNull();
    expect(receiveContentRequest({ type: 'notes:changes' }, background, ID)).toBeNull();
    expect(receiveContentRequest(undefined, background, ID)).toBeNull();
    // the popup's requests keep working, from the popup and the library's tab alike
    expect(receiveContentRequest({ type: 'page:state' }, popup, ID)).toEqual({ type: 'page:state' });
    expect(receiveContentRequest({ type: 'page:scrollTo', start: 1, end: 2 }, libraryTab, ID)).toEqual({
      type: 'page:scrollTo',
      start: 1,
      end: 2,
    });
    expect(receiveContentRequest({ type: 'page:state' }, otherExtension, ID)).toBeNull();
  });
});

describe('notes:page (article session → background)', () => {
  const req = (msg: unknown): BackgroundRequest => {
    const r = parseBackgroundRequest(msg);
    if (typeof r === 'string') throw new Error(r);
    return r;
  };

  it('parses text and an optional canonical link, nothing else', () => {
    expect(parseBackgroundRequest({ type: 'notes:page', text: 'Kirby said.' })).toEqual({ type: 'notes:page', text: 'Kirby said.' });
    expect(parseBackgroundRequest({ type: 'notes:page', text: 'x', canonical: '/story', url: 'https://bank.example.net/' })).toEqual({
      type: 'notes:page',
      text: 'x',
      canonical: '/story',
    });
  });

  it('refuses malformed ones with a reason', () => {
    expect(parseBackgroundRequest({ type: 'notes:page' })).toMatch(/text must be a string/);
    expect(parseBackgroundRequest({ type: 'notes:page', text: ['x'] })).toMatch(/text must be a string/);
    expect(parseBackgroundRequest({ type: 'notes:page', text: 'x'.repeat(MAX_TEXT + 1) })).toMatch(/longer than/);
    expect(parseBackgroundRequest({ type: 'notes:page', text: 'x', canonical: 5 })).toMatch(/canonical must be a string/);
    expect(parseBackgroundRequest({ type: 'notes:page', text: 'x', canonical: 'h'.repeat(8193) })).toMatch(/canonical must be a string/);
  });

  it('is a content script’s request (its own page, from the sender), not an extension page’s', () => {
    expect(authorize(req({ type: 'notes:page', text: 'x' }), 'content')).toBeNull();
    expect(authorize(req({ type: 'notes:page', text: 'x' }), 'extension')).toMatch(/notes:page/);
    expect(authorize(req({ type: 'notes:page', text: 'x' }), null)).toMatch(/not from a Newsmark/);
  });
});
