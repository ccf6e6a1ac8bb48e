import { describe, expect, it } from 'vitest';
import { fold, foldText, toFolded, toOriginal } from '../../../utils/anchoring/normalize';

describe('folding text for matching', () => {
  it('drops whitespace and invisible characters and unifies quotes and dashes', () => {
    expect(fold(' “It’s  here” —\n\tsaid\u00a0she\u200b. ')).toBe('"It\'shere"-saidshe.');
  });

  it('maps folded offsets back to the original text', () => {
    const text = 'The  quick\n\nbrown fox';
    const ft = foldText(text);
    expect(ft.folded).toBe('Thequickbrownfox');
    const s = ft.folded.indexOf('quick');
    const { start, end } = toOriginal(ft, s, s + 'quickbrown'.length);
    // The range runs from "quick" to "brown", whitespace inside kept, none outside.
    expect(text.slice(start, end)).toBe('quick\n\nbrown');
  });

  it('maps original offsets to folded ones, skipping whitespace', () => {
    const ft = foldText('a  b\nc');
    expect(toFolded(ft, 0)).toBe(0);
    expect(toFolded(ft, 1)).toBe(1); // the spaces after "a"
    expect(toFolded(ft, 3)).toBe(1); // "b"
    expect(toFolded(ft, 6)).toBe(3); // the end
  });

  it('maps an empty folded range to an empty original range', () => {
    const ft = foldText('ab  cd');
    expect(toOriginal(ft, 2, 2)).toEqual({ start: 4, end: 4 });
    expect(toOriginal(ft, 4, 4)).toEqual({ start: 6, end: 6 });
  });

  it('folds long texts in pieces without losing characters', () => {
    const text = 'word '.repeat(5000);
    const ft = foldText(text);
    expect(ft.folded.length).toBe(4 * 5000);
    expect(ft.map[ft.map.length - 1]).toBe(text.length - 2);
  });
});
