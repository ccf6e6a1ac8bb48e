import { describe, expect, it } from 'vitest';
import { benchAnchoring } from '../../../tools/anchoring/bench';
import { COUNCIL_ARTICLE } from './fixtures';

describe('benchAnchoring', () => {
  it('times exact, stale-position and fuzzy anchoring and reports how many notes anchored', () => {
    const [r] = benchAnchoring([{ label: 'council', text: COUNCIL_ARTICLE }], { notes: 30, fuzzyNotes: 5, runs: 1 });
    expect(r.label).toBe('council');
    expect(r.textChars).toBe(COUNCIL_ARTICLE.length);
    expect(r.notes).toBe(30);
    // Every note anchors on the unchanged text; with the text shifted, all but repeated passages do.
    expect(r.exactAnchored).toBe(30);
    expect(r.shiftedAnchored).toBeGreaterThanOrEqual(28);
    expect(r.fuzzy.notes).toBe(5);
    expect(r.fuzzy.anchored).toBeGreaterThanOrEqual(4);
    for (const t of [r.exactMs.first, r.exactMs.median, r.shiftedMs.first, r.fuzzy.maxMs]) {
      expect(t).toBeGreaterThanOrEqual(0);
      expect(t).toBeLessThan(1000);
    }
  });
});
