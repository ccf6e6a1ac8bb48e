import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, findCueTokens, loadCueModel, stackFeatures } from '../../../utils/nlp/claims/cueModel';
import { tokenize } from '../../../utils/nlp/claims/tokens';

describe('stacked (second-pass) cue model', () => {
  const toks = tokenize('The senator claimed the vote was rigged, aides said.');
  const inq = new Uint8Array(toks.length);
  const at = (w: string) => toks.findIndex((t) => t.lower === w);

  it('describes each candidate by the first-pass scores of the others in its sentence', () => {
    const idx = [at('claimed'), at('said')];
    const scores = [-80, 120];
    const claimed = stackFeatures(toks, inq, idx, scores, 0, -45, []);
    const said = stackFeatures(toks, inq, idx, scores, 1, -45, []);
    expect(claimed).toContain('oc=y|-4'); // another word already clears the threshold
    expect(claimed).toContain('rk=1|N');
    expect(claimed).toContain('ge-100');
    expect(claimed).not.toContain('ge-75');
    expect(said).toContain('oc=n|4');
    expect(said).toContain('rk=0|P');
  });

  it('decides by the second pass when the model has one, keeping first-pass scores', () => {
    const data = { threshold: -45, vocab: ['claimed', 'said'], weights: { 'w=said': 100, 'w=claimed': -80 } };
    const one = findCueTokens(toks, inq, loadCueModel(data));
    expect(one.map((h) => toks[h.from].lower)).toEqual(['said']);
    const two = findCueTokens(toks, inq, loadCueModel({ ...data, stack: { threshold: 0, weights: { b: -1, 'w=claimed|N': 5 } } }));
    expect(two.map((h) => toks[h.from].lower)).toEqual(['claimed']);
    expect(two[0].score).toBe(-80);
    // the second pass's weights for first-pass features are stored prefixed "1"
    const lex = findCueTokens(
      toks,
      inq,
      loadCueModel({ ...data, stack: { threshold: 0, weights: { b: -1, '1w=said': -5, '1w=claimed': 3 } } }),
    );
    expect(lex.map((h) => toks[h.from].lower)).toEqual(['claimed']);
  });

  it('ships a committed model with a second pass that finds a plain reporting verb', () => {
    expect(DEFAULT_MODEL.stack).toBeDefined();
    const t = tokenize('The mayor said the budget would pass.');
    const hits = findCueTokens(t, new Uint8Array(t.length));
    expect(hits.map((h) => t[h.from].lower)).toContain('said');
  });
});
