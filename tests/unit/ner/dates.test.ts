/** DATE rules: one or more sentences per subtype. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../utils/nlp/entities';

function dates(text: string): Array<[string, string | undefined]> {
  return findEntities(text)
    .filter((e) => e.type === 'DATE')
    .map((e) => [e.text, e.subtype]);
}

describe('DATE subtypes', () => {
  it('date: full calendar dates', () => {
    expect(dates('The talks began on September 12, 2023 in the capital.')).toEqual([['September 12, 2023', 'date']]);
    expect(dates('The ceasefire took effect on 3 March 2022.')).toEqual([['3 March 2022', 'date']]);
    expect(dates('The report is dated 2021-06-30 and was leaked.')).toEqual([['2021-06-30', 'date']]);
    expect(dates('The deal closed on Sept. 5 after talks.')).toEqual([['Sept. 5', 'date']]);
  });

  it('year: a century is a date, not an ordinal number', () => {
    expect(dates('Trade grew in the 19th century and again in the 21st century.')).toEqual([
      ['19th century', 'year'],
      ['21st century', 'year'],
    ]);
  });

  it('day: weekdays, with or without a date', () => {
    expect(dates('The minister resigned on Tuesday.')).toEqual([['Tuesday', 'day']]);
    expect(dates('Officials met Friday, Oct. 13, 2023 in Geneva.')).toEqual([['Friday, Oct. 13, 2023', 'date']]);
  });

  it('month: a month with or without a year', () => {
    expect(dates('Prices rose in January and fell in February 2024.')).toEqual([
      ['January', 'month'],
      ['February 2024', 'month'],
    ]);
    expect(dates('Voters may decide, and troops march on.')).toEqual([]);
  });

  it('year and decade', () => {
    expect(dates('The factory opened in 1998 and boomed in the 2010s.')).toEqual([
      ['1998', 'year'],
      ['2010s', 'year'],
    ]);
  });

  it('time: clock times', () => {
    expect(dates('The blast happened at 10:30 a.m. local time.')).toEqual([['10:30 a.m.', 'time']]);
    expect(dates('Polls close at 8 p.m. EST and results follow at midnight.')).toEqual([
      ['8 p.m. EST', 'time'],
      ['midnight', 'time'],
    ]);
  });

  it('duration: spans of time', () => {
    expect(dates('The siege lasted two years and the talks 48 hours.')).toEqual([
      ['two years', 'duration'],
      ['48 hours', 'duration'],
    ]);
  });

  it('relative: today, last week, ago', () => {
    expect(dates('The bank said today that sales fell last week.')).toEqual([
      ['today', 'relative'],
      ['last week', 'relative'],
    ]);
    expect(dates('He left three days ago, earlier this month.')).toEqual([
      ['three days ago', 'relative'],
      ['earlier this month', 'relative'],
    ]);
  });
});

describe("the text's first word", () => {
  it('"A Day …" opening the text is read without looking before its start (it threw)', () => {
    expect(() => findEntities('A Day on the Quay\n\nThe quay reopens in May after two years of repairs.')).not.toThrow();
    expect(dates('A week of talks ended on Friday.')).toEqual([['Friday', 'day']]);
  });
});
