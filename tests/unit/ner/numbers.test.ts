/** NUMBER rules: one or more sentences per subtype; quantities keep units. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../utils/nlp/entities';

function numbers(text: string): Array<[string, string | undefined]> {
  return findEntities(text)
    .filter((e) => e.type === 'NUMBER')
    .map((e) => [e.text, e.subtype]);
}

describe('NUMBER subtypes', () => {
  it('count: keeps a unit noun, not a counted noun', () => {
    expect(numbers('The ship carried 1,000 containers of grain.')).toEqual([['1,000 containers', 'count']]);
    expect(numbers('The fund sold 5,000 shares on Monday.')).toEqual([['5,000 shares', 'count']]);
    expect(numbers('Rescuers found thousands of people and twenty-five dogs.')).toEqual([
      ['thousands', 'count'],
      ['twenty-five', 'count'],
    ]);
    expect(numbers('The club was started by four founders in a garage.')).toEqual([['four', 'count']]);
    expect(numbers('A bug left thousands of servers open.')).toEqual([['thousands', 'count']]);
    expect(numbers('He took four for 38 in the match.')).toEqual([
      ['four', 'count'],
      ['38', 'count'],
    ]);
    expect(numbers('One of them left.')).toEqual([]);
    expect(numbers('About 2000 people marched in 2019.')).toEqual([['2000', 'count']]);
  });

  it('money: vague amounts of a currency keep it', () => {
    expect(numbers('The deals saved shoppers hundreds of millions of dollars last year.')).toEqual([
      ['hundreds of millions of dollars', 'money'],
    ]);
    expect(numbers('Fans spent thousands of pounds on tickets.')).toEqual([['thousands of pounds', 'money']]);
  });

  it('list and section markers are no numbers', () => {
    expect(numbers('The ranking was: 1. Sweden 2. Chile 3. Kenya. Nobody expected it.')).toEqual([]);
    expect(numbers('Lesson #1 is simple: pay the drivers.')).toEqual([]);
    expect(numbers('4. The vote\nThe council met at 9 and voted.')).toEqual([['9', 'count']]);
    expect(numbers('She finished 2. He came last.')).toEqual([['2', 'count']]);
  });

  it('money: symbols, scales and currency words', () => {
    expect(numbers('The firm raised $5 million and 3 billion euros.')).toEqual([
      ['$5 million', 'money'],
      ['3 billion euros', 'money'],
    ]);
    expect(numbers('Tickets cost £40 each.')).toEqual([['£40', 'money']]);
  });

  it('percent: % sign, percent, per cent, points', () => {
    expect(numbers('Inflation hit 4.5% while wages rose 2 percent.')).toEqual([
      ['4.5%', 'percent'],
      ['2 percent', 'percent'],
    ]);
    expect(numbers('Support fell 12 per cent, or 3 percentage points.')).toEqual([
      ['12 per cent', 'percent'],
      ['3 percentage points', 'percent'],
    ]);
  });

  it('quantity: measures with their unit', () => {
    expect(numbers('The convoy drove 300 km carrying 20 tonnes of aid.')).toEqual([
      ['300 km', 'quantity'],
      ['20 tonnes', 'quantity'],
    ]);
    expect(numbers('Output reached 1.2 million barrels a day.')).toEqual([['1.2 million barrels', 'quantity']]);
    expect(numbers('The plant adds 450 gigawatts of capacity.')).toEqual([['450 gigawatts', 'quantity']]);
  });

  it('ordinal: numeric and word ordinals', () => {
    expect(numbers('It was the 21st summit and the third this year.')).toEqual([
      ['21st', 'ordinal'],
      ['third', 'ordinal'],
    ]);
  });

  it('"first" is no number: mostly an adverb or "for the first time"', () => {
    expect(numbers('The mayor first announced it, for the first time, in her second term.')).toEqual([['second', 'ordinal']]);
  });
});
