/**
 * Sync as the background runs it: the settings, when to sync (on start, a
 * few seconds after a change, on the alarm, on request), retries with
 * backoff, and the status the popup and settings show. Browser-free: the
 * background hands it storage, permissions, timers and PouchDB
 * (entrypoints/background/sync.ts), the tests hand it fakes and a local server.
 *
 * With sync off nothing here opens a connection: no PouchDB database is
 * created, no request is made, no timer set.
 */
import type { NoteRecord } from '../annotation';
import type { NotesStore } from '../storage/notes-store';
import { backoffDelay } from './backoff';
import { checkSyncTarget, type SyncConfig } from './config';
import { SyncEngine, type CycleResult } from './engine';
import type { SyncStatus } from './messages';
import type { PouchConstructor, PouchDatabase } from './pouch-types';
import { classifyError, openRemote, probeRemote, syncError, type SyncError } from './remote';
import { pullTeam, shareNotes } from './team';

/**
 * Milliseconds between a local change and the sync it starts (changes in between join it). Short, so that a
 * note reaches the reader's other devices within the 5 s; a burst of edits still makes one cycle.
 */
export const CHANGE_DEBOUNCE_MS = 1_000;

/** A background start within this long of the last successful sync does not sync again. */
export const START_MIN_GAP_MS = 60_000;

/** What survives a restart of the background besides the settings. */
export interface SyncState {
  lastSync: number | null;
  lastError: SyncError | null;
  /** Failures in a row (for the backoff). */
  failures: number;
  /** Where the next pull from the team database starts. */
  teamSince: string | number;
}

export const EMPTY_STATE: SyncState = { lastSync: null, lastError: null, failures: 0, teamSince: 0 };

export interface SyncDeps {
  loadConfig(): Promise<SyncConfig>;
  saveConfig(config: SyncConfig): Promise<void>;
  loadState(): Promise<SyncState>;
  saveState(state: SyncState): Promise<void>;
  /** Whether the extension may reach the server at `url` (the optional host permission). */
  hasPermission(url: string): Promise<boolean>;
  store(): Promise<NotesStore>;
  /** PouchDB with the mirror's adapter, HTTP and replication. */
  pouch(): PouchConstructor;
  /** Options for the mirror database (its adapter). */
  mirrorAdapter: string;
  /** Calls `run` after `ms` (replacing any earlier call of the same `kind`), or cancels it when `ms` is null. */
  setTimer(kind: 'change' | 'retry', ms: number | null, run: () => void): void;
  /** Turns the periodic alarm on or off. */
  setAlarm(on: boolean): void;
  /**
   * Notes written or deleted by sync (the library's index follows), and the
   * pages (page keys, `target.source`) they are on, each once (open tabs showing them repaint).
   */
  onApplied(saved: readonly NoteRecord[], deleted: readonly string[], pages: readonly string[]): void;
  now(): number;
}

/** The mirror's database name for a server and database: a new target starts a new mirror. */
export function mirrorName(config: Pick<SyncConfig, 'url' | 'database'>): string {
  let h = 0x811c9dc5;
  for (const c of `${config.url.replace(/\/+$/, '')}|${config.database}`) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `newsmark-sync-${h.toString(16).padStart(8, '0')}`;
}

const sameTarget = (a: SyncConfig, b: SyncConfig): boolean =>
  a.url.replace(/\/+$/, '') === b.url.replace(/\/+$/, '') && a.database === b.database;

export class SyncService {
  private running: Promise<CycleResult | SyncError> | null = null;
  /** The cycle queued behind the running one by runFresh. */
  private queued: Promise<CycleResult | SyncError> | null = null;
  private mirror: { name: string; db: PouchDatabase } | null = null;

  constructor(private readonly deps: SyncDeps) {}

  /** The status for the popup and settings: never the password. */
  async status(): Promise<SyncStatus> {
    const [config, state] = await Promise.all([this.deps.loadConfig(), this.deps.loadState()]);
    return {
      enabled: config.enabled,
      url: config.url,
      database: config.database,
      username: config.username,
      teamDatabase: config.teamDatabase,
      displayName: config.displayName,
      hasPassword: config.password !== '',
      lastSync: state.lastSync,
      // Counted only while sync is on: with it off the panel shows no count, and on a library that never
      // synced every note is pending, so the count walks the whole index (about a second at 100,000 notes),
      // and IndexedDB runs no other request of this profile meanwhile: the popup and the library waited.
      pending: config.enabled ? await (await this.deps.store()).pendingCount() : null,
      lastError: state.lastError,
      running: this.running !== null,
    };
  }

  /**
   * On the background's start: sync once if sync is on (unless a sync ended
   * moments ago: an MV3 service worker starts again after every idle spell),
   * and keep the alarm in step with the settings.
   */
  async start(): Promise<void> {
    const config = await this.deps.loadConfig();
    this.deps.setAlarm(config.enabled);
    if (!config.enabled) return;
    const { lastSync } = await this.deps.loadState();
    if (lastSync === null || this.deps.now() - lastSync >= START_MIN_GAP_MS) void this.run();
  }

  /** Tries a server: its address, the permission, reachable, credentials, database. */
  async test(given: SyncConfig): Promise<SyncError | null> {
    const config = await this.withStoredPassword(given);
    const problem = checkSyncTarget(config.url, config.database);
    if (problem) return syncError(problem);
    if (!(await this.deps.hasPermission(config.url))) return syncError('no-permission');
    const Pouch = this.deps.pouch();
    const own = await probeRemote(openRemote(Pouch, config, config.database));
    if (own || !config.teamDatabase) return own;
    return probeRemote(openRemote(Pouch, config, config.teamDatabase));
  }

