/**
 * Quotes across sentences and paragraphs keep their speaker; nested quotes
 * stay inside the outer claim; no claim swallows another.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../utils/nlp/claims';
import { buildLayout, repairQuoteDirections } from '../../../utils/nlp/claims/layout';
import { claimWith, people } from './helpers';

describe('quotes', () => {
  it("three apostrophes close a nested single quote and the double quote around it: ''A 'B.''' Ortiz said", () => {
    const text = "''We hear it all the time, 'the harbour is a special case,''' Mr. Ortiz said.";
    const L = buildLayout(text);
    expect(L.quotes.map((q) => text.slice(q.open, q.close))).toEqual(["''We hear it all the time, 'the harbour is a special case,'''"]);
    const [c] = findClaims(text, []);
    expect([c.source?.text, c.cue?.text, c.kind]).toEqual(['Mr. Ortiz', 'said', 'direct']);
  });

  it('a mistyped closing “ (glued to the word before it) still closes the quote, and the cue after it counts', () => {
    const text = '“The budget is a fiction,“ said Rosa Lind, a council member. The vote is on Monday.';
    const L = buildLayout(text);
    expect(L.quotes.map((q) => [text.slice(q.open, q.close), q.closed])).toEqual([['“The budget is a fiction,“', true]]);
    const claims = findClaims(text, []);
    expect(claims.map((c) => [c.source?.text, c.cue?.text])).toEqual([['Rosa Lind', 'said']]);
    expect(claims[0].content.text).toContain('The budget is a fiction');
    // and a ” after a space before a word opens one
    expect(repairQuoteDirections('He said ”no deal” twice. 😀 “Yes,“ she said.')).toBe('He said “no deal” twice. 😀 “Yes,” she said.');
  });

  it('a quote left open at a paragraph end continues in the next paragraph', () => {
    const text =
      '“The river rose faster than anyone expected,” said Paul Grant, the fire chief. “We had an hour to move everyone.\n\n' +
      '“By midnight the whole street was under water.”\n\n' +
      'The council met on Friday.';
    const claims = findClaims(text, people(text, [['Paul Grant', 'e1', 'Paul Grant']]));
    const c = claimWith(claims, 'The river rose');
    expect(c?.content.text).toContain('By midnight the whole street was under water');
    expect(c?.source?.entityId).toBe('e1');
    expect(claims.some((x) => x.content.text.includes('council met'))).toBe(false);
  });

  it('a closed quote opening the next paragraph keeps the previous speaker, in the same claim', () => {
    const text = '“The plan is sound,” said Nora Diaz.\n\n“Nobody has offered a better one.”\n\nThe council met on Friday.';
    const claims = findClaims(text, people(text, [['Nora Diaz', 'e3', 'Nora Diaz']]));
    expect(claims).toHaveLength(1);
    const c = claims[0];
    expect(c.content.text).toContain('Nobody has offered a better one.”');
    expect(c.content.text).not.toContain('council');
    expect(c.source?.entityId).toBe('e3');
    expect(c.cue?.text).toBe('said');
    expect(c.kind).toBe('direct');
  });

  it('a quote closed by a comma with its sentence going on is not a follow-on: it has a speaker of its own', () => {
    const text = 'Ortiz said the port would close.\n\n“The port is finished,” a furious Lena Park harrumphed at the dock.';
    const claims = findClaims(text, []);
    expect(claims).toHaveLength(1);
    expect(claims[0].content.text).toBe('the port would close');
  });

  it('a quote after “he said” in the same paragraph joins that claim', () => {
    const text = 'Sam Ode spoke first.\n\n“Prices went up,” he said. “Wages did not.”';
    const claims = findClaims(text, people(text, [['Sam Ode', 'e4', 'Sam Ode']]));
    const c = claimWith(claims, 'Prices went up');
    expect(c?.content.text).toContain('Wages did not.');
    expect(c?.source?.canonical).toBe('Sam Ode');
    expect(claims.filter((x) => x.content.text.includes('Wages did not'))).toHaveLength(1);
  });

  it('a nested quote stays inside the outer claim', () => {
    const text = '“The contractor told us, ‘We will finish by spring,’ and we believe them,” Reyes said.';
    const claims = findClaims(text, people(text, [['Reyes', 'e2', 'Tom Reyes']]));
    expect(claims).toHaveLength(1);
    expect(claims[0].content.text).toContain('‘We will finish by spring,’');
    expect(claims[0].source?.canonical).toBe('Tom Reyes');
  });

  it('two speakers in one sentence do not swallow each other', () => {
    const text = 'Lee said taxes would fall, but Park said they would rise.';
    const claims = findClaims(text, []);
    const a = claimWith(claims, 'taxes would fall');
    const b = claimWith(claims, 'they would rise');
    expect(a?.source?.text).toBe('Lee');
    expect(b?.source?.text).toBe('Park');
    expect(a && b && a.content.end <= b.start).toBe(true);
  });
});
