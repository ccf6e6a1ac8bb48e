/**
 * The toolbar popup: what Newsmark found on this tab (entities, claims), the
 * reader's notes on it, and export of every note.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentReplies, PageState } from '../../utils/messages';
import { ClaimsSection } from '../../components/ClaimsSection';
import { EntitiesSection } from '../../components/EntitiesSection';
import { AnalysisExport } from '../../components/AnalysisExport';
import { ExportSection } from '../../components/ExportSection';
import { NotesSection } from '../../components/NotesSection';
import { HighlightSwitches } from '../../components/settings/HighlightSwitches';
import { PauseControls } from '../../components/PauseControls';
import { targetTabId } from './target-tab';
import { t } from '../../utils/i18n';
import { pageReason } from '../../components/page-reason';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; tabId: number; state: PageState };

async function loadState(): Promise<Load> {
  const tabId = await targetTabId(location.search);
  if (tabId === null) return { status: 'error', message: t('popupNoTab') };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'page:state' })) as ContentReplies['page:state'] | undefined;
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

  const scrollTo = (start: number, end: number) => {
    if (load.status === 'ready') void browser.tabs.sendMessage(load.tabId, { type: 'page:scrollTo', start, end });
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
      {load.status === 'ready' && <PageView state={load.state} scrollTo={scrollTo} />}
      {load.status === 'ready' && <HighlightSwitches />}
      <ExportSection />
    </main>
  );
}

function PageView({ state, scrollTo }: { state: PageState; scrollTo: (s: number, e: number) => void }) {
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
      <EntitiesSection entities={state.entities} scrollTo={scrollTo} />
      <ClaimsSection claims={state.claims} scrollTo={scrollTo} />
      <NotesSection notes={state.notes} scrollTo={scrollTo} />
      <AnalysisExport state={state} />
    </>
  );
}
