/**
 * The document layout the extractor walks: all tokens, sentences as token
 * ranges, and for each token the quote (index into `quotes`) it sits in.
 */
import { splitSentences } from './sentences';
import { findQuotes, type Quote } from './quotes';
import { tokenize, type Tok } from './tokens';

/** A sentence as a token range `[from, to)` plus character bounds and paragraph. */
export interface SentRange {
  from: number;
  to: number;
  start: number;
  end: number;
  para: number;
}

/** Tokens, sentences and quotes of a text, cross-indexed. */
export interface Layout {
  /** The normalized text (see normalizeQuotes): same offsets as the original. */
  text: string;
  toks: Tok[];
  sents: SentRange[];
  /** Sentence index of each token. */
  sentOf: Int32Array;
  quotes: Quote[];
  /** Quote index of each token (marks included), or -1. */
  quoteOf: Int32Array;
  /** 1 when the token is inside quotes, marks excluded (classifier feature). */
  inQuote: Uint8Array;
}

/**
 * The text as the extractor reads it: same length and offsets, with
 * two-apostrophe quotes ('' and ``) written as a straight double quote and a
 * space (space first when closing), so they pair like any other quotation
 * mark and the quote spans both apostrophes.
 */
export function normalizeQuotes(text: string): string {
  text = repairQuoteDirections(text);
  if (text.indexOf("''") < 0 && text.indexOf('``') < 0) return text;
  // the mark goes on the outer apostrophe, so a quote spans both: ''A,'' → " A, "
  // three apostrophes are a single quote nested at the edge of a double one: ''A 'B.''' → " A 'B.' "
  return text.replace(/'''|''|``/g, (m, at: number) => {
    const closing = at > 0 && !/\s/.test(text[at - 1]) && m !== '``';
    if (m === "'''") return closing ? `' "` : `" '`;
    return closing ? ' "' : '" ';
  });
}

/**
 * Curly quotation marks typed the wrong way round, turned the right way: a
 * “ glued to the word before it while a quote is open closes it ("… here,“
 * said Clyburn"), and a ” after a space and before a word while none is
 * open opens one. Otherwise the rest of the paragraph would read as quoted.
 */
export function repairQuoteDirections(text: string): string {
  if (text.indexOf('“') < 0 && text.indexOf('”') < 0) return text;
  let out: string[] | null = null;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') open = false;
    else if (c === '“') {
      if (open && i > 0 && /[^\s(\[—–―-]/.test(text[i - 1])) {
        (out ??= text.split(''))[i] = '”';
        open = false;
      } else open = true;
    } else if (c === '”') {
      if (!open && (i === 0 || /\s/.test(text[i - 1])) && /\p{L}/u.test(text[i + 1] ?? '')) {
        (out ??= text.split(''))[i] = '“';
        open = true;
      } else open = false;
    }
  }
  return out ? out.join('') : text;
}

/** Build the layout of `text` in linear time. */
export function buildLayout(original: string): Layout {
  const text = normalizeQuotes(original);
  const toks = tokenize(text);
  const sentList = splitSentences(text);
  const sents: SentRange[] = [];
  const sentOf = new Int32Array(toks.length).fill(-1);
  let k = 0;
  for (let s = 0; s < sentList.length; s++) {
    const S = sentList[s];
    while (k < toks.length && toks[k].start < S.start) k++;
    const from = k;
    while (k < toks.length && toks[k].end <= S.end) sentOf[k++] = s;
    sents.push({ from, to: k, start: S.start, end: S.end, para: S.para });
  }
  const quotes = findQuotes(text);
  const quoteOf = new Int32Array(toks.length).fill(-1);
  const inQuote = new Uint8Array(toks.length);
  let q = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (q < quotes.length && quotes[q].close <= t.start) q++;
    if (q < quotes.length && quotes[q].open <= t.start) {
      quoteOf[i] = q;
      if (t.start !== quotes[q].open && !(quotes[q].closed && t.end === quotes[q].close)) inQuote[i] = 1;
    }
  }
  return { text, toks, sents, sentOf, quotes, quoteOf, inQuote };
}

/** Index of the quote containing character `pos`, or -1 (binary search). */
export function quoteAt(L: Layout, pos: number): number {
  let lo = 0;
  let hi = L.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = L.quotes[mid];
    if (q.close <= pos) lo = mid + 1;
    else if (q.open > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
