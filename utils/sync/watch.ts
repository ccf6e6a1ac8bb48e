/**
 * The remote watch (issue 21): while sync is on, one long-poll on the
 * server's `_changes` feed per database, so that a note made on another
 * device comes in within seconds instead of at the next alarm. It never
 * reads a document: a change only tells the host to run a sync cycle, which
 * pulls through the validated path (utils/sync/engine.ts).
 *
 * Each round: read the database's current `update_seq` (one cheap GET), then
 * long-poll `_changes?feed=longpoll&since=<it>&limit=1&timeout=25000` without
 * docs. When the poll returns a change, the host is told (`onChange`) and the
 * round starts over from a fresh `update_seq`, so a burst of changes costs a
 * few requests, not one per document. The host runs a cycle that *starts
 * after* the call (SyncService.runFresh), so everything up to the seq read is
 * pulled and nothing falls between two rounds.
 *
 * The host is also told when the watch starts and when the server answers
 * again after a failure: the first closes the gap between the last cycle and
 * the watch, the second sends local changes made while the server was away.
 * A failed request is retried after a few seconds (a cheap request, not the
 * backoff of a full sync); a refusal (401/403/404) after a minute.
 *
 * Browser-free: fetch, sleep and AbortController come from the host. The
 * credentials go in a Basic `Authorization` header (never in an address) and
 * nothing here logs.
 */
import { checkSyncTarget, type SyncConfig } from './config';
import { databaseUrl } from './remote';

/** How long the server holds a poll open when nothing changes. */
export const WATCH_TIMEOUT_MS = 25_000;
/** A poll not answered by then is abandoned (the server or a proxy hung). */
export const WATCH_GRACE_MS = 10_000;
/** Delay before the next request after a failure (server down, network, a response not understood). */
export const WATCH_RETRY_MS = 3_000;
/** Delay after a refusal (wrong password, no such database): no use asking every few seconds. */
export const WATCH_REFUSED_RETRY_MS = 60_000;
/** A poll that comes back empty sooner than this is followed by a pause (a server ignoring `timeout`). */
export const WATCH_MIN_EMPTY_POLL_MS = 1_000;
/** The largest response read: with limit=1 and no docs, CouchDB's answers are a few hundred bytes. */
export const MAX_WATCH_RESPONSE_BYTES = 64 * 1024;
/** The longest sequence accepted (CouchDB 3's opaque seqs grow with the number of shards). */
export const MAX_SEQ_CHARS = 4_096;

export interface WatchTarget {
  url: string;
  database: string;
  username: string;
  password: string;
}

/** Why the host should sync: the watch began, the server has a change, or it answers again after a failure. */
export type WatchReason = 'start' | 'change' | 'recovered';

export type WatchFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface WatchDeps {
  fetch: WatchFetch;
  /** Resolves after `ms`, or as soon as `signal` aborts (it must not reject). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  abortController(): AbortController;
  /** Run a sync cycle that starts after this call. Never awaited by the watch. */
  onChange(reason: WatchReason): void;
}

type Seq = string | number;

/** Why a request failed, for the retry delay. */
class WatchFailure extends Error {
  constructor(readonly refused: boolean) {
    super(refused ? 'refused' : 'failed');
  }
}

