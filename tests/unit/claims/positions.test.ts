/**
 * Cue positions: before the content ("X said that …", "according to X, …"),
 * after it ("…, according to X", "“…,” X said", "“…,” said X") and in the
 * middle of a quote ("“A,” she said, “B.”"), a poll opening the sentence
 * ("In a … poll, …") and a record's finding ("…, records show").
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../utils/nlp/claims';
import { extractClaims } from '../../../utils/nlp/claims/extract';
import { loadCueModel } from '../../../utils/nlp/claims/cueModel';
import { claimWith, people } from './helpers';

const TEXT = [
  'Mayor Jane Okafor said that the bridge would reopen in March.',
  'According to the transport ministry, the repairs cost $4 million.',
  'The repairs were delayed by flooding, according to city engineers.',
  '“We are ahead of schedule,” Okafor said on Tuesday.',
  '“The funding is secure,” said Tom Reyes, the city treasurer.',
  '“This bridge,” she said, “carries forty thousand cars a day.”',
].join('\n\n');
const ENTS = people(TEXT, [
  ['Jane Okafor', 'e1', 'Jane Okafor'],
  ['Okafor', 'e1', 'Jane Okafor'],
  ['Tom Reyes', 'e2', 'Tom Reyes'],
]);
const claims = findClaims(TEXT, ENTS);

describe('cue positions', () => {
  it('cue before the content: "X said that …"', () => {
    const c = claimWith(claims, 'the bridge would reopen');
    expect(c?.cue?.text).toBe('said');
    expect(c?.content.text).toBe('that the bridge would reopen in March');
    expect(c?.source?.text).toBe('Mayor Jane Okafor');
    expect(c?.source?.entityId).toBe('e1');
    expect(c?.kind).toBe('indirect');
  });

  it('"according to X, …" at the start', () => {
    const c = claimWith(claims, 'the repairs cost');
    expect(c?.cue?.text).toBe('According to');
    expect(c?.source?.text).toBe('the transport ministry');
    expect(c?.content.text).toBe('the repairs cost $4 million');
  });

  it('"…, according to X" at the end', () => {
    const c = claimWith(claims, 'delayed by flooding');
    expect(c?.cue?.text).toBe('according to');
    expect(c?.source?.text).toBe('city engineers');
    expect(c?.content.text).toBe('The repairs were delayed by flooding');
  });

  it('cue after a quote: "“…,” X said"', () => {
    const c = claimWith(claims, 'ahead of schedule');
    expect(c?.cue?.text).toBe('said');
    expect(c?.source?.canonical).toBe('Jane Okafor');
    expect(c?.content.text).toBe('“We are ahead of schedule,”');
    expect(c?.kind).toBe('direct');
  });

  it('inverted cue after a quote: "“…,” said X"', () => {
    const c = claimWith(claims, 'funding is secure');
    expect(c?.source?.text).toContain('Tom Reyes');
    expect(c?.source?.entityId).toBe('e2');
  });

  it('cue in the middle of a quote keeps both parts', () => {
    const c = claimWith(claims, 'This bridge');
    expect(c?.content.text).toContain('carries forty thousand cars a day');
    expect(c?.source?.text).toBe('she');
    expect(c?.source?.canonical).toBe('Jane Okafor');
    expect(c?.kind).toBe('direct');
  });

  it('"In a … poll, …": the poll opening the sentence is the source of its finding, and the respondents’ "said" stays inside it', () => {
    const poll = findClaims('In a Harbour Times/Ipsos poll released Monday, 52 percent of voters said they backed the ferry plan.', []);
    expect(poll.map((c) => [c.cue?.text, c.source?.text, c.content.text])).toEqual([
      ['In', 'a Harbour Times/Ipsos poll released Monday', '52 percent of voters said they backed the ferry plan'],
    ]);
    // a place opening the sentence is no poll
    const [place] = findClaims('In Dundee, the mayor said the port would close.', []);
    expect([place.cue?.text, place.source?.text]).toEqual(['said', 'the mayor']);
  });

  it('"…, records show": a record’s or a poll’s finding is a claim even where the classifier proposes no cue', () => {
    const silent = loadCueModel({ threshold: 1e9, vocab: [], weights: {} });
    const [records] = extractClaims('The ferry was insured at a value of $3 million in 2011, records show.', [], silent);
    expect([records.cue?.text, records.source?.text, records.content.text]).toEqual([
      'show',
      'records',
      'The ferry was insured at a value of $3 million in 2011',
    ]);
    const [poll] = extractClaims('The new harbour poll found Ortiz up by four points.', [], silent);
    expect([poll.cue?.text, poll.source?.text]).toEqual(['found', 'The new harbour poll']);
    // "show" after any other noun is left to the classifier
    expect(extractClaims('The ferries show their age.', [], silent)).toEqual([]);
  });

  it('sorts claims by start and keeps spans faithful to the text', () => {
    expect(claims.length).toBe(6);
    for (let i = 1; i < claims.length; i++) expect(claims[i].start).toBeGreaterThan(claims[i - 1].start);
    for (const c of claims) for (const s of [c, c.content, c.cue, c.source]) if (s) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });
});
