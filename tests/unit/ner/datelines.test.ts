/** Datelines (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { typeDatelines } from '../../../utils/nlp/ner/datelines';
import { prepare } from './post-model.helpers';
import { findEntities } from '../../../utils/nlp/entities';

describe('typeDatelines', () => {
  it('capitals before the agency in brackets and a dash are a place', () => {
    const s = prepare('KALMORA (Wirepress) - The army said it had taken control.');
    const claims = [s.claim('KALMORA', 'ORG'), s.claim('Wirepress', 'ORG')];
    expect(s.show(typeDatelines(s.tokens, claims))).toEqual([
      ['KALMORA', 'PLACE'],
      ['Wirepress', 'ORG'],
    ]);
  });

  it('a dateline with a region: both are places, found even if the tagger missed them', () => {
    const s = prepare('Earlier story.\nPORT ELDAN, Nuria (AP) — Officials said the port would reopen.');
    const claims = [s.claim('Nuria', 'ORG'), s.claim('AP', 'ORG')];
    expect(s.show(typeDatelines(s.tokens, claims))).toEqual([
      ['PORT ELDAN', 'PLACE'],
      ['Nuria', 'PLACE'],
      ['AP', 'ORG'],
    ]);
  });

  it('capitals with a bracket but no dash, or not at a line start, are left alone', () => {
    const s = prepare('NASA (the agency) said so. Then ESA (Europe) - a partner - agreed.');
    const claims = [s.claim('NASA', 'ORG'), s.claim('ESA', 'ORG')];
    expect(s.show(typeDatelines(s.tokens, claims))).toEqual([
      ['NASA', 'ORG'],
      ['ESA', 'ORG'],
    ]);
  });
});

describe('a state abbreviation after a town', () => {
  it('is a place with its period, in a dateline and mid-sentence', () => {
    const places = (text: string) =>
      findEntities(text)
        .filter((e) => e.type === 'PLACE')
        .map((e) => e.text);
    expect(places('MESA VERDE, Colo. (Reuters) - Rangers closed the trail on Monday.')).toEqual(['MESA VERDE', 'Colo.']);
    expect(places('The toymaker, based in Paramount, Calif., makes kites.')).toContain('Calif.');
  });
});
