/** The entity index across annotated articles: "Kari Lindqvist — in 3 articles, 5 claims". */
import { useState } from 'preact/hooks';
import { type EntityRow } from '../../utils/library/search';
import { formatNumber, t, tn } from '../../utils/i18n';

const SHOWN = 25;

export function EntityIndex({
  entities,
  current,
  onPick,
}: {
  entities: EntityRow[] | null;
  current?: string;
  onPick: (key: string | undefined) => void;
}) {
  const [all, setAll] = useState(false);
  const rows = entities ? (all ? entities : entities.slice(0, SHOWN)) : [];
  return (
    <section class="entities" aria-labelledby="entities-h" data-testid="entity-index">
      <h2 id="entities-h">{t('libEntitiesHeading')}</h2>
      {!entities && <p class="muted">{t('libBuildingIndex')}</p>}
      {entities?.length === 0 && <p class="muted">{t('libEntitiesEmpty')}</p>}
      <ul>
        {rows.map((e) => (
          <li key={e.key}>
            <button
              type="button"
              class="entity-row"
              aria-pressed={current === e.key}
              onClick={() => onPick(current === e.key ? undefined : e.key)}
              data-testid="entity-row"
            >
              <span class="entity-name">{e.name}</span>{' '}
              <span class="muted">— {t('libEntityRow', tn('articles', e.articles), tn('claims', e.claims))}</span>
            </button>
          </li>
        ))}
      </ul>
      {entities && entities.length > SHOWN && (
        <button type="button" onClick={() => setAll((a) => !a)}>
          {all ? t('showFewer') : t('showAll', formatNumber(entities.length))}
        </button>
      )}
    </section>
  );
}
