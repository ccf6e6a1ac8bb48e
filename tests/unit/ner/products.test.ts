/** Products, works, software and events are MISC, never PERSON/ORG/PLACE (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { joinModelNumbers, typeProducts } from '../../../utils/nlp/ner/products';
import { findMentions } from '../../../utils/nlp/entities';
import { prepare } from './post-model.helpers';

describe('typeProducts', () => {
  it('a listed product, or a name that begins or ends with one, is MISC', () => {
    const s = prepare('Kemi bought Google Stadia and the new AirPods while Siri listened.');
    const out = typeProducts(s.tokens, s.attrs, [
      s.claim('Kemi', 'PERSON'),
      s.claim('Google Stadia', 'ORG'),
      s.claim('AirPods', 'ORG'),
      s.claim('Siri', 'PERSON'),
    ]);
    expect(s.show(out)).toEqual([
      ['Kemi', 'PERSON'],
      ['Google Stadia', 'MISC'],
      ['AirPods', 'MISC'],
      ['Siri', 'MISC'],
    ]);
  });

  it('a claim inside a listed product is a fragment of it', () => {
    const s = prepare('Deals for Black Friday include Face ID phones.');
    const out = typeProducts(s.tokens, s.attrs, [s.claim('Black', 'ORG'), s.claim('ID', 'PLACE')]);
    expect(s.show(out)).toEqual([
      ['Black Friday', 'MISC'],
      ['Face ID', 'MISC'],
    ]);
  });

  it('a model or version number makes a name a product and joins it', () => {
    const s = prepare('Harbour Quest 3 is out, and the Volta 500 Convertible will follow.');
    const out = typeProducts(s.tokens, s.attrs, [s.claim('Harbour Quest', 'ORG'), s.claim('Volta', 'PLACE')]);
    expect(s.show(out)).toEqual([
      ['Harbour Quest 3', 'MISC'],
      ['Volta 500 Convertible', 'MISC'],
    ]);
  });

  it('a score, a table cell or a count after a name is no model number', () => {
    const s = prepare('Rovers 2 Athletic 1\nKarlsson 68 votes, and Mensah 3 minutes behind.');
    const claims = [s.claim('Rovers', 'ORG'), s.claim('Athletic', 'ORG'), s.claim('Karlsson', 'PERSON'), s.claim('Mensah', 'PERSON')];
    expect(s.show(typeProducts(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['ORG', 'ORG', 'PERSON', 'PERSON']);
  });

  it('a product noun before or after the name makes it a product; the type holds for the whole block', () => {
    const s = prepare(
      'A flaw in the online game Brickworld crashed servers. Brickworld said the Brickworld protocol was fixed, and a Zolo game followed.',
    );
    const claims = [
      s.claim('Brickworld', 'ORG'),
      s.claim('Brickworld', 'ORG', 1),
      s.claim('Brickworld', 'PLACE', 2),
      s.claim('Zolo', 'PERSON'),
    ];
    expect(s.show(typeProducts(s.tokens, s.attrs, claims)).map((x) => x[1])).toEqual(['MISC', 'MISC', 'MISC', 'MISC']);
  });

  it('an event word ends an event, and a run ending in one is taken in', () => {
    const s = prepare('Crowds came to the Lisbon Light Festival and to the Denver Auto Show.');
    const out = typeProducts(s.tokens, s.attrs, [s.claim('Lisbon', 'PLACE'), s.claim('Denver Auto Show', 'PLACE')]);
    expect(s.show(out)).toEqual([
      ['Lisbon Light Festival', 'MISC'],
      ['Denver Auto Show', 'MISC'],
    ]);
  });

  it('a law or a treaty is MISC', () => {
    const s = prepare('Critics of the Data Storage Bill cited the Harbour Accord.');
    const out = typeProducts(s.tokens, s.attrs, [s.claim('Data Storage', 'ORG'), s.claim('Harbour Accord', 'PLACE')]);
    expect(s.show(out)).toEqual([
      ['Data Storage Bill', 'MISC'],
      ['Harbour Accord', 'MISC'],
    ]);
  });

  it('known companies and people stay what they are', () => {
    const s = prepare('Microsoft said the update would ship, and Amara Osei said so too.');
    const out = typeProducts(s.tokens, s.attrs, [s.claim('Microsoft', 'ORG'), s.claim('Amara Osei', 'PERSON')]);
    expect(s.show(out)).toEqual([
      ['Microsoft', 'ORG'],
      ['Amara Osei', 'PERSON'],
    ]);
  });

  it('a short title in quotation marks is MISC whole, and a quoted nickname stays a name', () => {
    const s = prepare('Fans loved “Walkin’ It to the Harbour.” Then "Super Kart Rally" sold well, as did Commander "Tomas".');
    const claims = [s.claim('Walkin', 'PERSON'), s.claim('Kart Rally', 'PERSON'), s.claim('Tomas', 'PERSON')];
    expect(s.show(typeProducts(s.tokens, s.attrs, claims))).toEqual([
      ['Walkin’ It to the Harbour', 'MISC'],
      ['Super Kart Rally', 'MISC'],
      ['Tomas', 'PERSON'],
    ]);
  });

  it('after propagation, a bare number after a product joins it', () => {
    const s = prepare('Few played Harbour Quest 2, which sold badly.');
    const out = joinModelNumbers(s.tokens, s.attrs, [s.claim('Harbour Quest', 'MISC')]);
    expect(s.show(out)).toEqual([['Harbour Quest 2', 'MISC']]);
  });

  it('findMentions paints no product as a name', () => {
    const text = 'Reviewers tried the Vision Pro headset and played Minecraft on an Xbox One X for a week.';
    const { entities, misc } = findMentions(text);
    const painted = entities.filter((e) => ['PERSON', 'ORG', 'PLACE'].includes(e.type)).map((e) => e.text);
    expect(painted).toEqual([]);
    expect(misc.map((m) => m.text)).toEqual(expect.arrayContaining(['Vision Pro', 'Xbox One X']));
  });
});
