/**
 * Sync's state, shared by the settings and the popup: when it last synced,
 * how many local changes wait to be sent, the last error in words, and
 * "Sync now". Server text (an error's message) is shown as text only.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../../utils/sync/messages';
import { t, tn } from '../../utils/i18n';
import { sendSync } from './api';
import { codeOf, syncErrorText } from './errors';
import { absoluteTime, lastSyncText } from './when';

interface Props {
  status: SyncStatus;
  /** The status after "Sync now", for the owner to keep. */
  onStatus: (status: SyncStatus) => void;
}

/** The clock, moved on every half minute so "2 minutes ago" stays true while the page is open. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function SyncStatusPanel({ status, onStatus }: Props) {
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; error?: boolean } | null>(null);

  const syncNow = async () => {
    setBusy(true);
    setResult({ text: t('syncRunning') });
    try {
      const reply = await sendSync({ type: 'sync:now' });
      if (!reply) setResult({ text: t('syncNoAnswer'), error: true });
      else if (reply.ok) {
        onStatus(reply.status);
        setResult({ text: t('syncDone', tn('syncSent', reply.pushed), tn('syncReceived', reply.pulled)) });
      } else setResult({ text: syncErrorText(codeOf(reply), reply.error), error: true });
    } catch {
      setResult({ text: t('syncNoAnswer'), error: true });
    } finally {
      setBusy(false);
    }
  };

  const error = status.lastError;
  return (
    <div class="sync-status" data-testid="sync-status">
      <dl>
        <dt>{t('syncLastSync')}</dt>
        <dd data-testid="sync-last">
          {status.lastSync === null ? (
            t('syncNever')
          ) : (
            <time dateTime={new Date(status.lastSync).toISOString()} title={absoluteTime(status.lastSync)}>
              {lastSyncText(status.lastSync, now)}
            </time>
          )}
        </dd>
        {status.pending !== null && (
          <>
            <dt>{t('syncPendingLabel')}</dt>
            <dd data-testid="sync-pending">{tn('syncPending', status.pending)}</dd>
          </>
        )}
        {error && (
          <>
            <dt>{t('syncLastError')}</dt>
            <dd class="error" data-testid="sync-error">
              {syncErrorText(error.code, error.message)}
            </dd>
          </>
        )}
      </dl>
      <div class="row">
        <button type="button" onClick={() => void syncNow()} disabled={busy || status.running} data-testid="sync-now">
          {status.running || busy ? t('syncRunning') : t('syncNow')}
        </button>
        <span role="status" class={result?.error ? 'error' : 'muted'} data-testid="sync-now-result">
          {result?.text}
        </span>
      </div>
    </div>
  );
}
