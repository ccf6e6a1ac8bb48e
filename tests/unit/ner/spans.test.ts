/** Span hygiene on names (sentences written for this test): lower-case tails out, "and" tails of organisations in. */
import { describe, expect, it } from 'vitest';
import { trimSpan } from '../../../utils/nlp/ner/trim';
import { repairSpans } from '../../../utils/nlp/ner/repair';
import { prepare } from './post-model.helpers';
import { tokenize } from '../../../utils/nlp/tokenize';

describe('name spans', () => {
  it('a name ends with no lower-case word', () => {
    const s = prepare('Tomasz Oyelaran didn’t know the Varno conservation rangers.');
    const a = s.claim('Tomasz Oyelaran didn’t', 'PERSON');
    const b = s.claim('Varno conservation', 'ORG');
    expect(trimSpan(s.tokens, a.start, a.end, true)).toEqual([a.start, a.end - 1]);
    expect(trimSpan(s.tokens, b.start, b.end)).toEqual([b.start, b.end - 1]);
  });

  it('an organisation cut before "and" and capitalised words takes them in', () => {
    const s = prepare(
      'Dr. Ama Reyes of the Ostrava Department of Health and Human Services spoke, and the Kent Centre on Poverty and Inequality agreed.',
    );
    const claims = [
      s.claim('Ama Reyes', 'PERSON'),
      s.claim('Ostrava Department of Health', 'ORG'),
      s.claim('Kent Centre', 'ORG'),
      s.claim('Inequality', 'PLACE'),
    ];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([
      ['Ama Reyes', 'PERSON'],
      ['Ostrava Department of Health and Human Services', 'ORG'],
      ['Kent Centre on Poverty and Inequality', 'ORG'],
    ]);
  });

  it('a date after "on" and a list of companies are no part of a name', () => {
    const s = prepare('The tour stops at the Harlow Music Center on July 22, say the CEOs of Ladra and Venmark.');
    const claims = [s.claim('Harlow Music Center', 'ORG'), s.claim('CEOs of Ladra', 'ORG'), s.claim('Venmark', 'ORG')];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([
      ['Harlow Music Center', 'ORG'],
      ['CEOs of Ladra', 'ORG'],
      ['Venmark', 'ORG'],
    ]);
  });

  it('two organisations joined by "and" stay two', () => {
    const s = prepare('The Harbour Board of Trade and Lina Mensah met.');
    const claims = [s.claim('Harbour Board of Trade', 'ORG'), s.claim('Lina Mensah', 'PERSON')];
    expect(s.show(repairSpans(s.tokens, s.attrs, claims))).toEqual([
      ['Harbour Board of Trade', 'ORG'],
      ['Lina Mensah', 'PERSON'],
    ]);
  });
});

describe('trimSpan: months and credit words end names', () => {
  it('a month abbreviation or a credit word after a name is not in it; "May" can be', () => {
    const t = tokenize('By Priya Nandan Dec 7 and by Tom Hale Editing, with Theresa May');
    const span = (from: string, to: string): [number, number] => [t.words.indexOf(from), t.words.indexOf(to) + 1];
    const text = (r: [number, number] | null): string => (r ? t.words.slice(r[0], r[1]).join(' ') : '');
    expect(text(trimSpan(t, ...span('Priya', 'Dec'), true))).toBe('Priya Nandan');
    expect(text(trimSpan(t, ...span('Tom', 'Editing'), true))).toBe('Tom Hale');
    expect(text(trimSpan(t, ...span('Theresa', 'May'), true))).toBe('Theresa May');
  });
});
