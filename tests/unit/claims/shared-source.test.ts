/**
 * Claims that share a source, and sources inside longer names: the claim
 * spans never overlap, and a source is the whole name the entity recogniser
 * found around it.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../utils/nlp/annotate';

describe('two claims with one subject', () => {
  it('starts the second claim at its own cue, keeping the shared source', () => {
    const text = 'Finance Minister Petra Holm called the budget “a careful plan for hard years” and said growth would return next spring.';
    const { claims } = annotate(text);
    const called = claims.find((c) => c.cue?.text === 'called');
    const said = claims.find((c) => c.cue?.text === 'said');
    expect(called && said).toBeTruthy();
    expect(said!.text).toBe('said growth would return next spring');
    expect(said!.start).toBeGreaterThanOrEqual(called!.end);
    expect(said!.source?.text).toContain('Petra Holm');
    for (let i = 1; i < claims.length; i++) expect(claims[i].start).toBeGreaterThanOrEqual(claims[i - 1].end);
  });
});

describe('a source inside a longer name', () => {
  it('is the whole organisation name', () => {
    const text = 'Researchers at the Bergen Centre for Ocean Studies said the reef was recovering faster than expected.';
    const { claims } = annotate(text);
    expect(claims).toHaveLength(1);
    expect(claims[0].source?.text).toBe('Bergen Centre for Ocean Studies');
    expect(claims[0].content.text).toContain('the reef was recovering');
  });
});
