/**
 * Feature extraction for the sequence tagger: per-token attribute hashes
 * (word, lowercase, shape, affixes, gazetteer flags, headline casing) and the
 * hashed feature templates built from them. Shared by training and
 * inference so both see exactly the same features.
 */
import { hashFoldedDigits as hashFoldedImport, hashString as hashStringImport, mix as mixImport, mix3 as mix3Import } from './hash';
import { GAZ, gazetteerFlags, phraseStarts, wordFlags } from './gazetteer-index';
import { lowerWordEvidence, wordCluster } from './clusters';
import { WordMemo } from './word-memo';

// Local copies: hot loops must not go through module binding accessors.
const hashString = hashStringImport;
const hashFoldedDigits = hashFoldedImport;
const mix = mixImport;
const mix3 = mix3Import;

/** Per-token attributes of one text, computed once, reused by all templates. */
export interface TokenAttrs {
  n: number;
  lower: string[];
  word: Uint32Array;
  low: Uint32Array;
  shape: Uint32Array;
  short: Uint32Array;
  pre3: Uint32Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  suf4: Uint32Array;
  gaz: Uint16Array;
  /** Word cluster from unlabelled news (`clusters.ts`): 1 + fine id in the low 16 bits, 1 + coarse id above; 0 unknown. */
  cluster: Uint32Array;
  /** The lower-case form as an everyday word of the unlabelled news (`LEX` bits of `clusters.ts`). */
  lex: Uint8Array;
  /** 1 when the token's segment is an upper-case headline, 2 for a title-case one. */
  caps: Uint8Array;
  /** Casing profile of the token's word within its block (bit 1 capitalised mid-sentence, 2 lower case). */
  cform: Uint8Array;
  /** 1 when the token starts with an upper-case letter. */
  capital: Uint8Array;
  /** What the word's other uses in its block show (`DOC` bits): "Energean said" borrows "company Energean". */
  doc: Uint8Array;
  /** Block id: a window of segments (about an article) for document-level features. */
  block: Uint32Array;
}

/** Tokens per block for document-level features. */
export const BLOCK_TOKENS = 1000;

/** A segment (sentence/line) is a half-open token range the tagger runs over. */
export interface Segment {
  start: number;
  end: number;
}

const QUOTES: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '—': '--', '–': '-' };

/** Canonical form of a token for features: straight quotes, unified dashes. */
export function normalizeWord(w: string): string {
  if (w.length === 1 && QUOTES[w] !== undefined) return QUOTES[w];
  return straightApostrophes(w);
}

/** `w` with curly apostrophes straightened (most words have none, and are returned as they are). */
export function straightApostrophes(w: string): string {
  return w.indexOf('’') >= 0 ? w.replace(/’/g, "'") : w;
}

/**
 * Hash of a word's shape: X/x/d/other per character, at most 12 of them,
 * runs of one kind cut at 4 or, with `collapse`, at 1 ("Kirby" → "Xxxxx" /
 * "Xx", "U.S." → "X.X."). The FNV-1a hash of that shape string, computed
 * without building it.
 */
export function shapeHash(w: string, collapse: boolean): number {
  let h = 0x811c9dc5;
  let length = 0;
  let prev = -1;
  let run = 0;
  for (let i = 0; i < w.length && length < 12; i++) {
    const c = shapeCode(w, i);
    if (c === prev) {
      run++;
      if (collapse || run > 3) continue;
    } else run = 0;
    h = Math.imul(h ^ c, 0x01000193);
    length++;
    prev = c;
  }
  return h >>> 0;
}

const X = 88; // 'X'
const LOWER_X = 120; // 'x'
const D = 100; // 'd'

/** The shape character (as a code) of `w[i]`: d for a digit, X upper case, x lower case, else the character itself. */
function shapeCode(w: string, i: number): number {
  const c = w.charCodeAt(i);
  if (c >= 48 && c <= 57) return D;
  if (c >= 97 && c <= 122) return LOWER_X;
  if (c >= 65 && c <= 90) return X;
  if (c < 128) return c;
  const ch = w[i];
  if (ch !== ch.toLowerCase()) return X;
  if (ch !== ch.toUpperCase()) return LOWER_X;
  return c;
}

interface WordAttrs {
  norm: string;
  lower: string;
  capital: number;
  word: number;
  low: number;
  shape: number;
  short: number;
  pre3: number;
  suf2: number;
  suf3: number;
  suf4: number;
  /** Single-word gazetteer flags. */
  gaz: number;
  cluster: number;
  /** The cluster read lower case first, as in a headline (`wordCluster`'s `lowerFirst`); -1 until asked. */
  headlineCluster: number;
  lex: number;
  /** Phrase lists the word may begin an entry of (`phraseStarts`). */
  starts: number;
  /** Casing bits: 1 has a letter and length > 1, 2 all upper case, 4 "long" word (≥ 4, starts with a letter), 8 capitalised. */
  casing: number;
}

