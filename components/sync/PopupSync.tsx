/** The popup's sync line: last sync, pending changes, the last error, "Sync now". Nothing at all while sync is off. */
import { t } from '../../utils/i18n';
import { SyncStatusPanel } from './SyncStatusPanel';
import { useSyncStatus } from './use-sync-status';

export function PopupSync() {
  // A background that cannot answer shows no sync line: the popup's other parts do not depend on it.
  const [loaded, setStatus] = useSyncStatus();
  if (loaded.state !== 'ready' || !loaded.status.enabled) return null;
  return (
    <section aria-labelledby="popup-sync-h" data-testid="popup-sync">
      <h2 id="popup-sync-h">{t('syncHeading')}</h2>
      <SyncStatusPanel status={loaded.status} onStatus={setStatus} />
    </section>
  );
}
