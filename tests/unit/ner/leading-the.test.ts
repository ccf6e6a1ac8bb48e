/** "The" inside names (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { takeLeadingThe } from '../../../utils/nlp/ner/leading-the';
import { prepare } from './post-model.helpers';

describe('takeLeadingThe', () => {
  it('a capitalised "The" in mid-sentence belongs to the name after it', () => {
    const s = prepare('The mayor told The Kilmory Courier on Friday that a deal with The Harbin Group was near.');
    const claims = [s.claim('Kilmory Courier', 'ORG'), s.claim('Harbin Group', 'ORG')];
    expect(s.show(takeLeadingThe(s.tokens, s.attrs, claims))).toEqual([
      ['The Kilmory Courier', 'ORG'],
      ['The Harbin Group', 'ORG'],
    ]);
  });

  it('a name that takes "The" is no person', () => {
    const s = prepare('She wrote for The Marchmont before moving to radio.');
    expect(s.show(takeLeadingThe(s.tokens, s.attrs, [s.claim('Marchmont', 'PERSON')]))).toEqual([['The Marchmont', 'ORG']]);
  });

  it('at the start of a sentence only a newspaper takes its "The"', () => {
    const s = prepare('The Dunmore Herald said the plan failed. The Tarrant Commission disagreed.');
    const claims = [s.claim('Dunmore Herald', 'ORG'), s.claim('Tarrant Commission', 'ORG')];
    expect(s.show(takeLeadingThe(s.tokens, s.attrs, claims))).toEqual([
      ['The Dunmore Herald', 'ORG'],
      ['Tarrant Commission', 'ORG'],
    ]);
  });

  it('a lower-case "the" and a title-case headline leave the name alone', () => {
    const s = prepare('Officials at the Varga Institute spoke.\nWhy The Pellow Fund Lost Every Investor Overnight');
    const claims = [s.claim('Varga Institute', 'ORG'), s.claim('Pellow Fund', 'ORG')];
    expect(s.show(takeLeadingThe(s.tokens, s.attrs, claims))).toEqual([
      ['Varga Institute', 'ORG'],
      ['Pellow Fund', 'ORG'],
    ]);
  });
});
