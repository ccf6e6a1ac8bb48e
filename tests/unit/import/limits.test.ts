// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../utils/annotation';
import { toJsonLd } from '../../../utils/export/jsonld';
import { parseImport } from '../../../utils/import/jsonld';
import { FIELD_LIMITS, MAX_TAGS } from '../../../utils/import/limits';
import { noteProblem } from '../../../utils/import/validate';
import { validateNote } from '../../../utils/note-validation';
import { makeNote } from '../export/fixtures';

/** A note with every text field exactly at its import limit. */
function atLimits(extra = 0): NoteRecord {
  const n = makeNote(0);
  const base = 'https://news.example.com/';
  return {
    ...n,
    body: 'b'.repeat(FIELD_LIMITS.body + extra),
    tags: Array.from({ length: MAX_TAGS }, (_, i) => `${i}`.padEnd(FIELD_LIMITS.tag, 't')),
    pageTitle: 'p'.repeat(FIELD_LIMITS.pageTitle),
    target: {
      source: base + 'u'.repeat(FIELD_LIMITS.source - base.length),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'q'.repeat(FIELD_LIMITS.exact),
          prefix: 'x'.repeat(FIELD_LIMITS.context),
          suffix: 'y'.repeat(FIELD_LIMITS.context),
        },
        { type: 'TextPositionSelector', start: 0, end: FIELD_LIMITS.exact },
      ],
    },
  };
}

describe('import limits agree with the extension note check', () => {
  it('a note at every limit is accepted by import, by noteProblem and by validateNote', () => {
    const note = atLimits();
    expect(noteProblem(note)).toBeNull();
    expect(validateNote(note)).toBeNull();
    const r = parseImport(toJsonLd([note]));
    expect(r.ok && r.notes[0]).toEqual(note);
  });

  it('one character more is refused by import with the limit named', () => {
    const r = parseImport(toJsonLd([atLimits(1)]));
    expect(r).toEqual({
      ok: false,
      error: expect.stringContaining(`note text is ${FIELD_LIMITS.body + 1} characters long; the limit is ${FIELD_LIMITS.body}`),
    });
    expect(validateNote(atLimits(1))).not.toBeNull();
  });

  it('one tag too many is refused', () => {
    const n = atLimits();
    n.tags.push('one-more');
    expect(parseImport(toJsonLd([n]))).toEqual({ ok: false, error: expect.stringContaining(`the limit is ${MAX_TAGS}`) });
  });
});
