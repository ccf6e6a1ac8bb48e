/** findEntities: span hygiene, types, linking, casing, scale. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../utils/nlp/entities';
import type { Entity } from '../../../utils/types';

const find = (text: string, surface: string): Entity | undefined => findEntities(text).find((e) => e.text === surface);

function checkInvariants(text: string, entities: Entity[]): void {
  let last = 0;
  for (const e of entities) {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.start).toBeGreaterThanOrEqual(last);
    expect(e.text).not.toMatch(/^\s|\s$|[,;:!?"“”]$/);
    last = e.end;
  }
}

describe('findEntities', () => {
  it('drops possessives and punctuation from spans', () => {
    const text = 'Critics said Angela Merkel’s plan, backed by Germany’s Social Democrats, failed.';
    const es = findEntities(text);
    checkInvariants(text, es);
    expect(find(text, 'Angela Merkel')?.type).toBe('PERSON');
    expect(find(text, 'Germany')?.type).toBe('PLACE');
    expect(es.some((e) => e.text.endsWith('’s'))).toBe(false);
  });

  it('does not start a name with "the"', () => {
    const text = 'Talks at the United Nations in New York stalled, the European Union said.';
    const es = findEntities(text);
    expect(find(text, 'United Nations')?.type).toBe('ORG');
    expect(find(text, 'European Union')?.type).toBe('ORG');
    expect(find(text, 'New York')?.type).toBe('PLACE');
    expect(es.some((e) => /^the /i.test(e.text))).toBe(false);
  });

  it('types nationalities and parties as GROUP', () => {
    const text = 'Ukrainian officials and Democrats in Congress criticised the plan.';
    expect(find(text, 'Ukrainian')?.type).toBe('GROUP');
    expect(find(text, 'Democrats')?.type).toBe('GROUP');
  });

  it('links surnames, aliases and defined acronyms', () => {
    const text =
      'Prime Minister Boris Johnson met officials of the International Atomic Energy Agency (IAEA) in the United Kingdom. ' +
      'Johnson said the IAEA would report soon, and the UK agreed.';
    const es = findEntities(text);
    const byText = (t: string): Entity[] => es.filter((e) => e.text === t);
    const boris = byText('Boris Johnson')[0];
    expect(boris.type).toBe('PERSON');
    expect(byText('Johnson')[0].entityId).toBe(boris.entityId);
    expect(byText('Johnson')[0].canonical).toBe('Boris Johnson');
    const agency = byText('International Atomic Energy Agency')[0];
    for (const m of byText('IAEA')) expect(m.entityId).toBe(agency.entityId);
    const uk = byText('UK')[0];
    expect(uk.entityId).toBe(byText('United Kingdom')[0].entityId);
    expect(uk.canonical).toBe('United Kingdom');
  });

  it('handles ALL-CAPS headlines and curly quotes', () => {
    const caps = 'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .';
    expect(find(caps, 'JAPAN')?.type).toBe('PLACE');
    expect(find(caps, 'CHINA')?.type).toBe('PLACE');
    const curly = '“We will not retreat,” Volodymyr Zelensky told reporters in Kyiv.';
    expect(find(curly, 'Volodymyr Zelensky')?.type).toBe('PERSON');
    expect(find(curly, 'Kyiv')?.type).toBe('PLACE');
  });

  it('processes 1,000,000 characters in linear time without overflow', () => {
    const para = 'John Kirby told reporters in Washington on Friday that 1,000 containers reached Russia. ';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const small = text.slice(0, 100_000);
    findEntities(small);
    let t = performance.now();
    findEntities(small);
    const tSmall = performance.now() - t;
    t = performance.now();
    const es = findEntities(text);
    const tBig = performance.now() - t;
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(es.length).toBeGreaterThan(40_000);
    expect(tBig).toBeLessThan(tSmall * 10 * 3 + 500); // ~linear (×10 text), generous for noisy CI
    const single = 'a'.repeat(1_000_000);
    expect(findEntities(single)).toEqual([]);
  });

  it('returns [] for empty or entity-free text', () => {
    expect(findEntities('')).toEqual([]);
    expect(findEntities('it was raining and nobody came.')).toEqual([]);
  });
});

describe('span trimming', () => {
  it('keeps weekdays and scores out of names', () => {
    const text = 'Kurt Volker told the House Intelligence Committee Tuesday that talks stalled.';
    const es = findEntities(text);
    expect(es.some((e) => e.text.includes('Tuesday') && e.type !== 'DATE')).toBe(false);
    expect(es.find((e) => e.text === 'Tuesday')?.type).toBe('DATE');
  });
});

describe('organisation names continued by "of" or "for"', () => {
  it('keeps "Institute for …", "Ministry of …" and "University of …" whole', () => {
    const text =
      'Analysts at the Oslo Institute for Maritime Security said the data was of little use. The Ministry of Defence said on Monday it would send two frigates, and a professor at the University of Bergen agreed.';
    const entities = findEntities(text);
    checkInvariants(text, entities);
    expect(find(text, 'Oslo Institute for Maritime Security')?.type).toBe('ORG');
    expect(entities.some((e) => e.text === 'Maritime Security')).toBe(false);
    expect(find(text, 'Ministry of Defence')?.type).toBe('ORG');
    expect(find(text, 'University of Bergen')?.type).toBe('ORG');
  });

  it('stops at lower-case words and does not swallow a following clause', () => {
    const text = 'The Commission for the first time fined the company. Kari Lindqvist of the Oslo Institute spoke later.';
    const entities = findEntities(text);
    expect(entities.some((e) => /Commission for/.test(e.text))).toBe(false);
    expect(find(text, 'Kari Lindqvist')?.type).toBe('PERSON');
  });
});
