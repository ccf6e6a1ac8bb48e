/** Organisation names with "and" inside, and two organisations joined by "and" (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { repairSpans } from '../../../utils/nlp/ner/repair';
import { prepare } from './post-model.helpers';

describe('repairSpans: "and" in organisation names', () => {
  it('capitalised words before "and" + a name ending in a head word are one organisation', () => {
    const s = prepare(
      'Officials from the Soil and Water Conservation Agency said on Monday that they would meet members of the Harbour and Fisheries Commission later this month.',
    );
    const claims = [s.claim('Water Conservation Agency', 'ORG'), s.claim('Fisheries Commission', 'PERSON')];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([
      ['Soil and Water Conservation Agency', 'ORG'],
      ['Harbour and Fisheries Commission', 'ORG'],
    ]);
  });

  it('a place or a person before "and" is a name of its own', () => {
    const s = prepare('Britain and Kestrel Agency agreed, as did Maria Olsen and Trade Commission staff.');
    const claims = [
      s.claim('Britain', 'PLACE'),
      s.claim('Kestrel Agency', 'ORG'),
      s.claim('Maria Olsen', 'PERSON'),
      s.claim('Trade Commission', 'ORG'),
    ];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([
      ['Britain', 'PLACE'],
      ['Kestrel Agency', 'ORG'],
      ['Maria Olsen', 'PERSON'],
      ['Trade Commission', 'ORG'],
    ]);
  });

  it('two companies joined by "and" are split when the first ends in a company word', () => {
    const s = prepare('Halberd Corp and Minstrel Inc agreed to merge, said the Ministry of Roads and Bridges.');
    const claims = [s.claim('Halberd Corp and Minstrel Inc', 'ORG'), s.claim('Ministry of Roads and Bridges', 'ORG')];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([
      ['Halberd Corp', 'ORG'],
      ['Minstrel Inc', 'ORG'],
      ['Ministry of Roads and Bridges', 'ORG'],
    ]);
  });
});

describe('repairSpans: two known organisations joined by "and"', () => {
  it('stay two', () => {
    const s = prepare('A spokesman said the United Nations and European Union stressed that talks would continue.');
    const claims = [s.claim('United Nations', 'ORG'), s.claim('European Union', 'ORG')];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([
      ['United Nations', 'ORG'],
      ['European Union', 'ORG'],
    ]);
  });
});

describe('repairSpans: a country or nationality before an organisation', () => {
  it('is part of its name; a compound adjective before it is not', () => {
    const s = prepare(
      'A report by the Varnian Press Agency was cited by the Ostrava Grain Commission, and State-run Tessel Development Bank agreed.',
    );
    const claims = [
      s.claim('Varnian', 'GROUP'),
      s.claim('Press Agency', 'ORG'),
      s.claim('Ostrava', 'PLACE'),
      s.claim('Grain Commission', 'ORG'),
      s.claim('Tessel Development Bank', 'ORG'),
    ];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([
      ['Varnian Press Agency', 'ORG'],
      ['Ostrava Grain Commission', 'ORG'],
      ['Tessel Development Bank', 'ORG'],
    ]);
  });

  it('a person before the organisation stops it', () => {
    const s = prepare('The letter from Maria Olsen Trade Commission staff arrived on Monday.');
    const claims = [s.claim('Maria Olsen', 'PERSON'), s.claim('Trade Commission', 'ORG')];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([
      ['Maria Olsen', 'PERSON'],
      ['Trade Commission', 'ORG'],
    ]);
  });
});

describe('repairSpans: a first half the tagger called a place', () => {
  it('joins when the gazetteer knows no such place', () => {
    const s = prepare('She was inducted into the Jazz and Blues Hall of Fame in 2012, the museum said.');
    const claims = [s.claim('Jazz', 'PLACE'), s.claim('Blues Hall of Fame', 'ORG')];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([['Jazz and Blues Hall of Fame', 'ORG']]);
  });
});
