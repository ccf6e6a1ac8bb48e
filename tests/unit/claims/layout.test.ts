/**
 * The extractor's text layout: sentences, quotes (curly, straight and
 * two-apostrophe), and the layout conventions that mark speakers.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/nlp/claims/sentences';
import { buildLayout } from '../../../utils/nlp/claims/layout';
import { findClaims } from '../../../utils/nlp/claims';

describe('sentences', () => {
  it('splits at terminal punctuation but not after titles and initials', () => {
    const text = 'Mr. Obama met Sen. John F. Kerry. They talked.\n\nA new paragraph.';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Mr. Obama met Sen. John F. Kerry.', 'They talked.', 'A new paragraph.']);
    expect(splitSentences(text).map((x) => x.para)).toEqual([0, 0, 1]);
  });
  it('splits where a no-break space follows the full stop, as web text often has', () => {
    const text = 'Ferries stopped at noon.\u00a0Nine crews stayed in port, the harbour office said.\u00a0\u00a0“More will sail tomorrow.”';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Ferries stopped at noon.', 'Nine crews stayed in port, the harbour office said.', '“More will sail tomorrow.”']);
  });
});

describe('quotes', () => {
  it('pairs curly, straight and two-apostrophe quotes', () => {
    const text = "“One,” she said. \"Two,\" he said. ''Three,'' they said.";
    const L = buildLayout(text);
    expect(L.quotes.map((q) => text.slice(q.open, q.close))).toEqual(['“One,”', '"Two,"', "''Three,''"]);
    expect(L.text.length).toBe(text.length);
  });
});

describe('layout conventions', () => {
  it('a dash after a quote signs it', () => {
    const text = '“The rent doubled in a year.” ― Maria Gomez';
    const [c] = findClaims(text, []);
    expect(c.cue?.text).toBe('―');
    expect(c.source?.text).toBe('Maria Gomez');
    expect(c.content.text).toBe('“The rent doubled in a year.”');
  });

  it('a transcript speaker label introduces the rest of its paragraph', () => {
    const text = 'HOST: Will you run again? I ask because people want to know.\n\nMAYOR: No.';
    const claims = findClaims(text, []);
    expect(claims.map((c) => [c.source?.text, c.cue?.text])).toEqual([
      ['HOST', ':'],
      ['MAYOR', ':'],
    ]);
    expect(claims[0].content.text).toBe('Will you run again? I ask because people want to know');
  });

  it('an interview\'s "Q:" and "A:" mark turns, not speakers; the answer\'s own cues still count', () => {
    const text =
      'Q: Are you worried about the vote?\n\nA: Not at all. My staff warned me that turnout would be low, but I said we would win.';
    const claims = findClaims(text, []);
    for (const c of claims) {
      expect(c.cue?.text).not.toBe(':');
      expect(['Q', 'A']).not.toContain(c.source?.text);
    }
    expect(claims.find((c) => c.cue?.text === 'warned')?.source?.text).toBe('My staff');
    expect(claims.find((c) => c.cue?.text === 'said')?.source?.text).toBe('I');
  });
});
