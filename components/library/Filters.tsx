/** Search box and filters: site, tag, entity, creator (once notes carry one), date range, orphans. */
import { useEffect, useState } from 'preact/hooks';
import type { EntityRow, Facet, LibraryFilter } from '../../utils/library/search';
import { formatNumber, t } from '../../utils/i18n';

interface Props {
  filter: LibraryFilter;
  onChange: (f: LibraryFilter) => void;
  facets: { sites: Facet[]; tags: Facet[]; entities: EntityRow[]; creators?: Facet[] } | null;
}

/** Drops empty fields so an empty form is an empty filter. */
export function cleanFilter(f: LibraryFilter): LibraryFilter {
  const out: LibraryFilter = {};
  for (const [k, v] of Object.entries(f) as [keyof LibraryFilter, string | boolean | undefined][]) {
    if (v !== undefined && v !== '' && v !== false) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

export function Filters({ filter, onChange, facets }: Props) {
  const [text, setText] = useState(filter.text ?? '');
  useEffect(() => setText(filter.text ?? ''), [filter.text]);
  // Search as the reader types, a moment after the last key.
  useEffect(() => {
    if ((filter.text ?? '') === text) return undefined;
    const t = setTimeout(() => onChange(cleanFilter({ ...filter, text })), 150);
    return () => clearTimeout(t);
  }, [text]);

  const set = (patch: Partial<LibraryFilter>) => onChange(cleanFilter({ ...filter, text, ...patch }));
  const any = Object.keys(filter).length > 0;

  return (
    <form
      class="filters"
      role="search"
      aria-label={t('filtersLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        set({});
      }}
    >
      <div class="field grow">
        <label for="q">{t('filterSearch')}</label>
        <input id="q" type="search" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} data-testid="search" />
      </div>
      <div class="field">
        <label for="f-site">{t('filterSite')}</label>
        <select
          id="f-site"
          value={filter.site ?? ''}
          onChange={(e) => set({ site: (e.target as HTMLSelectElement).value })}
          data-testid="filter-site"
        >
          <option value="">{t('filterAllSites')}</option>
          {facets?.sites.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name} ({formatNumber(s.count)})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-tag">{t('filterTag')}</label>
        <select
          id="f-tag"
          value={filter.tag ?? ''}
          onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value })}
          data-testid="filter-tag"
        >
          <option value="">{t('filterAllTags')}</option>
          {filter.tag && !facets?.tags.some((x) => x.name === filter.tag) && <option value={filter.tag}>{filter.tag}</option>}
          {facets?.tags.map((x) => (
            <option key={x.name} value={x.name}>
              {x.name} ({formatNumber(x.count)})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-entity">{t('filterEntity')}</label>
        <select
          id="f-entity"
          value={filter.entity ?? ''}
          onChange={(e) => set({ entity: (e.target as HTMLSelectElement).value })}
          data-testid="filter-entity"
        >
          <option value="">{t('filterAnyEntity')}</option>
          {facets?.entities.map((x) => (
            <option key={x.key} value={x.key}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      {(!!facets?.creators?.length || !!filter.creator) && (
        <div class="field">
          <label for="f-creator">{t('filterCreator')}</label>
          <select
            id="f-creator"
            value={filter.creator ?? ''}
            onChange={(e) => set({ creator: (e.target as HTMLSelectElement).value })}
            data-testid="filter-creator"
          >
            <option value="">{t('filterAnyone')}</option>
            {filter.creator && !facets?.creators?.some((x) => x.name === filter.creator) && (
              <option value={filter.creator}>{filter.creator}</option>
            )}
            {facets?.creators?.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name} ({formatNumber(x.count)})
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="f-from">{t('filterFrom')}</label>
        <input
          id="f-from"
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: (e.target as HTMLInputElement).value })}
          data-testid="filter-from"
        />
      </div>
      <div class="field">
        <label for="f-to">{t('filterTo')}</label>
        <input
          id="f-to"
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set({ to: (e.target as HTMLInputElement).value })}
          data-testid="filter-to"
        />
      </div>
      <div class="field check">
        <input
          id="f-orphans"
          type="checkbox"
          checked={!!filter.orphans}
          onChange={(e) => set({ orphans: (e.target as HTMLInputElement).checked })}
          data-testid="filter-orphans"
        />
        <label for="f-orphans">{t('filterOrphans')}</label>
      </div>
      <button
        type="button"
        disabled={!any && !text}
        onClick={() => {
          setText('');
          onChange({});
        }}
        data-testid="clear-filters"
      >
        {t('clearFilters')}
      </button>
    </form>
  );
}
