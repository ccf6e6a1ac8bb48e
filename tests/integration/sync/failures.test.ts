// @vitest-environment node
/**
 * What the server can do wrong: stop mid-sync, send a hostile document,
 * refuse the password. Nothing local is lost, nothing bad is written, and
 * sync resumes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, TestCouch } from '../../helpers/pouchdb-server';
import { Profile, makeNote } from '../../helpers/sync-profile';
import { classifyError } from '../../../utils/sync/remote';
import { MAX_DOC_CHARS, toDoc } from '../../../utils/sync/doc';

let couch: TestCouch;
const target = () => ({ url: couch.url, ...ADMIN });

beforeAll(async () => {
  couch = await TestCouch.start();
}, 30_000);
afterAll(async () => {
  await couch.dispose();
});

describe('server failures', () => {
  it('stopping the server mid-sync loses nothing, and sync resumes when it is back', async () => {
    await couch.createDatabase('resume');
    const a = await Profile.open('A');
    const notes = [];
    for (let i = 0; i < 1500; i++) notes.push(await a.save(makeNote({ body: `n${i}` })));
    const running = a.sync(target(), 'resume').then(
      () => null,
      (err: unknown) => classifyError(err),
    );
    await new Promise((r) => setTimeout(r, 150));
    await couch.stop();
    const failure = await running;
    // Depending on the moment, the cycle fails (unreachable) or had already finished.
    if (failure) expect(failure.code).toBe('unreachable');
    expect((await a.store.all()).length).toBe(1500);
    const down = await a.sync(target(), 'resume').then(
      () => null,
      (err: unknown) => classifyError(err),
    );
    expect(down?.code).toBe('unreachable');
    expect((await a.store.all()).length).toBe(1500);

    // The server comes back (in memory, so empty): sync sends everything again.
    await couch.launch();
    await couch.request('PUT', '/_config/admins/admin', JSON.stringify(ADMIN.password), false);
    await couch.createDatabase('resume');
    await a.sync(target(), 'resume');
    const b = await Profile.open('B');
    await b.sync(target(), 'resume');
    expect((await b.store.all()).map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort());
    await a.close();
    await b.close();
  }, 120_000);

  it('a hostile document from the server is refused whole; the others come in', async () => {
    await couch.createDatabase('hostile');
    const good = toDoc(makeNote({ body: 'fine' }));
    const bad = [
      { ...toDoc(makeNote()), note: { ...toDoc(makeNote()).note, body: { html: '<img onerror=alert(1)>' } } },
      { ...toDoc(makeNote()), note: { ...toDoc(makeNote()).note, tags: 'not-a-list' } },
      { ...toDoc(makeNote()), note: { ...toDoc(makeNote()).note, body: 'x'.repeat(MAX_DOC_CHARS + 10) } },
      { _id: 'urn:uuid:00000000-0000-4000-8000-0000000000ff', kind: 'newsmark:note', note: 'text' },
      { _id: 'some-other-doc', title: 'not a note' },
    ];
    for (const doc of [good, ...bad]) {
      const res = await couch.request('PUT', `/hostile/${encodeURIComponent(doc._id)}`, JSON.stringify(doc));
      expect(res.ok).toBe(true);
    }
    const b = await Profile.open('B');
    const got = await b.sync(target(), 'hostile');
    expect(got.rejected).toBe(bad.length);
    expect((await b.store.all()).map((n) => n.id)).toEqual([good._id]);
    expect(await b.store.pages()).toHaveLength(1);
    await b.close();
  }, 30_000);

  it('no database gives no-database; local notes stay and stay unsent', async () => {
    const a = await Profile.open('A');
    await a.save(makeNote());
    const err = await a.sync(target(), 'missing-db').then(
      () => null,
      (e: unknown) => classifyError(e),
    );
    expect(err?.code).toBe('no-database');
    expect(await a.store.all()).toHaveLength(1);
    await a.close();
  }, 30_000);

  it('the synced documents hold no credentials', async () => {
    await couch.createDatabase('secrets');
    const a = await Profile.open('A');
    await a.save(makeNote({ creator: 'Ann' }));
    await a.sync(target(), 'secrets');
    const all = await (await couch.request('GET', '/secrets/_all_docs?include_docs=true')).text();
    expect(all).toContain('Ann');
    expect(all).not.toContain(ADMIN.password);
    expect(all).not.toContain('admin');
    await a.close();
  }, 30_000);
});
