/** Types from head words, place words joined, listed places (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { typeByHeads } from '../../../utils/nlp/ner/heads';
import { prepare } from './post-model.helpers';

describe('typeByHeads', () => {
  it('a name ending in an organisation word is an organisation; in a place word, a place', () => {
    const s = prepare('The Seed Standards Agency and the Ruvuma Police met at Kiwani Harbour.');
    const claims = [s.claim('Seed Standards Agency', 'PERSON'), s.claim('Ruvuma Police', 'PLACE'), s.claim('Kiwani Harbour', 'PERSON')];
    expect(s.show(typeByHeads(s.tokens, s.attrs, claims))).toEqual([
      ['Seed Standards Agency', 'ORG'],
      ['Ruvuma Police', 'ORG'],
      ['Kiwani Harbour', 'PLACE'],
    ]);
  });

  it('a band or firm of brothers is an organisation', () => {
    const s = prepare('The Calder Brothers played, and Lorne Sisters sang.');
    const claims = [s.claim('Calder Brothers', 'PERSON'), s.claim('Lorne Sisters', 'PERSON')];
    expect(s.show(typeByHeads(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['ORG', 'ORG']);
  });

  it('a body named after its country is an organisation', () => {
    const s = prepare('The Kenya Police and the Norway Department of Fisheries agreed.');
    const claims = [s.claim('Kenya Police', 'PLACE'), s.claim('Norway Department of Fisheries', 'PLACE')];
    expect(s.show(typeByHeads(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['ORG', 'ORG']);
  });

  it('a place word right after a name joins it', () => {
    const s = prepare('Crabs from the Okhota Sea reached the Tampa Bay Area on Monday.');
    const claims = [s.claim('Okhota', 'ORG'), s.claim('Tampa', 'PLACE'), s.claim('Bay', 'PLACE')];
    expect(s.show(typeByHeads(s.tokens, s.attrs, claims))).toEqual([
      ['Okhota Sea', 'PLACE'],
      ['Tampa Bay Area', 'PLACE'],
    ]);
  });

  it('names listed before "counties" are places', () => {
    const s = prepare('Cases were found in Dorrell, Fenwick, Marlow and Van Tassel counties.');
    const claims = [s.claim('Dorrell', 'PERSON'), s.claim('Fenwick', 'PERSON'), s.claim('Marlow', 'PLACE'), s.claim('Van Tassel', 'ORG')];
    expect(s.show(typeByHeads(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['PLACE', 'PLACE', 'PLACE', 'PLACE']);
  });

  it('a person named with a given name keeps the type', () => {
    const s = prepare('John Lake and Emily Post spoke.');
    const claims = [s.claim('John Lake', 'PERSON'), s.claim('Emily Post', 'PERSON')];
    expect(s.show(typeByHeads(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['PERSON', 'PERSON']);
  });

  it('a company suffix after a name joins it, and the name is an organisation', () => {
    const s = prepare('Shares of Varnholt SE rose while Tianqo Lithium Corp and Brekke Holdings fell.');
    const claims = [s.claim('Varnholt', 'PERSON'), s.claim('Tianqo Lithium Corp', 'PERSON'), s.claim('Brekke', 'PLACE')];
    expect(s.show(typeByHeads(s.tokens, s.attrs, claims))).toEqual([
      ['Varnholt SE', 'ORG'],
      ['Tianqo Lithium Corp', 'ORG'],
      ['Brekke Holdings', 'ORG'],
    ]);
  });

  it('in running text, a compass word and a known country or state is a place; not a city (teams), not at a table line start', () => {
    const s = prepare(
      'Fires spread in Southern California and in northern Syria, while fans of North Melbourne cheered.\nEastern Kenya 21 14 2 5',
    );
    const claims = [
      s.claim('Southern California', 'ORG'),
      s.claim('Syria', 'PLACE'),
      s.claim('North Melbourne', 'ORG'),
      s.claim('Eastern Kenya', 'ORG'),
    ];
    expect(s.show(typeByHeads(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['PLACE', 'PLACE', 'ORG', 'ORG']);
  });
});