function wordAttrs(w: string): WordAttrs {
  const lower = w.toLowerCase();
  // The lower case, its first 3 and last 2, 3 and 4 characters are hashed with digits read as "0".
  const n = lower.length;
  return {
    norm: w,
    lower,
    capital: startsUpper(w) ? 1 : 0,
    word: hashString(w),
    low: hashFoldedDigits(lower, 0, n),
    shape: shapeHash(w, false),
    short: shapeHash(w, true),
    pre3: hashFoldedDigits(lower, 0, Math.min(3, n)),
    suf2: hashFoldedDigits(lower, Math.max(0, n - 2), n),
    suf3: hashFoldedDigits(lower, Math.max(0, n - 3), n),
    suf4: hashFoldedDigits(lower, Math.max(0, n - 4), n),
    gaz: wordFlags(w, lower),
    cluster: wordCluster(w, lower),
    headlineCluster: -1,
    lex: lowerWordEvidence(lower),
    casing: casingBits(w),
    starts: phraseStarts(lower),
  };
}

function casingBits(w: string): number {
  let bits = 0;
  if (w.length > 1 && hasLetter(w)) bits |= 1;
  if (isUpperCaseForm(w)) bits |= 2;
  if (w.length >= 4 && startsLetter(w)) bits |= 4;
  if (startsUpper(w)) bits |= 8;
  return bits;
}

/** `w === w.toUpperCase()`, answered without a copy for ASCII. */
function isUpperCaseForm(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w === w.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

// ASCII answers directly; other scripts go through Unicode properties.
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
}

function startsLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : /^\p{L}/u.test(w);
}

function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /\p{L}/u.test(w);
    if ((c | 32) >= 97 && (c | 32) <= 122) return true;
  }
  return false;
}

/** Word attributes by raw word, shared across texts (see word-memo.ts). */
const wordCache = new WordMemo<WordAttrs>();

function attrsOfWord(raw: string): WordAttrs {
  return wordCache.get(raw) ?? wordCache.keep(raw, wordAttrs(normalizeWord(raw)));
}

function headlineClusterOf(x: WordAttrs): number {
  if (x.headlineCluster < 0) x.headlineCluster = wordCluster(x.norm, x.lower, true);
  return x.headlineCluster;
}

/** Compute attributes for every token; `segments` must cover the tokens. */
export function computeAttrs(words: string[], segments: Segment[]): TokenAttrs {
  const n = words.length;
  const a: TokenAttrs = {
    n,
    lower: new Array<string>(n),
    word: new Uint32Array(n),
    low: new Uint32Array(n),
    shape: new Uint32Array(n),
    short: new Uint32Array(n),
    pre3: new Uint32Array(n),
    suf2: new Uint32Array(n),
    suf3: new Uint32Array(n),
    suf4: new Uint32Array(n),
    gaz: new Uint16Array(n),
    cluster: new Uint32Array(n),
    lex: new Uint8Array(n),
    caps: new Uint8Array(n),
    cform: new Uint8Array(n),
    capital: new Uint8Array(n),
    block: new Uint32Array(n),
    doc: new Uint8Array(n),
  };
  const norm = new Array<string>(n);
  const casing = new Uint8Array(n);
  const starts = new Uint8Array(n);
  const entries = new Array<WordAttrs>(n);
  for (let i = 0; i < n; i++) {
    const x = attrsOfWord(words[i]);
    entries[i] = x;
    norm[i] = x.norm;
    a.lower[i] = x.lower;
    a.capital[i] = x.capital;
    a.word[i] = x.word;
    a.low[i] = x.low;
    a.shape[i] = x.shape;
    a.short[i] = x.short;
    a.pre3[i] = x.pre3;
    a.suf2[i] = x.suf2;
    a.suf3[i] = x.suf3;
    a.suf4[i] = x.suf4;
    a.gaz[i] = x.gaz;
    a.cluster[i] = x.cluster;
    a.lex[i] = x.lex;
    casing[i] = x.casing;
    starts[i] = x.starts;
  }
  for (const s of segments) {
    gazetteerFlags(norm, a.lower, s.start, s.end, a.gaz, starts);
    let letters = 0;
    let upper = 0;
    let long = 0;
    let longCap = 0;
    let longUpper = 0;
    for (let i = s.start; i < s.end; i++) {
      const c = casing[i];
      if (c & 1) {
        letters++;
        if (c & 2) upper++;
      }
      if (c & 4) {
        long++;
        if (c & 8) longCap++;
        if (c & 2) longUpper++;
      }
    }
    // 1: all-caps headline; 2: title-case headline ("North Korea Delivered Arms").
    const title = long >= 4 && longCap / long >= 0.85 && longUpper / long < 0.6;
    const caps = letters >= 2 && upper / letters > 0.6 ? 1 : title ? 2 : 0;
    if (caps) a.caps.fill(caps, s.start, s.end);
    if (caps) for (let i = s.start; i < s.end; i++) a.cluster[i] = headlineClusterOf(entries[i]);
  }
  casingProfile(norm, segments, a);
  documentEvidence(norm, segments, a);
  return a;
}

