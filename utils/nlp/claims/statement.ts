/**
 * Statements and beliefs. PolNeAR annotates every attribution — what a
 * source said, but also what it believes, knows, wants, fears or sees — and
 * the extractor finds them all. A reader highlighting "who said what" means
 * statements: what a source is reported to have said, written, announced,
 * claimed, denied, estimated or found. This module sorts a claim by its cue
 * into one of the two, and tells a real source (a name, a role or group, a
 * document or poll, a pronoun) from a phrase that only precedes the cue.
 */
import type { Entity } from '../../types';
import type { Layout } from './layout';
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from './lexicon';
import { isWord, tagAt } from './source';
import { cueClass, HUMAN_NOUNS, verbForms } from './verbClasses';

/** What an attribution reports: a statement (painted) or a belief, knowledge, intention, perception, emotion or desire. */
export type AttributionSort = 'statement' | 'belief';

function forms(bases: string): Set<string> {
  const out = new Set<string>();
  for (const b of bases.split(/\s+/)) if (b) for (const f of verbForms(b)) out.add(f);
  return out;
}

/**
 * Verbs of the SAY class that name an act, not a statement, unless the
 * words follow as a quote or a "that" clause ("posted a photo" is an act,
 * "posted that …" a statement).
 */
const ACT_VERBS = forms(
  'post share publish air broadcast describe discuss address interview brief speak talk call label dub brand order ' +
    'invite encourage instruct command request petition retweet livestream podcast email text message relay convey ' +
    'ask express voice point signal cite quote outline detail summarize summarise narrate recite lecture preach',
);
ACT_VERBS.add('spoke').add('spoken');

/** Verbs outside the SAY class that report a statement: findings, and criticism or praise spoken aloud. */
const STATEMENT_VERBS = forms(
  'find criticize criticise condemn denounce slam blast lambaste lambast assail decry deride mock ridicule dismiss ' +
    'rebuke chide scold praise hail laud commend applaud thank congratulate apologize apologise berate castigate excoriate',
);
STATEMENT_VERBS.add('found');

/** Nouns that name something said or published ("in a statement", "the report"); other cue nouns ("views", "signals") are not statements. */
const STATEMENT_NOUNS = new Set(
  (
    'statement statements remarks remark comments comment speech interview interviews testimony letter tweet tweets post posts ' +
    'report reports memo complaint lawsuit claim claims argument assertion allegation allegations accusation accusations ' +
    'warning warnings announcement response reply answer message op-ed editorial column essay estimate estimates forecast ' +
    'prediction predictions poll polls survey surveys verdict conclusion denial admission confession recommendation ' +
    'transcript briefing study analysis filing filings findings data records documents ruling'
  ).split(' '),
);

const VERB_TAGS = new Set(['V', 'VZ', 'VD', 'VN', 'VG', 'MD']);
const NOUN_TAGS = new Set(['N', 'NP']);

