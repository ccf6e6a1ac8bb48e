// @vitest-environment node
/**
 * The background's sync service with the browser's parts faked (storage,
 * permission, timers) and a real local server: sync off makes no request,
 * the status never carries the password, failures schedule a retry with
 * backoff, the team database carries notes with their creator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, TestCouch } from '../../helpers/pouchdb-server';
import { Pouch, makeNote } from '../../helpers/sync-profile';
import { NotesStore } from '../../../utils/storage/notes-store';
import { DEFAULT_SYNC_CONFIG, type SyncConfig } from '../../../utils/sync/config';
import { EMPTY_STATE, SyncService, type SyncState } from '../../../utils/sync/service';
import { BACKOFF_BASE_MS } from '../../../utils/sync/backoff';
import type { PouchConstructor } from '../../../utils/sync/pouch-types';
import { syncHandlers } from '../../../utils/sync/handlers';
import { dispatch } from '../../../utils/messages';
import type { SyncRequest } from '../../../utils/sync/messages';

let couch: TestCouch;
let n = 0;

beforeAll(async () => {
  couch = await TestCouch.start();
}, 30_000);
afterAll(async () => {
  await couch.dispose();
});

interface Harness {
  service: SyncService;
  store: NotesStore;
  config: () => SyncConfig;
  timers: Map<string, number | null>;
  alarm: () => boolean | null;
  pouchCalls: () => number;
  permitted: { value: boolean };
  /** What each cycle told the background it applied (onApplied). */
  applied: { saved: string[]; deleted: string[]; pages: string[] }[];
}

async function harness(initial: Partial<SyncConfig> = {}): Promise<Harness> {
  const store = await NotesStore.open(`svc-${n++}-${Date.now()}`);
  let config: SyncConfig = { ...DEFAULT_SYNC_CONFIG, ...initial };
  let state: SyncState = { ...EMPTY_STATE };
  const timers = new Map<string, number | null>();
  let alarm: boolean | null = null;
  let pouchCalls = 0;
  const permitted = { value: true };
  const applied: Harness['applied'] = [];
  const service = new SyncService({
    loadConfig: async () => config,
    saveConfig: async (c) => {
      config = c;
    },
    loadState: async () => state,
    saveState: async (s) => {
      state = s;
    },
    hasPermission: async () => permitted.value,
    store: async () => store,
    pouch: (): PouchConstructor => {
      pouchCalls++;
      return Pouch;
    },
    mirrorAdapter: 'memory',
    setTimer: (kind, ms) => void timers.set(kind, ms),
    setAlarm: (on) => {
      alarm = on;
    },
    onApplied: (saved, deleted, pages) => void applied.push({ saved: saved.map((x) => x.id), deleted: [...deleted], pages: [...pages] }),
    now: () => 1_700_000_000_000,
  });
  return { service, store, config: () => config, timers, alarm: () => alarm, pouchCalls: () => pouchCalls, permitted, applied };
}

const on = (database: string, extra: Partial<SyncConfig> = {}): SyncConfig => ({
  ...DEFAULT_SYNC_CONFIG,
  enabled: true,
  url: couch.url,
  database,
  ...ADMIN,
  ...extra,
});

