/**
 * The library: every annotated article and its notes, searchable and
 * filterable, with the entity index across articles, edit and delete (with
 * undo), export of a filtered or selected set, and import.
 *
 * Note and page text is rendered as text only (JSX children and attributes),
 * never as HTML; links are only made for http(s) addresses.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { NoteRecord } from '../../utils/annotation';
import { isEmptyFilter, type EntityRow, type Facet, type LibraryFilter, type LibraryItem } from '../../utils/library/search';
import { readFirstScreen } from '../../utils/storage/newest';
import { ask } from './api';
import { EntityIndex } from './EntityIndex';
import { ExportPanel } from './ExportPanel';
import { cleanFilter, Filters } from './Filters';
import { ImportPanel } from './ImportPanel';
import { NoteList } from './NoteList';
import { formatNumber, t, tn } from '../../utils/i18n';
import { sendSync } from '../sync/api';

export const PAGE_SIZE = 50;

/**
 * The unfiltered first screen, started as soon as this module runs: read
 * from IndexedDB here (no need to wake the background, which may be asleep),
 * else asked of the background. The count comes later, with the facets.
 */
const firstScreen = readFirstScreen(PAGE_SIZE).then(async (items): Promise<{ total: number | null; items: LibraryItem[] }> =>
  items ? { total: null, items } : ask({ type: 'library:query', filter: {}, offset: 0, limit: PAGE_SIZE }),
);
firstScreen.catch(() => undefined); // handled where it is awaited

interface Facets {
  sites: Facet[];
  tags: Facet[];
  creators: Facet[];
  entities: EntityRow[];
  notes: number;
  pages: number;
}

type Status = { text: string; error?: boolean } | null;

