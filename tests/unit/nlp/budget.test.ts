/**
 * Issue 22: one analysis within a time budget. A text of article length is
 * analysed whole, exactly as annotate does; a longer one part by part, with
 * offsets into the whole text, stopping before a part that would overrun.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../utils/nlp/annotate';
import { annotateWithin, splitParts, WHOLE_CHARS, PART_CHARS } from '../../../utils/nlp/budget';
import { partialMessage } from '../../../utils/messages';

const PARA =
  'Marta Okafor, who chairs the harbour board in Westfield, said on Tuesday that the pier would close. “We had no choice,” she told reporters.';

describe('annotateWithin', () => {
  it('analyses an article-length text whole, exactly as annotate', async () => {
    const text = Array.from({ length: 20 }, () => PARA).join('\n\n');
    const r = await annotateWithin(text, 1);
    expect(r.stopped).toBe(false);
    expect(r.analysedChars).toBe(text.length);
    expect(r.analysis).toEqual(annotate(text));
  });

  it('splits a long text at paragraph ends, covering it exactly', () => {
    const text = Array.from({ length: 400 }, (_, i) => `${i} ${PARA}`).join('\n\n');
    const parts = splitParts(text);
    expect(parts[0].start).toBe(0);
    expect(parts[parts.length - 1].end).toBe(text.length);
    for (let i = 1; i < parts.length; i++) expect(parts[i].start).toBe(parts[i - 1].end);
    for (const p of parts) {
      expect(p.end - p.start).toBeLessThanOrEqual(PART_CHARS);
      if (p.end < text.length) expect(text[p.end - 1]).toBe('\n');
    }
  });

  it('gives every span of a long text at its offset in the whole text', async () => {
    const text = Array.from({ length: Math.ceil((WHOLE_CHARS * 1.5) / PARA.length) }, () => PARA).join('\n\n');
    const r = await annotateWithin(text, 60_000);
    expect(r.stopped).toBe(false);
    expect(r.analysis.entities.length).toBeGreaterThan(100);
    for (const e of r.analysis.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const c of r.analysis.claims) {
      expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
      if (c.source) expect(text.slice(c.source.start, c.source.end)).toBe(c.source.text);
    }
  });

  it('stops before a part that would overrun the budget, keeping the parts before it', async () => {
    const text = Array.from({ length: Math.ceil((WHOLE_CHARS * 2) / PARA.length) }, () => PARA).join('\n\n');
    // a clock where each part takes 400 ms: the second part would end at 800 ms, past a 600 ms budget
    let t = 0;
    let yields = 0;
    const r = await annotateWithin(text, 600, {
      now: () => t,
      between: async () => {
        yields++;
        t += 400;
      },
    });
    expect(r.stopped).toBe(true);
    expect(yields).toBe(1);
    expect(r.analysedChars).toBe(splitParts(text)[0].end);
    expect(r.analysis.entities.every((e) => e.end <= r.analysedChars)).toBe(true);
    expect(partialMessage({ budgetMs: 600, analysedChars: r.analysedChars, totalChars: text.length })).toMatch(
      /^Analysis stopped after 0\.6 s: showing the first \d+% of the article\.$/,
    );
  });
});
