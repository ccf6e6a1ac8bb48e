/** Tokenizer: offsets, abbreviations, numbers, possessives, curly quotes. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/nlp/tokenize';

describe('tokenize', () => {
  it('keeps abbreviations and numbers whole and splits possessives', () => {
    const t = tokenize("The U.S. said Putin’s war cost $1,000.5 on 1996-08-30, Mr. Smith's AT&T said.");
    expect(t.words).toEqual([
      'The',
      'U.S.',
      'said',
      'Putin',
      '’s',
      'war',
      'cost',
      '$',
      '1,000.5',
      'on',
      '1996-08-30',
      ',',
      'Mr.',
      'Smith',
      "'s",
      'AT&T',
      'said',
      '.',
    ]);
  });

  it('keeps the period of a state or province abbreviation after a town, and only capitalised', () => {
    expect(tokenize('MESA VERDE, Colo. — Rangers closed the trail.').words.slice(0, 4)).toEqual(['MESA', 'VERDE', ',', 'Colo.']);
    expect(tokenize('She lives in Kenora, Ont., near the lake.').words).toContain('Ont.');
    // A sentence that ends in the same letters still ends there.
    expect(tokenize('The cook was ill. Then the kitchen closed.').words.slice(3, 5)).toEqual(['ill', '.']);
    expect(tokenize('They went to mass. Later they ate.').words.slice(3, 5)).toEqual(['mass', '.']);
  });

  it('reports exact offsets and line starts', () => {
    const text = '“Hello,” he said.\nNew line';
    const t = tokenize(text);
    t.words.forEach((w, i) => expect(text.slice(t.starts[i], t.ends[i])).toBe(w));
    expect(t.words[0]).toBe('“');
    expect(t.lineStart[t.words.indexOf('New')]).toBe(true);
    expect(t.lineStart[t.words.indexOf('line')]).toBe(false);
  });

  it('keeps space-separated clitics whole (CoNLL style) and single quotes apart', () => {
    expect(tokenize("Duke of Norfolk 's XI , they 're 'right'").words).toEqual([
      'Duke',
      'of',
      'Norfolk',
      "'s",
      'XI',
      ',',
      'they',
      "'re",
      "'",
      'right',
      "'",
    ]);
  });

  it('does not keep a sentence-final period on ordinary words', () => {
    expect(tokenize('He met Putin.').words).toEqual(['He', 'met', 'Putin', '.']);
  });
});