/** True when the content opens as a quote, a "that" clause or after a colon: the words themselves follow. */
function wordsFollow(L: Layout, cueTo: number, content: [number, number]): boolean {
  const head = L.text.slice(content[0], content[0] + 6).toLowerCase();
  if (/^[“"‘']/.test(head) || /^(?:that|whether|if|why|how|what|who|when)\b/.test(head)) return true;
  const next = L.toks[cueTo + 1];
  return !!next && (next.text === ':' || next.text === ',' || next.lower === 'that');
}

/** The sort of one cue word at token `k`, or null when the word says nothing of it. */
function wordSort(L: Layout, k: number, cueTo: number, content: [number, number]): AttributionSort | null {
  const w = L.toks[k].lower;
  if (w === 'according') return 'statement';
  const tag = tagAt(L, k);
  if (NOUN_TAGS.has(tag) || !VERB_TAGS.has(tag)) {
    // a noun cue: a statement only when it names something said or published
    if (STATEMENT_NOUNS.has(w)) return 'statement';
    return cueClass(w) ? 'belief' : null;
  }
  if (STATEMENT_VERBS.has(w)) return 'statement';
  const cls = cueClass(w);
  if (cls === 'SAY') return ACT_VERBS.has(w) && !wordsFollow(L, cueTo, content) ? 'belief' : 'statement';
  if (cls === 'ACCUSE') return 'statement';
  if (cls) return 'belief';
  return null;
}

/**
 * The sort of the attribution whose cue is tokens `[cueFrom, cueTo]`: a
 * statement when a layout convention made it (a speaker label, a signing
 * dash, a poll) or any cue word reports one; otherwise a belief (a cue of
 * thinking, knowing, wanting, fearing or seeing, a noun that names none of
 * these, or a word the lexicon does not know).
 */
export function attributionSort(L: Layout, cueFrom: number, cueTo: number, content: [number, number], convention: boolean): AttributionSort {
  if (convention) return 'statement';
  let sort: AttributionSort = 'belief';
  for (let k = cueFrom; k <= cueTo; k++) {
    if (!isWord(L.toks[k])) continue;
    if (wordSort(L, k, cueTo, content) === 'statement') sort = 'statement';
  }
  return sort;
}

/** Nouns for documents and polls, whose findings are reported like speech. */
const DOCUMENT_NOUNS = new Set(
  'report reports study studies poll polls survey surveys analysis document documents filing filings data records record memo letter statement findings figures review audit complaint lawsuit ruling indictment'.split(
    ' ',
  ),
);

const FINITE_TAGS = new Set(['V', 'VZ', 'VD', 'MD']);
const NAME_TYPES = new Set(['PERSON', 'ORG', 'GROUP', 'PLACE']);

/** True when tokens `[from, to]` hold no finite verb after the first word (names may look like verbs: "Will", "Mark"). */
function verbless(L: Layout, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    const t = L.toks[k];
    if (isWord(t) && FINITE_TAGS.has(tagAt(L, k)) && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return true;
}

/**
 * True when tokens `[from, to]` can be a source: a named entity (or a
 * capitalised name the tagger missed), a role or group ("officials", "a
 * spokeswoman"), a document or poll ("the report"), or a pronoun. A phrase
 * holding a finite verb ("We spent much of the rest of the school") or
 * headed by no noun is not one.
 */
export function isRealSource(L: Layout, from: number, to: number, entities: readonly Entity[]): boolean {
  if (!verbless(L, from, to)) return false;
  let head = -1;
  for (let k = from; k <= to; k++) if (isWord(L.toks[k])) head = k;
  if (head < 0) return false;
  const start = L.toks[from].start;
  const end = L.toks[to].end;
  for (const e of entities) if (NAME_TYPES.has(e.type) && e.start < end && e.end > start) return true;
  const h = L.toks[head];
  if (from === head && (PERSON_PRONOUNS.has(h.lower) || GROUP_PRONOUNS.has(h.lower) || h.lower === 'i' || h.lower === 'you')) return true;
  if (HUMAN_NOUNS.has(h.lower) || DOCUMENT_NOUNS.has(h.lower)) return true;
  return NOUN_TAGS.has(tagAt(L, head)) || /^\p{Lu}/u.test(h.text);
}

/**
 * The real source within tokens `[from, to]`, the range the source finder
 * gave: the whole range when it is one; else, when a clause ran into it,
 * the noun phrase after its last finite verb ("… were the third time AROS"
 * → "AROS" is not reached, but "18 million he" → "he"), or the clause's
 * subject before its first verb when the cue is a participle or an
 * infinitive ("Trump took to Twitter to accuse" → "Trump"); null when
 * none is a source.
 */
export function realSource(L: Layout, from: number, to: number, cueFrom: number, entities: readonly Entity[]): [number, number] | null {
  if (isRealSource(L, from, to, entities)) return [from, to];
  let first = -1;
  let last = -1;
  for (let k = from + 1; k <= to; k++) {
    const t = L.toks[k];
    if (isWord(t) && FINITE_TAGS.has(tagAt(L, k)) && !/^\p{Lu}/u.test(t.text)) {
      if (first < 0) first = k;
      last = k;
    }
  }
  // the words after the last verb, from the first name or pronoun among them
  for (let k = last + 1; last >= 0 && k <= to; k++) {
    const t = L.toks[k];
    if ((/^\p{Lu}/u.test(t.text) || PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower)) && isRealSource(L, k, to, entities)) return [k, to];
  }
  const cue = L.toks[cueFrom].lower;
  if (first > from && (/ing$/.test(cue) || L.toks[cueFrom - 1]?.lower === 'to') && isRealSource(L, from, first - 1, entities)) return [from, first - 1];
  return null;
}
