/**
 * Finding a cue's content span. Content follows the cue ("X said (that) …",
 * "according to X, …") unless the cue and its source close the clause
 * ("…, sources said", "“…,” Kirby said Friday"), in which case content is the
 * clause or quote before them — extended to a quote that resumes after the
 * cue ("“Judge,” he said, “I have …”"). Quotes opened in the content run to
 * their close, across sentences.
 */
import type { Layout, SentRange } from './layout';
import { isCapitalised, isCloseQuote, isOpenQuote, isWord, type Tok } from './tokens';
import { openingClauseEnd, prepositionalCue, type SourceRange } from './source';
import { ADDRESSEE_VERBS, TIME_WORDS } from './lexicon';
import { isSayingWord } from './verbClasses';
import { isSpeakerLabel, paragraphEnd } from './patterns';

/** Words that open a setting phrase after a cue ("… on Twitter", "… last week"). */
const SETTING_START: ReadonlySet<string> = new Set([
  ...TIME_WORDS,
  'during',
  'via',
  'from',
  'with',
  'at',
  'after',
  'before',
  'by',
  'to',
  'through',
  'over',
  'in',
  'on',
]);
const BOUNDARY = /^[,”"’―—–(]$/;
const SETTING_WORDS: ReadonlySet<string> = new Set([
  'of',
  'about',
  'late',
  'early',
  'again',
  'afterward',
  'afterwards',
  'once',
  'separately',
  'instead',
  'too',
]);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'reporters']);

/**
 * Where forward scans from each token stop, computed once per layout (one
 * backward pass): findContent runs once per cue, and scanning to the end of
 * a long unpunctuated run from every cue in it made such runs quadratic.
 * Each array has one entry per token plus one for the end (the token count).
 */
interface Scans {
  /** The first word token at or after i. */
  nextWord: Int32Array;
  /** The first token at or after i that is not a word, or is "that". */
  wordRunEnd: Int32Array;
  /** The first opening quotation mark at or after i. */
  nextOpenQuote: Int32Array;
}

const scansMemo = new WeakMap<Layout, Scans>();

function scansOf(L: Layout): Scans {
  let s = scansMemo.get(L);
  if (s && s.nextWord.length === L.toks.length + 1) return s;
  const n = L.toks.length;
  s = { nextWord: new Int32Array(n + 1), wordRunEnd: new Int32Array(n + 1), nextOpenQuote: new Int32Array(n + 1) };
  s.nextWord[n] = s.wordRunEnd[n] = s.nextOpenQuote[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const t = L.toks[i];
    const word = isWord(t);
    s.nextWord[i] = word ? i : s.nextWord[i + 1];
    s.wordRunEnd[i] = word && t.lower !== 'that' ? s.wordRunEnd[i + 1] : i;
    s.nextOpenQuote[i] = isOpenQuote(t) ? i : s.nextOpenQuote[i + 1];
  }
  scansMemo.set(L, s);
  return s;
}

