// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../utils/nlp/entities';

describe('person spans leave out titles and roles', () => {
  it.each([
    ['NATO Secretary General Pieter Vandersloot said on Friday that the alliance would act.', 'Pieter Vandersloot'],
    ['Foreign Minister Lena Dahl told reporters the talks had failed.', 'Lena Dahl'],
    ['Dr. Amara Okafor, who led the study, said the results were clear.', 'Amara Okafor'],
  ])('%s', (text, name) => {
    const people = findEntities(text)
      .filter((e) => e.type === 'PERSON')
      .map((e) => e.text);
    expect(people).toContain(name);
    expect(people.some((p) => /^(General|Minister|Dr\.?) /.test(p))).toBe(false);
  });
});
