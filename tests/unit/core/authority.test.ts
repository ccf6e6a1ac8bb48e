/**
 * Issue 22, least authority: each background request names who may send it.
 * A content script (a web page's tab) acts on its own page only; the
 * library's requests, which span sites, come only from extension pages.
 */
import { describe, expect, it } from 'vitest';
import {
  authorize,
  pageUrlOf,
  parseBackgroundRequest,
  REQUEST_SENDERS,
  senderRole,
  type BackgroundRequest,
  type SenderInfo,
} from '../../../utils/messages';
import { sampleNote } from '../helpers/notes';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const contentScript: SenderInfo = {
  id: ID,
  url: 'https://news.example.com/story',
  frameId: 0,
  tab: { id: 4, url: 'https://news.example.com/story' },
};
const frameScript: SenderInfo = {
  id: ID,
  url: 'https://embed.example.com/article',
  frameId: 7,
  tab: { id: 4, url: 'https://news.example.com/story' },
};
const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const libraryTab: SenderInfo = { id: ID, url: `${ORIGIN}library.html`, tab: { id: 9, url: `${ORIGIN}library.html` } };
const firefoxPage: SenderInfo = { id: 'newsmark@example', url: 'moz-extension://0a1b2c3d-1111-4222-8333-444455556666/options.html' };

function req(msg: unknown): BackgroundRequest {
  const r = parseBackgroundRequest(msg);
  if (typeof r === 'string') throw new Error(r);
  return r;
}

const LIBRARY_REQUESTS = [
  { type: 'library:query', filter: {}, offset: 0, limit: 50 },
  { type: 'library:facets' },
  { type: 'library:delete', ids: ['urn:uuid:6f1e3a52-2c1b-4f7e-9d1a-5e6b7c8d9e0f'] },
  { type: 'library:import', text: '{}' },
  { type: 'library:export-file', format: 'jsonld', filter: {} },
  { type: 'library:export-slice', token: '6f1e3a52-2c1b-4f7e-9d1a-5e6b7c8d9e0f', offset: 0, length: 10 },
  { type: 'library:findings', format: 'json', filter: {} },
  { type: 'library:update', id: 'urn:uuid:6f1e3a52-2c1b-4f7e-9d1a-5e6b7c8d9e0f', body: 'x', tags: [], colour: 'yellow' },
  { type: 'library:restore', notes: [] },
];

describe('sender roles', () => {
  it('tells content scripts from extension pages, and refuses strangers', () => {
    expect(senderRole(contentScript, ID, ORIGIN)).toBe('content');
    expect(senderRole(frameScript, ID, ORIGIN)).toBe('content');
    expect(senderRole(popup, ID, ORIGIN)).toBe('extension');
    expect(senderRole(libraryTab, ID, ORIGIN)).toBe('extension');
    expect(senderRole(firefoxPage, 'newsmark@example', 'moz-extension://0a1b2c3d-1111-4222-8333-444455556666/')).toBe('extension');
    // another extension, a page without a tab, a non-web frame
    expect(senderRole({ ...popup, id: 'someone-else' }, ID, ORIGIN)).toBeNull();
    expect(senderRole({ id: ID, url: 'https://news.example.com/' }, ID, ORIGIN)).toBeNull();
    expect(senderRole({ id: ID, url: 'about:blank', tab: { id: 1, url: 'about:blank' } }, ID, ORIGIN)).toBeNull();
    // another extension's page is not ours
    expect(senderRole({ id: ID, url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' }, ID, ORIGIN)).toBeNull();
  });

  it('takes a content script’s page from its frame, else its tab', () => {
    expect(pageUrlOf(frameScript)).toBe('https://embed.example.com/article');
    expect(pageUrlOf({ id: ID, tab: { url: 'https://news.example.com/a' } })).toBe('https://news.example.com/a');
  });
});

describe('authorize', () => {
  it('refuses every library request (query, delete, import, export…) from a content script', () => {
    for (const m of LIBRARY_REQUESTS) expect(authorize(req(m), 'content')).toMatch(/only Newsmark's own pages/);
  });

  it('accepts every library request from an extension page', () => {
    for (const m of LIBRARY_REQUESTS) expect(authorize(req(m), 'extension')).toBeNull();
  });

  it('refuses a content script’s analyze of another address, accepts its own page’s', () => {
    expect(authorize(req({ type: 'analyze', text: 'x', url: 'https://bank.example.net/' }), 'content')).toMatch(/own page/);
    expect(authorize(req({ type: 'analyze', text: 'x', canonical: '/story' }), 'content')).toBeNull();
    expect(authorize(req({ type: 'analyze', text: 'x', url: 'https://bank.example.net/' }), 'extension')).toBeNull();
  });

  it('lets content scripts save, delete and ask for injection (scoped to their page by the background), not extension pages inject', () => {
    expect(authorize(req({ type: 'notes:save', note: sampleNote() }), 'content')).toBeNull();
    expect(authorize(req({ type: 'notes:delete', id: sampleNote().id }), 'content')).toBeNull();
    expect(authorize(req({ type: 'article:inject' }), 'content')).toBeNull();
    expect(authorize(req({ type: 'article:inject' }), 'extension')).toMatch(/article:inject/);
    expect(authorize(req({ type: 'notes:save', note: sampleNote() }), 'extension')).toBeNull();
  });

  it('refuses everything from an unknown sender', () => {
    expect(authorize(req({ type: 'analyze', text: 'x' }), null)).toMatch(/not from a Newsmark/);
  });

  it('declares a sender list for every request type', () => {
    for (const roles of Object.values(REQUEST_SENDERS)) expect(roles.length).toBeGreaterThan(0);
    expect(
      Object.entries(REQUEST_SENDERS)
        .filter(([t]) => t.startsWith('library:'))
        .every(([, r]) => r.join() === 'extension'),
    ).toBe(true);
  });
});
