/** A valid note for tests; override any field. */
import type { NoteRecord } from '../../../utils/annotation';

export function sampleNote(overrides: Partial<NoteRecord> = {}): NoteRecord {
  return {
    id: 'urn:uuid:6f1e3a52-2c1b-4f7e-9d1a-5e6b7c8d9e0f',
    motivation: 'commenting',
    body: 'Check this',
    tags: ['cables'],
    colour: 'yellow',
    created: '2026-03-06T10:00:00.000Z',
    modified: '2026-03-06T10:00:00.000Z',
    target: {
      source: 'https://example.com/story',
      selector: [
        { type: 'TextQuoteSelector', exact: 'undersea cables', prefix: 'mapped ', suffix: ' in the' },
        { type: 'TextPositionSelector', start: 10, end: 25 },
      ],
    },
    pageTitle: 'A story',
    ...overrides,
  };
}
