/** The engine's speed structures answer exactly as the plain ones they replace. */
import { describe, expect, it } from 'vitest';
import { WordHistory } from '../../../utils/nlp/ner/word-history';
import { fromBase64 } from '../../../utils/nlp/ner/weights';
import { phraseStarts } from '../../../utils/nlp/ner/gazetteer-index';
import { computeAttrs } from '../../../utils/nlp/ner/features';
import { WordMemo, clearWordMemos } from '../../../utils/nlp/ner/word-memo';
import { tokenize } from '../../../utils/nlp/tokenize';
import { segmentTokens } from '../../../utils/nlp/ner/segments';

describe('WordHistory', () => {
  it('matches a Map through growth and clears', () => {
    const h = new WordHistory();
    const m = new Map<number, number>();
    let seed = 11;
    const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let round = 0; round < 3; round++) {
      // More keys than the initial table holds, large hashes included (beyond small-integer range).
      for (let k = 0; k < 3000; k++) {
        const key = rnd();
        const value = 1 + (rnd() % 255);
        h.set(key, value);
        m.set(key, value);
      }
      for (const [key, value] of m) expect(h.get(key)).toBe(value);
      expect(h.get(rnd())).toBe(m.get(seed) ?? 0);
      h.clear();
      for (const key of [...m.keys()].slice(0, 50)) expect(h.get(key)).toBe(0);
      m.clear();
    }
  });
});

describe('WordMemo', () => {
  it('keeps short words only, empties itself when full, and is emptied with every memo', () => {
    const a = new WordMemo<number>();
    const b = new WordMemo<string>();
    expect(a.keep('Reuters', 7)).toBe(7);
    expect(a.get('Reuters')).toBe(7);
    // 13 characters: answered, never kept.
    expect(a.keep('international', 3)).toBe(3);
    expect(a.get('international')).toBeUndefined();
    for (let i = 0; i < 20_000; i++) a.keep(`w${i}`, i);
    expect(a.get('Reuters')).toBeUndefined();
    expect(a.get('w19999')).toBe(19_999);
    b.keep('Oslo', 'PLACE');
    clearWordMemos();
    expect(a.get('w19999')).toBeUndefined();
    expect(b.get('Oslo')).toBeUndefined();
  });
});

describe('fromBase64', () => {
  it('decodes as atob does, whichever decoder the platform has', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37 + 11) & 255);
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    expect(Array.from(fromBase64(btoa(bin)))).toEqual(Array.from(bytes));
  });
});

describe('phraseStarts', () => {
  it('marks words that may begin a listed phrase, and no others', () => {
    expect(phraseStarts('new') & 1).toBe(1); // places: "New York"
    expect(phraseStarts('paris') & 1).toBe(1);
    expect(phraseStarts('quickly')).toBe(0);
  });
});

describe('word attributes', () => {
  const attrsOf = (text: string) => {
    const t = tokenize(text);
    return computeAttrs(t.words, segmentTokens(t));
  };

  it('are the same from an empty cache and from a warm one', () => {
    const text = 'Élodie Durand met Amara Osei in Zürich and 東京 on Tuesday, the IAEA said.';
    clearWordMemos();
    const cold = attrsOf(text);
    const warm = attrsOf(text);
    expect(Array.from(warm.word)).toEqual(Array.from(cold.word));
    expect(Array.from(warm.gaz)).toEqual(Array.from(cold.gaz));
    expect(Array.from(warm.cluster)).toEqual(Array.from(cold.cluster));
  });

  it('read capitals in any script, and none where a script has no case', () => {
    const a = attrsOf('Élodie über 東京 Zürich IAEA x');
    expect(Array.from(a.capital)).toEqual([1, 0, 0, 1, 1, 0]);
  });

  it('stay right past the cache bound', () => {
    clearWordMemos();
    const words = Array.from({ length: 25_000 }, (_, i) => `Word${i}`);
    const a = computeAttrs(words, [{ start: 0, end: words.length }]);
    const b = computeAttrs(words.slice(-10), [{ start: 0, end: 10 }]);
    expect(Array.from(b.word)).toEqual(Array.from(a.word.slice(-10)));
  });
});
