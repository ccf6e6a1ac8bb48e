/** The popup's sync line: last sync, pending changes, the last error, "Sync now". Nothing at all while sync is off. */
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../../utils/sync/messages';
import { t } from '../../utils/i18n';
import { sendSync } from './api';
import { SyncStatusPanel } from './SyncStatusPanel';

export function PopupSync() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    sendSync({ type: 'sync:status' })
      .then((reply) => {
        if (reply?.ok) setStatus(reply.status);
      })
      // A background that cannot answer shows no sync line: the popup's other parts do not depend on it.
      .catch(() => undefined);
  }, []);
  if (!status?.enabled) return null;
  return (
    <section aria-labelledby="popup-sync-h" data-testid="popup-sync">
      <h2 id="popup-sync-h">{t('syncHeading')}</h2>
      <SyncStatusPanel status={status} onStatus={setStatus} />
    </section>
  );
}
