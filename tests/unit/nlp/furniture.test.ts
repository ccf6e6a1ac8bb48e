/**
 * Page furniture inside the article text is never painted: gallery slide
 * counters and their captions, photo credits, author bios, reprint lines,
 * newsletter promos, player labels and contents lists. Text written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { furnitureBlocks, maskFurniture } from '../../../utils/nlp/furniture';
import { annotate } from '../../../utils/nlp/annotate';

const PROSE =
  'The city council of Brightwater voted on Tuesday to close the old harbour bridge for repairs, after engineers found cracks in two of its supports. Mayor Helen Ashdown said the work would take until the spring.';

function furnitureText(text: string): string[] {
  return furnitureBlocks(text).map((b) => text.slice(b.start, b.end));
}

describe('furnitureBlocks', () => {
  it('takes a gallery’s slide counters and the caption after each', () => {
    const text = [
      PROSE,
      '6/50',
      'Fishermen unload the morning catch at Brightwater harbour.',
      '7 / 50',
      'A ferry leaves for Gull Island.',
      PROSE,
    ].join('\n\n');
    expect(furnitureText(text)).toEqual([
      '6/50',
      'Fishermen unload the morning catch at Brightwater harbour.',
      '7 / 50',
      'A ferry leaves for Gull Island.',
    ]);
  });

  it('takes author bios and reprint lines', () => {
    const text = [
      PROSE,
      'Rosa Delgado is a senior reporter covering transport and housing for the Brightwater Herald.',
      'This article originally appeared on The Coastal Review and is republished with permission.',
    ].join('\n\n');
    expect(furnitureText(text)).toHaveLength(2);
  });

  it('takes newsletter promos, photo credits and player labels', () => {
    const text = [
      PROSE,
      'Sign up for our morning briefing newsletter.',
      'Get the best of local news delivered to your inbox every Friday.',
      'Photo: Tom Reyes for the Herald',
      'Autoplay',
      PROSE,
    ].join('\n\n');
    expect(furnitureText(text)).toEqual([
      'Sign up for our morning briefing newsletter.',
      'Get the best of local news delivered to your inbox every Friday.',
      'Photo: Tom Reyes for the Herald',
      'Autoplay',
    ]);
  });

  it('takes a contents list after its heading, but not the article’s own short list', () => {
    const list = ['Why the bridge cracked', 'What the repairs cost', 'Where to cross meanwhile'];
    expect(furnitureText([PROSE, 'Contents', ...list, PROSE].join('\n\n'))).toEqual(['Contents', ...list]);
    expect(furnitureText([PROSE, 'The council’s three promises:', ...list, PROSE].join('\n\n'))).toEqual([]);
  });

  it('leaves ordinary prose alone, even prose that mentions a newsletter or a reporter', () => {
    const text = [
      PROSE,
      'Ashdown, who was a reporter before she entered politics, said the council would publish a weekly update on the works.',
    ].join('\n\n');
    expect(furnitureText(text)).toEqual([]);
  });
});

describe('annotate masks furniture', () => {
  it('paints names and claims in the article but nothing in a bio or a gallery', () => {
    const bio = 'Rosa Delgado is a senior reporter covering transport for the Brightwater Herald.';
    const text = [PROSE, '3/12', 'Helen Ashdown visits the bridge with engineers from Northgate Consulting.', bio].join('\n\n');
    const { entities, claims } = annotate(text);
    const prose = PROSE.length;
    expect(entities.some((e) => e.text.includes('Ashdown') && e.end <= prose)).toBe(true);
    expect(entities.filter((e) => e.start > prose)).toEqual([]);
    expect(claims.every((c) => c.end <= prose)).toBe(true);
  });

  it('maskFurniture keeps everything when there is no furniture', () => {
    const a = annotate(PROSE);
    expect(maskFurniture(a, [])).toBe(a);
  });
});
