/**
 * Layout conventions that mark attribution without a reporting verb:
 * a quote signed with a dash (“…” ― Jane Doe), a transcript's speaker
 * label at the start of a paragraph (WALLACE: …, Sen. Kaine: …), but not an
 * interview's "Q:" and "A:", and a poll's finding ("In a CBS News poll, …").
 */
import type { Layout } from './layout';
import { isCapitalised, isCloseQuote, isOpenQuote, isWord } from './tokens';

const DASHES = new Set(['―', '—', '–']);
const MAX_LABEL = 4;
const ARTICLES = new Set(['the', 'a', 'an']);
/**
 * Newsroom labels that open a paragraph with a colon but name no speaker:
 * bylines and credits, corrections and notes, kickers, contact lines, and
 * the field names of a profile box ("Name: …", "Age: …").
 */
const NOT_SPEAKERS = new Set([
  'byline',
  'by',
  'contributing',
  'contributors',
  'reporting',
  'additional reporting',
  'credit',
  'credits',
  'photo',
  'photos',
  'source',
  'sources',
  'correction',
  'corrections',
  'clarification',
  'update',
  'updated',
  'updates',
  "editor's note",
  'note',
  'editors note',
  'disclosure',
  'email',
  'e-mail',
  'twitter',
  'facebook',
  'instagram',
  'contact',
  'follow',
  'video',
  'watch',
  'listen',
  'read',
  'read more',
  'more',
  'related',
  'see also',
  'also',
  'previously',
  'breaking',
  'breaking news',
  'exclusive',
  'developing',
  'live',
  'analysis',
  'opinion',
  'commentary',
  'editorial',
  'review',
  'transcript',
  'video transcript',
  'abstract',
  'summary',
  'recap',
  'bonus',
  'tip',
  'warning',
  'spoiler',
  'look',
  'wow',
  'boom',
  'name',
  'age',
  'city',
  'job',
  'pay',
  'where',
  'when',
  'what',
  'why',
  'how',
  'date',
  'time',
  'location',
  'topics',
  'tags',
  'filed under',
]);

/** True when token `i` is a dash signing the quote before it. */
export function isSignatureDash(L: Layout, i: number): boolean {
  const t = L.toks[i];
  if (!DASHES.has(t.text) || i === 0 || i + 1 >= L.toks.length) return false;
  let p = i - 1;
  if (L.toks[p].text === '.' && p > 0) p--;
  const next = L.toks[i + 1];
  return isCloseQuote(L.toks[p]) && isCapitalised(next) && L.sentOf[i + 1] === L.sentOf[i];
}

/**
 * True when token `i` is the colon of an interview's "Q:" or "A:" opening its
 * paragraph: it marks turns, not a speaker (the question is no claim, and
 * the answer's claims have their own cues).
 */
export function isInterviewLabel(L: Layout, i: number): boolean {
  if (L.toks[i].text !== ':' || i === 0) return false;
  const s = L.sents[L.sentOf[i]];
  if (i - 1 !== s.from || !/^[QA]$/.test(L.toks[i - 1].text)) return false;
  return s.from === 0 || L.sents[L.sentOf[s.from - 1]].para !== s.para;
}

/**
 * When token `i` is a colon after a label opening its paragraph (behind an
 * opening quote mark in a quoted transcript), the label's first token;
 * otherwise -1.
 */
function labelStart(L: Layout, i: number): number {
  if (L.toks[i].text !== ':') return -1;
  const s = L.sents[L.sentOf[i]];
  if (s.from > 0 && L.sents[L.sentOf[s.from - 1]].para === s.para) return -1; // not paragraph-initial
  const first = isOpenQuote(L.toks[s.from]) ? s.from + 1 : s.from;
  return i > first ? first : -1;
}

/** True when the label `[first, colon)` is a newsroom label, not a name. */
function isNewsroomText(L: Layout, first: number, colon: number): boolean {
  return NOT_SPEAKERS.has(
    L.text
      .slice(L.toks[first].start, L.toks[colon - 1].end)
      .toLowerCase()
      .replace(/’/g, "'"),
  );
}

/**
 * True when token `i` is a colon after a newsroom label opening its
 * paragraph ("Contributing:", "BREAKING:"): no speaker, whether a layout
 * convention or the classifier proposed it.
 */
