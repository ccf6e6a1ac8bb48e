/** A company's short name (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { typeShortNames } from '../../../utils/nlp/ner/short-names';
import { prepare } from './post-model.helpers';

describe('typeShortNames', () => {
  it('a one-word person that starts an organisation named in full in the block is that organisation', () => {
    const s = prepare('Shares in Quorvane Mining Corp fell on Monday. Quorvane said output would recover.');
    const claims = [s.claim('Quorvane Mining Corp', 'ORG'), s.claim('Quorvane', 'PERSON', 1)];
    expect(s.show(typeShortNames(s.tokens, s.attrs, claims))).toEqual([
      ['Quorvane Mining Corp', 'ORG'],
      ['Quorvane', 'ORG'],
    ]);
  });

  it('not when the word is in a person’s full name in the block, or a given name', () => {
    const s = prepare('Grace Holdings and Brandt Foods rose. Ellen Brandt said Brandt would grow, and Grace agreed.');
    const claims = [
      s.claim('Grace Holdings', 'ORG'),
      s.claim('Brandt Foods', 'ORG'),
      s.claim('Ellen Brandt', 'PERSON'),
      s.claim('Brandt', 'PERSON', 2),
      s.claim('Grace', 'PERSON', 1),
    ];
    expect(s.show(typeShortNames(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['ORG', 'ORG', 'PERSON', 'PERSON', 'PERSON']);
  });
});
