/** Entities of one page grouped by type, with mention counts; a click scrolls to the next mention. */
import { useRef } from 'preact/hooks';
import { groupEntities, type EntityGroup } from '../utils/summary';
import type { Entity, EntityType } from '../utils/types';
import { t, tn, type MessageKey } from '../utils/i18n';

const TYPE_TITLES: Record<EntityType, MessageKey> = {
  PERSON: 'kindPERSON',
  ORG: 'kindORG',
  PLACE: 'kindPLACE',
  GROUP: 'kindGROUP',
  DATE: 'kindDATE',
  NUMBER: 'kindNUMBER',
};
const ORDER: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'DATE', 'NUMBER'];

export function EntitiesSection({ entities, scrollTo }: { entities: Entity[]; scrollTo: (s: number, e: number) => void }) {
  const next = useRef(new Map<string, number>());
  const grouped = groupEntities(entities);
  const visit = (g: EntityGroup) => {
    const i = next.current.get(g.key) ?? 0;
    const m = g.mentions[i % g.mentions.length];
    next.current.set(g.key, i + 1);
    scrollTo(m.start, m.end);
  };
  if (entities.length === 0) return <p class="muted">{t('entitiesNone')}</p>;
  return (
    <section aria-labelledby="entities-h" data-testid="entities">
      <h2 id="entities-h">{t('entitiesHeading')}</h2>
      {ORDER.filter((t) => grouped.has(t)).map((type) => (
        <div class="entity-type" key={type}>
          <h3 class="type-title">{t(TYPE_TITLES[type])}</h3>
          <ul class="chips">
            {grouped.get(type)!.map((g) => (
              <li key={g.key}>
                <button
                  type="button"
                  class={`chip ${type}`}
                  data-entity-type={type}
                  title={t('entityChipTitle', g.name, tn('mentions', g.mentions.length))}
                  onClick={() => visit(g)}
                >
                  {g.name}
                  {g.mentions.length > 1 && <span class="count"> {g.mentions.length}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