export function LibraryApp() {
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [items, setItems] = useState<LibraryItem[]>([]);
  // null until known: the first screen is drawn before the notes are counted (the facets bring the count).
  const [total, setTotal] = useState<number | null>(null);
  const [drawn, setDrawn] = useState(false);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<Status>(null);
  const [undo, setUndo] = useState<NoteRecord[] | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);

  const loadFacets = useCallback(async () => {
    try {
      const r = await ask({ type: 'library:facets' });
      setFacets({ sites: r.sites, tags: r.tags, creators: r.creators ?? [], entities: r.entities, notes: r.notes, pages: r.pages });
      // The total is only unknown (null) for the unfiltered list read before the index: the facets know it.
      setTotal((t) => t ?? r.notes);
      requestAnimationFrame(() => performance.mark('newsmark:library-indexed'));
    } catch (err) {
      setStatus({ text: t('libIndexFailed', (err as Error).message), error: true });
    }
  }, []);

  const load = useCallback(
    async (f: LibraryFilter) => {
      const gen = ++generation.current;
      setLoading(true);
      try {
        // The first screen was asked for before the page was drawn (see firstScreen above).
        const r =
          gen === 1 && isEmptyFilter(f) ? await firstScreen : await ask({ type: 'library:query', filter: f, offset: 0, limit: PAGE_SIZE });
        if (gen !== generation.current) return;
        setItems(r.items);
        setTotal(r.total);
        setDrawn(true);
        if (gen === 1) {
          // Filters and the entity index need the full index: ask once the first screen is drawn.
          void loadFacets();
        }
      } catch (err) {
        if (gen === generation.current) setStatus({ text: t('libReadFailed', (err as Error).message), error: true });
      } finally {
        if (gen === generation.current) setLoading(false);
      }
    },
    [loadFacets],
  );

  useEffect(() => {
    void load(filter);
  }, [filter, load]);

  // Whether the selection can be shared with a team (sync on, with a team database): asked once the first
  // screen is drawn, like the facets, so that the first screen never waits for the background.
  const [team, setTeam] = useState(false);
  useEffect(() => {
    if (!drawn) return;
    sendSync({ type: 'sync:status' })
      .then((r) => setTeam(!!r?.ok && r.status.enabled && !!r.status.teamDatabase))
      .catch(() => setTeam(false));
  }, [drawn]);

  // After the first list is drawn (effects run after paint): for bench/library-scale.ts.
  const marked = useRef(false);
  useEffect(() => {
    if (drawn && !marked.current) {
      marked.current = true;
      performance.mark('newsmark:library-first-screen');
    }
  }, [drawn, items]);

  const refresh = async () => {
    await Promise.all([load(filter), loadFacets()]);
  };

  const more = async () => {
    const r = await ask({ type: 'library:query', filter, offset: items.length, limit: PAGE_SIZE });
    setItems((cur) => [...cur, ...r.items]);
    setTotal((t) => r.total ?? t);
  };

  const toggle = (id: string, on: boolean) => {
    setSelected((cur) => {
      const next = new Set(cur);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const remove = async (ids: string[]) => {
    try {
      const r = await ask({ type: 'library:delete', ids });
      setUndo(r.deleted);
      setSelected((cur) => new Set([...cur].filter((id) => !ids.includes(id))));
      setStatus({ text: tn('libDeleted', r.deleted.length) });
      await refresh();
    } catch (err) {
      setStatus({ text: t('libDeleteFailed', (err as Error).message), error: true });
    }
  };

  const restore = async () => {
    if (!undo) return;
    try {
      const r = await ask({ type: 'library:restore', notes: undo });
      setUndo(null);
      setStatus({ text: tn('libRestored', r.restored) });
      await refresh();
    } catch (err) {
      setStatus({ text: t('libUndoFailed', (err as Error).message), error: true });
    }
  };

  const saved = (note: NoteRecord) => {
    setItems((cur) => cur.map((it) => (it.note.id === note.id ? { ...it, note } : it)));
    setStatus({ text: t('libNoteSaved') });
    void loadFacets();
  };

  const openSettings = (e: Event) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  };

  return (
    <div class="library">
      <header class="lib-head">
        <h1>{t('libHeading')}</h1>
        <p class="muted" data-testid="library-counts">
          {facets
            ? t('libCounts', tn('notes', facets.notes), tn('articles', facets.pages))
            : total !== null
              ? tn('notes', total)
              : drawn
                ? t('libCounting')
                : ''}
        </p>
        <a href={browser.runtime.getURL('/options.html')} onClick={openSettings} data-testid="settings-link">
          {t('settings')}
        </a>
      </header>
      <Filters filter={filter} onChange={setFilter} facets={facets} />
      <div class="live" role="status" aria-live="polite" data-testid="library-status">
        {status && <span class={status.error ? 'error' : ''}>{status.text}</span>}
        {undo && (
          <button type="button" class="primary" onClick={() => void restore()} data-testid="undo">
            {t('libUndoDelete')}
          </button>
        )}
      </div>
      <div class="lib-body">
        <section class="lib-results" aria-labelledby="results-h" aria-busy={loading}>
          <h2 id="results-h">{total === null ? t('libNotes') : Object.keys(filter).length ? tn('libMatch', total) : tn('notes', total)}</h2>
          <ExportPanel
            filter={filter}
            total={total ?? (items.length > 0 ? null : 0)}
            selected={selected}
            onClear={() => setSelected(new Set())}
            onDelete={(ids) => void remove(ids)}
            team={team}
          />
          <NoteList
            items={items}
            selected={selected}
            onToggle={toggle}
            onDelete={(id) => void remove([id])}
            onSaved={saved}
            onError={(text) => setStatus({ text, error: true })}
            onTag={(tag) => setFilter((f) => cleanFilter({ ...f, tag }))}
          />
          {!loading && total === 0 && (
            <p class="muted" data-testid="empty">
              {Object.keys(filter).length ? t('libNoMatch') : t('libEmpty')}
            </p>
          )}
          {total !== null && items.length < total && (
            <button type="button" onClick={() => void more()} data-testid="more">
              {t('libShowMoreOf', formatNumber(Math.min(PAGE_SIZE, total - items.length)), formatNumber(total - items.length))}
            </button>
          )}
          {total === null && items.length > 0 && items.length % PAGE_SIZE === 0 && (
            <button type="button" onClick={() => void more()} data-testid="more">
              {t('libShowMore', formatNumber(PAGE_SIZE))}
            </button>
          )}
        </section>
        <aside class="lib-side">
          <EntityIndex
            entities={facets?.entities ?? null}
            current={filter.entity}
            onPick={(entity) => setFilter((f) => cleanFilter({ ...f, entity }))}
          />
          <ImportPanel onImported={() => void refresh()} />
        </aside>
      </div>
    </div>
  );
}

export function plural(n: number, one: string): string {
  return `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;
}