/** Character range `[start, end)` trimmed of spaces and stray punctuation. */
function trimmed(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /[\s,;:—–―-]/.test(text[start])) start++;
  while (end > start && /[\s,;:—–―-]/.test(text[end - 1])) end--;
  if (end > start && text[end - 1] === '.' && !/[”"’]/.test(text[end - 2] ?? '')) end--;
  return end > start ? [start, end] : null;
}

/** End offset of the quote a token belongs to, when it runs past `limit`. */
function quoteEndBeyond(L: Layout, tok: number, limit: number): number {
  const q = L.quoteOf[tok];
  return q >= 0 && L.quotes[q].close > limit ? L.quotes[q].close : limit;
}

/**
 * "He said:" ending its sentence introduces what follows: the next quote, or
 * else the next paragraph.
 */
function introducedBlock(L: Layout, s: { to: number; end: number }): [number, number] | null {
  if (s.to === 0 || L.toks[s.to - 1].text !== ':' || s.to >= L.toks.length) return null;
  const next = L.toks[s.to];
  const q = L.quoteOf[s.to];
  if (isOpenQuote(next) && q >= 0) return [next.start, L.quotes[q].close];
  return trimmed(L.text, next.start, paragraphEnd(L, L.sentOf[s.to]));
}

/** A word that can open a saying verb's setting: a number, an adverb, "of" ("said 10 days ago", "said privately", "said of"); days and places are TIME_WORDS and SETTING_START. */
function settingWord(t: Tok): boolean {
  return /^\p{N}/u.test(t.text) || /ly$/.test(t.lower) || SETTING_WORDS.has(t.lower);
}

/**
 * True when quote `q` opens right after a word of its sentence (“to chants
 * of "Lena! Lena!," the senator said her campaign …”): it belongs to that
 * clause and is no speech of the cue after it.
 */
function quoteInsideClause(L: Layout, q: number, sFrom: number): boolean {
  const open = L.quotes[q].open;
  let i = sFrom;
  while (i < L.toks.length && L.toks[i].start < open) i++;
  return i > sFrom && /^\p{L}/u.test(L.toks[i - 1].text);
}

/** The rest of token `from`'s sentence, as a character range ("In a CBS poll, [she led by 24 points]"). */
export function sentenceRest(L: Layout, from: number): [number, number] | null {
  return trimmed(L.text, L.toks[from].start, L.sents[L.sentOf[from]].end);
}

/**
 * A cue phrase as findContent reads it: the cue `[from, to]`, its source,
 * and what stands around them in their sentence.
 */
interface CuePhrase {
  from: number;
  to: number;
  src: SourceRange | null;
  /** The cue's sentence. */
  s: SentRange;
  /** First and last token of the cue phrase: the cue with its source. */
  left: number;
  right: number;
  /** The token before the cue phrase, where a clause or quote before it ends (see tokenBefore); null if none. */
  before: Tok | null;
  /** The end of the run of words after the cue phrase: the first punctuation mark or "that", or the sentence's end. */
  runEnd: number;
  /** Words in that run: few, and the cue phrase closes its clause. */
  words: number;
}

/**
 * The token before the cue phrase; a closing quote that ended the previous
 * "sentence" (“…?” Clinton said) counts too, but not one after a full stop,
 * which ends its sentence (“… planner.” She also said, that “…”), unless
 * nothing follows the cue (“… missing.” Trump said.)
 */
function tokenBefore(L: Layout, s: SentRange, left: number, right: number): Tok | null {
  const prevTok = left > 0 ? L.toks[left - 1] : null;
  let tail = right + 1;
  if (tail < s.to) tail = Math.min(scansOf(L).nextWord[tail], s.to);
  const quoteEndsSentence = left >= 2 && L.toks[left - 2].text === '.' && tail < s.to;
  return left > s.from
    ? prevTok
    : prevTok && isCloseQuote(prevTok) && L.sents[L.sentOf[left - 1]]?.para === s.para && !quoteEndsSentence
      ? prevTok
      : null;
}

function cuePhrase(L: Layout, from: number, to: number, src: SourceRange | null): CuePhrase {
  const s = L.sents[L.sentOf[from]];
  const left = Math.min(from, src && src.side === 'left' ? src.from : from);
  const right = Math.max(to, src && src.side === 'right' ? src.to : to);
  let runEnd = right + 1;
  if (runEnd < s.to) runEnd = Math.min(scansOf(L).wordRunEnd[runEnd], s.to);
  return { from, to, src, s, left, right, before: tokenBefore(L, s, left, right), runEnd, words: runEnd - (right + 1) };
}

/**
 * The few words after the cue phrase are its setting, not the object of a
 * stance or action cue ("…, the FDIC declined to comment", "…, he announced
 * his resignation"): a few words after a cue are setting only after a verb
 * of saying or thinking, an addressee verb ("told reporters"), or a
 * time/place opener ("…, officials said Friday", "…, he said of the plan"),
 * but not a clause ("Speaking in Lagos, the minister said the deal was done").
 */
function settingFollows(L: Layout, c: CuePhrase): boolean {
  return (
    c.words === 0 ||
    ADDRESSEE_VERBS.has(L.toks[c.to].lower) ||
    SETTING_START.has(L.toks[c.right + 1].lower) ||
    ((isSayingWord(L.toks[c.from].lower) || isSayingWord(L.toks[c.to].lower)) && settingWord(L.toks[c.right + 1]))
  );
}

/**
 * "…, according to a campaign official who was not authorized to speak":
 * after the start of its sentence, "according to" closes the clause before
 * it, however long its source.
 */
function trailingAccording(L: Layout, c: CuePhrase): boolean {
  return c.left > c.s.from && L.toks[c.to].lower === 'to' && L.toks[c.to - 1]?.lower === 'according';
}

/** The cue phrase closes the clause: the sentence's end or a break follows its few words of setting. */
function closesClause(L: Layout, c: CuePhrase): boolean {
  return (
    (c.words <= 4 && (c.runEnd >= c.s.to || /^[.,;!?—–―)]$/.test(L.toks[c.runEnd].text)) && settingFollows(L, c)) || trailingAccording(L, c)
  );
}

