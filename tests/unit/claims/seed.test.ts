/**
 * The seed report (../shared/data/seed/seed-article.txt) through the whole
 * pipeline: the claims issue 5 names must be found with the right sources.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../utils/nlp/annotate';
import type { Claim } from '../../../utils/types';
import { isPaintedClaim } from '../../../utils/nlp/claims';
import { needsShared } from '../../helpers/shared-data';

const { path: SEED, present } = needsShared('seed/seed-article.txt', 'seed claims test');

describe.skipIf(!present)('claims on the seed article', () => {
  const text = present ? readFileSync(SEED, 'utf8') : '';
  const claims = present ? annotate(text).claims : [];
  const withContent = (s: string): Claim | undefined => claims.find((c) => c.content.text.includes(s));
  const who = (c: Claim | undefined) => `${c?.source?.text ?? ''} ${c?.source?.canonical ?? ''}`;

  it('keeps every span consistent with the text', () => {
    for (const c of claims) {
      for (const s of [c, c.content, c.cue, c.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(c.start).toBeLessThanOrEqual(c.content.start);
      expect(c.end).toBeGreaterThanOrEqual(c.content.end);
    }
    expect(claims.map((c) => c.start)).toEqual([...claims.map((c) => c.start)].sort((a, b) => a - b));
  });

  it('finds the US saying North Korea delivered arms', () => {
    const c = withContent('North Korea had delivered arms to Russia for use against Ukraine');
    expect(c?.cue?.text).toBe('said');
    expect(c?.source?.text).toBe('The US');
    expect(c?.kind).toBe('indirect');
  });

  it('finds Kirby telling reporters about the 1,000 containers', () => {
    const c = withContent('Pyongyang had provided 1,000 containers');
    expect(c?.cue?.text).toBe('told');
    expect(c?.source?.text).toContain('Kirby');
    expect(c?.content.text.startsWith('that Pyongyang')).toBe(true);
  });

  it('attributes each of Kirby’s direct quotes to Kirby', () => {
    for (const q of [
      'We condemn the DPRK',
      'In return for its support',
      'We are monitoring closely',
      'We will enforce those current sanctions',
    ]) {
      const c = withContent(q);
      expect(c, q).toBeDefined();
      expect(who(c), q).toContain('Kirby');
    }
    const closedByHeSaid = withContent('In return for its support');
    expect(closedByHeSaid?.source?.text).toBe('he');
    expect(closedByHeSaid?.cue?.text).toBe('said');
  });

  it('finds US officials saying the meeting was focused on arms deals', () => {
    const c = withContent('was focused on furthering arms deals');
    expect(c?.source?.text).toBe('US officials');
    expect(c?.cue?.text).toBe('said');
  });

  it('finds the US accusing Kim Jong Un of providing arms', () => {
    const c = withContent('Kim Jong Un of providing arms');
    expect(c?.source?.text).toBe('The US');
    expect(c?.cue?.text).toContain('accused');
  });

  it('paints only the US and Kirby statements: the headline and the non-statements are not painted', () => {
    const painted = claims.filter((c) => isPaintedClaim(c));
    expect(painted.length).toBeGreaterThanOrEqual(8);
    for (const c of painted) expect(who(c), c.text).toMatch(/\bUS\b|United States|Kirby|White House/);
    // the headline's "Says" is no statement a reader sees as a claim
    for (const c of painted) expect(c.start, c.text).toBeGreaterThan(text.indexOf('\n'));
  });
});
