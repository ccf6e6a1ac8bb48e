// @vitest-environment node
/**
 * The remote watch against a real pouchdb-server: a note saved in profile A
 * reaches profile B's store without anyone calling B's sync, within 5 s; and
 * when B's server goes away and comes back, B's watch notices within a few
 * seconds and the cycle it runs sends B's offline note and brings A's.
 */
import { createServer, type Server, type Socket, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, freePort, TestCouch } from '../../helpers/pouchdb-server';
import { serviceProfile } from '../../helpers/sync-service';
import { Profile, makeNote } from '../../helpers/sync-profile';
import { DEFAULT_SYNC_CONFIG, type SyncConfig } from '../../../utils/sync/config';

let couch: TestCouch;

beforeAll(async () => {
  couch = await TestCouch.start();
}, 30_000);
afterAll(async () => {
  await couch.dispose();
});

const config = (url: string, database: string): SyncConfig => ({ ...DEFAULT_SYNC_CONFIG, enabled: true, url, database, ...ADMIN });

async function until<T>(what: () => Promise<T | undefined | null | false>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = await what();
    if (got) return got;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A TCP relay to the server that can be cut (connections refused, open ones dropped) and restored, server data intact. */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private constructor(
    readonly port: number,
    private readonly to: number,
  ) {}

  static async open(to: number): Promise<Relay> {
    const relay = new Relay(await freePort(), to);
    await relay.up();
    return relay;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.to, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    this.server = server;
    return new Promise((done) => server.listen(this.port, '127.0.0.1', () => done()));
  }

  down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    return new Promise((done) => (server ? server.close(() => done()) : done()));
  }
}

describe('remote watch', () => {
  it('runFresh during a cycle runs one more after it (calls meanwhile share it); when idle it is run', async () => {
    await couch.createDatabase('watch-fresh');
    const b = await serviceProfile('B', config(couch.url, 'watch-fresh'));
    const first = b.service.run();
    const again = b.service.runFresh();
    expect(b.service.runFresh()).toBe(again);
    expect(again).not.toBe(first);
    await again;
    expect(b.cycles()).toBe(2);
    await b.service.runFresh();
    expect(b.cycles()).toBe(3);
    await b.close();
  }, 30_000);

  it('a note saved in A reaches B without B being asked to sync, within 5 s', async () => {
    await couch.createDatabase('watch-live');
    const a = await Profile.open('A');
    const b = await serviceProfile('B', config(couch.url, 'watch-live'));
    b.watches.update(config(couch.url, 'watch-live'));
    // The watch's start runs one cycle (closing the gap since the last one); let it end.
    await until(async () => b.cycles() >= 1 && !(await b.service.status()).running, 10_000);
    await new Promise((r) => setTimeout(r, 200));
    const cyclesBefore = b.cycles();

    const t0 = performance.now();
    const note = await a.save(makeNote({ body: 'made in A' }));
    await a.sync({ url: couch.url, ...ADMIN }, 'watch-live');
    const inB = await until(() => b.store.get(note.id), 5_000);
    const ms = performance.now() - t0;
    expect(inB.body).toBe('made in A');
    expect(ms).toBeLessThanOrEqual(5_000);
    expect(b.cycles()).toBeGreaterThan(cyclesBefore);
    await b.close();
    await a.close();
  }, 30_000);

  it('server away: the watch retries every few seconds; when it is back a cycle sends what B made meanwhile and brings what A made', async () => {
    await couch.createDatabase('watch-resume');
    const relay = await Relay.open(couch.port);
    const a = await Profile.open('A');
    const b = await serviceProfile('B', config(relay.url, 'watch-resume'));
    b.watches.update(config(relay.url, 'watch-resume'));
    await until(async () => b.cycles() >= 1 && !(await b.service.status()).running, 10_000);

    await relay.down();
    // Made while B's server is away: in B (no sync asked for), and in A (synced straight to the server).
    const offline = await b.store.save(makeNote({ body: 'made in B offline' }), 'news.example.org');
    const fromA = await a.save(makeNote({ body: 'made in A meanwhile' }));
    await a.sync({ url: couch.url, ...ADMIN }, 'watch-resume');
    await new Promise((r) => setTimeout(r, 4_000)); // at least one failed poll and retry
    const cyclesWhileDown = b.cycles();

    const t0 = performance.now();
    await relay.up();
    await until(async () => (await couch.request('GET', `/watch-resume/${encodeURIComponent(offline.id)}`)).ok, 10_000);
    const inB = await until(() => b.store.get(fromA.id), 10_000);
    const ms = performance.now() - t0;
    expect(inB.body).toBe('made in A meanwhile');
    expect((await b.store.get(offline.id))?.body).toBe('made in B offline');
    expect(b.cycles()).toBeGreaterThan(cyclesWhileDown);
    // The retry is every few seconds (3 s), not the 30 s+ backoff of a full sync.
    expect(ms).toBeLessThan(8_000);
    await b.close();
    await a.close();
    await relay.down();
  }, 60_000);
});
