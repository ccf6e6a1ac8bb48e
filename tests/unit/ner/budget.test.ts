// @vitest-environment node
/** What the extension loads for NER: size ≤ 3 MB, model decode ≤ 300 ms. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

function sizeOf(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, f) => sum + sizeOf(join(path, f)), 0);
}

describe('NER load budget', () => {
  it('model + code are at most 3 MB uncompressed', () => {
    const total =
      sizeOf(join(root, 'models/ner-model.json')) +
      sizeOf(join(root, 'models/ner-clusters.json')) +
      sizeOf(join(root, 'utils/nlp/ner')) +
      sizeOf(join(root, 'utils/nlp/entities.ts')) +
      sizeOf(join(root, 'utils/nlp/tokenize.ts'));
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });

  it('decodes the model in well under 300 ms', async () => {
    const { CompactScorer } = await import('../../../utils/nlp/ner/weights');
    const json = JSON.parse(readFileSync(join(root, 'models/ner-model.json'), 'utf8'));
    const t0 = performance.now();
    new CompactScorer(json);
    expect(performance.now() - t0).toBeLessThan(300);
  });

  it('decodes the word clusters with the model in well under 300 ms', async () => {
    const { wordCluster } = await import('../../../utils/nlp/ner/clusters');
    const t0 = performance.now();
    wordCluster('London', 'london'); // the first lookup decodes the table
    expect(performance.now() - t0).toBeLessThan(300);
    expect(wordCluster('London', 'london')).toBeGreaterThan(0);
    expect(wordCluster('Qzxv', 'qzxv')).toBe(0);
  });
});
