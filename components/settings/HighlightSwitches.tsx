/**
 * The popup's auto-highlight switches: all kinds, each kind, and how much is
 * painted (calm or everything). Saved at once in storage.local; the article
 * session applies them live (onSettingsChanged). Pausing is PauseControls.
 */
import { useEffect, useState } from 'preact/hooks';
import { AUTO_KINDS, type Settings } from '../../utils/settings/settings';
import { t } from '../../utils/i18n';
import { kindLabel } from '../labels';
import { PaintModeChoice } from './PaintModeChoice';
import { loadSettings, saveSettings } from '../../utils/settings/store';

export function HighlightSwitches() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;

  const change = (fn: (s: Settings) => void) => {
    const next = structuredClone(settings);
    fn(next);
    setSettings(next);
    setChanged(true);
    void saveSettings(next).then(setSettings);
  };

  return (
    <section class="switches" aria-labelledby="switches-h" data-testid="switches">
      <h2 id="switches-h">{t('switchesHeading')}</h2>
      <div class="row">
        <span>
          <input
            id="sw-all"
            type="checkbox"
            checked={settings.autoHighlight}
            onChange={(e) => change((s) => (s.autoHighlight = (e.target as HTMLInputElement).checked))}
            data-testid="switch-all"
          />
          <label for="sw-all">{t('switchAll')}</label>
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
            <label for={`sw-${k}`}>{kindLabel(k)}</label>
          </span>
        ))}
      </div>
      <PaintModeChoice mode={settings.paintMode} onChange={(m) => change((s) => (s.paintMode = m))} idPrefix="pm" />
      {changed && (
        <p class="muted" role="status">
          {t('switchesSaved')}
        </p>
      )}
    </section>
  );
}
