// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { KINDS, NEWS_PAGES, loadNewsPageTexts, runRobustness } from '../../../scripts/eval-anchoring';
import { needsShared } from '../../helpers/shared-data';
import { FIXTURE_TEXTS } from './fixtures';

const hasPages = needsShared(NEWS_PAGES, 'anchoring news-page tests').present;

describe('anchoring robustness on fixtures (a small run of the eval suite)', () => {
  it('anchors every unchanged note, never anchors wrongly, and orphans deleted passages', () => {
    const rows = runRobustness(
      FIXTURE_TEXTS.map((f) => ({ ...f, via: 'fixture' as const })),
      6,
      99,
    );
    expect(rows.map((r) => r.kind)).toEqual([...KINDS]);
    for (const r of rows) {
      expect(r.cases).toBeGreaterThan(0);
      expect(r.wrong, r.kind).toBe(0);
    }
    const unchanged = rows.find((r) => r.kind === 'unchanged')!;
    expect(unchanged.correct).toBe(unchanged.cases);
    const deleted = rows.find((r) => r.kind === 'deleted')!;
    expect(deleted.orphan).toBe(deleted.cases);
  });
});

describe.skipIf(!hasPages)('anchoring robustness on real news pages', () => {
  it('on four pages: unchanged all correct, no wrong anchor, deleted passages orphaned', async () => {
    const pages = (await loadNewsPageTexts()).filter((p) => ['bbc-1', 'guardian-1', 'nytimes-2', 'yahoo-2'].includes(p.name));
    expect(pages.length).toBe(4);
    const rows = runRobustness(pages, 3, 7);
    const wrong = rows.reduce((a, r) => a + r.wrong, 0);
    expect(wrong).toBe(0);
    const unchanged = rows.find((r) => r.kind === 'unchanged')!;
    expect(unchanged.correct).toBe(unchanged.cases);
    const deleted = rows.find((r) => r.kind === 'deleted')!;
    expect(deleted.orphan).toBe(deleted.cases);
  });
});
