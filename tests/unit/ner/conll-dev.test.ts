// @vitest-environment node
/** The bar on CoNLL++ dev (skipped when ../shared/data is absent). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConll } from '../../../tools/ner/conll';
import { conllText, entitySpans, scoreSpans } from '../../../tools/ner/evaluate';
import { findEntities } from '../../../utils/nlp/entities';
import { needsShared } from '../../helpers/shared-data';

const { path: DEV, present } = needsShared('ner/conllpp_dev.txt', 'CoNLL++ dev test');

describe.skipIf(!present)('CoNLL++ dev', () => {
  it('exact-span F1 ≥ 0.85 overall and ≥ 0.78 for PER, ORG and LOC', () => {
    const { text, gold } = conllText(parseConll(readFileSync(DEV, 'utf8')));
    const s = scoreSpans(entitySpans(findEntities(text)), gold);
    expect(s.ALL.f).toBeGreaterThanOrEqual(0.85);
    for (const k of ['PER', 'ORG', 'LOC'] as const) expect(s[k].f, k).toBeGreaterThanOrEqual(0.78);
  });
});
