/**
 * The toolbar popup: what Newsmark found on this tab (entities, claims), the
 * reader's notes on it, and export of every note.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { partialMessage, type PageState } from '../../utils/messages';
import { sendToTab } from '../../utils/send';
import { ClaimsSection } from '../../components/ClaimsSection';
import { EntitiesSection } from '../../components/EntitiesSection';
import { AnalysisExport } from '../../components/AnalysisExport';
import { ExportSection } from '../../components/ExportSection';
import { NotesSection } from '../../components/NotesSection';
import { LanguageNotice } from '../../components/LanguageNotice';
import { HighlightSwitches } from '../../components/settings/HighlightSwitches';
import { PauseControls } from '../../components/PauseControls';
import { PopupSync } from '../../components/sync/PopupSync';
import { targetTabId } from './target-tab';
import { t } from '../../utils/i18n';
import { pageReason } from '../../components/page-reason';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; tabId: number; state: PageState };

async function loadState(): Promise<Load> {
  const tabId = await targetTabId(location.search);
  if (tabId === null) return { status: 'error', message: t('popupNoTab') };
  try {
    const reply = await sendToTab(tabId, { type: 'page:state' });
    if (!reply) return { status: 'error', message: t('popupNotRunning') };
    if (!reply.ok) return { status: 'error', message: reply.error };
    return { status: 'ready', tabId, state: reply.state };
  } catch {
    return {
      status: 'error',
      message: t('popupCannotRead'),
    };
  }
}

/** Opens one of the extension's pages in a tab (a popup's own links would open inside it). */
function openPage(path: '/library.html' | '/options.html') {
  return (e: Event) => {
    e.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
  };
}

export function Popup() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    void loadState().then(setLoad);
  }, []);
  useEffect(() => {
    // For the benchmark (bench/library-scale.ts): when the popup has something to show.
    if (load.status !== 'loading') performance.mark('newsmark:popup-ready');
  }, [load.status]);

  /** After the reader forces (or stops forcing) a language, shows the page once the session has analysed it again. */
  const refresh = (forced: boolean) =>
    void (async () => {
      let next: Load = { status: 'loading' };
      for (let i = 0; i < 50; i++) {
        await new Promise((r) => setTimeout(r, 200));
        next = await loadState();
        if (next.status !== 'ready' || next.state.language?.analysed === forced) break;
      }
      setLoad(next);
    })();

  const scrollTo = (start: number, end: number) => {
    if (load.status === 'ready') void sendToTab(load.tabId, { type: 'page:scrollTo', start, end });
  };
  // The reader chose where an undecided orphan belongs: the page anchors and saves it, then the list is read again.
  const place = (id: string, at: { start: number; end: number }) => {
    if (load.status !== 'ready') return;
    void sendToTab(load.tabId, { type: 'note:place', id, start: at.start, end: at.end })
      .catch(() => undefined)
      .then(() => loadState())
      .then(setLoad);
  };

  return (
    <main class="popup" aria-busy={load.status === 'loading'}>
      <header class="popup-head">
        <span class="brand">Newsmark</span>
        <nav class="popup-links" aria-label={t('popupPagesNav')}>
          <a href={browser.runtime.getURL('/library.html')} onClick={openPage('/library.html')} data-testid="library-link">
            {t('library')}
          </a>
          <a href={browser.runtime.getURL('/options.html')} onClick={openPage('/options.html')}>
            {t('settings')}
          </a>
        </nav>
      </header>
      {/* First, where a reader looks for it: pausing on this site or everywhere. */}
      {load.status === 'ready' && <PauseControls url={load.state.url} />}
      {load.status === 'loading' && <p class="muted">{t('popupReading')}</p>}
      {load.status === 'error' && (
        <p class="error" role="alert">
          {load.message}
        </p>
      )}
      {load.status === 'ready' && <PageView state={load.state} scrollTo={scrollTo} place={place} refresh={refresh} />}
      {load.status === 'ready' && <HighlightSwitches />}
      <ExportSection />
      <PopupSync />
    </main>
  );
}

function PageView({
  state,
  scrollTo,
  place,
  refresh,
}: {
  state: PageState;
  scrollTo: (s: number, e: number) => void;
  place: (id: string, at: { start: number; end: number }) => void;
  refresh: (forced: boolean) => void;
}) {
  if (!state.meta) {
    return (
      <section aria-label={t('popupThisPage')}>
        <p class="muted" data-testid="not-article">
          {state.reason ? pageReason(state.reason) : t('popupNotArticle')}
        </p>
      </section>
    );
  }
  return (
    <>
      <h1 data-testid="page-title">{state.meta.title}</h1>
      {state.meta.byline && <p class="muted">{state.meta.byline}</p>}
      {state.language && <LanguageNotice language={state.language} onForced={refresh} />}
      {state.partial && (
        <p class="muted" role="status" data-testid="analysis-partial">
          {partialMessage(state.partial)}
        </p>
      )}
      {/* A language the engine does not analyse: nothing to list or export but the reader's notes. */}
      {state.language?.analysed !== false && <EntitiesSection entities={state.entities} scrollTo={scrollTo} />}
      {state.language?.analysed !== false && <ClaimsSection claims={state.claims} scrollTo={scrollTo} />}
      <NotesSection notes={state.notes} scrollTo={scrollTo} place={place} />
      {state.language?.analysed !== false && <AnalysisExport state={state} />}
    </>
  );
}
