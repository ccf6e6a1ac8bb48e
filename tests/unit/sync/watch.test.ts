// @vitest-environment node
/**
 * The remote watch with a fake fetch: a change runs a cycle, a failure is
 * retried after a few seconds and the recovery runs a cycle, stop aborts the
 * open request and nothing is sent after it or while sync is off, and a
 * hostile answer is ignored without a cycle.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_CONFIG, type SyncConfig } from '../../../utils/sync/config';
import {
  basicAuth,
  MAX_WATCH_RESPONSE_BYTES,
  RemoteWatch,
  RemoteWatches,
  WATCH_MIN_EMPTY_POLL_MS,
  WATCH_REFUSED_RETRY_MS,
  WATCH_RETRY_MS,
  WATCH_TIMEOUT_MS,
  type WatchReason,
} from '../../../utils/sync/watch';

interface Call {
  url: string;
  init: RequestInit;
}

type Answer = Response | Error | 'hang';

/** A fetch that answers from a script, then hangs (until aborted) once the script is used up. */
function fakeNet(script: ((call: Call) => Answer)[]) {
  const calls: Call[] = [];
  const pauses: number[] = [];
  const reasons: WatchReason[] = [];
  let waiters: { n: number; done: () => void }[] = [];
  const fetch = (url: string, init: RequestInit): Promise<Response> => {
    const call = { url, init };
    calls.push(call);
    for (const w of waiters.filter((w) => calls.length >= w.n)) w.done();
    waiters = waiters.filter((w) => calls.length < w.n);
    const next = script.shift();
    const answer = next ? next(call) : 'hang';
    if (answer instanceof Response) return Promise.resolve(answer);
    if (answer instanceof Error) return Promise.reject(answer);
    return new Promise((_, fail) => {
      const signal = init.signal!;
      if (signal.aborted) fail(new DOMException('aborted', 'AbortError'));
      signal.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError')));
    });
  };
  // Pauses between requests end at once (and are recorded); a request's time limit waits for its abort.
  const sleep = (ms: number, signal: AbortSignal): Promise<void> => {
    if ([WATCH_RETRY_MS, WATCH_REFUSED_RETRY_MS, WATCH_MIN_EMPTY_POLL_MS].includes(ms)) {
      pauses.push(ms);
      return Promise.resolve();
    }
    return new Promise((done) => {
      if (signal.aborted) done();
      signal.addEventListener('abort', () => done());
    });
  };
  const deps = {
    fetch,
    sleep,
    abortController: () => new AbortController(),
    onChange: (reason: WatchReason) => void reasons.push(reason),
  };
  /** Resolves once `n` requests have been made. */
  const requests = (n: number) => (calls.length >= n ? Promise.resolve() : new Promise<void>((done) => waiters.push({ n, done })));
  return { calls, pauses, reasons, deps, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const info = (seq: string | number) => () => json({ db_name: 'notes', update_seq: seq });
const changes = (results: unknown[], lastSeq: string | number) => () => json({ results, last_seq: lastSeq, pending: 0 });

const TARGET = { url: 'https://couch.example.org/', database: 'notes', username: 'ann', password: 'pä55 w:rd' };
const settled = () => new Promise((r) => setTimeout(r, 5));

describe('RemoteWatch', () => {
  it('reads the seq, long-polls from it, and runs a cycle on start and on a change', async () => {
    const net = fakeNet([info('5-abc'), changes([{ id: 'urn:uuid:x', seq: '6-def', changes: [] }], '6-def'), info('7-ghi')]);
    const watch = new RemoteWatch(TARGET, net.deps);
    watch.start();
    await net.requests(4);
    watch.stop();
    expect(net.reasons).toEqual(['start', 'change']);
    expect(net.calls.map((c) => c.url)).toEqual([
      'https://couch.example.org/notes',
      `https://couch.example.org/notes/_changes?feed=longpoll&since=5-abc&limit=1&timeout=${WATCH_TIMEOUT_MS}`,
      'https://couch.example.org/notes',
      `https://couch.example.org/notes/_changes?feed=longpoll&since=7-ghi&limit=1&timeout=${WATCH_TIMEOUT_MS}`,
    ]);
    for (const c of net.calls) {
      // The credentials go in a header, never in the address; no document is asked for.
      expect(c.url).not.toContain('ann');
      expect(c.url).not.toContain('include_docs');
      expect((c.init.headers as Record<string, string>).authorization).toBe(basicAuth('ann', 'pä55 w:rd'));
      expect(c.init.credentials).toBe('omit');
    }
    expect(Buffer.from(basicAuth('ann', 'pä55 w:rd').slice(6), 'base64').toString('utf8')).toBe('ann:pä55 w:rd');
  });

  it('a poll that times out with nothing polls again from the seq it returned, without a cycle', async () => {
    const net = fakeNet([info(5), changes([], 5), changes([], 5)]);
    const slow = { ...net.deps, fetch: net.deps.fetch };
    const watch = new RemoteWatch({ ...TARGET, username: '' }, slow);
    watch.start();
    await net.requests(4);
    watch.stop();
    expect(net.reasons).toEqual(['start']);
    expect(net.calls[3]!.url).toContain('since=5&');
    // No user name: no Authorization header at all.
    expect((net.calls[0]!.init.headers as Record<string, string>).authorization).toBeUndefined();
    // Empty answers that come back at once are spaced out (a server ignoring `timeout` gets no tight loop).
    expect(net.pauses).toEqual([WATCH_MIN_EMPTY_POLL_MS, WATCH_MIN_EMPTY_POLL_MS]);
  });

  it('a failure is retried after a few seconds, and the server answering again runs a cycle at once', async () => {
    const net = fakeNet([
      info(1),
      () => new TypeError('Failed to fetch'), // the server went away mid-poll
      () => new TypeError('Failed to fetch'),
      () => json({ error: 'unknown' }, 503),
      info(9),
    ]);
    const watch = new RemoteWatch(TARGET, net.deps);
    watch.start();
    await net.requests(6);
    watch.stop();
    expect(net.reasons).toEqual(['start', 'recovered']);
    expect(net.pauses).toEqual([WATCH_RETRY_MS, WATCH_RETRY_MS, WATCH_RETRY_MS]);
    // After a failure it starts over from the database's seq (the recovery's cycle pulls everything before it).
    expect(net.calls[5]!.url).toContain('since=9&');
  });

  it('a refusal (wrong password, no database) waits a minute, not a few seconds', async () => {
    const net = fakeNet([() => json({ error: 'unauthorized' }, 401), () => json({ error: 'not_found' }, 404), info(3)]);
    const watch = new RemoteWatch(TARGET, net.deps);
    watch.start();
    await net.requests(4);
    watch.stop();
    expect(net.pauses).toEqual([WATCH_REFUSED_RETRY_MS, WATCH_REFUSED_RETRY_MS]);
    expect(net.reasons).toEqual(['recovered']);
  });

  it('stop aborts the open request, and nothing is sent after it', async () => {
    const net = fakeNet([info(1)]);
    const watch = new RemoteWatch(TARGET, net.deps);
    watch.start();
    await net.requests(2);
    const open = net.calls[1]!.init.signal!;
    expect(open.aborted).toBe(false);
    watch.stop();
    expect(open.aborted).toBe(true);
    await settled();
    expect(net.calls).toHaveLength(2);
    watch.start(); // single use
    await settled();
    expect(net.calls).toHaveLength(2);
  });

  it('stopped before it starts: no request at all', async () => {
    const net = fakeNet([]);
    const watch = new RemoteWatch(TARGET, net.deps);
    watch.stop();
    watch.start();
    await settled();
    expect(net.calls).toHaveLength(0);
  });

  it('a hostile answer is ignored: no cycle for it, a short retry, and the watch goes on', async () => {
    const big = 'x'.repeat(MAX_WATCH_RESPONSE_BYTES + 1);
    const hostile: ((call: Call) => Answer)[] = [
      () => new Response('<html>not json</html>', { status: 200 }),
      () => new Response(`{"update_seq": "${big}"}`, { status: 200 }), // oversized, no content-length
      () => new Response('{}', { status: 200, headers: { 'content-length': String(10 * MAX_WATCH_RESPONSE_BYTES) } }),
      () => json({ update_seq: { $gt: 1 } }), // wrong type
      () => json({ update_seq: -1 }),
      () => json(['update_seq', 1]),
      () => json(null),
      info('1'),
      () => json({ results: 'all', last_seq: 2 }), // results not a list
      info('1'),
      () => json({ results: [{ id: 1 }], last_seq: 2 }), // id not a string
      info('1'),
      () => json({ results: [{ id: 'a' }, { id: 'b' }], last_seq: 2 }), // more than asked for
      info('1'),
      () => json({ results: [], last_seq: 'y'.repeat(5_000) }), // seq too long
      info('1'),
      () => json({ results: ['<script>alert(1)</script>'], last_seq: 2 }),
      info('1'),
    ];
    const count = hostile.length;
    const net = fakeNet(hostile);
    const watch = new RemoteWatch(TARGET, net.deps);
    watch.start();
    await net.requests(count + 1);
    watch.stop();
    // Each bad answer was a failure with a short retry; the answers after it were recoveries, never changes.
    expect(net.reasons.every((r) => r === 'recovered')).toBe(true);
    expect(net.reasons).toHaveLength(6);
    expect(net.pauses).toEqual(Array(count - 6).fill(WATCH_RETRY_MS));
  });
});

const on = (extra: Partial<SyncConfig> = {}): SyncConfig => ({
  ...DEFAULT_SYNC_CONFIG,
  enabled: true,
  url: 'https://couch.example.org',
  database: 'notes',
  username: 'ann',
  password: 'pw',
  ...extra,
});

describe('RemoteWatches', () => {
  it('with sync off, or a target that cannot be used: no request at all', async () => {
    const net = fakeNet([]);
    const watches = new RemoteWatches(net.deps);
    watches.update({ ...DEFAULT_SYNC_CONFIG });
    watches.update(on({ enabled: false }));
    watches.update(on({ url: 'http://couch.example.org' })); // plain http off this machine
    watches.update(on({ database: 'Bad Name' }));
    await settled();
    expect(watches.size).toBe(0);
    expect(net.calls).toHaveLength(0);
  });

  it('watches the own and the team database, keeps them across the same settings, restarts on new ones, stops when off', async () => {
    const net = fakeNet([]);
    const watches = new RemoteWatches(net.deps);
    watches.update(on({ teamDatabase: 'team' }));
    await net.requests(2);
    expect(watches.size).toBe(2);
    expect(net.calls.map((c) => c.url).sort()).toEqual(['https://couch.example.org/notes', 'https://couch.example.org/team']);
    watches.update(on({ teamDatabase: 'team', displayName: 'Ann' }));
    await settled();
    expect(net.calls).toHaveLength(2); // nothing that matters to the watch changed
    const first = net.calls.map((c) => c.init.signal!);
    watches.update(on({ password: 'new' }));
    await net.requests(3);
    expect(first.every((s) => s.aborted)).toBe(true);
    expect(watches.size).toBe(1);
    watches.update(on({ enabled: false, password: 'new' }));
    expect(net.calls[2]!.init.signal!.aborted).toBe(true);
    await settled();
    expect(net.calls).toHaveLength(3);
    expect(watches.size).toBe(0);
  });
});
