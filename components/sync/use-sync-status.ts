/**
 * Sync's status as the background reports it, kept current while the page is
 * open: asked for at once, then every half minute while sync is on (every two
 * seconds while a sync runs, to show it end). Nothing is asked again while
 * sync is off.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../../utils/sync/messages';
import { sendSync } from './api';

export const REFRESH_MS = 30_000;
export const RUNNING_REFRESH_MS = 2_000;

export type Loaded = { state: 'loading' } | { state: 'unavailable' } | { state: 'ready'; status: SyncStatus };

export function useSyncStatus(): [Loaded, (status: SyncStatus) => void] {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const set = (status: SyncStatus) => setLoaded({ state: 'ready', status });

  const ask = () =>
    sendSync({ type: 'sync:status' })
      .then((reply) =>
        setLoaded((cur) => (reply?.ok ? { state: 'ready', status: reply.status } : cur.state === 'ready' ? cur : { state: 'unavailable' })),
      )
      .catch(() => setLoaded((cur) => (cur.state === 'ready' ? cur : { state: 'unavailable' })));

  useEffect(() => {
    void ask();
  }, []);

  const status = loaded.state === 'ready' ? loaded.status : null;
  const every = status?.enabled ? (status.running ? RUNNING_REFRESH_MS : REFRESH_MS) : null;
  useEffect(() => {
    if (every === null) return undefined;
    const timer = setInterval(() => void ask(), every);
    return () => clearInterval(timer);
  }, [every]);

  return [loaded, set];
}
