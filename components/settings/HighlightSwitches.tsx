/**
 * The popup's auto-highlight switches: all kinds, each kind, and "never on
 * this site". Saved at once in storage.local; the article session applies
 * kinds live (onSettingsChanged), and the background injects nothing into an
 * excluded site from its next load.
 */
import { useEffect, useState } from 'preact/hooks';
import { AUTO_KINDS, isNeverSite, KIND_LABELS, normaliseSite, type Settings } from '../../utils/settings/settings';
import { loadSettings, saveSettings } from '../../utils/settings/store';

export function HighlightSwitches({ url }: { url: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  let host: string | null = null;
  try {
    host = normaliseSite(new URL(url).hostname);
  } catch {
    host = null;
  }
  if (!settings) return null;
  const never = host ? isNeverSite(settings.neverSites, host) : false;

  const change = (fn: (s: Settings) => void) => {
    const next = structuredClone(settings);
    fn(next);
    setSettings(next);
    setChanged(true);
    void saveSettings(next).then(setSettings);
  };

  return (
    <section class="switches" aria-labelledby="switches-h" data-testid="switches">
      <h2 id="switches-h">Highlighting</h2>
      <div class="row">
        <span>
          <input
            id="sw-all"
            type="checkbox"
            checked={settings.autoHighlight}
            onChange={(e) => change((s) => (s.autoHighlight = (e.target as HTMLInputElement).checked))}
            data-testid="switch-all"
          />
          <label for="sw-all">All</label>
        </span>
        {AUTO_KINDS.map((k) => (
          <span key={k}>
            <input
              id={`sw-${k}`}
              type="checkbox"
              checked={settings.kinds[k]}
              disabled={!settings.autoHighlight}
              onChange={(e) => change((s) => (s.kinds[k] = (e.target as HTMLInputElement).checked))}
              data-kind={k}
            />
            <label for={`sw-${k}`}>{KIND_LABELS[k]}</label>
          </span>
        ))}
      </div>
      {host && (
        <div class="row">
          <span>
            <input
              id="sw-never"
              type="checkbox"
              checked={never}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                change((s) => {
                  s.neverSites = on ? [...s.neverSites, host] : s.neverSites.filter((x) => !isNeverSite([x], host));
                });
              }}
              data-testid="switch-never"
            />
            <label for="sw-never">Never on {host}</label>
          </span>
        </div>
      )}
      {changed && (
        <p class="muted" role="status">
          Saved. Kinds apply to open pages at once; an excluded site is left alone from its next load.
        </p>
      )}
    </section>
  );
}
