/**
 * Finding a cue's source span: the noun phrase just before the cue
 * (skipping auxiliaries and adverbs: "The US has previously accused"), or,
 * for inverted and prepositional cues ("…,” said Kirby", "according to X"),
 * the noun phrase after it.
 */
import type { Layout } from './layout';
import { isCapitalised, isWord } from './tokens';
import { isNameParticle } from '../name-particles';
import { AUX_ADVERBS, NP_STOP } from './lexicon';
import { isSayingWord } from './verbClasses';
import { sentencePos } from './cueModel';
import { POS_TAGS, type PosTag } from '../pos/tagger';

/** Other verbs that put their source after them ("…,” read the statement", "…,” he continued"). */
const INVERTING = new Set(['read', 'reads', 'continued', 'continues']);

/** A source as an inclusive token range, and which side of the cue it is on. */
export interface SourceRange {
  from: number;
  to: number;
  side: 'left' | 'right';
}

const MAX_NP = 12;

/** True when the cue's last word takes its source after it ("according to", "by"). */
export function prepositionalCue(L: Layout, to: number): boolean {
  const w = L.toks[to].lower;
  return w === 'to' || w === 'by' || w === 'from';
}

/** Token index → true for a finite verb ("deserved", "has", "will"): where a noun phrase after a cue stops. */
type VerbAt = (k: number) => boolean;
const NO_VERBS: VerbAt = () => false;

/** Each layout's sentence tags, tagged once however many cues of a sentence ask. */
const TAGS = new WeakMap<Layout, Array<Uint8Array | undefined>>();

/** Part-of-speech tags (indices into POS_TAGS) of sentence `si`, tagged on first use. */
function sentenceTags(L: Layout, si: number): Uint8Array {
  let memo = TAGS.get(L);
  if (!memo) TAGS.set(L, (memo = []));
  const s = L.sents[si];
  return (memo[si] ??= sentencePos(L.toks.slice(s.from, s.to)));
}

/** The coarse part-of-speech tag of token `k` (its sentence tagged once, on first use). */
export function tagAt(L: Layout, k: number): PosTag {
  const si = L.sentOf[k];
  return POS_TAGS[sentenceTags(L, si)[k - L.sents[si].from]];
}

/**
 * A lazy finite-verb test over sentence `si` of the layout, from the
 * part-of-speech tagger (tagged only when a source walk asks).
 */
function finiteVerbs(L: Layout, si: number): VerbAt {
  const { from, to } = L.sents[si];
  let pos: Uint8Array | undefined;
  return (k) => {
    if (k < from || k >= to) return false;
    pos ??= sentenceTags(L, si);
    return FINITE.has(POS_TAGS[pos[k - from]]);
  };
}
const FINITE = new Set(['V', 'VZ', 'VD', 'MD']);

/**
 * True for a token of a noun phrase: a word, a slash joining two words with
 * no space around it ("a CNN/ORC poll"), a thousands comma ("10,000
 * people"), a per cent sign after a number ("34% of voters") or the
 * apostrophe of a plural possessive ("the port workers’ union"; not in
 * quotes, where it may close a quote).
 */
