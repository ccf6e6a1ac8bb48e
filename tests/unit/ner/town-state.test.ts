/** A town named with its state or province (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { typeTownsBeforeStates } from '../../../utils/nlp/ner/town-state';
import { prepare } from './post-model.helpers';

describe('typeTownsBeforeStates', () => {
  it('a name before ", State" and punctuation is a place, with a written-out or abbreviated state', () => {
    const s = prepare('The toymaker, based in Paramount, Calif., makes kites. Sales in Halden, New Mexico. rose.');
    const claims = [s.claim('Paramount', 'ORG'), s.claim('Calif.', 'PLACE'), s.claim('Halden', 'PERSON'), s.claim('New Mexico', 'PLACE')];
    expect(s.show(typeTownsBeforeStates(s.tokens, s.attrs, claims))).toEqual([
      ['Paramount', 'PLACE'],
      ['Calif.', 'PLACE'],
      ['Halden', 'PLACE'],
      ['New Mexico', 'PLACE'],
    ]);
  });

  it('a dateline: the town before "State 2020-12-04"', () => {
    const s = prepare('Earlier story.\nBRINEFORD, Ont. 2020-12-04 The mill reopened.');
    const claims = [s.claim('BRINEFORD', 'ORG'), s.claim('Ont.', 'PLACE')];
    expect(s.show(typeTownsBeforeStates(s.tokens, s.attrs, claims))[0]).toEqual(['BRINEFORD', 'PLACE']);
  });

  it('leaves people listed by state, and states that begin another name or a clause', () => {
    const s = prepare(
      'Senators Susan Reed, Maine, and Tom Hale, Ohio, voted no. Sen. Hale, Ohio, agreed. Acme, Texas Instruments and Orvo bid. Kirby, Washington said.',
    );
    const claims = [
      s.claim('Susan Reed', 'PERSON'),
      s.claim('Tom Hale', 'PERSON'),
      s.claim('Hale', 'PERSON', 1),
      s.claim('Acme', 'ORG'),
      s.claim('Kirby', 'PERSON'),
    ];
    expect(s.show(typeTownsBeforeStates(s.tokens, s.attrs, claims)).map(([, type]) => type)).toEqual([
      'PERSON',
      'PERSON',
      'PERSON',
      'ORG',
      'PERSON',
    ]);
  });
});
