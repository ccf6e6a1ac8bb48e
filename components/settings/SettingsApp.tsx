/**
 * Settings: which kinds are highlighted, their colours on light and dark
 * pages, sites never to annotate, and the keyboard shortcuts. Every change
 * is saved at once to storage.local (utils/settings/store.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  AUTO_KINDS,
  COLOUR_KINDS,
  defaultSettings,
  KIND_LABELS,
  normaliseSite,
  tint,
  TINT_ALPHA,
  type Scheme,
  type Settings,
} from '../../utils/settings/settings';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { PaintModeChoice } from './PaintModeChoice';

/** Keys that work inside a page, whatever the browser's shortcut settings. */
export const IN_PAGE_KEYS: { keys: string; what: string }[] = [
  { keys: 'Ctrl+Enter (⌘+Enter on a Mac)', what: 'Save the note being written' },
  { keys: 'Escape', what: 'Close the note editor or the selection toolbar' },
  { keys: 'Tab / Shift+Tab', what: 'Move between the buttons of the selection toolbar and the note editor' },
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

  if (!settings) return <p class="settings muted">Loading settings…</p>;

  const change = async (fn: (s: Settings) => void) => {
    const next = structuredClone(settings);
    fn(next);
    setSettings(next);
    try {
      setSettings(await saveSettings(next));
      setStatus('Saved.');
    } catch (err) {
      setStatus(`Not saved: ${(err as Error).message}`);
    }
  };

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normaliseSite(site);
    if (!host) {
      setSiteError('Enter a site such as example.com or an address on it.');
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
        <h1>Newsmark settings</h1>
        <a href={browser.runtime.getURL('/library.html')}>Open the library</a>
      </header>
      <p role="status" class="muted" data-testid="settings-status">
        {status}
      </p>

      <section aria-labelledby="kinds-h">
        <h2 id="kinds-h">What to highlight</h2>
        <div class="switch">
          <input
            id="auto"
            type="checkbox"
            checked={settings.autoHighlight}
            onChange={(e) => void change((s) => (s.autoHighlight = (e.target as HTMLInputElement).checked))}
            data-testid="auto-highlight"
          />
          <label for="auto">Highlight people, places, organisations, dates, numbers and claims automatically</label>
        </div>
        <fieldset class="kinds" disabled={!settings.autoHighlight}>
          <legend class="sr-only">Kinds to highlight</legend>
          {AUTO_KINDS.map((k) => (
            <div key={k}>
              <input
                id={`kind-${k}`}
                type="checkbox"
                checked={settings.kinds[k]}
                onChange={(e) => void change((s) => (s.kinds[k] = (e.target as HTMLInputElement).checked))}
                data-kind={k}
              />
              <label for={`kind-${k}`}>{KIND_LABELS[k]}</label>
            </div>
          ))}
        </fieldset>
        <PaintModeChoice mode={settings.paintMode} onChange={(m) => void change((s) => (s.paintMode = m))} idPrefix="settings-pm" />
        <p class="muted">Your own notes are always shown, except on the sites below. Kinds and colours apply to open pages at once; an excluded site is left alone from its next load.</p>
      </section>

      <section aria-labelledby="colours-h">
        <h2 id="colours-h">Colours</h2>
        <p class="muted">Each colour is laid over the text as a light tint, so the page's own text keeps its contrast. The defaults keep body text at 7:1 or better.</p>
        <table class="colours">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Light pages</th>
              <th scope="col">Dark pages</th>
            </tr>
          </thead>
          <tbody>
            {COLOUR_KINDS.map((k) => (
              <tr key={k}>
                <th scope="row">{KIND_LABELS[k]}</th>
                {(['light', 'dark'] as Scheme[]).map((scheme) => (
                  <td key={scheme}>
                    <input
                      type="color"
                      id={`colour-${scheme}-${k}`}
                      aria-label={`${KIND_LABELS[k]} on ${scheme} pages`}
                      value={settings.colours[scheme][k]}
                      onChange={(e) => void change((s) => (s.colours[scheme][k] = (e.target as HTMLInputElement).value))}
                    />{' '}
                    <span class={`sample-${scheme}`}>
                      <span class="sample" style={{ background: tint(settings.colours[scheme][k], TINT_ALPHA[scheme]) }}>
                        Sample text
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
            Reset colours
          </button>
        </p>
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites never to annotate</h2>
        <p class="muted">On these sites (and their subdomains) Newsmark reads nothing and paints nothing.</p>
        <form onSubmit={addSite} class="row">
          <div>
            <label for="site">Site</label>
            <input id="site" value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} aria-describedby="site-error" data-testid="site-input" />
          </div>
          <button type="submit" style={{ alignSelf: 'flex-end' }} data-testid="site-add">
            Add
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
                Remove<span class="sr-only"> {s}</span>
              </button>
            </li>
          ))}
        </ul>
        {settings.neverSites.length === 0 && <p class="muted">None.</p>}
      </section>

      <section aria-labelledby="keys-h">
        <h2 id="keys-h">Keyboard shortcuts</h2>
        <table class="shortcuts" data-testid="shortcuts">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {commands
              .filter((c) => c.description || c.name)
              .map((c) => (
                <tr key={c.name}>
                  <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">not set</span>}</td>
                  <td>{c.description || (c.name === '_execute_action' || c.name === '_execute_browser_action' ? 'Open the Newsmark popup' : c.name)}</td>
                </tr>
              ))}
            {IN_PAGE_KEYS.map((k) => (
              <tr key={k.keys}>
                <td>
                  <kbd>{k.keys}</kbd>
                </td>
                <td>{k.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">Browser-wide shortcuts can be changed in the browser's extension shortcut settings.</p>
      </section>
    </main>
  );
}
