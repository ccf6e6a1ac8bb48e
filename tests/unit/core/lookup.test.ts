import { describe, expect, it } from 'vitest';
import { mentionCounts, spanAt } from '../../../entrypoints/article-session/lookup';

describe('spanAt', () => {
  const spans = [
    { text: 'a', start: 0, end: 5 },
    { text: 'b', start: 10, end: 30 },
    { text: 'c', start: 12, end: 15 },
    { text: 'd', start: 40, end: 41 },
  ];
  it('finds the innermost span covering an offset', () => {
    expect(spanAt(spans, 3)?.text).toBe('a');
    expect(spanAt(spans, 13)?.text).toBe('c');
    expect(spanAt(spans, 20)?.text).toBe('b');
    expect(spanAt(spans, 40)?.text).toBe('d');
  });
  it('returns null between spans and at an exclusive end', () => {
    expect(spanAt(spans, 5)).toBeNull();
    expect(spanAt(spans, 35)).toBeNull();
    expect(spanAt([], 0)).toBeNull();
  });
  it('counts mentions per linked entity', () => {
    expect(mentionCounts([{ entityId: 'e1' }, { entityId: 'e1' }, {}, { entityId: 'e2' }])).toEqual(
      new Map([
        ['e1', 2],
        ['e2', 1],
      ]),
    );
  });
});