/** Bits of `TokenAttrs.doc`: evidence from a capitalised word's uses anywhere in its block. */
export const DOC = {
  COMPANY_SUFFIX: 1,
  AFTER_COMPANY_NOUN: 2,
  AFTER_FIRST_NAME: 4,
  AFTER_HONORIFIC: 8,
  AFTER_PLACE_PREPOSITION: 16,
  BEFORE_FIRST_NAME: 32,
} as const;

const COMPANY_SUFFIXES = new Set(
  'inc inc. corp corp. co co. ltd ltd. plc llc lp group holdings sa s.a. ag se nv n.v. bhd tbk ab asa oyj spa s.p.a. gmbh kk pt'.split(' '),
);
const COMPANY_NOUNS = new Set(
  'company firm group bank lender insurer maker manufacturer retailer brand carrier airline operator producer developer startup rival owner unit subsidiary conglomerate miner chain giant platform broker agency'.split(
    ' ',
  ),
);
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'across', 'outside', 'inside', 'throughout']);

/**
 * Per block, what each capitalised word's uses show about what it names:
 * followed by a company suffix ("Energean Plc") or after a company noun
 * ("company Energean"), after a given name or an honorific ("Alex Azar",
 * "Mr Azar"), after a place preposition ("in Durban"), or followed by a
 * surname-like name ("Moon Jae-in"). Tag-independent, so one pass suffices.
 */
function documentEvidence(words: string[], segments: Segment[], a: TokenAttrs): void {
  const seen = new Map<number, number>();
  let from = 0;
  const flush = (to: number): void => {
    for (let i = from; i < to; i++) if (a.capital[i]) a.doc[i] = seen.get(a.low[i]) ?? 0;
    seen.clear();
    from = to;
  };
  for (const s of segments) {
    if (s.start > from && a.block[s.start] !== a.block[from]) flush(s.start);
    if (a.caps[s.start] === 1) continue;
    for (let i = s.start; i < s.end; i++) {
      if (!a.capital[i] || words[i].length < 2) continue;
      let bits = 0;
      const prev = i > s.start ? a.lower[i - 1] : '';
      const next = i + 1 < s.end ? a.lower[i + 1] : '';
      if (COMPANY_SUFFIXES.has(next)) bits |= DOC.COMPANY_SUFFIX;
      if (COMPANY_NOUNS.has(prev)) bits |= DOC.AFTER_COMPANY_NOUN;
      if (i > s.start && a.capital[i - 1] && a.gaz[i - 1] & GAZ.FIRST_NAME) bits |= DOC.AFTER_FIRST_NAME;
      if (HONORIFICS.has(prev)) bits |= DOC.AFTER_HONORIFIC;
      if (PLACE_PREPOSITIONS.has(prev)) bits |= DOC.AFTER_PLACE_PREPOSITION;
      if (a.gaz[i] & GAZ.FIRST_NAME && i + 1 < s.end && a.capital[i + 1] && !(a.gaz[i + 1] & GAZ.FIRST_NAME)) bits |= DOC.BEFORE_FIRST_NAME;
      if (bits) seen.set(a.low[i], (seen.get(a.low[i]) ?? 0) | bits);
    }
  }
  flush(a.n);
}

/**
 * Assign blocks and, per block, how each word is cased where casing is
 * informative (inside mixed-case sentences, not sentence-initial): lets
 * headline and sentence-initial tokens borrow the evidence.
 */
