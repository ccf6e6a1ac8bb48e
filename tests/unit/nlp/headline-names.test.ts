// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../utils/nlp/entities';
import { titleCaseLines } from '../../../utils/nlp/ner/headlines';

const body =
  'Norway said Russian fishing trawlers had spent weeks near the cables in the North Sea. Defence spokeswoman Kari Lindqvist told reporters in Oslo that NATO had been informed.';

describe('Title Case headlines', () => {
  it('recognises a Title Case first line, but not ALL CAPS or a sentence', () => {
    expect(titleCaseLines('Norway Says Russian Trawlers Mapped Undersea Cables\n\nBody.')).toEqual([[0, 51]]);
    expect(titleCaseLines('NORWAY SAYS TRAWLERS MAPPED CABLES\n\nBody.')).toEqual([]);
    expect(titleCaseLines('Norway says trawlers mapped undersea cables near its coast\n\nBody.')).toEqual([]);
  });

  it('drops capitalised words the headline alone supports, keeps names the article or gazetteers support', () => {
    const text = `Norway Says Russian Trawlers Mapped Undersea Cables, Asks NATO for Patrols\n\n${body}`;
    const headline = findEntities(text).filter((e) => e.end <= text.indexOf('\n') && e.type !== 'GROUP');
    expect(headline.map((e) => e.text).sort()).toEqual(['NATO', 'Norway']);
  });

  it('leaves the body untouched', () => {
    const people = findEntities(`Ships Near Cables Raise Alarm In Oslo Harbour\n\n${body}`).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.text)).toContain('Kari Lindqvist');
  });
});
