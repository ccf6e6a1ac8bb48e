/** Well-known companies typed PERSON or PLACE become ORG (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { retypeCompanies } from '../../../utils/nlp/ner/companies';
import { prepare } from './post-model.helpers';

describe('retypeCompanies', () => {
  it('a listed company tagged PERSON or PLACE is an organisation', () => {
    const s = prepare('Whole Foods cut prices, Amazon said, and Lexus Philippines agreed.');
    const claims = [s.claim('Whole Foods', 'PERSON'), s.claim('Amazon', 'PLACE'), s.claim('Lexus Philippines', 'PERSON')];
    expect(s.show(retypeCompanies(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['ORG', 'ORG', 'ORG']);
  });

  it('a river or rainforest keeps its place, and a person named on the page keeps the surname', () => {
    const s = prepare('Boats sailed up the Amazon. The Amazon basin flooded. Steve Forbes spoke; Forbes was brief.');
    const claims = [
      s.claim('Amazon', 'PLACE'),
      s.claim('Amazon', 'PLACE', 1),
      s.claim('Steve Forbes', 'PERSON'),
      s.claim('Forbes', 'PERSON', 1),
    ];
    expect(s.show(retypeCompanies(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['PLACE', 'PLACE', 'PERSON', 'PERSON']);
  });
});
