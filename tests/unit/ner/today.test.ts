/**
 * Errors readers met on today's news (issue 18) and the span and type
 * patterns of issue 25's entity part, on sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findEntities, findMentions } from '../../../utils/nlp/entities';
import type { Entity } from '../../../utils/types';
import { tokenize } from '../../../utils/nlp/tokenize';
import { unifyTypes } from '../../../utils/nlp/ner/consistency';
import type { Claim } from '../../../utils/nlp/ner/propagate';

const named = (es: Entity[]): string[] => es.filter((e) => ['PERSON', 'ORG', 'PLACE'].includes(e.type)).map((e) => `${e.type}:${e.text}`);
const typeOf = (text: string, surface: string): string | undefined => findEntities(text).find((e) => e.text === surface)?.type;

describe('entities on today’s news', () => {
  it('reads month abbreviations as dates, never as an organisation or person', () => {
    const text = 'Stores will stay open until Dec 23, and the budget is due by Sept. 30, officials in Ohio said.';
    const es = findEntities(text);
    expect(es.find((e) => e.text.startsWith('Dec'))).toMatchObject({ type: 'DATE', text: 'Dec 23' });
    expect(es.find((e) => e.text.startsWith('Sept'))).toMatchObject({ type: 'DATE', text: 'Sept. 30' });
    expect(named(es).some((n) => /Dec|Sept/.test(n))).toBe(false);
  });

  it('does not take a holiday or a gallery label for a person', () => {
    const text = 'Millions travelled home for Christmas despite the storm.\nSlideshow (4 images)\nAirports in Denver reported long queues.';
    const es = findEntities(text);
    expect(named(es).filter((n) => n.startsWith('PERSON'))).toEqual([]);
    expect(typeOf(text, 'Denver')).toBe('PLACE');
  });

  it('splits "European Commission President" from the person, keeping "von der Leyen"', () => {
    const text = 'European Commission President Ursula von der Leyen said on Tuesday that the plan would go ahead.';
    expect(named(findEntities(text))).toEqual(['ORG:European Commission', 'PERSON:Ursula von der Leyen']);
  });

  it('keeps a title out of the name: "Health Secretary" and "President" are not part of it', () => {
    const a = 'Health Secretary Alex Turner told reporters the hospitals were coping.';
    expect(named(findEntities(a))).toEqual(['PERSON:Alex Turner']);
    const b = 'President Joe Biden signed the bill on Friday.';
    expect(named(findEntities(b))).toEqual(['PERSON:Joe Biden']);
  });

  it('tags companies as organisations, not people', () => {
    const text = 'Pfizer said the shots were ready. Nike raised prices while Moncler opened stores, and Countrywide sold more homes.';
    for (const name of ['Pfizer', 'Nike', 'Moncler', 'Countrywide']) expect(typeOf(text, name), name).toBe('ORG');
  });

  it('does not turn headline words like "How" and "Are" into people', () => {
    for (const text of [
      'How Small Towns Are Fighting Back\nResidents of the valley said they had waited for years.',
      'Are Rate Cuts Coming Soon\nTraders said the bank would wait.',
    ]) {
      expect(named(findEntities(text))).toEqual([]);
    }
  });

  it('keeps particles inside names', () => {
    expect(named(findEntities('Crown Prince Mohammed bin Salman met the envoy.'))).toEqual(['PERSON:Mohammed bin Salman']);
    expect(named(findEntities('New York Mayor Bill de Blasio spoke later.'))).toEqual(['PLACE:New York', 'PERSON:Bill de Blasio']);
  });

  it('splits two names joined by "and" unless the place is one name', () => {
    expect(named(findEntities('The minister flew from Bosnia and Herzegovina to Ankara.'))).toContain('PLACE:Bosnia and Herzegovina');
  });

  it('gives one name one type through an article unless most mentions disagree', () => {
    const t = tokenize('Lorenz won . Lorenz spoke . Lorenz left . Lorenz Street');
    const at = (i: number, type: Claim['type']): Claim => ({ start: i, end: i + 1, type });
    const block = new Uint32Array(t.words.length);
    const claims = unifyTypes(t, block, [at(0, 'PERSON'), at(3, 'PERSON'), at(6, 'ORG'), at(9, 'PLACE')]);
    expect(claims.map((c) => c.type)).toEqual(['PERSON', 'PERSON', 'PERSON', 'PERSON']);
    // Two against two: the text says both, each mention keeps its type.
    const tie = unifyTypes(t, block, [at(0, 'PERSON'), at(3, 'PERSON'), at(6, 'PLACE'), at(9, 'PLACE')]);
    expect(tie.map((c) => c.type)).toEqual(['PERSON', 'PERSON', 'PLACE', 'PLACE']);
  });

  it('paints no gallery counter as a number', () => {
    const es = findEntities('6/50\nThe council met for 3 hours, and 1/2 of the members voted.');
    expect(es.some((e) => e.text === '6/50')).toBe(false);
    expect(es.some((e) => e.text === '1/2' && e.type === 'NUMBER')).toBe(true);
  });

  it('reads "May" in a headline as a date only with evidence', () => {
    const text = 'Prices May Fall Before Summer Ends\nTraders expect the cut in May, and the bank meets on May 5.';
    const dates = findEntities(text)
      .filter((e) => e.type === 'DATE')
      .map((e) => e.text);
    expect(dates).toEqual(['May', 'May 5']);
    expect(findEntities(text).find((e) => e.start < text.indexOf('\n') && e.text === 'May')).toBeUndefined();
  });

  it('ends an organisation before a prepositional tail', () => {
    const text = 'She chaired the Council of Economic Advisers in the Carter administration before teaching.';
    expect(findEntities(text).find((e) => e.type === 'ORG')?.text).toBe('Council of Economic Advisers');
  });

  it('keeps MISC names out of PERSON/ORG/PLACE and reports them apart', () => {
    const text = 'Gamers lined up for the PlayStation 5 in Berlin, while the Tokyo Olympics were postponed.';
    const { entities, misc } = findMentions(text);
    expect(misc.length).toBeGreaterThan(0);
    for (const m of misc)
      expect(entities.some((e) => e.start < m.end && m.start < e.end && ['PERSON', 'ORG', 'PLACE'].includes(e.type))).toBe(false);
  });
});
