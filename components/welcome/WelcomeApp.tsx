/**
 * The first-run page (opened once, on install; entrypoints/background/install.ts):
 * what the colours and underlines mean, drawn with the real highlight styles
 * (the reader's colours through the CSS Custom Highlight API, as on a news
 * page), how to highlight and note, how to pause, the privacy promise, and
 * links to the settings and the library.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../utils/i18n';
import {
  defaultSettings,
  highlightCss,
  highlightName,
  highlightPolicy,
  type ColourKind,
  type Settings,
} from '../../utils/settings/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../../utils/settings/store';
import { PaintModeChoice } from '../settings/PaintModeChoice';

/** Later wins where ranges overlap, as on a page: notes over entities over claims. */
const PRIORITY: Record<ColourKind, number> = { claim: 0, PERSON: 1, ORG: 1, PLACE: 1, DATE: 1, NUMBER: 1, GROUP: 1, note: 2 };

const LEGEND: { kind: ColourKind; sample: MessageKey; meaning: MessageKey }[] = [
  { kind: 'PERSON', sample: 'welcomeSamplePerson', meaning: 'welcomeMeansPerson' },
  { kind: 'ORG', sample: 'welcomeSampleOrg', meaning: 'welcomeMeansOrg' },
  { kind: 'PLACE', sample: 'welcomeSamplePlace', meaning: 'welcomeMeansPlace' },
  { kind: 'DATE', sample: 'welcomeSampleDate', meaning: 'welcomeMeansDate' },
  { kind: 'NUMBER', sample: 'welcomeSampleNumber', meaning: 'welcomeMeansNumber' },
  { kind: 'GROUP', sample: 'welcomeSampleGroup', meaning: 'welcomeMeansGroup' },
  { kind: 'claim', sample: 'welcomeSampleClaim', meaning: 'welcomeMeansClaim' },
  { kind: 'note', sample: 'welcomeSampleNote', meaning: 'welcomeMeansNote' },
];

/** Text painted with the highlight of `kinds` (space-separated), like a page's text under Newsmark. */
function P({ kinds, children }: { kinds: string; children: ComponentChildren }) {
  return <span data-paint={kinds}>{children}</span>;
}

/** A sentence as Newsmark paints it: everything, or calm (people, who said it, your note). */
function Specimen({ calm }: { calm: boolean }) {
  const k = (kind: string) => (calm ? '' : kind);
  return (
    <p class="specimen" data-testid={calm ? 'specimen-calm' : 'specimen-full'}>
      <P kinds={k('claim')}>
        {t('welcomeSpecimenQuote1')}
        <P kinds={k('DATE')}>{t('welcomeSampleDate')}</P>
        {t('welcomeSpecimenQuote2')}
        <P kinds={calm ? 'PERSON claim' : 'PERSON'}>{t('welcomeSamplePerson')}</P>
      </P>
      {t('welcomeSpecimen3')}
      <P kinds={k('ORG')}>{t('welcomeSampleOrg')}</P>
      {t('welcomeSpecimen4')}
      <P kinds={k('PLACE')}>{t('welcomeSamplePlace')}</P>
      {t('welcomeSpecimen5')}
      <P kinds={k('NUMBER')}>{t('welcomeSampleNumber')}</P>
      {t('welcomeSpecimen6')}
      <P kinds="note">{t('welcomeSampleNote')}</P>
      {t('welcomeSpecimen7')}
    </p>
  );
}

/** Paints every `[data-paint]` element with its kinds' highlights, in the reader's colours. */
function usePaint(settings: Settings | null): void {
  useEffect(() => {
    if (!settings || typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss(highlightPolicy(settings, '')));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const ranges = new Map<ColourKind, Range[]>();
    for (const el of document.querySelectorAll<HTMLElement>('[data-paint]')) {
      for (const kind of (el.dataset.paint ?? '').split(' ').filter(Boolean) as ColourKind[]) {
        const r = document.createRange();
        r.selectNodeContents(el);
        ranges.set(kind, [...(ranges.get(kind) ?? []), r]);
      }
    }
    for (const [kind, rs] of ranges) {
      const h = new Highlight(...rs);
      h.priority = PRIORITY[kind];
      CSS.highlights.set(highlightName(kind), h);
    }
    return () => {
      for (const kind of ranges.keys()) CSS.highlights.delete(highlightName(kind));
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [settings]);
}

/** Opens one of the extension's pages in this tab. */
function pageUrl(path: '/options.html' | '/library.html'): string {
  return browser.runtime.getURL(path);
}

export function WelcomeApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcut, setShortcut] = useState('Alt+Shift+H');
  useEffect(() => {
    void loadSettings()
      .catch(() => defaultSettings())
      .then(setSettings);
    void browser.commands
      ?.getAll()
      .then((cs) => {
        const key = cs.find((c) => c.name === 'highlight-selection')?.shortcut;
        if (key) setShortcut(key);
      })
      .catch(() => undefined);
    return onSettingsChanged(setSettings);
  }, []);
  usePaint(settings);

  return (
    <main class="welcome" data-testid="welcome">
      <header class="lib-head">
        <h1>{t('welcomeHeading')}</h1>
      </header>
      <p class="lead">{t('welcomeLead')}</p>

      <section aria-labelledby="colours-h">
        <h2 id="colours-h">{t('welcomeColoursHeading')}</h2>
        <dl class="legend" data-testid="legend">
          {LEGEND.map((l) => (
            <div key={l.kind} style={{ display: 'contents' }}>
              <dt>
                <P kinds={l.kind}>{t(l.sample)}</P>
              </dt>
              <dd>{t(l.meaning)}</dd>
            </div>
          ))}
        </dl>
        <h3 class="type-title">{t('paintCalm')}</h3>
        <Specimen calm />
        <h3 class="type-title">{t('paintAll')}</h3>
        <Specimen calm={false} />
        {settings && (
          <PaintModeChoice
            mode={settings.paintMode}
            onChange={(m) => void updateSettings((s) => (s.paintMode = m)).then(setSettings)}
            idPrefix="welcome-pm"
          />
        )}
        <p class="muted">{t('welcomeHover')}</p>
      </section>

      <section aria-labelledby="notes-h">
        <h2 id="notes-h">{t('welcomeNotesHeading')}</h2>
        <ol>
          <li>{t('welcomeNotesStep1')}</li>
          <li>{t('welcomeNotesStep2')}</li>
          <li>
            {t('welcomeNotesShortcut')} <kbd data-testid="shortcut">{shortcut}</kbd>
          </li>
          <li>{t('welcomeNotesStep3')}</li>
        </ol>
      </section>

      <section aria-labelledby="pause-h">
        <h2 id="pause-h">{t('welcomePauseHeading')}</h2>
        <p>{t('welcomePauseText')}</p>
      </section>

      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t('welcomePrivacyHeading')}</h2>
        <p class="promise" data-testid="privacy">
          {t('welcomePrivacyText')}
        </p>
      </section>

      <p>
        <a href={pageUrl('/options.html')} data-testid="welcome-settings">
          {t('welcomeOpenSettings')}
        </a>
        {' · '}
        <a href={pageUrl('/library.html')}>{t('welcomeOpenLibrary')}</a>
      </p>
    </main>
  );
}
