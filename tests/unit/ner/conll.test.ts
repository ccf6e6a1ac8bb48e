/** CoNLL reader and evaluation helpers on a hand-written snippet. */
import { describe, expect, it } from 'vitest';
import { bioSpans, parseConll } from '../../../tools/ner/conll';
import { conllText, isOffsetFormat, offsetText, scoreSpans } from '../../../tools/ner/evaluate';

const SNIPPET = `-DOCSTART- -X- -X- O

Anna NNP B-NP B-PER
Berg NNP I-NP I-PER
visited VBD B-VP O
Oslo NNP B-NP I-LOC
. . O O

Acme NNP B-NP B-ORG
grew VBD B-VP O
`;

describe('CoNLL helpers', () => {
  it('parses sentences and normalises IOB1 to BIO', () => {
    const s = parseConll(SNIPPET);
    expect(s).toHaveLength(2);
    expect(s[0].tags).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
    expect(bioSpans(s[0].tags)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
    ]);
  });

  it('builds the evaluation text and scores exact spans', () => {
    const { text, gold, tokens } = conllText(parseConll(SNIPPET));
    expect(text).toBe('Anna Berg visited Oslo .\nAcme grew');
    expect(tokens).toBe(7);
    expect(gold.map((g) => text.slice(g.start, g.end))).toEqual(['Anna Berg', 'Oslo', 'Acme']);
    const s = scoreSpans([gold[0], { type: 'LOC', start: 0, end: 4 }, gold[2]], gold);
    expect(s.ALL.tp).toBe(2);
    expect(s.ALL.p).toBeCloseTo(2 / 3);
    expect(s.PER.f).toBe(1);
    expect(s.LOC.f).toBe(0);
  });
});

describe('offset format (word start end tag, IOB1)', () => {
  const RAW = `-DOCSTART- - - O

OSLO 4 8 I-LOC
( 9 10 O
Acme 11 15 I-ORG
) 16 17 O
rose 18 22 O

Anna 24 28 I-PER
Berg 29 33 I-PER
spoke 34 39 O
`;
  it('detects the format and rebuilds the text at its offsets, paragraphs kept', () => {
    expect(isOffsetFormat(RAW)).toBe(true);
    expect(isOffsetFormat(SNIPPET)).toBe(false);
    const { text, gold, tokens } = offsetText(RAW);
    expect(text).toBe('OSLO ( Acme ) rose\n\nAnna Berg spoke');
    expect(tokens).toBe(8);
    expect(gold.map((g) => [g.type, text.slice(g.start, g.end)])).toEqual([
      ['LOC', 'OSLO'],
      ['ORG', 'Acme'],
      ['PER', 'Anna Berg'],
    ]);
  });
});
