/**
 * A small, allocation-light word tokenizer for claim extraction: words
 * (letters/digits with inner apostrophes, hyphens, periods), and single
 * punctuation marks, each with its offsets.
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
