import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../utils/nlp/claims';
import { CUE_CLASS, cueClass, verbForms } from '../../../utils/nlp/claims/verbClasses';
import { DEFAULT_MODEL } from '../../../utils/nlp/claims/cueModel';
import { claimWith } from './helpers';

describe('cue-class lexicon', () => {
  it('inflects regular verbs', () => {
    expect(verbForms('lambast')).toEqual(expect.arrayContaining(['lambast', 'lambasts', 'lambasted', 'lambasting']));
    expect(verbForms('decry')).toEqual(expect.arrayContaining(['decries', 'decried', 'decrying']));
    expect(verbForms('argue')).toEqual(expect.arrayContaining(['argues', 'argued', 'arguing']));
    expect(verbForms('vet')).toEqual(expect.arrayContaining(['vetted', 'vetting']));
  });

  it('classes reporting, belief, stance, accusation and intention words', () => {
    expect(cueClass('said')).toBe('SAY');
    expect(cueClass('told')).toBe('SAY');
    expect(cueClass('believes')).toBe('THINK');
    expect(cueClass('lambasting')).toBe('STANCE');
    expect(cueClass('accused')).toBe('ACCUSE');
    expect(cueClass('wants')).toBe('WANT');
    expect(cueClass('statement')).toBe('NOUN');
    expect(cueClass('table')).toBeUndefined();
  });

  it('makes every lexicon word a cue candidate of the committed model', () => {
    for (const w of ['lambasted', 'decrying', 'excoriated', 'surmised']) {
      expect(CUE_CLASS.has(w)).toBe(true);
      expect(DEFAULT_MODEL.vocab.has(w)).toBe(true);
    }
  });
});

describe('stance cues and nested claims', () => {
  it('finds a stance cue with its source', () => {
    const text = 'Environmental groups vehemently oppose the pipeline.';
    const c = claimWith(findClaims(text, []), 'the pipeline');
    expect(c?.cue?.text).toContain('oppose');
    expect(c?.source?.text).toBe('Environmental groups');
  });

  it('keeps a confident claim inside another claim’s content as its own, and cuts the outer one before it', () => {
    const text = "Trump criticized Clinton's handling of the emails, which an FBI investigation said was extremely careless.";
    const claims = findClaims(text, []);
    const inner = claims.find((c) => c.cue?.text === 'said');
    expect(inner?.source?.text).toBe('an FBI investigation');
    expect(inner?.content.text).toBe('was extremely careless');
    const outer = claims.find((c) => c.cue?.text === 'criticized');
    expect(outer?.content.text).toBe("Clinton's handling of the emails");
  });

  it('leaves a cue inside a quotation to the quote’s speaker', () => {
    const text = '“I said we would win, and we will,” Kirby said.';
    const claims = findClaims(text, []);
    expect(claims).toHaveLength(1);
    expect(claims[0].source?.text).toBe('Kirby');
  });
});