/** "According to X, …" opening its sentence: the content follows. */
function opensWithPreposition(L: Layout, c: CuePhrase): boolean {
  return prepositionalCue(L, c.to) && c.left === c.s.from;
}

/**
 * “…,” Trump said in August after …: a quote closed by a comma just before
 * the source and cue is their content, whatever follows the cue, unless the
 * quote sits inside a clause of its own.
 */
function quoteClosedBefore(L: Layout, c: CuePhrase): boolean {
  const { before, left } = c;
  return (
    !!before &&
    before.text !== ',' &&
    isCloseQuote(before) &&
    left - 2 >= 0 &&
    L.toks[left - 2].text === ',' &&
    L.quoteOf[left - 1] >= 0 &&
    !quoteInsideClause(L, L.quoteOf[left - 1], c.s.from)
  );
}

/**
 * "…, adding that …", "…,” adding …", "…, conceding the race": a participle
 * with no subject of its own continues the main clause; its content follows it.
 */
function subjectlessParticiple(L: Layout, c: CuePhrase): boolean {
  return !c.src && c.left > c.s.from && L.toks[c.from].lower.endsWith('ing');
}

/**
 * "Asked about it, Carson said, “…”": a quote opening after the cue is its
 * content, unless a quote also closes before it (“A,” he said, “B”).
 */
function quoteOpensAfter(L: Layout, c: CuePhrase): boolean {
  const { before, left, runEnd: k, s } = c;
  const quoteAfter = k + 1 < s.to && /^[,:]$/.test(L.toks[k].text) && isOpenQuote(L.toks[k + 1]);
  const quotedBefore = !!before && (isCloseQuote(before) || (before.text === ',' && left - 2 >= s.from && isCloseQuote(L.toks[left - 2])));
  return quoteAfter && !quotedBefore;
}

/**
 * A trailing "according to" needs no comma before it ("… 46 percent to 39
 * percent according to a CBS poll"), unless a conjunction stands there
 * ("But according to …").
 */
function wordBeforeAccording(L: Layout, c: CuePhrase): boolean {
  const { before } = c;
  return trailingAccording(L, c) && !!before && isWord(before) && !/^(but|and|or|so|yet|still|however|now|then)$/.test(before.lower);
}

/** The content is the clause or quote before the cue phrase ("…, sources said", "“…,” Kirby said Friday"), not what follows it. */
function contentPrecedes(L: Layout, c: CuePhrase): boolean {
  const { before } = c;
  if (!before || !(BOUNDARY.test(before.text) || wordBeforeAccording(L, c))) return false;
  return (
    (closesClause(L, c) || quoteClosedBefore(L, c)) && !opensWithPreposition(L, c) && !subjectlessParticiple(L, c) && !quoteOpensAfter(L, c)
  );
}

/** The content before a cue phrase that closes its clause: the clause or quote before it, and a quote that resumes after it. */
function contentBefore(L: Layout, c: CuePhrase, before: Tok): [number, number] | null {
  const { left, runEnd: k, s } = c;
  let start = s.start;
  let end = before.end;
  const q = L.quoteOf[left - 1];
  if (isCloseQuote(before) && q >= 0) start = Math.min(start, L.quotes[q].open);
  else if (before.text === ',' && left - 2 >= s.from && isCloseQuote(L.toks[left - 2])) {
    const q2 = L.quoteOf[left - 2];
    if (q2 >= 0) start = Math.min(start, L.quotes[q2].open);
    end = L.toks[left - 2].end;
  } else if (before.text === ',') end = before.start;
  if (!isCloseQuote(before) && before.text !== ',' && !wordBeforeAccording(L, c)) end = before.start;
  // quote resumes after the cue: “A,” he said, “B.”
  if (k < s.to && L.toks[k].text === ',' && k + 1 < L.toks.length && isOpenQuote(L.toks[k + 1])) {
    const q3 = L.quoteOf[k + 1];
    if (q3 >= 0) end = L.quotes[q3].close;
  } else if (before.text === ',' && k + 1 < s.to && L.toks[k].text === ',' && start === s.start) {
    // parenthetical cue: "The museum, Mr. Bush said, celebrated …"
    end = s.end;
  }
  return trimmed(L.text, start, end);
}

