/**
 * Sentence splitting with offsets. A line break ends a sentence and a
 * paragraph (articles separate blocks by "\n\n", some sources by "\n"); inside a paragraph a sentence ends at . ! ? (optionally followed
 * by closing quotes/brackets) followed by whitespace and an upper-case letter,
 * digit or opening quote, unless the period ends a known abbreviation or an
 * initial.
 */

/** A sentence: `[start, end)` into the text, and its paragraph index. */
export interface Sentence {
  start: number;
  end: number;
  para: number;
}

const ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'prof',
  'rev',
  'hon',
  'pres',
  'vs',
  'v',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'no',
  'ft',
  'mt',
  'ave',
  'd.c',
  'a.m',
  'p.m',
  'etc',
  'al',
  'atty',
  'supt',
  'cmdr',
  'adm',
  'maj',
  'messrs',
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

const CLOSERS = '"\'”’)]';
const OPENERS_START = /[A-Z0-9"“‘'(\[]/;

/** True when the period at `dot` ends an abbreviation or a single initial. */
function isAbbrevDot(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return true; // initial "J."
  return ABBREV.has(word);
}

/** Split `text` into sentences; blank-only stretches are skipped. Linear time. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let start = -1;
  const n = text.length;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b, para });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      if (start >= 0) push(start, i);
      start = -1;
      while (i + 1 < n && isSpace(text.charCodeAt(i + 1))) i++;
      para++;
      continue;
    }
    if (start < 0 && !isSpace(text.charCodeAt(i))) start = i;
    if (start < 0) continue;
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < n && CLOSERS.includes(text[j])) j++;
      if (j >= n) continue;
      if (!isSpace(text.charCodeAt(j))) continue;
      let k = j;
      // any horizontal space, the no-break space of web text included ("said.\u00a0The")
      while (k < n && text[k] !== '\n' && isSpace(text.charCodeAt(k))) k++;
      if (k < n && text[k] === '\n') continue; // paragraph / line break handled above
      if (k >= n || !OPENERS_START.test(text[k])) continue;
      if (c === '.' && j === i + 1 && isAbbrevDot(text, i)) continue;
      push(start, j);
      start = -1;
      i = j - 1;
    }
  }
  if (start >= 0) push(start, n);
  return out;
}