export function isNewsroomLabel(L: Layout, i: number): boolean {
  const first = labelStart(L, i);
  return first >= 0 && i - first <= MAX_LABEL && isNewsroomText(L, first, i);
}

/** True when token `i` is the colon of a speaker label opening its paragraph. */
export function isSpeakerLabel(L: Layout, i: number): boolean {
  const first = labelStart(L, i);
  if (first < 0 || isInterviewLabel(L, i)) return false;
  const s = L.sents[L.sentOf[i]];
  if (i - s.from > MAX_LABEL) return false;
  for (let k = first; k < i; k++) {
    const t = L.toks[k];
    if (!(isWord(t) && isCapitalised(t)) && t.text !== '.') return false;
  }
  // a heading, not a speaker: "The Latest: …", "A Note: …"
  if (ARTICLES.has(L.toks[first].lower) || isNewsroomText(L, first, i)) return false;
  // speech has words: "Smith: 1,204." is a tally
  let words = false;
  for (let k = i + 1; k < s.to && !words; k++) words = /\p{L}/u.test(L.toks[k].text);
  if (!words) return false;
  // a label is followed by speech, not by a list or a headline-like fragment
  return i + 1 < L.toks.length && L.sentOf[i + 1] === L.sentOf[i];
}

/** Nouns for polls, whose findings news reports as attributions. */
const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys']);

/**
 * "In a Harbour Times/Ipsos poll released Monday, 52 percent of voters said
 * …": a sentence opening with "In" and a poll or survey, then a comma, reports
 * the poll's finding; the poll is the source and the rest of the sentence the
 * content. Returns the comma's token index, or -1.
 */
export function pollOpener(L: Layout, i: number): number {
  if (L.toks[i].lower !== 'in') return -1;
  const s = L.sents[L.sentOf[i]];
  if (i !== s.from || L.inQuote[i]) return -1;
  let poll = false;
  for (let k = i + 1; k < s.to - 1 && k - i <= 12; k++) {
    const t = L.toks[k];
    if (t.text === ',') return poll ? k : -1;
    if (!isWord(t) && t.text !== '/' && t.text !== '-') return -1;
    if (POLL_NOUNS.has(t.lower)) poll = true;
  }
  return -1;
}

/** Verbs by which a record or a poll reports ("records show", "the poll found"). */
const EVIDENCE_VERBS = new Set([
  'show',
  'shows',
  'showed',
  'found',
  'finds',
  'suggest',
  'suggests',
  'suggested',
  'indicate',
  'indicates',
  'indicated',
]);
/** Nouns for polls, records and studies. */
const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  ...POLL_NOUNS,
  'study',
  'studies',
  'analysis',
  'report',
  'reports',
  'record',
  'records',
  'document',
  'documents',
  'filing',
  'filings',
  'data',
  'figures',
  'findings',
  'results',
  'tallies',
  'numbers',
  'statistics',
]);

/**
 * True when token `i` is a verb of showing or finding right after a record,
 * poll or study noun, outside quotes ("fundraising documents show", "the
 * poll found"): an attribution cue however the classifier scores "show",
 * which elsewhere is seldom one.
 */
export function isEvidenceCue(L: Layout, i: number): boolean {
  return i > 0 && EVIDENCE_VERBS.has(L.toks[i].lower) && EVIDENCE_NOUNS.has(L.toks[i - 1].lower) && !L.inQuote[i];
}

/** Token indices of the convention cues in the text, in order. */
export function conventionCues(L: Layout): number[] {
  const out: number[] = [];
  for (let i = 0; i < L.toks.length; i++) {
    const c = L.toks[i].text;
    if ((c === ':' && isSpeakerLabel(L, i)) || (DASHES.has(c) && isSignatureDash(L, i)) || pollOpener(L, i) >= 0) out.push(i);
  }
  return out;
}

/** The last character of the paragraph containing sentence `si`. */
export function paragraphEnd(L: Layout, si: number): number {
  let k = si;
  while (k + 1 < L.sents.length && L.sents[k + 1].para === L.sents[si].para) k++;
  return L.sents[k].end;
}
