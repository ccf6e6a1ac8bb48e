/**
 * Regression guard on the article-extraction benchmark's dev pages
 * (../shared/data/article-extraction/dev): Newsmark's body text must keep
 * F1 ≥ 0.96 and precision ≥ 0.95 under the benchmark's shingle metric.
 * The full side-by-side table with Readability is `npm run eval:article`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml } from '../../../utils/article/node';
import { scorePage, shingles, summarise } from '../../../tools/article/metric';

const DIR = resolve(__dirname, '../../../../shared/data/article-extraction/dev');
const present = existsSync(`${DIR}/ground-truth.json`);

describe('shingle metric', () => {
  it('counts shared, extra and missed 4-grams, normalised per page', () => {
    expect(shingles('a b c d e').size).toBe(2);
    expect(shingles('één twee_3 drie vier').get('één twee_3 drie vier')).toBe(1);
    const s = scorePage('a b c d e f', 'a b c d e x')!;
    // pred: abcd bcde cdef; truth: abcd bcde cdex → tp 2, fp 1, fn 1
    expect(s.tp).toBeCloseTo(0.5);
    expect(s.fp).toBeCloseTo(0.25);
    expect(s.fn).toBeCloseTo(0.25);
    expect(scorePage('', '')).toBeNull();
    const sum = summarise([s, { tp: 1, fp: 0, fn: 0 }, null]);
    expect(sum.precision).toBeCloseTo((2 / 3 + 1) / 2);
    expect(sum.recall).toBeCloseTo((2 / 3 + 1) / 2);
  });
});

describe.skipIf(!present)(present ? 'article-extraction dev pages' : `article-extraction dev pages — skipped: ${DIR} not found`, () => {
  it('beats the bar: F1 ≥ 0.96 and precision ≥ 0.95', () => {
    const truth = JSON.parse(readFileSync(`${DIR}/ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;
    const scores = Object.entries(truth).map(([id, t]) => {
      const html = gunzipSync(readFileSync(`${DIR}/html/${id}.html.gz`)).toString('utf8');
      const art = extractArticleFromHtml(html);
      return scorePage(art.meta.text.slice(art.bodyStart), t.articleBody);
    });
    const s = summarise(scores);
    expect(s.f1).toBeGreaterThanOrEqual(0.96);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });
});
