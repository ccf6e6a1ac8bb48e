// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/nlp/tokenize';
import { computeAttrs, DOC } from '../../../utils/nlp/ner/features';
import { segmentTokens } from '../../../utils/nlp/ner/segments';

function docBits(text: string, word: string): number[] {
  const t = tokenize(text);
  const a = computeAttrs(t.words, segmentTokens(t));
  return t.words.flatMap((w, i) => (w === word ? [a.doc[i]] : []));
}

describe('document evidence for the tagger', () => {
  it('lends every use of a word what one use shows', () => {
    const text = 'The drilling company Orvane said output rose. Later, Orvane and its partner agreed terms.';
    for (const bits of docBits(text, 'Orvane')) expect(bits & DOC.AFTER_COMPANY_NOUN).toBeTruthy();
  });

  it('tells a company suffix, a given name, an honorific and a place preposition apart', () => {
    expect(docBits('Shares of Tarvik Plc fell. Tarvik said demand was weak.', 'Tarvik')[1] & DOC.COMPANY_SUFFIX).toBeTruthy();
    const person = docBits('Health officials met John Quorra on Monday. Quorra said the plan was ready.', 'Quorra')[1];
    expect(person & DOC.AFTER_FIRST_NAME).toBeTruthy();
    expect(person & DOC.COMPANY_SUFFIX).toBe(0);
    expect(docBits('Talks with Mr Brevik went on. Brevik left early.', 'Brevik')[1] & DOC.AFTER_HONORIFIC).toBeTruthy();
    expect(docBits('The storm hit farms in Lumara overnight. Lumara was flooded.', 'Lumara')[1] & DOC.AFTER_PLACE_PREPOSITION).toBeTruthy();
  });

  it('gives a word no evidence it does not have', () => {
    expect(docBits('Orvane said output rose. Orvane agreed terms.', 'Orvane')).toEqual([0, 0]);
  });
});
