/**
 * The popup's pause buttons: "Pause on this site" (the settings page's
 * never-list, the same setting) and "Pause everywhere for an hour", each with
 * Undo. The article session watches the settings, so pausing clears the
 * page's highlights at once; the background injects nothing into a paused
 * site from its next load.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatTime, t } from '../utils/i18n';
import { isNeverSite, isPausedEverywhere, normaliseSite, PAUSE_MS, type Settings } from '../utils/settings/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../utils/settings/store';

/** The host of `url` as the never-list holds it, or null for pages that are not on a site. */
export function siteOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? normaliseSite(u.hostname) : null;
  } catch {
    return null;
  }
}

export function PauseControls({ url }: { url: string | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return null;
  const host = url ? siteOfUrl(url) : null;
  const pausedHere = host !== null && isNeverSite(settings.neverSites, host);
  const pausedAll = isPausedEverywhere(settings);

  const change = (fn: (s: Settings) => void) => {
    updateSettings(fn).then(setSettings, (err: unknown) => setError(t('notSaved', err instanceof Error ? err.message : String(err))));
  };

  return (
    <section class="pause" aria-labelledby="pause-h" data-testid="pause">
      <h2 id="pause-h">{t('pauseHeading')}</h2>
      {host && (
        <div class="pause-row">
          {pausedHere ? (
            <>
              <span role="status" data-testid="paused-site">
                {t('pausedOnSite', host)}
              </span>
              <button
                type="button"
                data-testid="pause-site-undo"
                onClick={() => change((s) => (s.neverSites = s.neverSites.filter((x) => !isNeverSite([x], host))))}
              >
                {t('undo')}
              </button>
            </>
          ) : (
            <button type="button" data-testid="pause-site" onClick={() => change((s) => (s.neverSites = [...s.neverSites, host]))}>
              {t('pauseOnSite')}
            </button>
          )}
        </div>
      )}
      <div class="pause-row">
        {pausedAll ? (
          <>
            <span role="status" data-testid="paused-all">
              {t('pausedEverywhereUntil', formatTime(settings.pausedUntil))}
            </span>
            <button type="button" data-testid="pause-all-undo" onClick={() => change((s) => (s.pausedUntil = 0))}>
              {t('undo')}
            </button>
          </>
        ) : (
          <button type="button" data-testid="pause-all" onClick={() => change((s) => (s.pausedUntil = Date.now() + PAUSE_MS))}>
            {t('pauseEverywhere')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
