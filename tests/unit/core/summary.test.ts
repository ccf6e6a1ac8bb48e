import { describe, expect, it } from 'vitest';
import { groupClaims, groupEntities, plural } from '../../../utils/summary';
import type { Claim, Entity } from '../../../utils/types';

const e = (type: Entity['type'], text: string, start: number, entityId?: string, canonical?: string): Entity => ({
  type,
  text,
  start,
  end: start + text.length,
  entityId,
  canonical,
});

describe('groupEntities', () => {
  it('groups linked mentions under their canonical name, most mentioned first', () => {
    const groups = groupEntities([
      e('PERSON', 'Kari Lindqvist', 0, 'e1', 'Kari Lindqvist'),
      e('PERSON', 'Lindqvist', 40, 'e1', 'Kari Lindqvist'),
      e('PERSON', 'Andrei Morozov', 80, 'e2', 'Andrei Morozov'),
      e('PLACE', 'Oslo', 100),
      e('PLACE', 'Oslo', 200),
    ]);
    const people = groups.get('PERSON')!;
    expect(people.map((g) => [g.name, g.mentions.length])).toEqual([
      ['Kari Lindqvist', 2],
      ['Andrei Morozov', 1],
    ]);
    expect(groups.get('PLACE')![0].mentions).toEqual([
      { start: 100, end: 104 },
      { start: 200, end: 204 },
    ]);
  });
});

describe('groupClaims', () => {
  const claim = (start: number, source: Claim['source']): Claim => ({
    kind: 'indirect',
    text: 'x',
    start,
    end: start + 1,
    source,
    cue: null,
    content: { text: 'x', start, end: start + 1 },
  });
  it('groups by linked source and puts unattributed claims last', () => {
    const groups = groupClaims([
      claim(0, null),
      claim(5, { text: 'Lindqvist', start: 5, end: 14, entityId: 'e1', canonical: 'Kari Lindqvist' }),
      claim(20, { text: 'she', start: 20, end: 23, entityId: 'e1', canonical: 'Kari Lindqvist' }),
      claim(30, { text: 'The Kremlin', start: 30, end: 41 }),
    ]);
    expect(groups.map((g) => [g.source, g.claims.length])).toEqual([
      ['Kari Lindqvist', 2],
      ['The Kremlin', 1],
      ['', 1],
    ]);
  });
  it('says 1 claim and 4 claims', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(4, 'claim')).toBe('4 claims');
  });
});
