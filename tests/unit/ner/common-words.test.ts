/** Everyday capitalised words are no names (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { dropCommonWords, dropLowerCaseWords } from '../../../utils/nlp/ner/common-words';
import { prepare } from './post-model.helpers';

describe('dropCommonWords', () => {
  it('drops job titles, abbreviations, labels and contractions, keeps names', () => {
    const s = prepare('Above, the CEO of Ladra. So I’ll watch TV with Ama and Sens. Ode and Lund.');
    const claims = [
      s.claim('Above', 'PERSON'),
      s.claim('CEO', 'ORG'),
      s.claim('Ladra', 'ORG'),
      s.claim('So', 'PLACE'),
      s.claim('I’ll', 'ORG'),
      s.claim('TV', 'PLACE'),
      s.claim('Ama', 'PERSON'),
      s.claim('Sens', 'ORG'),
      s.claim('Ode', 'PERSON'),
    ];
    expect(s.show(dropCommonWords(s.tokens, claims))).toEqual([
      ['Ladra', 'ORG'],
      ['Ama', 'PERSON'],
      ['Ode', 'PERSON'],
    ]);
  });

  it('drops a one-word claim the block mostly writes in lower case, keeps a name', () => {
    const s = prepare('Sorghum prices rose. Farmers said sorghum and more sorghum sold well, and Ama Lind agreed. Lind said so.');
    const claims = [s.claim('Sorghum', 'PERSON'), s.claim('Ama Lind', 'PERSON'), s.claim('Lind', 'PERSON', 1)];
    expect(s.show(dropLowerCaseWords(s.tokens, s.attrs, claims))).toEqual([
      ['Ama Lind', 'PERSON'],
      ['Lind', 'PERSON'],
    ]);
  });
});
