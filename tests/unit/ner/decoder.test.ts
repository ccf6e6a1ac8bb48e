import { afterEach, describe, expect, it } from 'vitest';
import { computeAttrs } from '../../../utils/nlp/ner/features';
import { CONTINUATION_MARGIN, LABELS, setContinuationMargin, tagSegments, type Scorer } from '../../../utils/nlp/ner/tagger';

// A scorer: the first token is B-LOC; the second scores B-PER `gap` above I-LOC (0).
const scoresFor = (gap: number): Scorer => {
  let call = 0;
  return {
    add(_feats, _k, scores) {
      const first = call++ === 0;
      scores[LABELS.indexOf('B-LOC')] += first ? 10 : 0;
      scores[LABELS.indexOf('B-PER')] += first ? 0 : gap;
      scores[LABELS.indexOf('O')] -= 1000;
    },
  };
};

function tag(gap: number): string[] {
  const words = ['San', 'Francisco'];
  const segments = [{ start: 0, end: 2 }];
  return Array.from(tagSegments(computeAttrs(words, segments), segments, scoresFor(gap))).map((l) => LABELS[l]);
}

describe('decoder: continuing a name on a near-tie', () => {
  afterEach(() => setContinuationMargin(CONTINUATION_MARGIN));

  it('continues the name when a new name wins by less than the margin', () => {
    setContinuationMargin(150);
    expect(tag(100)).toEqual(['B-LOC', 'I-LOC']);
  });

  it('starts a new name when it wins by more than the margin, or with no margin', () => {
    setContinuationMargin(150);
    expect(tag(200)).toEqual(['B-LOC', 'B-PER']);
    setContinuationMargin(0);
    expect(tag(100)).toEqual(['B-LOC', 'B-PER']);
  });
});
