import { describe, expect, it } from 'vitest';
import { LEX, lowerWordEvidence } from '../../../utils/nlp/ner/clusters';

describe('lowerWordEvidence (everyday lower-case words from the cluster vocabulary)', () => {
  it('finds everyday words and -ly adverbs of them', () => {
    expect(lowerWordEvidence('however') & LEX.LOWER_WORD).toBe(LEX.LOWER_WORD);
    expect(lowerWordEvidence('thankfully') & LEX.ADVERB).toBe(LEX.ADVERB); // thankful
    expect(lowerWordEvidence('visually') & LEX.ADVERB).toBe(LEX.ADVERB); // visual
    expect(lowerWordEvidence('unsurprisingly') & LEX.ADVERB).toBe(LEX.ADVERB); // (un)surprising
  });

  it('says nothing of names ending in -ly or of words with capitals', () => {
    expect(lowerWordEvidence('kelly')).toBe(0);
    expect(lowerWordEvidence('italy') & LEX.ADVERB).toBe(0);
    expect(lowerWordEvidence('Thankfully')).toBe(0);
  });
});

describe('findEntities: one-word "-ly" adverbs are no names', () => {
  it('paints no sentence-opening adverb, and keeps names ending in -ly', async () => {
    const { findEntities } = await import('../../../utils/nlp/entities');
    const text = 'Visually, the show was a triumph. Thankfully, Kelly Clarkson sang in Italy.';
    const names = findEntities(text).map((e) => e.text);
    expect(names).not.toContain('Visually');
    expect(names).not.toContain('Thankfully');
    expect(names).toContain('Italy');
  });
});