  /**
   * Stores new settings (an empty password keeps the stored one, so the
   * settings page never needs to hold it) and (re)schedules. A new server or
   * database starts over: every note is sent to it.
   */
  async configure(next: SyncConfig): Promise<SyncStatus> {
    const old = await this.deps.loadConfig();
    const config = await this.withStoredPassword(next, old);
    if (!sameTarget(old, config) && (old.url || old.database)) {
      await (await this.deps.store()).resetSyncLog();
      // The old target's mirror is of no further use (a local database: no request is made).
      await new (this.deps.pouch())(mirrorName(old), { adapter: this.deps.mirrorAdapter }).destroy().catch(() => undefined);
      this.mirror = null;
      await this.deps.saveState({ ...EMPTY_STATE });
    }
    await this.deps.saveConfig(config);
    this.deps.setAlarm(config.enabled);
    if (!config.enabled) {
      this.deps.setTimer('change', null, () => undefined);
      this.deps.setTimer('retry', null, () => undefined);
    } else void this.run();
    return this.status();
  }

  /** `given`, its empty password filled with the stored one when the server, database and user are the same. */
  private async withStoredPassword(given: SyncConfig, stored?: SyncConfig): Promise<SyncConfig> {
    if (given.password) return given;
    const old = stored ?? (await this.deps.loadConfig());
    return { ...given, password: sameTarget(old, given) && given.username === old.username ? old.password : '' };
  }

  /** A note was saved or deleted here: sync a few seconds later (when sync is on). */
  noteChanged(): void {
    void this.deps.loadConfig().then((config) => {
      if (config.enabled) this.deps.setTimer('change', CHANGE_DEBOUNCE_MS, () => void this.run());
    });
  }

  /** One sync now (or joins the one under way). Resolves to what it did, or the error. */
  run(): Promise<CycleResult | SyncError> {
    this.running ??= this.cycle().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * One sync that starts after this call: when one is under way, another
   * follows it (calls meanwhile share that one). For the remote watch: a
   * change on the server seen mid-cycle may have missed that cycle's pull.
   */
  runFresh(): Promise<CycleResult | SyncError> {
    if (!this.running) return this.run();
    const next = (): Promise<CycleResult | SyncError> => {
      this.queued = null;
      return this.run();
    };
    this.queued ??= this.running.then(next, next);
    return this.queued;
  }

  private async cycle(): Promise<CycleResult | SyncError> {
    const config = await this.deps.loadConfig();
    if (!config.enabled) return syncError('bad-url');
    const state = await this.deps.loadState();
    const problem = checkSyncTarget(config.url, config.database);
    const refused = problem ? syncError(problem) : (await this.deps.hasPermission(config.url)) ? null : syncError('no-permission');
    if (refused) return this.failed(state, refused);
    try {
      const store = await this.deps.store();
      const Pouch = this.deps.pouch();
      const engine = new SyncEngine({ store, mirror: this.mirrorFor(config, Pouch) });
      const result = await engine.cycle(openRemote(Pouch, config, config.database));
      let teamSince = state.teamSince;
      if (config.teamDatabase) {
        const team = await pullTeam(openRemote(Pouch, config, config.teamDatabase), store, state.teamSince);
        teamSince = team.since;
        result.saved.push(...team.saved);
        result.deleted.push(...team.deleted);
        result.deletedFrom.push(...team.deletedFrom);
        result.rejected += team.rejected;
      }
      const pages = new Set([...result.saved.map((n) => n.target.source), ...result.deletedFrom]);
      this.deps.onApplied(result.saved, result.deleted, [...pages]);
      await this.deps.saveState({ lastSync: this.deps.now(), lastError: null, failures: 0, teamSince });
      this.deps.setTimer('retry', null, () => undefined);
      return result;
    } catch (err) {
      return this.failed(state, classifyError(err));
    }
  }

  /** Records a failure and schedules the retry; local notes are untouched (the sync log keeps what is unsent). */
  private async failed(state: SyncState, error: SyncError): Promise<SyncError> {
    const failures = state.failures + 1;
    await this.deps.saveState({ ...state, lastError: error, failures });
    // A wrong password or a missing permission will not mend itself: the alarm and the reader's next save try again.
    if (error.code === 'unreachable' || error.code === 'bad-response')
      this.deps.setTimer('retry', backoffDelay(failures), () => void this.run());
    return error;
  }

  private mirrorFor(config: SyncConfig, Pouch: PouchConstructor): PouchDatabase {
    const name = mirrorName(config);
    if (this.mirror?.name !== name)
      this.mirror = { name, db: new Pouch(name, { adapter: this.deps.mirrorAdapter, auto_compaction: true }) };
    return this.mirror.db;
  }

  /** Sends notes to the team database. */
  async share(ids: readonly string[]): Promise<number | SyncError> {
    const config = await this.deps.loadConfig();
    if (!config.enabled || !config.teamDatabase) return syncError('no-database');
    const problem = checkSyncTarget(config.url, config.teamDatabase);
    if (problem) return syncError(problem);
    if (!(await this.deps.hasPermission(config.url))) return syncError('no-permission');
    const store = await this.deps.store();
    const notes: NoteRecord[] = [];
    for (const id of ids) {
      const note = await store.get(id);
      if (note && !note.teamNote) notes.push(note);
    }
    try {
      return await shareNotes(openRemote(this.deps.pouch(), config, config.teamDatabase), notes, config.displayName);
    } catch (err) {
      return classifyError(err);
    }
  }
}
