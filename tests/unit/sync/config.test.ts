/** The sync settings' checks and the sync requests' validation (the contract of utils/sync/config.ts and messages.ts). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_CONFIG, checkSyncTarget, originPattern, validateSyncConfig } from '../../../utils/sync/config';
import { parseSyncRequest } from '../../../utils/sync/messages';

const good = {
  ...DEFAULT_SYNC_CONFIG,
  enabled: true,
  url: 'https://couch.example.org',
  database: 'notes-ann',
  username: 'ann',
  password: 'pw',
};

describe('checkSyncTarget', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(checkSyncTarget('https://couch.example.org', 'notes')).toBeNull();
    expect(checkSyncTarget('http://127.0.0.1:5984', 'notes')).toBeNull();
    expect(checkSyncTarget('http://localhost:5984/', 'notes')).toBeNull();
    expect(checkSyncTarget('http://[::1]:5984', 'notes')).toBeNull();
    expect(checkSyncTarget('http://couch.example.org', 'notes')).toBe('https-required');
  });
  it('refuses non-URLs, other schemes, credentials and queries in the address', () => {
    for (const url of [
      'couch.example.org',
      'ftp://x.org',
      'https://ann:pw@couch.example.org',
      'https://couch.example.org/?a=1',
      'https://x.org/#f',
    ])
      expect(checkSyncTarget(url, 'notes')).toBe('bad-url');
  });
  it('applies CouchDB database-name rules', () => {
    expect(checkSyncTarget('https://x.org', 'userdb-616e6e')).toBeNull();
    for (const db of ['', 'Notes', '_users', '1notes', 'a b', 'a'.repeat(239)])
      expect(checkSyncTarget('https://x.org', db)).toBe('bad-database');
  });
});

describe('originPattern', () => {
  it('gives the host pattern without port or path', () => {
    expect(originPattern('https://couch.example.org:6984/db/')).toBe('https://couch.example.org/*');
    expect(originPattern('http://127.0.0.1:5984')).toBe('http://127.0.0.1/*');
  });
});

describe('validateSyncConfig', () => {
  it('keeps a well-formed config and trims its names', () => {
    expect(validateSyncConfig({ ...good, database: ' notes-ann ' })).toEqual(good);
  });
  it('accepts an unfinished config while sync is off', () => {
    expect(validateSyncConfig(DEFAULT_SYNC_CONFIG)).toEqual(DEFAULT_SYNC_CONFIG);
  });
  it('says what is wrong', () => {
    expect(validateSyncConfig(null)).toMatch(/object/);
    expect(validateSyncConfig({ ...good, enabled: 'yes' })).toMatch(/enabled/);
    expect(validateSyncConfig({ ...good, password: 5 })).toMatch(/password/);
    expect(validateSyncConfig({ ...good, url: 'http://couch.example.org' })).toMatch(/https/);
    expect(validateSyncConfig({ ...good, teamDatabase: 'Team' })).toMatch(/team database/);
    expect(validateSyncConfig({ ...good, displayName: 'x'.repeat(201) })).toMatch(/display name/);
  });
});

describe('parseSyncRequest', () => {
  it('parses each request', () => {
    expect(parseSyncRequest({ type: 'sync:status' })).toEqual({ type: 'sync:status' });
    expect(parseSyncRequest({ type: 'sync:now' })).toEqual({ type: 'sync:now' });
    expect(parseSyncRequest({ type: 'sync:configure', config: good })).toEqual({ type: 'sync:configure', config: good });
    const id = 'urn:uuid:123e4567-e89b-42d3-a456-426614174000';
    expect(parseSyncRequest({ type: 'sync:share', ids: [id] })).toEqual({ type: 'sync:share', ids: [id] });
  });
  it('refuses malformed requests', () => {
    expect(parseSyncRequest({ type: 'sync:test', config: { ...good, url: 3 } })).toMatch(/^sync:test: url/);
    expect(parseSyncRequest({ type: 'sync:share', ids: ['x'] })).toMatch(/urn:uuid/);
    expect(parseSyncRequest({ type: 'sync:share', ids: [] })).toMatch(/ids/);
    expect(parseSyncRequest({ type: 'sync:other' })).toMatch(/unknown/);
  });
});

describe('who may send sync requests', () => {
  it('only Newsmark pages, never a content script', async () => {
    const { authorize, parseBackgroundRequest } = await import('../../../utils/messages');
    for (const msg of [{ type: 'sync:status' }, { type: 'sync:now' }, { type: 'sync:configure', config: good }]) {
      const req = parseBackgroundRequest(msg);
      if (typeof req === 'string') throw new Error(req);
      expect(authorize(req, 'content')).toMatch(/only Newsmark/);
      expect(authorize(req, 'extension')).toBeNull();
    }
  });
});
