import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/nlp/tokenize';
import { computeAttrs } from '../../../utils/nlp/ner/features';
import { segmentTokens } from '../../../utils/nlp/ner/segments';
import { repairSpans } from '../../../utils/nlp/ner/repair';
import type { Claim } from '../../../utils/nlp/ner/propagate';

function repair(text: string, claims: Claim[]): string[] {
  const t = tokenize(text);
  const a = computeAttrs(t.words, segmentTokens(t));
  return repairSpans(t, a, claims).map((c) => `${t.words.slice(c.start, c.end).join(' ')}/${c.type}`);
}

describe('repairSpans: a name that starts with a split place', () => {
  it('joins "San" + "Francisco Chronicle" into one organisation', () => {
    // The San Francisco Chronicle says
    expect(
      repair('The San Francisco Chronicle says', [
        { start: 1, end: 2, type: 'PLACE' },
        { start: 2, end: 4, type: 'PERSON' },
      ]),
    ).toEqual(['San Francisco Chronicle/ORG']);
  });

  it('keeps a place when the tagger called the rest a place, and leaves names after a whole place alone', () => {
    expect(
      repair('on a San Francisco Bay Area train', [
        { start: 2, end: 3, type: 'PLACE' },
        { start: 3, end: 6, type: 'PLACE' },
      ]),
    ).toEqual(['San Francisco Bay Area/PLACE']);
    expect(
      repair('in San Francisco Mayor London Breed said', [
        { start: 1, end: 3, type: 'PLACE' },
        { start: 4, end: 6, type: 'PERSON' },
      ]),
    ).toEqual(['San Francisco/PLACE', 'London Breed/PERSON']);
  });
});
