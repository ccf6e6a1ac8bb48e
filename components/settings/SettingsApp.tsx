/**
 * Settings: which kinds are highlighted, their colours on light and dark
 * pages, sites never to annotate, languages analysed anyway, and the
 * keyboard shortcuts. Every change is saved at once to storage.local
 * (utils/settings/store.ts).
 */
import { listOfNames, MODEL_LANGUAGES, uiLanguageName } from '../../utils/nlp/language/notice';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  AUTO_KINDS,
  COLOUR_KINDS,
  defaultSettings,
  normaliseSite,
  tint,
  TINT_ALPHA,
  type Scheme,
  type Settings,
} from '../../utils/settings/settings';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { PaintModeChoice } from './PaintModeChoice';
import { SyncSettings } from '../sync/SyncSettings';
import { t, type MessageKey } from '../../utils/i18n';
import { kindLabel } from '../labels';

/** Keys that work inside a page, whatever the browser's shortcut settings. */
export const IN_PAGE_KEYS: { keys: MessageKey; what: MessageKey }[] = [
  { keys: 'keysSaveNote', what: 'keysSaveNoteWhat' },
  { keys: 'keysEscape', what: 'keysEscapeWhat' },
  { keys: 'keysTab', what: 'keysTabWhat' },
];

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