function phraseTok(L: Layout, j: number): boolean {
  const t = L.toks[j];
  if (isWord(t)) return true;
  const a = L.toks[j - 1];
  const b = L.toks[j + 1];
  if (!a || a.end !== t.start) return false;
  if (t.text === '%' && /\p{N}$/u.test(a.text)) return true;
  if (/^[’']$/.test(t.text) && /s$/i.test(a.text) && !!b && b.start > t.end && isWord(b) && !L.inQuote[j]) return true;
  if (t.text === ',' && !!b && b.start === t.end && /\p{N}$/u.test(a.text) && /^\p{N}/u.test(b.text)) return true;
  return t.text === '/' && !!b && b.start === t.end && isWord(a) && isWord(b);
}

/** The noun phrase ending at token `end` (inclusive), walking left to `min`. */
function npLeft(L: Layout, end: number, min: number, verb: VerbAt = NO_VERBS): SourceRange | null {
  let j = end;
  while (j >= min && phraseTok(L, j) && !NP_STOP.has(L.toks[j].lower) && end - j < MAX_NP && !verb(j)) j--;
  return j < end ? { from: j + 1, to: end, side: 'left' } : null;
}

/**
 * The noun phrase starting at token `start`, walking right to `max`
 * (exclusive), stopping before a finite verb ("…, said the family deserved
 * better": the family).
 */
function npRight(L: Layout, start: number, max: number, verb: VerbAt = NO_VERBS): SourceRange | null {
  let j = start;
  while (j < max && phraseTok(L, j) && !NP_STOP.has(L.toks[j].lower) && j - start < MAX_NP && !(j > start && verb(j))) j++;
  return j > start ? { from: start, to: j - 1, side: 'right' } : null;
}

/**
 * "Name, the role, said" and "the role, Name, said" ("her mother, Fiona,
 * said"): with a comma at `comma` just before the cue, the appositive and
 * the phrase before it (the whole span), when either part ends in a name.
 */
function apposition(L: Layout, comma: number, min: number): SourceRange | null {
  const inner = npLeft(L, comma - 1, min);
  if (!inner) return null;
  const c2 = inner.from - 1;
  if (c2 > min && L.toks[c2].text === ',') {
    const outer = npLeft(L, c2 - 1, min);
    if (outer && (isCapitalised(L.toks[outer.to]) || isNamePhrase(L, inner))) return { from: outer.from, to: comma, side: 'left' };
  }
  return null;
}

/** True if the phrase is a name: capitalised words, with particles only inside ("Ines Varga", not "a welder from Dundee"). */
function isNamePhrase(L: Layout, r: SourceRange): boolean {
  if (!isCapitalised(L.toks[r.from]) || !isCapitalised(L.toks[r.to])) return false;
  for (let k = r.from; k <= r.to; k++) {
    const t = L.toks[k];
    if (isWord(t) && !isCapitalised(t) && !isNameParticle(t.lower)) return false;
  }
  return true;
}

/**
 * "Asked whether …, Okafor said", "Pressed by reporters on …, she said": a
 * past participle opening the sentence heads a clause that ends at the
 * first comma, before the main clause's own subject. Returns that comma's
 * token index, or -1. (Openers in -ing, "Speaking to reporters, …", scored
 * worse this way in cross-validation: they are rarely cues of their own.)
 */
export function openingClauseEnd(L: Layout, from: number): number {
  const s = L.sents[L.sentOf[from]];
  if (from !== s.from || !/[a-z]ed$/.test(L.toks[from].lower)) return -1;
  for (let k = from + 1; k < s.to - 1; k++) if (L.toks[k].text === ',' && !L.inQuote[k]) return k;
  return -1;
}

/**
 * Words that, opening a sentence, start an adverbial or a clause rather than
 * its subject ("Throughout the 2000s, …", "Asked about it, …", "But …"); with
 * OPENERS, where `openingSubject` finds no speaker.
 */
const NOT_SUBJECT_START = new Set([
  'throughout',
  'from',
  'under',
  'over',
  'among',
  'despite',
  'amid',
  'about',
  'across',
  'against',
  'around',
  'without',
  'within',
  'to',
  'as',
  'of',
  'unlike',
  'like',
  'upon',
  "what's",
  'what’s',
  'asked',
  'when',
  'if',
  'while',
  'although',
  'though',
  'because',
  'but',
  'and',
  'so',
  'also',
  'indeed',
  'even',
]);

/** Words that open a short phrase before the subject ("On Monday, …", "In a letter to donors, …"). */
const OPENERS = new Set([
  'on',
  'in',
  'at',
  'after',
  'before',
  'during',
  'last',
  'earlier',
  'later',
  'since',
  'for',
  'with',
  'by',
  'meanwhile',
  'still',
  'yet',
  'instead',
  'however',
  'then',
  'now',
  'today',
  'yesterday',
]);

/** Words a plain subject does not hold ("Many adoptees try to …" is no subject of "telling"). */
const NOT_IN_SUBJECT = new Set(['to', 'is', 'was', 'are', 'were', "it's", 'it’s', 'what', 'who', 'which']);
/** Subjects that name no one ("There", "It", "This"). */
const EXPLETIVES = new Set(['there', 'it', 'this', 'that', 'here']);

/**
 * The subject of the sentence holding token `at`, when the sentence opens
 * with a noun phrase directly followed by its finite verb ("The mayor
 * rebutted the charge, …"): the source a trailing participle (", saying …")
 * takes when the main verb was no cue of its own. Null otherwise.
 */
export function sentenceSubject(L: Layout, at: number): SourceRange | null {
  const s = L.sents[L.sentOf[at]];
  const verb = finiteVerbs(L, L.sentOf[at]);
  // past a short opener: "On Monday, Ramos …", "In a letter to donors, the mayor …"
  let start = s.from;
  if (OPENERS.has(L.toks[start].lower)) {
    let k = start + 1;
    while (k < at && k - start <= 6 && L.toks[k].text !== ',') k++;
    if (L.toks[k]?.text === ',' && k < at) start = k + 1;
  }
  const np = npRight(L, start, at, verb);
  if (!np || !verb(np.to + 1)) return null;
  let end = np.to;
  // "He basically said": an adverb before the verb is not part of the subject
  while (end > np.from && (/ly$/.test(L.toks[end].lower) || AUX_ADVERBS.has(L.toks[end].lower))) end--;
  for (let k = np.from; k <= end; k++) if (NOT_IN_SUBJECT.has(L.toks[k].lower)) return null;
  if (end === np.from && EXPLETIVES.has(L.toks[end].lower)) return null;
  return { from: np.from, to: end, side: 'left' };
}

/**
 * "Friends of the mayor who have seen her on the trail say": the walk left
 * from the cue stopped at a relative pronoun, so what it found is the
 * relative clause (it holds a finite verb); the speaker is the noun phrase
 * the clause belongs to. Null when that is not the case.
 */
function relativeHead(L: Layout, np: SourceRange, min: number): SourceRange | null {
  const rel = np.from - 1;
  if (rel - 1 < min || L.toks[rel].lower !== 'who') return null;
  const verb = finiteVerbs(L, L.sentOf[min]);
  let finite = false;
  for (let k = np.from; k <= np.to && !finite; k++) finite = verb(k);
  return finite ? npLeft(L, rel - 1, min) : null;
}

/**
 * "…, he and Mr. Allen said", "current and former officials said": a source
 * whose walk stopped at "and" or "or" takes in the conjunct before it, when
 * that conjunct starts at a boundary (the sentence's start or a punctuation
 * mark), so the whole subject is the source.
 */
function coordinated(L: Layout, np: SourceRange, min: number): SourceRange {
  const c = np.from - 1;
  if (c - 1 < min || (L.toks[c].lower !== 'and' && L.toks[c].lower !== 'or')) return np;
  const head = npLeft(L, c - 1, min);
  if (!head || (head.from > min && isWord(L.toks[head.from - 1]))) return np;
  return { from: head.from, to: np.to, side: 'left' };
}

/** Words that end the asker after "Asked by …" ("by reporters to …", "by CNN whether …"). */
const BY_STOP = new Set(['to', 'about', 'if', 'whether', 'on', 'for', 'why', 'what', 'how', 'when', 'during', 'at', 'in']);

/** The source of the cue spanning tokens `[from, to]`, or null. */
export function findSource(L: Layout, from: number, to: number): SourceRange | null {
  const s = L.sents[L.sentOf[from]];
  if (prepositionalCue(L, to)) return npRight(L, to + 1, s.to);
  const opening = openingClauseEnd(L, from);
  if (opening >= 0) {
    // the asker, when named ("Asked by reporters whether …"); else no source in the text
    if (L.toks[to + 1]?.lower !== 'by') return null;
    let j = to + 2;
    while (j < opening && isWord(L.toks[j]) && !BY_STOP.has(L.toks[j].lower)) j++;
    return j > to + 2 ? { from: to + 2, to: j - 1, side: 'right' } : null;
  }
  const before = from > s.from ? L.toks[from - 1].text : '';
  // "…, saying it would …", "…,” adding …": a participle's subject is the main
  // clause's (inherited), not whatever ends before the comma
  const comma = before === ',' || (/^[”"’]$/.test(before) && from - 2 >= s.from && L.toks[from - 2].text === ',');
  if (comma && L.toks[from].lower.endsWith('ing')) return null;
  let j = from - 1;
  // (a capital mid-sentence is a name: "…,” Will wrote)
  while (j >= s.from && AUX_ADVERBS.has(L.toks[j].lower) && !(j > s.from && isCapitalised(L.toks[j]))) j--;
  // "Sen. Jane Doe (D-Ohio) said": the parenthesis belongs to the name
  if (j > s.from && L.toks[j].text === ')') {
    let k = j - 1;
    while (k > s.from && L.toks[k].text !== '(' && j - k < 8) k--;
    if (L.toks[k].text === '(' && k > s.from) {
      const name = npLeft(L, k - 1, s.from);
      if (name) return { from: name.from, to: j, side: 'left' };
    }
  }
  const left = j < s.from ? null : L.toks[j].text === ',' ? apposition(L, j, s.from) : npLeft(L, j, s.from);
  if (left) return relativeHead(L, left, s.from) ?? coordinated(L, left, s.from);
  if (from === s.from) return npRight(L, to + 1, s.to);
  // inverted order ("…,” said Kirby") is a thing verbs of saying and thinking do, not "…, ordered them to wait"
  // (a layout convention's dash signs the quote before it: "“…” ― Maria Gomez")
  const saying = !isWord(L.toks[from]) || [L.toks[from].lower, L.toks[to].lower].some((w) => isSayingWord(w) || INVERTING.has(w));
  if (/^[,”"’―—–:(]$/.test(before) && saying) {
    const verb = finiteVerbs(L, L.sentOf[from]);
    const np = npRight(L, to + 1, s.to, verb);
    // "The mayor, backed by the unions, said the port would stay open": a phrase followed by its verb is the content's subject
    return np && verb(np.to + 1) ? null : np;
  }
  return null;
}

/**
 * "The plan was backed by the mayor", "a practice criticised by unions": a
 * past participle followed by "by" and a noun phrase takes that agent as
 * its source and the noun phrase it describes, before it, as its content
 * (past auxiliaries and adverbs, or a comma: "The mayor, backed by unions,
 * …"). Null when the cue is no such participle or either phrase is missing
 * ("concluded by admonishing …" is no agent).
 */
export function passiveClaim(L: Layout, from: number, to: number): { source: SourceRange; content: SourceRange } | null {
  const s = L.sents[L.sentOf[from]];
  if (L.toks[to + 1]?.lower !== 'by' || to + 2 >= s.to || L.inQuote[to]) return null;
  const tags = sentenceTags(L, L.sentOf[from]);
  if (POS_TAGS[tags[to - s.from]] !== 'VN' || POS_TAGS[tags[to + 2 - s.from]] === 'VG') return null;
  const verb = finiteVerbs(L, L.sentOf[from]);
  const agent = npRight(L, to + 2, s.to, verb);
  if (!agent) return null;
  let j = from - 1;
  while (j >= s.from && AUX_ADVERBS.has(L.toks[j].lower)) j--;
  if (j >= s.from && L.toks[j].text === ',') j--;
  const patient = j >= s.from ? npLeft(L, j, s.from, verb) : null;
  return patient ? { source: agent, content: patient } : null;
}

/**
 * "Sam Ode, 45, a retiree from Ohio, said he …": the phrase that opens the
 * sentence, set off by a comma, as the source of a cue right after a comma
 * that found none of its own. Null otherwise.
 */
export function openingSubject(L: Layout, from: number): SourceRange | null {
  const s = L.sents[L.sentOf[from]];
  if (from - 1 <= s.from || L.toks[from - 1].text !== ',' || /ing$/.test(L.toks[from].lower)) return null;
  // not an opening adverbial ("Later on Sunday, …", "Speaking in Ames, …", "Instead, …")
  const w = L.toks[s.from].lower;
  if (OPENERS.has(w) || NOT_SUBJECT_START.has(w) || /(ing|ly)$/.test(w) || !isCapitalised(L.toks[s.from])) return null;
  const np = npRight(L, s.from, from, finiteVerbs(L, L.sentOf[from]));
  return np && np.to + 1 < from - 1 && L.toks[np.to + 1].text === ',' ? { ...np, side: 'left' } : null;
}
