// @vitest-environment node
/**
 * Issue 2's floor for the whole engine on the seed report (read from
 * ../shared at run time): people by full name, countries and cities, the
 * organisation, the number with its unit, and the "said"/"told" sentences as
 * claims with their speaker.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../utils/nlp/annotate';
import { needsShared } from '../../helpers/shared-data';

const { path: SEED, present } = needsShared('seed/seed-article.txt', 'seed pipeline test');

describe.skipIf(!present)('annotate() on the seed report', () => {
  const text = present ? readFileSync(SEED, 'utf8') : '';
  const { entities, claims } = annotate(text);
  const ofType = (t: string) => entities.filter((e) => e.type === t).map((e) => e.text);

  it('finds the people by full name, the places, the organisation and the quantity', () => {
    expect(ofType('PERSON')).toEqual(expect.arrayContaining(['John Kirby', 'Vladimir Putin', 'Kim Jong Un']));
    expect(ofType('PLACE')).toEqual(expect.arrayContaining(['North Korea', 'Russia', 'Ukraine', 'Pyongyang', 'Moscow']));
    expect(ofType('ORG')).toEqual(expect.arrayContaining(['White House National Security Council']));
    expect(ofType('NUMBER')).toContain('1,000 containers');
  });

  it('every span is exact', () => {
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      for (const part of [c.source, c.cue, c.content]) if (part) expect(text.slice(part.start, part.end)).toBe(part.text);
    }
  });

  it('marks the said/told sentences as claims with their speaker', () => {
    const told = claims.find((c) => c.cue?.text === 'told');
    expect(told?.source?.canonical ?? told?.source?.text).toMatch(/Kirby/);
    expect(told?.content.text).toMatch(/Pyongyang had provided 1,000 containers/);
    const usSaid = claims.find((c) => c.cue?.text === 'said' && c.source?.text === 'The US');
    expect(usSaid?.content.text).toMatch(/North Korea had delivered arms to Russia/);
    const kirbyQuotes = claims.filter((c) => c.kind === 'direct' && /Kirby/.test(c.source?.canonical ?? c.source?.text ?? ''));
    expect(kirbyQuotes.length).toBeGreaterThanOrEqual(3);
  });
});
