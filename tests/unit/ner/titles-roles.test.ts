/** Names after titles and role nouns (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { splitTitles } from '../../../utils/nlp/ner/titles';
import { prepare } from './post-model.helpers';

describe('splitTitles: names after titles and role nouns', () => {
  it('a given-named name after an "-elect" title is a person, and the title alone no name', () => {
    const s = prepare('Aides to President-elect Maria Lindqvist met on Monday.');
    const claims = [s.claim('President-elect', 'MISC'), s.claim('Maria Lindqvist', 'ORG')];
    expect(s.show(splitTitles(s.tokens, s.attrs, claims))).toEqual([['Maria Lindqvist', 'PERSON']]);
  });

  it('a title run into the name is split off it, "-elect" too', () => {
    const s = prepare('The plan of Governor-elect Thomas Brandt was delayed.');
    expect(s.show(splitTitles(s.tokens, s.attrs, [s.claim('Governor-elect Thomas Brandt', 'ORG')]))).toEqual([['Thomas Brandt', 'PERSON']]);
  });

  it('a role noun before a given-named name makes it a person, not a company', () => {
    const s = prepare('The flaw was reported by developer Daniel Okoro and analyst Sarah Vint.');
    const claims = [s.claim('Daniel Okoro', 'ORG'), s.claim('Sarah Vint', 'PLACE')];
    expect(s.show(splitTitles(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['PERSON', 'PERSON']);
  });

  it('a company after a role-like noun keeps its type', () => {
    const s = prepare('Property developer Harlow Holdings and developer Quintex missed payments.');
    const claims = [s.claim('Harlow Holdings', 'ORG'), s.claim('Quintex', 'ORG')];
    expect(s.show(splitTitles(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['ORG', 'ORG']);
  });
});

describe('splitTitles: more titles', () => {
  it('a county before a sheriff is a place, the sheriff a person', () => {
    const s = prepare('Marlow County Sheriff Dale Munro said on Monday that deputies would not enforce it.');
    expect(s.show(splitTitles(s.tokens, s.attrs, [s.claim('Marlow County Sheriff Dale Munro', 'ORG')]))).toEqual([
      ['Marlow County', 'PLACE'],
      ['Dale Munro', 'PERSON'],
    ]);
  });
});

describe('splitTitles: a surname after a title and given name', () => {
  it('the untagged or separately tagged surname joins the given name', () => {
    const s = prepare('Earlier, Trade Secretary Olga Brennan told reporters that Finance Minister Tomas Vilder agreed on Monday.');
    const claims = [s.claim('Trade Secretary Olga', 'ORG'), s.claim('Finance Minister Tomas', 'ORG'), s.claim('Vilder', 'PLACE')];
    expect(s.show(splitTitles(s.tokens, s.attrs, claims))).toEqual([
      ['Olga Brennan', 'PERSON'],
      ['Tomas Vilder', 'PERSON'],
    ]);
  });

  it('a weekday after the given name is no surname', () => {
    const s = prepare('It was signed by Deputy Minister Olga Monday morning, aides said.');
    expect(s.show(splitTitles(s.tokens, s.attrs, [s.claim('Deputy Minister Olga', 'ORG')]))).toEqual([['Olga', 'PERSON']]);
  });
});
