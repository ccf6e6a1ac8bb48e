/**
 * The background's SyncService in Node, with the browser's parts in memory:
 * settings and state in variables, the permission granted, real timers (the
 * change debounce and the retry run for real), PouchDB with the memory
 * adapter. For tests and benches that need the service, not only the engine.
 */
import 'fake-indexeddb/auto';
import { NotesStore } from '../../utils/storage/notes-store';
import { DEFAULT_SYNC_CONFIG, type SyncConfig } from '../../utils/sync/config';
import { EMPTY_STATE, SyncService, type SyncState } from '../../utils/sync/service';
import { abortableSleep, RemoteWatches } from '../../utils/sync/watch';
import type { PouchConstructor, PouchOptions } from '../../utils/sync/pouch-types';
import { Pouch } from './sync-profile';

let counter = 0;

export interface ServiceProfile {
  service: SyncService;
  store: NotesStore;
  /** Cycles run so far. */
  cycles: () => number;
  /** The remote watch as a host runs it, driving `service.runFresh`. */
  watches: RemoteWatches;
  close(): Promise<void>;
}

export async function serviceProfile(name: string, config: Partial<SyncConfig>): Promise<ServiceProfile> {
  const store = await NotesStore.open(`svc-${name}-${Date.now()}-${counter++}`);
  let current: SyncConfig = { ...DEFAULT_SYNC_CONFIG, ...config };
  let state: SyncState = { ...EMPTY_STATE };
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let cycles = 0;
  // The mirror's name comes from the server and database: two profiles of one process need names of their own.
  const unique = `${name}-${counter++}-`;
  const OwnPouch = function (db: string, options?: PouchOptions) {
    return new Pouch(options?.adapter === 'http' ? db : unique + db, options);
  } as unknown as PouchConstructor;
  const service = new SyncService({
    loadConfig: async () => current,
    saveConfig: async (c) => {
      current = c;
    },
    loadState: async () => state,
    saveState: async (s) => {
      state = s;
    },
    hasPermission: async () => true,
    store: async () => store,
    pouch: () => {
      cycles++;
      return OwnPouch;
    },
    mirrorAdapter: 'memory',
    setTimer: (kind, ms, run) => {
      clearTimeout(timers.get(kind));
      timers.delete(kind);
      if (ms !== null) timers.set(kind, setTimeout(run, ms));
    },
    setAlarm: () => undefined,
    onApplied: () => undefined,
    now: () => Date.now(),
  });
  const watches = new RemoteWatches({
    fetch: (url, init) => fetch(url, init),
    sleep: abortableSleep,
    abortController: () => new AbortController(),
    onChange: () => void service.runFresh(),
  });
  return {
    service,
    store,
    cycles: () => cycles,
    watches,
    async close() {
      watches.stop();
      for (const t of timers.values()) clearTimeout(t);
      while ((await service.status()).running) await new Promise((r) => setTimeout(r, 20));
      store.close();
    },
  };
}