const isSeq = (x: unknown): x is Seq =>
  (typeof x === 'string' && x.length > 0 && x.length <= MAX_SEQ_CHARS) || (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `Basic base64(user:password)`, UTF-8 as CouchDB reads it. */
export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

/** The body as text, or null when it is larger than `max` bytes (read no further than that). */
async function readCapped(res: Response, max: number): Promise<string | null> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** Watches one database until stopped. Single use: after `stop()` it makes no request. */
export class RemoteWatch {
  private controller: AbortController | null = null;
  private stopped = false;

  constructor(
    private readonly target: WatchTarget,
    private readonly deps: WatchDeps,
  ) {}

  start(): void {
    if (this.controller || this.stopped) return;
    const controller = this.deps.abortController();
    this.controller = controller;
    void this.loop(controller.signal);
  }

  /** Aborts the open request; nothing more is sent. */
  stop(): void {
    this.stopped = true;
    this.controller?.abort();
  }

  private async loop(signal: AbortSignal): Promise<void> {
    let since: Seq | null = null;
    let pending: WatchReason | null = 'start';
    let failing = false;
    while (!signal.aborted) {
      let pause = 0;
      try {
        if (since === null) {
          since = await this.updateSeq(signal);
          // Everything up to `since` is pulled by the cycle this starts.
          const reason: WatchReason | null = failing ? 'recovered' : pending;
          failing = false;
          pending = null;
          if (reason) this.tell(reason);
        }
        const began = Date.now();
        const poll = await this.poll(since, signal);
        if (poll === 'changed') {
          since = null;
          pending = 'change';
        } else {
          since = poll;
          if (Date.now() - began < WATCH_MIN_EMPTY_POLL_MS) pause = WATCH_MIN_EMPTY_POLL_MS;
        }
      } catch (err) {
        if (signal.aborted) return;
        failing = true;
        since = null;
        pause = err instanceof WatchFailure && err.refused ? WATCH_REFUSED_RETRY_MS : WATCH_RETRY_MS;
      }
      if (pause > 0 && !signal.aborted) await this.deps.sleep(pause, signal);
    }
  }

  private tell(reason: WatchReason): void {
    try {
      this.deps.onChange(reason);
    } catch {
      /* the host's trouble; the watch carries on */
    }
  }

  /** The database's current update_seq. */
  private async updateSeq(signal: AbortSignal): Promise<Seq> {
    const body = await this.getJson(databaseUrl(this.target.url, this.target.database), signal, WATCH_GRACE_MS);
    if (!isSeq(body.update_seq)) throw new WatchFailure(false);
    return body.update_seq;
  }

  /** One long-poll: 'changed', or the seq to poll from next when it timed out with nothing. */
  private async poll(since: Seq, signal: AbortSignal): Promise<Seq | 'changed'> {
    const query = `feed=longpoll&since=${encodeURIComponent(String(since))}&limit=1&timeout=${WATCH_TIMEOUT_MS}`;
    const url = `${databaseUrl(this.target.url, this.target.database)}/_changes?${query}`;
    const body = await this.getJson(url, signal, WATCH_TIMEOUT_MS + WATCH_GRACE_MS);
    const { results, last_seq: lastSeq } = body;
    if (!Array.isArray(results) || results.length > 1 || !isSeq(lastSeq)) throw new WatchFailure(false);
    if (results.length === 0) return lastSeq;
    const change: unknown = results[0];
    if (!isObject(change) || typeof change.id !== 'string') throw new WatchFailure(false);
    return 'changed';
  }

  /** GET `url` as JSON, abandoned after `limitMs`; throws a WatchFailure for anything but a small JSON object. */
  private async getJson(url: string, signal: AbortSignal, limitMs: number): Promise<Record<string, unknown>> {
    const request = this.deps.abortController();
    const abort = () => request.abort();
    signal.addEventListener('abort', abort);
    void this.deps.sleep(limitMs, request.signal).then(abort);
    try {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (this.target.username) headers.authorization = basicAuth(this.target.username, this.target.password);
      let res: Response;
      try {
        res = await this.deps.fetch(url, {
          method: 'GET',
          headers,
          signal: request.signal,
          credentials: 'omit',
          cache: 'no-store',
          redirect: 'error',
        });
      } catch {
        throw new WatchFailure(false);
      }
      if (res.status === 401 || res.status === 403 || res.status === 404) {
        void res.body?.cancel().catch(() => undefined);
        throw new WatchFailure(true);
      }
      const text = res.ok ? await readCapped(res, MAX_WATCH_RESPONSE_BYTES).catch(() => null) : null;
      if (text === null) {
        if (!res.ok) void res.body?.cancel().catch(() => undefined);
        throw new WatchFailure(false);
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new WatchFailure(false);
      }
      if (!isObject(body)) throw new WatchFailure(false);
      return body;
    } finally {
      signal.removeEventListener('abort', abort);
      abort(); // ends the time limit's sleep
    }
  }
}

/** The databases to watch for these settings: none while sync is off or the target is not usable. */
export function watchTargets(config: SyncConfig): WatchTarget[] {
  if (!config.enabled || checkSyncTarget(config.url, config.database)) return [];
  const target = { url: config.url, username: config.username, password: config.password };
  const out: WatchTarget[] = [{ ...target, database: config.database }];
  if (config.teamDatabase && config.teamDatabase !== config.database && !checkSyncTarget(config.url, config.teamDatabase))
    out.push({ ...target, database: config.teamDatabase });
  return out;
}

const targetKey = (t: WatchTarget): string => JSON.stringify([t.url.replace(/\/+$/, ''), t.database, t.username, t.password]);

/**
 * The watches for the current settings: `update` starts a watch for each
 * database to watch, stops those no longer wanted (sync off, another server,
 * other credentials) and leaves the rest running.
 */
export class RemoteWatches {
  private readonly watches = new Map<string, RemoteWatch>();

  constructor(private readonly deps: WatchDeps) {}

  update(config: SyncConfig): void {
    const wanted = new Map(watchTargets(config).map((t) => [targetKey(t), t]));
    for (const [key, watch] of this.watches)
      if (!wanted.has(key)) {
        watch.stop();
        this.watches.delete(key);
      }
    for (const [key, target] of wanted)
      if (!this.watches.has(key)) {
        const watch = new RemoteWatch(target, this.deps);
        this.watches.set(key, watch);
        watch.start();
      }
  }

  /** How many databases are watched. */
  get size(): number {
    return this.watches.size;
  }

  stop(): void {
    for (const watch of this.watches.values()) watch.stop();
    this.watches.clear();
  }
}

/** A sleep for the hosts: setTimeout, cut short when the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal.aborted) return done();
    const timer = setTimeout(finish, ms);
    function finish(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      done();
    }
    signal.addEventListener('abort', finish);
  });
}