export function SettingsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const [commands, setCommands] = useState<Command[]>([]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void browser.commands
      ?.getAll()
      .then((c) => setCommands(c))
      .catch(() => setCommands([]));
  }, []);

  if (!settings) return <p class="settings muted">{t('settingsLoading')}</p>;

  const change = async (fn: (s: Settings) => void) => {
    const next = structuredClone(settings);
    fn(next);
    setSettings(next);
    try {
      setSettings(await saveSettings(next));
      setStatus(t('saved'));
    } catch (err) {
      setStatus(t('notSaved', (err as Error).message));
    }
  };

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normaliseSite(site);
    if (!host) {
      setSiteError(t('siteInvalid'));
      return;
    }
    setSiteError('');
    setSite('');
    void change((s) => {
      if (!s.neverSites.includes(host)) s.neverSites.push(host);
    });
  };

  return (
    <main class="settings" data-testid="settings">
      <header class="lib-head">
        <h1>{t('settingsHeading')}</h1>
        <a href={browser.runtime.getURL('/library.html')}>{t('welcomeOpenLibrary')}</a>
      </header>
      <p role="status" class="muted" data-testid="settings-status">
        {status}
      </p>

      <section aria-labelledby="kinds-h">
        <h2 id="kinds-h">{t('settingsKindsHeading')}</h2>
        <div class="switch">
          <input
            id="auto"
            type="checkbox"
            checked={settings.autoHighlight}
            onChange={(e) => void change((s) => (s.autoHighlight = (e.target as HTMLInputElement).checked))}
            data-testid="auto-highlight"
          />
          <label for="auto">{t('settingsAuto')}</label>
        </div>
        <fieldset class="kinds" disabled={!settings.autoHighlight}>
          <legend class="sr-only">{t('settingsKindsLegend')}</legend>
          {AUTO_KINDS.map((k) => (
            <div key={k}>
              <input
                id={`kind-${k}`}
                type="checkbox"
                checked={settings.kinds[k]}
                onChange={(e) => void change((s) => (s.kinds[k] = (e.target as HTMLInputElement).checked))}
                data-kind={k}
              />
              <label for={`kind-${k}`}>{kindLabel(k)}</label>
            </div>
          ))}
          <div>
            <input
              id="belief-claims"
              type="checkbox"
              checked={settings.beliefClaims}
              disabled={!settings.kinds.claim}
              onChange={(e) => void change((s) => (s.beliefClaims = (e.target as HTMLInputElement).checked))}
              data-testid="belief-claims"
            />
            <label for="belief-claims">{t('settingsBeliefClaims')}</label>
          </div>
        </fieldset>
        <PaintModeChoice mode={settings.paintMode} onChange={(m) => void change((s) => (s.paintMode = m))} idPrefix="settings-pm" />
        <p class="muted">{t('settingsKindsHelp')}</p>
      </section>

      <section aria-labelledby="colours-h">
        <h2 id="colours-h">{t('settingsColoursHeading')}</h2>
        <p class="muted">{t('settingsColoursHelp')}</p>
        <table class="colours">
          <thead>
            <tr>
              <th scope="col">{t('settingsKind')}</th>
              <th scope="col">{t('settingsLightPages')}</th>
              <th scope="col">{t('settingsDarkPages')}</th>
            </tr>
          </thead>
          <tbody>
            {COLOUR_KINDS.map((k) => (
              <tr key={k}>
                <th scope="row">{kindLabel(k)}</th>
                {(['light', 'dark'] as Scheme[]).map((scheme) => (
                  <td key={scheme}>
                    <input
                      type="color"
                      id={`colour-${scheme}-${k}`}
                      aria-label={t(scheme === 'light' ? 'colourOnLight' : 'colourOnDark', kindLabel(k))}
                      value={settings.colours[scheme][k]}
                      onChange={(e) => void change((s) => (s.colours[scheme][k] = (e.target as HTMLInputElement).value))}
                    />{' '}
                    <span class={`sample-${scheme}`}>
                      <span class="sample" style={{ background: tint(settings.colours[scheme][k], TINT_ALPHA[scheme]) }}>
                        {t('sampleText')}
                      </span>
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="button" onClick={() => void change((s) => (s.colours = defaultSettings().colours))}>
            {t('resetColours')}
          </button>
        </p>
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('settingsSitesHeading')}</h2>
        <p class="muted">{t('settingsSitesHelp')}</p>
        <form onSubmit={addSite} class="row">
          <div>
            <label for="site">{t('filterSite')}</label>
            <input
              id="site"
              value={site}
              onInput={(e) => setSite((e.target as HTMLInputElement).value)}
              aria-describedby="site-error"
              data-testid="site-input"
            />
          </div>
          <button type="submit" style={{ alignSelf: 'flex-end' }} data-testid="site-add">
            {t('add')}
          </button>
        </form>
        <p id="site-error" class="error" role="alert">
          {siteError}
        </p>
        <ul class="sites" data-testid="never-sites">
          {settings.neverSites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" onClick={() => void change((x) => (x.neverSites = x.neverSites.filter((y) => y !== s)))}>
                {t('remove')}
                <span class="sr-only"> {s}</span>
              </button>
            </li>
          ))}
        </ul>
        {settings.neverSites.length === 0 && <p class="muted">{t('none')}</p>}
      </section>

      <section aria-labelledby="langs-h">
        <h2 id="langs-h">{t('settingsLanguagesHeading')}</h2>
        <p class="muted">{t('settingsLanguagesHelp', listOfNames(MODEL_LANGUAGES), uiLanguageName(MODEL_LANGUAGES[0]))}</p>
        <ul class="sites" data-testid="force-languages">
          {settings.forceLanguages.map((l) => (
            <li key={l}>
              <span>{uiLanguageName(l)}</span>
              <button type="button" onClick={() => void change((x) => (x.forceLanguages = x.forceLanguages.filter((y) => y !== l)))}>
                {t('remove')}
                <span class="sr-only"> {uiLanguageName(l)}</span>
              </button>
            </li>
          ))}
        </ul>
        {settings.forceLanguages.length === 0 && <p class="muted">{t('none')}</p>}
      </section>

      <SyncSettings />

      <section aria-labelledby="keys-h">
        <h2 id="keys-h">{t('settingsKeysHeading')}</h2>
        <table class="shortcuts" data-testid="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('settingsKeys')}</th>
              <th scope="col">{t('settingsKeysWhat')}</th>
            </tr>
          </thead>
          <tbody>
            {commands
              .filter((c) => c.description || c.name)
              .map((c) => (
                <tr key={c.name}>
                  <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('notSet')}</span>}</td>
                  <td>
                    {c.description || (c.name === '_execute_action' || c.name === '_execute_browser_action' ? t('openPopup') : c.name)}
                  </td>
                </tr>
              ))}
            {IN_PAGE_KEYS.map((k) => (
              <tr key={k.keys}>
                <td>
                  <kbd>{t(k.keys)}</kbd>
                </td>
                <td>{t(k.what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">{t('settingsKeysHelp')}</p>
      </section>
    </main>
  );
}
