/**
 * A small, allocation-light word tokenizer for claim extraction: words
 * (letters/digits with inner apostrophes, hyphens, periods), and single
 * punctuation marks, each with its offsets; and the questions the claim
 * rules ask of one token.
 */

/** A token: its text, lower-cased text and `[start, end)` offsets. */
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Titles and initials keep their period ("Mr.", "F.", "U.S."), so a name stays one phrase. */
const TOKEN_RE =
  /(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Hon|Atty|Supt|Adm|Maj|Cmdr|Ft|Mt)\.|(?:\p{Lu}\.)+(?=[\s,;:)]|$)|[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*|\S/gu;

/** Tokenize `text[from, to)` (whole text by default). Linear time. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    let s = m[0];
    let end = start + s.length;
    if (end > to) {
      end = to;
      s = text.slice(start, end);
    }
    out.push({ text: s, lower: s.toLowerCase(), start, end });
  }
  return out;
}

/** True for a word token (starts with a letter or digit). */
export function isWord(t: Tok): boolean {
  return /^[\p{L}\p{N}]/u.test(t.text);
}

/** True for a token that is an opening quotation mark (“ or a straight "). */
export function isOpenQuote(t: Tok): boolean {
  return /^[“"]$/.test(t.text);
}

/** True for a token that is a closing quotation mark (” or a straight "). */
export function isCloseQuote(t: Tok): boolean {
  return /^[”"]$/.test(t.text);
}

/** True for a token that starts with a capital letter. */
export function isCapitalised(t: Tok): boolean {
  return /^\p{Lu}/u.test(t.text);
}
