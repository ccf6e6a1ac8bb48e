/**
 * Word tokenizer with exact character offsets, shared by the entity
 * recogniser's features, rules and training/evaluation scripts.
 *
 * One left-to-right regex pass: linear in the text length, no recursion.
 * Keeps abbreviations ("U.S.", "Inc.", "J.") and numbers ("1,000", "3.5",
 * "1996-08-30") whole, splits possessives ("Putin’s" → "Putin" + "’s") and
 * edge punctuation, including curly quotes.
 */

/** Tokens of one text as parallel arrays (cheap for 1M-character inputs). */
export interface Tokens {
  /** The token strings, `text.slice(starts[i], ends[i])`. */
  words: string[];
  starts: number[];
  ends: number[];
  /** True when a newline separates token i from token i-1 (a new line/sentence starts). */
  lineStart: boolean[];
}

/** Abbreviations that keep their trailing period ("Mr.", "Inc."). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'st',
  'mt',
  'ft',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'prof',
  'rev',
  'pres',
  'supt',
  'atty',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'etc',
  'bros',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'approx',
]);

/**
 * US state and Canadian province abbreviations as news writes them in
 * datelines and after towns ("MOUNTAIN VIEW, Calif.", "Regina, Sask."):
 * the period belongs to the place. Kept only capitalised, so "ill." or
 * "mass." ending a sentence still ends it.
 */
export const PLACE_ABBREVIATIONS = new Set(
  'Ala Ariz Ark Calif Colo Conn Fla Ill Kan Kans Ky Mass Mich Minn Miss Mont Neb Nebr Nev Okla Ore Oreg Tenn Tex Wash Wis Wisc Wyo Alta Sask Ont Que'.split(
    ' ',
  ),
);

// 1) dotted acronyms "U.S.", "e.g."; 2) clitics standing alone ("'s", "'re");
// 3) words/numbers with inner connectors
// ("O'Neill", "all-rounder", "3.5", "1,000", "AT&T"); 4) any other symbol.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|['’](?:[sSmMdD]|re|RE|ll|LL|ve|VE)(?![\p{L}\p{N}])|[\p{L}\p{N}\p{M}]+(?:(?:[-'’.&/:_]|,(?=\p{N}{3}))[\p{L}\p{N}\p{M}]+)*|\.{2,}|-{2,}|\S/gu;

const POSSESSIVE_RE = /^(.+?)(['’][sS])$/;

/** Split `text` into tokens with offsets. */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lineStart: boolean[] = [];
  let lastEnd = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    const newline = words.length === 0 || hasNewline(text, lastEnd, start);
    // Keep the period of a known abbreviation or an initial ("J.").
    if (text.charCodeAt(end) === 46 /* . */ && isAbbreviation(word)) {
      word += '.';
      end += 1;
      TOKEN_RE.lastIndex = end;
    }
    const poss = word.length > 2 ? POSSESSIVE_RE.exec(word) : null;
    if (poss && /\p{L}$/u.test(poss[1])) {
      const stemEnd = start + poss[1].length;
      push(poss[1], start, stemEnd, newline);
      push(poss[2], stemEnd, end, false);
    } else {
      push(word, start, end, newline);
    }
    lastEnd = end;
  }
  return { words, starts, ends, lineStart };

  function push(w: string, s: number, e: number, nl: boolean): void {
    words.push(w);
    starts.push(s);
    ends.push(e);
    lineStart.push(nl);
  }
}

function isAbbreviation(word: string): boolean {
  if (word.length === 1) return /\p{Lu}/u.test(word);
  if (word.endsWith('.')) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || PLACE_ABBREVIATIONS.has(word);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
