// @vitest-environment node
/**
 * The seed report (../shared/data/seed/seed-article.txt): the people,
 * places, organisations, numbers and dates a reader expects, with links.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../utils/nlp/entities';
import type { Entity, EntityType } from '../../../utils/types';
import { needsShared } from '../../helpers/shared-data';

const { path: SEED, present } = needsShared('seed/seed-article.txt', 'seed entities test');

describe.skipIf(!present)('seed article entities', () => {
  const text = present ? readFileSync(SEED, 'utf8') : '';
  const entities = present ? findEntities(text) : [];
  const all = (surface: string, type?: EntityType): Entity[] => entities.filter((e) => e.text === surface && (!type || e.type === type));
  const one = (surface: string, type: EntityType): Entity => {
    const found = all(surface, type);
    expect(found.length, `${type} "${surface}"`).toBeGreaterThan(0);
    return found[0];
  };

  it('finds the people, linking short mentions to full names', () => {
    const kirby = one('John Kirby', 'PERSON');
    const putin = one('Vladimir Putin', 'PERSON');
    const kim = one('Kim Jong Un', 'PERSON');
    for (const [short, full] of [
      ['Kirby', kirby],
      ['Putin', putin],
      ['Kim', kim],
    ] as const) {
      const mentions = all(short, 'PERSON');
      expect(mentions.length, short).toBeGreaterThan(0);
      for (const m of mentions) {
        expect(m.entityId).toBe(full.entityId);
        expect(m.canonical).toBe(full.text);
      }
    }
    expect(kirby.entityId).not.toBe(putin.entityId);
  });

  it('finds the places', () => {
    for (const p of ['North Korea', 'Russia', 'Ukraine', 'Pyongyang', 'Moscow', 'US']) one(p, 'PLACE');
  });

  it('finds the organisations and links DPRK to North Korea', () => {
    one('White House National Security Council', 'ORG');
    one('Bloomberg', 'ORG');
    const dprk = all('DPRK').filter((e) => e.type === 'ORG' || e.type === 'PLACE');
    expect(dprk.length).toBeGreaterThan(0);
    const nk = one('North Korea', 'PLACE');
    for (const d of dprk) {
      expect(d.entityId).toBe(nk.entityId);
      expect(d.canonical).toBe('North Korea');
    }
  });

  it('finds the number with its unit and the dates', () => {
    expect(one('1,000 containers', 'NUMBER').subtype).toBe('count');
    expect(one('Friday', 'DATE').subtype).toBe('day');
    expect(one('September', 'DATE').subtype).toBe('month');
  });

  it('never marks "House" alone or splits "Vladimir Putin"', () => {
    expect(all('House')).toHaveLength(0);
    expect(all('Vladimir')).toHaveLength(0);
    const at = text.indexOf('Vladimir Putin');
    const covering = entities.filter((e) => e.start < at + 14 && e.end > at);
    expect(covering).toHaveLength(1);
    expect(covering[0].text).toBe('Vladimir Putin');
  });

  it('returns sorted, non-overlapping, exact spans', () => {
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      expect(text.slice(e.start, e.end)).toBe(e.text);
      if (i > 0) expect(e.start).toBeGreaterThanOrEqual(entities[i - 1].end);
    }
  });
});
