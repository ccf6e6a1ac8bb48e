/**
 * A block inserted between a note's context and its quote (an ad label, a
 * pull-quote marker) is not part of the note: the bracket between prefix and
 * suffix is trimmed to the quote where the quote meets the context there.
 */
import { describe as suite, expect, it } from 'vitest';
import { anchor, describe } from '../../../utils/anchoring/index';

const BEFORE = [
  'The harbour board met on Monday to discuss the cost of the new breakwater, which has doubled since the spring.',
  'A second meeting is planned for the autumn, when the engineers will report on the state of the old pier.',
  'Residents have asked for the report to be published in full before any work begins on the east side.',
].join('\n\n');

suite('anchoring: text inserted between context and quote', () => {
  it('a one-letter note after an inserted ADVERTISEMENT block stays on its letter, not on the ad', () => {
    const at = BEFORE.indexOf('A second');
    const sel = describe(BEFORE, at, at + 1);
    const after = BEFORE.replace('A second', 'ADVERTISEMENT\n\nA second');
    const r = anchor(after, sel);
    expect(r).not.toBeNull();
    expect(after.slice(r!.start, r!.end)).toBe('A');
    expect(r!.start).toBe(after.indexOf('A second'));
  });
});
