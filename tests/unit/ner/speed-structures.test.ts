/** The engine's speed structures answer exactly as the plain ones they replace. */
import { describe, expect, it } from 'vitest';
import { WordHistory } from '../../../utils/nlp/ner/word-history';
import { fromBase64 } from '../../../utils/nlp/ner/weights';
import { GAZ, phraseStarts, wordFlags } from '../../../utils/nlp/ner/gazetteer-index';
import { ALIASES, DEMONYMS, FIRST_NAMES, GROUPS, ORG_WORDS, TITLES } from '../../../utils/nlp/ner/gazetteer';
import { PEOPLE } from '../../../utils/nlp/ner/gazetteer-today';
import { computeAttrs } from '../../../utils/nlp/ner/features';
import { WordMemo, clearWordMemos } from '../../../utils/nlp/ner/word-memo';
import { tokenize } from '../../../utils/nlp/tokenize';
import { segmentTokens } from '../../../utils/nlp/ner/segments';
import { hashFoldedDigits, hashString } from '../../../utils/nlp/ner/hash';
import { shapeHash } from '../../../utils/nlp/ner/features';
import { FORM, tokenForm } from '../../../utils/nlp/ner/token-forms';

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

  it('keeps one-character words by code, other scripts in the map, and empties both', () => {
    const m = new WordMemo<string>();
    for (const w of [',', '7', 'a', 'é', '東']) m.keep(w, `v${w}`);
    for (const w of [',', '7', 'a', 'é', '東']) expect(m.get(w)).toBe(`v${w}`);
    expect(m.get('.')).toBeUndefined();
    expect(m.get('A')).toBeUndefined();
    m.clear();
    for (const w of [',', '7', 'a', 'é', '東']) expect(m.get(w)).toBeUndefined();
  });
});

/** The plain shape the hash stands for: X/x/d/other per character, at most 12, runs cut at 4 (or 1 when collapsed). */
function shapeOf(w: string, collapse: boolean): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const ch = w[i];
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c === prev) {
      run++;
      if (collapse || run > 3) continue;
    } else run = 0;
    out += c;
    prev = c;
  }
  return out;
}

const SAMPLE_WORDS = [
  'Kirby',
  'U.S.',
  "McDonald's",
  '2023-09-12',
  'ÉLODIE',
  '東京',
  'straße',
  'İstanbul',
  'aaaaaaaaaaaaaaaa',
  'AAAAAbbbbbb99999',
  'x',
  '%',
  '3.5bn',
  'Jae-in',
  'ǅemal',
];

describe('word hashes without intermediate strings', () => {
  it('shapeHash is the hash of the plain shape', () => {
    for (const w of SAMPLE_WORDS) {
      expect(shapeHash(w, false)).toBe(hashString(shapeOf(w, false)));
      expect(shapeHash(w, true)).toBe(hashString(shapeOf(w, true)));
    }
    expect(shapeOf('Kirby', true)).toBe('Xx');
    expect(shapeOf('U.S.', false)).toBe('X.X.');
  });

  it('hashFoldedDigits is the hash of the slice with digits as 0', () => {
    for (const w of SAMPLE_WORDS) {
      for (let from = 0; from <= w.length; from++) {
        for (let to = from; to <= w.length; to++) {
          expect(hashFoldedDigits(w, from, to)).toBe(hashString(w.slice(from, to).replace(/[0-9]/g, '0')));
        }
      }
    }
  });

  it('the attributes hold the plain definitions: lower case with digits as 0, its prefix and suffixes, the shapes', () => {
    clearWordMemos();
    const words = ['Kirby', 'Q3', '1996', 'Zürich', 'al-Assad', 'I', 'UN'];
    const a = computeAttrs(words, [{ start: 0, end: words.length }]);
    words.forEach((w, i) => {
      const lw = w.toLowerCase().replace(/[0-9]/g, '0');
      expect(a.low[i]).toBe(hashString(lw));
      expect(a.pre3[i]).toBe(hashString(lw.slice(0, 3)));
      expect(a.suf2[i]).toBe(hashString(lw.slice(-2)));
      expect(a.suf3[i]).toBe(hashString(lw.slice(-3)));
      expect(a.suf4[i]).toBe(hashString(lw.slice(-4)));
      expect(a.shape[i]).toBe(hashString(shapeOf(w, false)));
      expect(a.short[i]).toBe(hashString(shapeOf(w, true)));
    });
  });
});

