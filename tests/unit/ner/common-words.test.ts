/** Everyday capitalised words are no names (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { dropCommonWords } from '../../../utils/nlp/ner/common-words';
import { prepare } from './post-model.helpers';

describe('dropCommonWords', () => {
  it('drops job titles, abbreviations, labels and contractions, keeps names', () => {
    const s = prepare('Above, the CEO of Ladra. So I’ll watch TV with Ama.');
    const claims = [
      s.claim('Above', 'PERSON'),
      s.claim('CEO', 'ORG'),
      s.claim('Ladra', 'ORG'),
      s.claim('So', 'PLACE'),
      s.claim('I’ll', 'ORG'),
      s.claim('TV', 'PLACE'),
      s.claim('Ama', 'PERSON'),
    ];
    expect(s.show(dropCommonWords(s.tokens, claims))).toEqual([
      ['Ladra', 'ORG'],
      ['Ama', 'PERSON'],
    ]);
  });
});
