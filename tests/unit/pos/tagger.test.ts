import { describe, expect, it } from 'vitest';
import { POS_MODEL } from '../../../utils/nlp/pos';
import { POS_TAGS, coarseTag, loadPosModel, tagSentence, tagSentenceSlow } from '../../../utils/nlp/pos/tagger';
import { tokenize } from '../../../utils/nlp/claims/tokens';
import { sentencePos } from '../../../utils/nlp/claims/cueModel';

function tags(text: string): string[] {
  const toks = tokenize(text);
  return Array.from(sentencePos(toks), (t) => POS_TAGS[t]);
}

describe('part-of-speech tagger', () => {
  it('maps Penn Treebank tags to the coarse set, keeping verb forms apart', () => {
    expect(coarseTag('NNS')).toBe('N');
    expect(coarseTag('NNPS')).toBe('NP');
    expect(coarseTag('VBD')).toBe('VD');
    expect(coarseTag('VBN')).toBe('VN');
    expect(coarseTag('VBG')).toBe('VG');
    expect(coarseTag('PRP$')).toBe('D');
    expect(coarseTag(',')).toBe('PU');
  });

  it('tags a reporting sentence', () => {
    expect(tags('The spokesman said the plan failed.')).toEqual(['D', 'N', 'VD', 'D', 'N', 'VD', 'PU']);
  });

  it('tags verb forms of words it has not been told about', () => {
    const t = tags('He is lambasting the bill.');
    expect(t[0]).toBe('P');
    expect(t[2]).toBe('VG');
    expect(tags('The senator lambasted the proposal on Tuesday.')[2]).toBe('VD');
  });

  it('separates a verb from the same word as a noun', () => {
    expect(tags('They support the plan.')[1]).toBe('V');
    expect(tags('The plan has broad support.')[4]).toBe('N');
  });

  it('fast tagging (cached per-word scores) agrees with tagging from the feature strings', () => {
    const text =
      'Mr. Kirby told reporters on Friday that Pyongyang had provided 1,000 containers of equipment. ' +
      '“We condemn this,” he said, adding that officials were “deeply concerned” about the deal.';
    const toks = tokenize(text);
    const a = new Uint8Array(toks.length);
    const b = new Uint8Array(toks.length);
    tagSentence(POS_MODEL, toks, 0, toks.length, a);
    tagSentenceSlow(POS_MODEL, toks, 0, toks.length, b);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('loads serialized weights (×10 integers per tag)', () => {
    const m = loadPosModel({ tags: ['N', 'V'], f: { b: '0:5', 'w=run': '1:20,0:-3' } });
    const toks = tokenize('run');
    const out = new Uint8Array(1);
    tagSentence(m, toks, 0, 1, out);
    expect(m.tags[out[0]]).toBe('V');
    expect(m.w[m.rows.get('w=run')! + 1]).toBe(2);
  });

  it('is small enough to ship', () => {
    expect(POS_MODEL.rows.size).toBeLessThan(20000);
  });
});
