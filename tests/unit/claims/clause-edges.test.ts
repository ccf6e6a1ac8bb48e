/**
 * Where one claim ends and the next begins inside a sentence: a participle
 * continuing the main clause, an opening question clause, a phrase before
 * the source, a parenthesis after a name, a quote opened after the cue.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../utils/nlp/claims';
import { claimWith } from './helpers';

describe('clause edges', () => {
  it('"…,” adding that …": both claims stand, the participle takes what follows it', () => {
    const claims = findClaims(
      'Ramos said there is “only one real reformer in this race,” adding that it is why his rivals keep attacking him.',
      [],
    );
    const said = claimWith(claims, 'only one real reformer');
    expect(said?.cue?.text).toBe('said');
    expect(said?.source?.text).toBe('Ramos');
    const adding = claims.find((c) => c.cue?.text === 'adding');
    expect(adding?.content.text).toBe('that it is why his rivals keep attacking him');
    expect(adding?.source?.text).toBe('Ramos');
  });

  it('"…, conceding X": the participle has no source of its own and does not swallow the main claim', () => {
    const claims = findClaims('On Monday, Ramos told the paper that she would not ask for a recount, conceding the seat to Miller.', []);
    expect(claimWith(claims, 'would not ask for a recount')?.cue?.text).toBe('told');
    const conceding = claims.find((c) => c.cue?.text === 'conceding');
    expect(conceding?.content.text).toBe('the seat to Miller');
    expect(conceding?.source?.text).toBe('Ramos');
  });

  it('a phrase before the source is not the content: "Speaking in Lagos, the minister said …"', () => {
    const [c] = findClaims('Speaking to reporters in Lagos, the minister said the deal was done.', []);
    expect(c.content.text).toBe('the deal was done');
    expect(c.source?.text).toBe('the minister');
  });

  it('a saying verb still closes a clause before a setting: "…, officials said of the plan"', () => {
    const [c] = findClaims('The budget will not balance, officials said of the plan.', []);
    expect(c.content.text).toBe('The budget will not balance');
  });

  it('"Asked whether …, X said …": the question and the answer are two claims', () => {
    const claims = findClaims('Asked by reporters whether the talks had failed, Okafor said, “They are paused, not dead.”', []);
    const asked = claims.find((c) => c.cue?.text === 'Asked');
    expect(asked?.source?.text).toBe('reporters');
    expect(asked?.content.text).toBe('whether the talks had failed');
    const said = claims.find((c) => c.cue?.text === 'said');
    expect(said?.source?.text).toBe('Okafor');
    expect(said?.content.text).toBe('“They are paused, not dead.”');
    expect(said?.kind).toBe('direct');
  });

  it('a parenthesis after the name stays with the source: "Sen. Jane Doe (D-Ohio) said Tuesday"', () => {
    const [c] = findClaims('“The vote was rigged from the start,” Sen. Jane Doe (D-Ohio) said Tuesday.', []);
    expect(c.cue?.text).toMatch(/^said/); // the model may take the day into the cue, as news annotators often do
    expect(c.source?.text).toBe('Sen. Jane Doe (D-Ohio)');
    expect(c.content.text).toBe('“The vote was rigged from the start,”');
  });

  it('only verbs of saying take their source after them: "…, ordered them to wait" has none', () => {
    const claims = findClaims('The commander, they said, ordered them to wait.', []);
    const said = claims.find((c) => c.cue?.text === 'said');
    expect(said?.source?.text).toBe('they');
    for (const c of claims) expect(c.source?.text).not.toBe('them to wait');
  });

  it('"…, saying …" after a long opening takes the main clause\'s source, not the words before the comma', () => {
    const text =
      'At a rally in Dayton, Ohio, on Tuesday, Senator Maria Lopez endorsed the mayor, saying that she would make an outstanding governor.';
    const claims = findClaims(text, []);
    const saying = claims.find((c) => c.cue?.text === 'saying');
    expect(saying?.content.text).toBe('that she would make an outstanding governor');
    expect(saying?.source?.text).toBe('Senator Maria Lopez');
  });

  it('a source after the cue stops at a finite verb: "…, said the family deserved better"', () => {
    const claims = findClaims('Ann Lee of Ohio, a Republican who opposes the bill, said the family deserved better.', []);
    const said = claims.find((c) => c.cue?.text === 'said');
    expect(said).toBeDefined();
    expect(said?.source?.text ?? '').not.toContain('deserved');
  });

  it('two acts joined by a link word are two cues: "thanked Miami and said", "said when asked"', () => {
    const claims = findClaims('At the rally, Ramos thanked Miami and said it was great to be home.', []);
    expect(claims.map((c) => c.cue?.text)).toEqual(['thanked', 'said']);
    expect(claimWith(claims, 'great to be home')?.source?.text).toBe('Ramos');
    const asked = findClaims('“You bet I would,” Christie said when asked whether he would close the border.', []);
    expect(asked.map((c) => c.cue?.text)).toEqual(['said', 'asked']);
    // a cue split by plain words is still one cue
    expect(findClaims('The senator said in a statement that the vote was a mistake.', [])[0].cue?.text).toBe('said in a statement');
  });

  it("a participle after a main verb that is no claim takes the sentence's subject as its source", () => {
    const mayor = findClaims('On Monday, the mayor rebutted the charge, saying the budget was balanced.', []).find(
      (c) => c.cue?.text === 'saying',
    );
    expect(mayor?.content.text).toBe('the budget was balanced');
    expect(mayor?.source?.text).toBe('the mayor');
    // no subject to take: "There" names no one
    const there = findClaims('There were protests across the city, demanding that the mayor resign.', []).find(
      (c) => c.cue?.text === 'demanding',
    );
    expect(there?.content.text).toBe('that the mayor resign');
    expect(there?.source).toBeNull();
  });

  it("a confident cue inside a weak claim's content replaces it, and a relative clause is no speaker", () => {
    const claims = findClaims('Friends of the mayor who have seen her on the trail recently say that her energy has matured.', []);
    // "seen" would open a claim whose content swallows "say"; the far more likely cue wins
    expect(claims.map((c) => c.cue?.text)).toEqual(['say']);
    expect(claims[0].content.text).toBe('that her energy has matured');
    // the walk left from "say" stops at "who": the speaker is the noun phrase the relative clause belongs to
    expect(claims[0].source?.text).toBe('Friends of the mayor');
    expect(findClaims('Neighbours who watched the fire from their balconies say that the alarm never sounded.', [])[0].source?.text).toBe(
      'Neighbours',
    );
  });

  it('"X said A, but B, they said": a confident saying claim keeps its clause, the later cue takes the next one', () => {
    const two = findClaims(
      'Other Republican candidates said they support charter schools, but they would not push for them in Washington, they said.',
      [],
    );
    expect(two.map((c) => [c.source?.text, c.cue?.text, c.content.text])).toEqual([
      ['Other Republican candidates', 'said', 'they support charter schools'],
      ['they', 'said', 'but they would not push for them in Washington'],
    ]);
    const quoted = findClaims(
      'Pence said in politics it takes time to build trust but added, “I strongly support the speaker,” Pence said.',
      [],
    );
    expect(quoted.map((c) => c.content.text)).toEqual(['in politics it takes time to build trust', '“I strongly support the speaker,”']);
    // a parenthetical cue keeps the clause before it, not its own words
    const wire = findClaims(
      'In Seattle, marchers honored the victims with white roses, KING-TV reported, while in Chicago the parade began with a moment of silence, the Sun-Times reported.',
      [],
    );
    expect(wire.map((c) => [c.source?.text, c.content.text])).toEqual([
      ['KING-TV', 'In Seattle, marchers honored the victims with white roses'],
      ['the Sun-Times', 'while in Chicago the parade began with a moment of silence'],
    ]);
  });

  it('a quote that a much stronger cue closes is that cue’s content, even after a weak cue whose content held it', () => {
    const [c] = findClaims('The minister seemed irritated: “It is a public report! Just publish it,” she wrote.', []);
    expect([c.source?.text, c.cue?.text, c.content.text]).toEqual(['she', 'wrote', '“It is a public report! Just publish it,”']);
    // the weaker claim keeps what comes before the quote
    const two = findClaims(
      'Critics offered the province millions for schools, “but the schools were losing money. They needed it,” Haddad said.',
      [],
    );
    expect(two.map((x) => [x.source?.text, x.cue?.text, x.content.text])).toEqual([
      ['Critics', 'offered', 'the province millions for schools'],
      ['Haddad', 'said', '“but the schools were losing money. They needed it,”'],
    ]);
  });

  it('a quote closed after a full stop ends its sentence: the next sentence’s cue takes what follows it', () => {
    const added = findClaims('“The budget is a mess.” He added, “Nobody on the council has read it.”', []);
    expect(added.map((x) => [x.source?.text, x.cue?.text, x.content.text])).toEqual([
      ['He', 'added', '“Nobody on the council has read it.”'],
    ]);
    const said = findClaims(
      'Ms. Park called the rival mayor “the city’s worst planner.” She also said, without evidence, that “he is selling land to friends.”',
      [],
    );
    expect(said.map((x) => [x.source?.text, x.cue?.text])).toEqual([
      ['Ms. Park', 'called'],
      ['She', 'said'],
    ]);
    expect(said[1].content.text).toContain('that “he is selling land to friends.”');
    // with nothing after the cue, the quote before it is its content all the same
    expect(findClaims('“The ferry will run.” Haddad said.', [])[0].content.text).toBe('“The ferry will run.”');
    // a question mark inside the quote does not end the sentence: “…?” Haddad asked
    expect(findClaims('“Will the ferry run?” Haddad asked the crowd.', [])[0].content.text).toBe('“Will the ferry run?”');
  });

  it('a quote inside a clause of its own is no speech of the cue after it: “Under a banner reading “…,” leaders told …”', () => {
    const [banner] = findClaims('Under a banner reading “Port jobs first,” union leaders told the crowd that the strike would go on.', []);
    expect([banner.source?.text, banner.cue?.text, banner.content.text]).toEqual(['union leaders', 'told', 'that the strike would go on']);
    // a quote that opens its sentence stays the content, whatever follows the cue
    const [port] = findClaims('“We will not close the port,” Haddad said in August after the storm had passed.', []);
    expect(port.content.text).toBe('“We will not close the port,”');
  });

  it('"…, according to X who …": a trailing "according to" takes the clause before it, however long its source', () => {
    const [c] = findClaims(
      'The ferry company will cut two routes next spring, according to a port official who was not authorized to speak publicly.',
      [],
    );
    expect([c.cue?.text, c.source?.text, c.content.text]).toEqual([
      'according to',
      'a port official',
      'The ferry company will cut two routes next spring',
    ]);
    const [bare] = findClaims('The ferry now leads the bus 46 percent to 39 percent according to a harbour poll released Monday.', []);
    expect([bare.source?.text, bare.content.text]).toEqual([
      'a harbour poll released Monday',
      'The ferry now leads the bus 46 percent to 39 percent',
    ]);
    const [first] = findClaims('According to the harbour master, the ferry will run until May.', []);
    expect(first.content.text).toBe('the ferry will run until May');
  });

  it('"X asserted that A: “B,” he claimed": the confident claim keeps its clause, split at the colon', () => {
    const claims = findClaims(
      'Soon after the vote, Ortiz asserted that the port had lost its purpose: “The port is no longer a port,” he claimed.',
      [],
    );
    expect(claims.map((c) => [c.source?.text, c.cue?.text, c.content.text])).toEqual([
      ['Ortiz', 'asserted', 'that the port had lost its purpose'],
      ['he', 'claimed', '“The port is no longer a port,”'],
    ]);
  });

  it('“…,” a spokesman for the party said.: with nothing after the cue, the quote closed just before its source is its content', () => {
    const [c] = findClaims('“The ferry plan has stood up to every review,” a spokesman for the harbour board said.', []);
    expect([c.cue?.text, c.content.text]).toEqual(['said', '“The ferry plan has stood up to every review,”']);
  });

  it('a cue that ends its sentence takes the quote opening the next one: "Ortiz agreed. “…”"', () => {
    const claims = findClaims(
      'The harbour board backed the plan. Council member Lena Ortiz agreed. “The ferry has to run all winter.”',
      [],
    );
    const agreed = claims.find((c) => c.cue?.text === 'agreed');
    expect([agreed?.source?.text, agreed?.content.text]).toEqual(['Council member Lena Ortiz', '“The ferry has to run all winter.”']);
  });
});
