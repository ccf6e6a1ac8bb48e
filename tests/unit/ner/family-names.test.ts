/** Families by their plural surname (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { typeFamilies } from '../../../utils/nlp/ner/family-names';
import { prepare } from './post-model.helpers';

describe('typeFamilies', () => {
  it('"the" + the plural of a surname named in the block is a person mention, tagged or not', () => {
    const s = prepare('Jill Marsh and Tom Kettering met on Monday. Later the Marshes and the Ketterings flew home.');
    const claims = [s.claim('Jill Marsh', 'PERSON'), s.claim('Tom Kettering', 'PERSON'), s.claim('Marshes', 'ORG')];
    expect(s.show(typeFamilies(s.tokens, s.attrs, claims))).toEqual([
      ['Jill Marsh', 'PERSON'],
      ['Tom Kettering', 'PERSON'],
      ['Marshes', 'PERSON'],
      ['Ketterings', 'PERSON'],
    ]);
  });

  it('a well-known surname counts; other plurals after "the" keep their type', () => {
    const s = prepare('The trip by the Obamas was cut short, and the Rangers lost to the Hawks.');
    const claims = [s.claim('Obamas', 'ORG'), s.claim('Rangers', 'ORG'), s.claim('Hawks', 'ORG')];
    expect(s.show(typeFamilies(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['PERSON', 'ORG', 'ORG']);
  });
});
