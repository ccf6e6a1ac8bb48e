/** The conflict rule: the same winner whatever order the versions come in, and the losers' text kept. */
import { describe, expect, it } from 'vitest';
import { compareRevs, mergeLosers, pickWinner, type Version } from '../../../utils/sync/conflict';
import { makeNote } from '../../helpers/sync-profile';

describe('compareRevs', () => {
  it('orders by generation as a number, then by hash', () => {
    expect(compareRevs('10-a', '9-z')).toBeGreaterThan(0);
    expect(compareRevs('2-b', '2-a')).toBeGreaterThan(0);
    expect(compareRevs('2-a', '2-a')).toBe(0);
  });
});

describe('pickWinner', () => {
  const base = makeNote();
  const v = (rev: string, modified: string, body: string): Version => ({ rev, note: { ...base, body, modified } });

  it('takes the latest modified, then the higher revision, in any order', () => {
    const a = v('3-aaa', '2026-12-06T10:00:00.000Z', 'older but higher rev');
    const b = v('2-bbb', '2026-12-06T11:00:00.000Z', 'latest');
    const c = v('2-ccc', '2026-12-06T11:00:00.000Z', 'latest, higher hash');
    for (const order of [
      [a, b, c],
      [c, b, a],
      [b, a, c],
    ])
      expect(pickWinner(order).winner.note.body).toBe('latest, higher hash');
    expect(pickWinner([a, b]).winner.note.body).toBe('latest');
    expect(pickWinner([a, b]).losers.map((l) => l.rev)).toEqual(['3-aaa']);
  });
});

describe('mergeLosers', () => {
  const winner = makeNote({ body: 'mine', modified: '2026-12-06T12:00:00.000Z' });

  it('keeps each loser once, oldest first, and not when it says what the winner says', () => {
    const l1 = { ...winner, body: 'theirs', creator: 'Bo', modified: '2026-12-06T11:00:00.000Z' };
    const l0 = { ...winner, body: 'first', modified: '2026-12-06T09:00:00.000Z' };
    const same = { ...winner, modified: '2026-12-06T10:00:00.000Z' };
    const merged = mergeLosers(winner, [l1, same, l0, l1]);
    expect(merged.body).toBe('mine');
    expect(merged.elsewhere).toEqual([
      { body: 'first', tags: ['t'], colour: 'yellow', modified: '2026-12-06T09:00:00.000Z' },
      { body: 'theirs', tags: ['t'], colour: 'yellow', modified: '2026-12-06T11:00:00.000Z', creator: 'Bo' },
    ]);
    // Merging again (another device, the same versions) changes nothing.
    expect(mergeLosers(merged, [l0, l1])).toEqual(merged);
  });

  it('carries the losers own history and keeps at most 20, the newest', () => {
    const old = Array.from({ length: 25 }, (_, i) => ({
      body: `v${i}`,
      tags: [],
      colour: 'blue' as const,
      modified: `2026-12-0${1 + Math.floor(i / 10)}T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
    }));
    const merged = mergeLosers(winner, [{ ...winner, body: 'x', elsewhere: old }]);
    expect(merged.elsewhere).toHaveLength(20);
    expect(merged.elsewhere?.at(-1)?.body).toBe('x');
  });
});