describe('tokenForm', () => {
  // The patterns the bits stand for, written out plainly.
  const plain: Array<[number, (w: string) => boolean]> = [
    [FORM.ISO_DATE, (w) => /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}\/\d{2,4}$|^\d{1,2}\.\d{1,2}\.\d{4}$/.test(w)],
    [FORM.TIME, (w) => /^\d{1,2}[:.]\d{2}(?::\d{2})?$/.test(w)],
    [FORM.TIME_AMPM, (w) => /^\d{1,2}(?::\d{2})?(?:am|pm)$/i.test(w)],
    [FORM.ONE_OR_TWO_DIGITS, (w) => /^\d{1,2}$/.test(w)],
    [FORM.DAY_OF_MONTH, (w) => /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/i.test(w)],
    [FORM.CENTURY_ORDINAL, (w) => /^\d{1,2}(?:st|nd|rd|th)$/.test(w.toLowerCase())],
    [FORM.DECADE, (w) => /^(?:1[5-9]|20)\d0s$|^'?\d0s$/.test(w.toLowerCase())],
    [FORM.YEAR, (w) => /^(?:1[5-9]|20)\d\d$/.test(w)],
    [FORM.DIGITS, (w) => /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-+]?\d+(?:\.\d+)?$|^\.\d+$/.test(w)],
    [FORM.NUMERIC_ORDINAL, (w) => /^\d+(?:st|nd|rd|th)$/i.test(w)],
    [FORM.FRACTION, (w) => /^\d+\/\d+$/.test(w)],
  ];
  const words = [
    '7',
    '12',
    '31st',
    '32',
    '21ST',
    '1996',
    '2099',
    '1490',
    '1990s',
    "'90s",
    '90s',
    '10:30',
    '10.30',
    '10pm',
    '10:30AM',
    '2023-09-12',
    '12/9/2023',
    '12.9.2023',
    '1,000',
    '3.5',
    '-2',
    '+4',
    '.5',
    '3/4',
    '6/50',
    'May',
    'x',
    '',
    '-',
    "'",
    '2nd',
  ];

  it('answers as the plain patterns do, from an empty memo and a warm one', () => {
    clearWordMemos();
    for (let round = 0; round < 2; round++) {
      for (const w of words) {
        let bits = 0;
        for (const [bit, test] of plain) if (test(w)) bits |= bit;
        expect([w, tokenForm(w)]).toEqual([w, bits]);
      }
    }
    expect(tokenForm('1996') & FORM.YEAR).toBeTruthy();
    expect(tokenForm('May')).toBe(0);
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

describe('wordFlags', () => {
  it('gives every listed word its list flag, by its lower case, and unlisted words none', () => {
    const lists: Array<[string[], number]> = [
      [DEMONYMS, GAZ.DEMONYM],
      [GROUPS, GAZ.GROUP],
      [FIRST_NAMES, GAZ.FIRST_NAME],
      [ORG_WORDS, GAZ.ORG_WORD],
      [TITLES, GAZ.TITLE],
      [PEOPLE.map((p) => p.split(' ').pop()!), GAZ.SURNAME],
    ];
    for (const [list, bit] of lists) {
      for (const w of list) expect([w, wordFlags(w, w.toLowerCase()) & bit]).toEqual([w, bit]);
    }
    for (const alias of Object.keys(ALIASES)) expect(wordFlags(alias, alias.toLowerCase()) & GAZ.ALIAS).toBe(GAZ.ALIAS);
    for (const w of ['kettle', 'quietly', 'zzyzx', '1996']) expect(wordFlags(w, w)).toBe(0);
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