describe('SyncService', () => {
  it('with sync off: no PouchDB, no request, no alarm, no timer', async () => {
    const h = await harness();
    await h.service.start();
    h.service.noteChanged();
    await h.store.save(makeNote(), 'news.example.org');
    await new Promise((r) => setTimeout(r, 20));
    expect(h.pouchCalls()).toBe(0);
    expect(h.alarm()).toBe(false);
    expect(h.timers.size).toBe(0);
    // Nothing is counted while sync is off: on a library that never synced, counting walks every note.
    const status = await h.service.status();
    expect(status).toMatchObject({ enabled: false, hasPassword: false, pending: null, lastSync: null });
    expect(await h.store.pendingCount()).toBe(1);
  });

  it('configures, syncs, reports status without the password, and keeps the stored password when none is given', async () => {
    await couch.createDatabase('svc-own');
    const h = await harness();
    await h.store.save(makeNote(), 'news.example.org');
    const status = await h.service.configure(on('svc-own'));
    expect(JSON.stringify(status)).not.toContain(ADMIN.password);
    expect(h.alarm()).toBe(true);
    const out = await h.service.run();
    expect('code' in out).toBe(false);
    const after = await h.service.status();
    expect(after).toMatchObject({ enabled: true, hasPassword: true, pending: 0, lastSync: 1_700_000_000_000, lastError: null });
    await h.service.configure({ ...on('svc-own'), password: '' });
    expect(h.config().password).toBe(ADMIN.password);
    // Changing the target drops the stored password and starts the log over.
    await h.service.configure({ ...on('svc-other'), password: '' });
    expect(h.config().password).toBe('');
    expect((await h.service.status()).pending).toBe(1);
  }, 30_000);

  it('on start: syncs when on, but not again right after a sync', async () => {
    await couch.createDatabase('svc-start');
    const h = await harness(on('svc-start'));
    await h.store.save(makeNote(), 'news.example.org');
    await h.service.start();
    await h.service.run(); // joins the start's sync
    expect((await h.service.status()).pending).toBe(0);
    await h.store.save(makeNote(), 'news.example.org');
    await h.service.start(); // the fake clock stands still: a restart right after a sync
    expect((await h.service.status()).running).toBe(false);
    expect((await h.service.status()).pending).toBe(1);
  }, 30_000);

  it('tests a server: bad address, permission, password, database', async () => {
    await couch.createDatabase('svc-test');
    const h = await harness();
    expect((await h.service.test(on('svc-test', { url: 'http://couch.example.org' })))?.code).toBe('https-required');
    expect(await h.service.test(on('svc-test'))).toBeNull();
    expect((await h.service.test(on('svc-test', { password: 'nope' })))?.code).toBe('unauthorized');
    expect((await h.service.test(on('svc-none')))?.code).toBe('no-database');
    expect((await h.service.test(on('svc-test', { teamDatabase: 'svc-none' })))?.code).toBe('no-database');
    // "Test connection" with the password left empty uses the stored one (same server, database and user only).
    await h.service.configure(on('svc-test'));
    expect(await h.service.test({ ...on('svc-test'), password: '' })).toBeNull();
    expect((await h.service.test({ ...on('svc-test'), username: 'other', password: '' }))?.code).toBe('unauthorized');
    h.permitted.value = false;
    expect((await h.service.test(on('svc-test')))?.code).toBe('no-permission');
  }, 30_000);

  it('an unreachable server: error in status, a retry with backoff, notes kept', async () => {
    const h = await harness();
    const note = await h.store.save(makeNote(), 'news.example.org');
    await h.service.configure(on('x', { url: 'http://127.0.0.1:9' }));
    await h.service.run();
    const status = await h.service.status();
    expect(status.lastError?.code).toBe('unreachable');
    expect(status.pending).toBe(1);
    expect(h.timers.get('retry')).toBeGreaterThanOrEqual(BACKOFF_BASE_MS);
    await h.service.run();
    expect(h.timers.get('retry')).toBeGreaterThanOrEqual(2 * BACKOFF_BASE_MS);
    expect(await h.store.get(note.id)).toEqual(note);
  }, 30_000);

  it('a wrong password: unauthorized, no retry loop, nothing lost', async () => {
    await couch.createDatabase('svc-pw');
    const h = await harness();
    await h.store.save(makeNote(), 'news.example.org');
    await h.service.configure(on('svc-pw', { password: 'wrong' }));
    const out = await h.service.run();
    expect(out).toMatchObject({ code: 'unauthorized' });
    expect(h.timers.get('retry') ?? null).toBeNull();
    expect((await h.service.status()).pending).toBe(1);
  }, 30_000);

  it('shares chosen notes with the team database, with their creator; the team sees them marked', async () => {
    await couch.createDatabase('svc-ann');
    await couch.createDatabase('svc-bo');
    await couch.createDatabase('svc-team');
    const ann = await harness();
    const bo = await harness();
    await ann.service.configure(on('svc-ann', { teamDatabase: 'svc-team', displayName: 'Ann' }));
    await bo.service.configure(on('svc-bo', { teamDatabase: 'svc-team', displayName: 'Bo' }));
    const shared = await ann.store.save(makeNote({ body: 'for the team', creator: 'Ann' }), 'news.example.org');
    const mine = await ann.store.save(makeNote({ body: 'private' }), 'news.example.org');
    expect(await ann.service.share([shared.id])).toBe(1);
    await bo.service.run();
    const got = await bo.store.get(shared.id);
    expect(got).toMatchObject({ body: 'for the team', creator: 'Ann', teamNote: true });
    expect(await bo.store.get(mine.id)).toBeUndefined();
    // Team notes stay out of Bo's own database and out of his pending changes.
    expect((await bo.service.status()).pending).toBe(0);
    // Ann's own copy stays hers (not turned into a team note when it comes back).
    await ann.service.run();
    expect((await ann.store.get(shared.id))?.teamNote).toBeUndefined();
  }, 30_000);

  it('tells the background which pages a cycle changed: a team note pulled, then deleted from the team database', async () => {
    await couch.createDatabase('svc-pages-ann');
    await couch.createDatabase('svc-pages-bo');
    await couch.createDatabase('svc-pages-team');
    const ann = await harness();
    const bo = await harness();
    await ann.service.configure(on('svc-pages-ann', { teamDatabase: 'svc-pages-team', displayName: 'Ann' }));
    await bo.service.configure(on('svc-pages-bo', { teamDatabase: 'svc-pages-team', displayName: 'Bo' }));
    const source = 'https://news.example.org/team-story';
    const shared = await ann.store.save(makeNote({ body: 'for the team', target: { ...makeNote().target, source } }), 'news.example.org');
    expect(await ann.service.share([shared.id])).toBe(1);
    bo.applied.length = 0;
    await bo.service.run();
    expect(bo.applied.at(-1)).toEqual({ saved: [shared.id], deleted: [], pages: [source] });
    // Removed from the team database: Bo's copy goes, and the page it was on is named although the note is gone.
    const doc = (await (await couch.request('GET', `/svc-pages-team/${encodeURIComponent(shared.id)}`)).json()) as { _rev: string };
    const res = await couch.request('DELETE', `/svc-pages-team/${encodeURIComponent(shared.id)}?rev=${doc._rev}`);
    expect(res.ok).toBe(true);
    await bo.service.run();
    expect(bo.applied.at(-1)).toEqual({ saved: [], deleted: [shared.id], pages: [source] });
    expect(await bo.store.get(shared.id)).toBeUndefined();
  }, 30_000);

  it('no sync reply carries the password, whatever happens', async () => {
    await couch.createDatabase('svc-replies');
    const secret = 'pw-that-must-not-leak';
    await couch.request('PUT', '/_config/admins/ann', JSON.stringify(secret));
    const h = await harness();
    const handlers = syncHandlers(() => h.service);
    await h.store.save(makeNote(), 'news.example.org');
    const id = (await h.store.all())[0].id;
    const config = on('svc-replies', { username: 'ann', password: secret, teamDatabase: 'svc-replies' });
    const requests: SyncRequest[] = [
      { type: 'sync:test', config },
      { type: 'sync:configure', config },
      { type: 'sync:status' },
      { type: 'sync:now' },
      { type: 'sync:share', ids: [id] },
      { type: 'sync:configure', config: { ...config, url: 'http://127.0.0.1:9' } },
      { type: 'sync:now' },
      { type: 'sync:test', config: { ...config, url: 'http://127.0.0.1:9' } },
      { type: 'sync:status' },
    ];
    const replies = [];
    for (const req of requests) replies.push(await dispatch(handlers, req, undefined));
    expect(replies.map((r) => r.ok)).toEqual([true, true, true, true, true, true, false, false, true]);
    expect(JSON.stringify(replies)).not.toContain(secret);
  }, 30_000);
});