/**
 * The content after the cue phrase: past a comma or colon, and past the
 * addressee or a few setting words before "that" ("told reporters Friday
 * that …"); a quote opened in it runs to its close. With nothing there, the
 * block a colon introduces, a quote just before the source, or the quote
 * that opens the next sentence.
 */
function contentAfter(L: Layout, c: CuePhrase): [number, number] | null {
  const { to, right, left, s, src } = c;
  let start = right + 1;
  if (start < s.to && (L.toks[start].text === ',' || L.toks[start].text === ':')) start++;
  let t = start;
  const addressee = ADDRESSEE_VERBS.has(L.toks[to].lower);
  while (t < s.to && t - start < 5 && isWord(L.toks[t]) && L.toks[t].lower !== 'that') {
    const w = L.toks[t];
    if (!(TIME_WORDS.has(w.lower) || addressee || isCapitalised(w))) break;
    t++;
  }
  if (t < s.to && L.toks[t].lower === 'that' && t > start) start = t;
  else if (addressee && start < s.to && OBJECT_PRONOUNS.has(L.toks[start].lower)) start++;
  if (start >= s.to) return introducedBlock(L, s);
  let end = s.end;
  const open = scansOf(L).nextOpenQuote[start];
  if (open < s.to) end = quoteEndBeyond(L, open, end);
  const after = trimmed(L.text, L.toks[start].start, end);
  return after ?? quoteJustBefore(L, s.from, left) ?? (src ? quoteNext(L, s) : null);
}

/** The content of the cue `[from, to]` with source `src`, as a character range. */
export function findContent(L: Layout, from: number, to: number, src: SourceRange | null): [number, number] | null {
  if (from === to && isSpeakerLabel(L, from)) return trimmed(L.text, L.toks[from].end, paragraphEnd(L, L.sentOf[from]));
  // "Asked whether …, Okafor said …": the opening clause is the question
  const opening = openingClauseEnd(L, from);
  if (opening >= 0) {
    const start = src && src.side === 'right' ? src.to + 1 : to + 1;
    return start < opening ? trimmed(L.text, L.toks[start].start, L.toks[opening].start) : null;
  }
  const c = cuePhrase(L, from, to, src);
  return c.before && contentPrecedes(L, c) ? contentBefore(L, c, c.before) : contentAfter(L, c);
}

/**
 * "Bystrom agreed. “Mainstream …”": when a cue with a source ends its
 * sentence, the quote that opens the next sentence of the paragraph. Null
 * when there is none.
 */
function quoteNext(L: Layout, s: { to: number }): [number, number] | null {
  if (s.to >= L.toks.length || L.sents[L.sentOf[s.to]].para !== L.sents[L.sentOf[s.to - 1]].para) return null;
  const q = L.quoteOf[s.to];
  return isOpenQuote(L.toks[s.to]) && q >= 0 && L.quotes[q].open === L.toks[s.to].start ? [L.quotes[q].open, L.quotes[q].close] : null;
}

/**
 * "“…,” a spokesman for the party said.": with nothing after a cue, a quote
 * closed by a comma a few words before its source (which stopped short at
 * "for") is its content. Null when there is none.
 */
function quoteJustBefore(L: Layout, sFrom: number, left: number): [number, number] | null {
  let j = left - 1;
  while (j > sFrom && isWord(L.toks[j]) && left - j <= 8) j--;
  if (j < 1 || !isCloseQuote(L.toks[j]) || L.toks[j - 1].text !== ',' || L.quoteOf[j] < 0) return null;
  return trimmed(L.text, L.quotes[L.quoteOf[j]].open, L.toks[j].end);
}