function casingProfile(words: string[], segments: Segment[], a: TokenAttrs): void {
  let blockStart = 0;
  let id = 0;
  const seen = new Map<string, number>();
  const flush = (from: number, to: number): void => {
    for (let i = from; i < to; i++) a.cform[i] = seen.get(a.lower[i]) ?? 0;
    seen.clear();
  };
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k];
    if (s.start - blockStart >= BLOCK_TOKENS) {
      flush(blockStart, s.start);
      blockStart = s.start;
      id++;
    }
    a.block.fill(id, s.start, s.end);
    if (a.caps[s.start] === 1) continue;
    for (let i = s.start + 1; i < s.end; i++) {
      const w = words[i];
      const c = w.charCodeAt(0);
      const bit = c >= 97 && c <= 122 ? 2 : c >= 65 && c <= 90 && w.length > 1 && w !== w.toUpperCase() ? 1 : 0;
      if (bit) seen.set(a.lower[i], (seen.get(a.lower[i]) ?? 0) | bit);
    }
  }
  flush(blockStart, a.n);
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/**
 * Write the tag-independent feature hashes of token `i` in segment
 * `[s, e)` into `out`; returns how many were written.
 */
export function staticFeatures(a: TokenAttrs, i: number, s: number, e: number, out: Uint32Array): number {
  const lw = a.low[i];
  const l1 = i - 1 >= s ? a.low[i - 1] : BOS;
  const r1 = i + 1 < e ? a.low[i + 1] : EOS;
  const r2 = i + 2 < e ? a.low[i + 2] : EOS;
  const sh = a.shape[i];
  const sl1 = i - 1 >= s ? a.short[i - 1] : BOS;
  const sr1 = i + 1 < e ? a.short[i + 1] : EOS;
  const g = a.gaz[i];
  const gl = i - 1 >= s ? a.gaz[i - 1] : 0xffff;
  const gr = i + 1 < e ? a.gaz[i + 1] : 0xffff;
  const caps = a.caps[i];
  const first = i === s ? 1 : 0;
  let k = 0;
  out[k++] = 1;
  out[k++] = mix(2, a.word[i]);
  out[k++] = mix(3, lw);
  out[k++] = mix(4, sh);
  out[k++] = mix(5, a.pre3[i]);
  out[k++] = mix(6, a.suf2[i]);
  out[k++] = mix(7, a.suf3[i]);
  out[k++] = mix(8, a.suf4[i]);
  out[k++] = mix(9, l1);
  out[k++] = mix(10, r1);
  out[k++] = mix(12, r2);
  out[k++] = mix3(15, l1, lw);
  out[k++] = mix3(16, lw, r1);
  out[k++] = mix3(17, sl1, a.short[i]);
  out[k++] = mix3(18, a.short[i], sr1);
  out[k++] = mix(19, g);
  out[k++] = mix(20, gl);
  out[k++] = mix(21, gr);
  out[k++] = mix3(23, caps, sh);
  out[k++] = mix3(24, caps, lw);
  out[k++] = mix3(27, l1, a.short[i]);
  out[k++] = mix3(28, a.short[i], r1);
  out[k++] = mix3(29, a.cform[i], caps);
  out[k++] = mix3(30, a.cform[i], first * 4 + (a.short[i] & 3));
  out[k++] = mix3(31, l1, r1);
  out[k++] = mix3(32, sl1, mix(a.short[i], sr1));
  const cl = a.cluster[i];
  out[k++] = mix(33, cl & 0xffff);
  out[k++] = mix(34, cl >>> 16);
  out[k++] = mix(35, i - 1 >= s ? a.cluster[i - 1] & 0xffff : 0xffff);
  out[k++] = mix(36, i + 1 < e ? a.cluster[i + 1] & 0xffff : 0xffff);
  out[k++] = mix3(37, cl >>> 16, a.short[i]);
  // Gazetteer flags for a word the unlabelled text never showed: the lists are then the main evidence.
  out[k++] = mix3(48, g, cl === 0 ? 1 : 0);
  out[k++] = mix(38, a.doc[i]);
  out[k++] = mix3(39, a.doc[i], a.short[i]);
  // An everyday lower-case word or its "-ly" adverb, capitalised: at a sentence start, in a headline or mid-sentence.
  out[k++] = mix3(49, a.lex[i], first * 4 + caps);
  return k;
}

/** Most static features `staticFeatures` writes. */
export const MAX_STATIC = 40;

/**
 * Tag-dependent feature hashes given the previous two tags and `hist`, the
 * class the same word last got in this block (0 none, else 1 + label class).
 */
export function tagFeatures(a: TokenAttrs, i: number, p1: number, p2: number, hist: number, out: Uint32Array, k: number): number {
  out[k++] = mix(40, p1);
  out[k++] = mix(44, hist);
  out[k++] = mix3(45, hist, a.short[i]);
  out[k++] = mix3(41, p1, p2);
  out[k++] = mix3(42, p1, a.low[i]);
  out[k++] = mix3(43, p1, a.short[i]);
  out[k++] = mix3(46, p1, a.cluster[i] & 0xffff);
  return k;
}
