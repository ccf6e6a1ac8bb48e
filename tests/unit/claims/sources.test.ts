/**
 * Pronoun and short-name sources resolve to the entity they refer to; the
 * pronoun's gender is respected when the name's is known.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../utils/nlp/claims';
import { claimWith, people } from './helpers';

describe('source resolution', () => {
  it('resolves "he" to the last man named and "she" past him to the woman', () => {
    const text =
      'Senator Maria Lopez met Governor David Chen on Monday.\n\n' +
      'He said the state would pay for the new school.\n\n' +
      '“We will hold him to that,” she said.';
    const ents = people(text, [
      ['Maria Lopez', 'e1', 'Maria Lopez'],
      ['David Chen', 'e2', 'David Chen'],
    ]);
    const claims = findClaims(text, ents);
    const he = claimWith(claims, 'the state would pay');
    expect(he?.source?.text).toBe('He');
    expect(he?.source?.entityId).toBe('e2');
    const she = claimWith(claims, 'hold him to that');
    expect(she?.source?.text).toBe('she');
    expect(she?.source?.canonical).toBe('Maria Lopez');
  });

  it('links a short name to its entity', () => {
    const text = 'David Chen runs the state.\n\nChen told reporters that taxes would not rise.';
    const claims = findClaims(
      text,
      people(text, [
        ['David Chen', 'e7', 'David Chen'],
        ['Chen', 'e7', 'David Chen'],
      ]),
    );
    const c = claimWith(claims, 'taxes would not rise');
    expect(c?.source?.text).toBe('Chen');
    expect(c?.source?.entityId).toBe('e7');
    expect(c?.source?.canonical).toBe('David Chen');
    expect(c?.content.text).toBe('that taxes would not rise');
  });

  it('keeps a named appositive source ("Name, the role, said")', () => {
    const text = 'Ana Ruiz, the party’s spokeswoman, said the vote would be close.';
    const c = claimWith(findClaims(text, []), 'the vote would be close');
    expect(c?.source?.text).toBe('Ana Ruiz, the party’s spokeswoman,');
  });

  it('takes "the role, Name," before the cue as the source, never the phrase after it ("said in a statement")', () => {
    const text =
      '“The crossing was unsafe, and we had to think of the passengers first,” her brother, Tomas, said in a statement yesterday.';
    const c = claimWith(findClaims(text, []), 'The crossing was unsafe');
    expect(c?.source?.text).toBe('her brother, Tomas,');
    const [plain] = findClaims('The harbour master, Ines Varga, said in an interview that the boat would run.', []);
    expect(plain.source?.text).toBe('The harbour master, Ines Varga,');
    // two lower-case phrases between commas are no named source: nothing is made up
    const [none] = findClaims('“It was late,” the crew, the others, said in a statement.', []);
    expect(none?.source?.text ?? null).not.toBe('in a statement');
  });

  it('keeps a joint pollster’s name whole across its slash ("a Harbour Times/Ipsos poll")', () => {
    const [before] = findClaims('According to a Harbour Times/Ipsos poll released Monday, Ortiz leads the race by nine points.', []);
    expect(before.source?.text).toBe('a Harbour Times/Ipsos poll released Monday');
    expect(before.content.text).toBe('Ortiz leads the race by nine points');
    const [after] = findClaims('A Harbour Times/Ipsos poll found that Ortiz leads by nine points.', []);
    expect(after.source?.text).toBe('A Harbour Times/Ipsos poll');
    // a slash with spaces around it is no part of a name
    const [spaced] = findClaims('Wages / prices rose, the ministry said.', []);
    expect(spaced.source?.text).toBe('the ministry');
  });

  it('a passive cue’s source is its agent, and its content the phrase it describes', () => {
    const [plan] = findClaims('The harbour plan was criticised by the port workers’ union.', []);
    expect([plan.source?.text, plan.cue?.text, plan.content.text]).toEqual(['the port workers’ union', 'criticised', 'The harbour plan']);
    const toll = findClaims('Ortiz scrapped the toll, a decision welcomed by 12,000 commuters who had signed a petition.', []);
    const welcomed = toll.find((c) => c.cue?.text === 'welcomed');
    expect([welcomed?.source?.text, welcomed?.content.text]).toEqual(['12,000 commuters', 'a decision']);
    // "by" before a verb in -ing names no agent: the active reading stands
    const [fares] = findClaims('The ferry company has concluded by promising cheaper fares.', []);
    expect(fares.source?.text).toBe('The ferry company');
  });

  it('keeps numbers and per cent signs inside a source', () => {
    const [c] = findClaims('About 34% of voters said they backed the plan.', []);
    expect(c.source?.text).toBe('About 34% of voters');
  });

  it('after “Name, appositive, said” the phrase before the verb of the content is no inverted source', () => {
    const [ode] = findClaims('Sam Ode, 45, a retired welder from Dundee, said he would vote for the first time.', []);
    expect([ode.source?.text, ode.content.text]).toEqual(['Sam Ode', 'he would vote for the first time']);
    const mayor = findClaims('The mayor, backed by the unions, said the port would stay open.', []).find((c) => c.cue?.text === 'said');
    expect([mayor?.source?.text, mayor?.content.text]).toEqual(['The mayor', 'the port would stay open']);
    // an inverted source stays one when no verb follows it
    const [diaz] = findClaims('“We will stay,” said Nora Diaz, the harbour master.', []);
    expect(diaz.source?.text).toBe('Nora Diaz');
  });

  it('a coordinated subject is the whole source ("he and Ms. Park said", "current and former officials said")', () => {
    const [pair] = findClaims('It is not only about fares, he and Ms. Park said.', []);
    expect([pair.source?.text, pair.content.text]).toEqual(['he and Ms. Park', 'It is not only about fares']);
    const [officials] = findClaims('The ferry will be sold next year, current and former officials said.', []);
    expect([officials.source?.text, officials.content.text]).toEqual(['current and former officials', 'The ferry will be sold next year']);
    const [both] = findClaims('The mayor and the harbour master said the port would stay open.', []);
    expect(both.source?.text).toBe('The mayor and the harbour master');
  });
});
