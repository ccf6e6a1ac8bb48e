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
import { tagAt } from './source';
import { isCapitalised, isWord } from './tokens';
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
  'find reject dispute criticize criticise condemn denounce slam blast lambaste lambast assail decry deride mock ridicule dismiss ' +
    'rebuke chide scold praise hail laud commend applaud thank congratulate apologize apologise berate castigate excoriate',
);
STATEMENT_VERBS.add('found');

/** Verbs of the SAY class that report a feeling more than words ("marveled at", "fretted about"). */
const FEELING_VERBS = forms('marvel gush enthuse rave fret muse');
FEELING_VERBS.add('marvelled').add('marvelling');

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
const FINITE_TAGS = new Set(['V', 'VZ', 'VD', 'MD']);
const NOUN_TAGS = new Set(['N', 'NP']);
const NEGATIONS = new Set(['not', 'never', 'no']);
const MODALS = new Set(['will', 'would', 'might', 'could', 'should', 'may', 'must', 'can', 'shall']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);

/** Act verbs that name a statement by quoting its words anywhere in their object ("called the plan “a fantasy”"). */
const NAMING_VERBS = forms('call label dub brand describe characterize characterise');
/** Act verbs of request, whose statement is an infinitive after the addressee ("asked NATO to send ships"). */
const REQUEST_VERBS = forms('ask order invite encourage instruct command request petition');

/**
 * True when the words themselves follow act verb `w`: the content opens as
 * a quote, a "that" or "whether" clause or after a colon; a naming verb
 * quotes them anywhere; a request holds an infinitive.
 */
function wordsFollow(L: Layout, w: string, cueTo: number, content: [number, number]): boolean {
  const body = L.text.slice(content[0], content[1]);
  if (/^[“"‘']/.test(body) || /^(?:that|whether|if|why|how|what|who|when)\b/i.test(body)) return true;
  if (NAMING_VERBS.has(w) && /[“"]/.test(body)) return true;
  if (REQUEST_VERBS.has(w) && /^(?:\S+\s+){1,5}to\s+\p{Ll}/u.test(body)) return true;
  const next = L.toks[cueTo + 1];
  return !!next && (next.text === ':' || next.text === ',' || next.lower === 'that');
}

/** The lexicon's class of a word, also for a doubled final consonant the lexicon's inflection misses ("admitted", "regretting"). */
function classOf(w: string): ReturnType<typeof cueClass> {
  return cueClass(w) ?? cueClass(w.replace(/([bdgklmnprtz])\1(ed|ing)$/, '$1'));
}

/** The sort of one cue word at token `k`, or null when the word says nothing of it. */
function wordSort(L: Layout, k: number, cueTo: number, content: [number, number]): AttributionSort | null {
  const w = L.toks[k].lower;
  if (w === 'according') return 'statement';
  // "is to blame", "was to announce": a predicate, not a report
  if (L.toks[k - 1]?.lower === 'to' && BE.has(L.toks[k - 2]?.lower ?? '')) return null;
  const tag = tagAt(L, k);
  if (NOUN_TAGS.has(tag) || !VERB_TAGS.has(tag)) {
    // a noun cue: a statement only when it names something said or published
    if (STATEMENT_NOUNS.has(w)) return 'statement';
    return classOf(w) ? 'belief' : null;
  }
  if (STATEMENT_VERBS.has(w)) return 'statement';
  if (FEELING_VERBS.has(w)) return 'belief';
  const cls = classOf(w);
  if (cls === 'SAY') return ACT_VERBS.has(w) && !wordsFollow(L, w, cueTo, content) ? 'belief' : 'statement';
  if (cls === 'ACCUSE') return 'statement';
  if (cls) return 'belief';
  return null;
}

/** A lower-cased word with a negative clitic ("didn’t", "can't"). */
function negative(w: string): boolean {
  return NEGATIONS.has(w) || /n[’']t$/.test(w);
}

/** A lower-cased word that is or ends in a modal ("would", "I’d", "she’ll"). */
function modal(w: string): boolean {
  return MODALS.has(w) || /[’'](?:d|ll)$/.test(w) || w === 'won’t' || w === "won't";
}

/** The up to three words just before the cue, nearest first, within its sentence. */
function wordsBefore(L: Layout, cueFrom: number): string[] {
  const out: string[] = [];
  const first = L.sents[L.sentOf[cueFrom]].from;
  for (let k = cueFrom - 1; k >= first && out.length < 3; k--) {
    if (!isWord(L.toks[k])) break;
    out.push(L.toks[k].lower);
  }
  return out;
}

/**
 * True when a cue of saying reports nothing said: negated ("does not
 * deny", "never said"), in a modal's future or hypothesis ("will announce",
 * "might have suggested", "I can’t thank"), or with content that is a bare
 * object, no clause nor quote ("revealed the new model", "testified before
 * the committee", "wrote a primer", "found inspiration"); a gerund clause
 * is content ("reported seeing a flash").
 */
function reportsNothing(L: Layout, cueFrom: number, cueTo: number, content: [number, number], stance: boolean): boolean {
  const before = wordsBefore(L, cueFrom);
  // "refused to say", "is expected to announce", "configured to notify": an infinitive reports nothing said
  if (before.some(negative) || before.some(modal) || before[0] === 'to') return true;
  if (stance || content[1] <= L.toks[cueFrom].start) return false; // criticism and praise take an object; content before the cue is a clause
  const head = L.text.slice(content[0], content[0] + 5).toLowerCase();
  if (/^[“"‘']/.test(head) || /^(?:to|of)\b/.test(head) || /[“”"]/.test(L.text.slice(content[0], content[1]))) return false;
  for (let k = cueFrom + 1; k <= cueTo; k++) if (tagAt(L, k) === 'VG') return false; // "reported seeing …" taken into the cue
  let first = true;
  for (let k = cueTo + 1; k < L.toks.length && L.toks[k].start < content[1]; k++) {
    if (L.toks[k].start < content[0] || !isWord(L.toks[k])) continue;
    const tag = tagAt(L, k);
    // a finite verb makes a clause; so does a gerund opening the content ("reported seeing a flash")
    if (FINITE_TAGS.has(tag) || (first && tag === 'VG')) return false;
    first = false;
  }
  return true;
}

/** Criticism, praise, estimates and denials, whose object is what is said ("condemned the attack", "estimated the cost at …", "denied the charge"). */
const STANCE_VERBS = new Set([...STATEMENT_VERBS, ...forms('estimate forecast deny predict')].filter((w) => !/^f(?:ind|ound)/.test(w)));

/**
 * The sort of the attribution whose cue is tokens `[cueFrom, cueTo]`: a
 * statement when a layout convention made it (a speaker label, a signing
 * dash, a poll) or a cue word reports one that was made (see
 * reportsNothing); otherwise a belief (a cue of thinking, knowing, wanting,
 * fearing or seeing, a noun that names none of these, a word the lexicon
 * does not know, or a statement not made).
 */
export function attributionSort(
  L: Layout,
  cueFrom: number,
  cueTo: number,
  content: [number, number],
  convention: boolean,
): AttributionSort {
  if (convention) return 'statement';
  let sort: AttributionSort = 'belief';
  let stance = false;
  for (let k = cueFrom; k <= cueTo; k++) {
    if (!isWord(L.toks[k])) continue;
    if (wordSort(L, k, cueTo, content) === 'statement') {
      sort = 'statement';
      if (STANCE_VERBS.has(L.toks[k].lower) || classOf(L.toks[k].lower) === 'ACCUSE') stance = true;
    }
  }
  if (sort === 'statement' && L.toks[cueFrom].lower !== 'according' && reportsNothing(L, cueFrom, cueTo, content, stance)) return 'belief';
  return sort;
}

/** Nouns for documents and polls, whose findings are reported like speech. */
const DOCUMENT_NOUNS = new Set(
  'report reports study studies poll polls survey surveys analysis document documents filing filings data records record memo letter statement findings figures review audit complaint lawsuit ruling indictment'.split(
    ' ',
  ),
);

const NAME_TYPES = new Set(['PERSON', 'ORG', 'GROUP', 'PLACE']);

const LEADING_AUX = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'would', 'should']);
/** First-person words: outside quotes, the writer's own voice, not a reported source. */
const FIRST_PERSON = new Set([
  'i',
  'we',
  'me',
  'us',
  'let’s',
  "let's",
  'i’m',
  "i'm",
  'i’d',
  "i'd",
  'i’ve',
  "i've",
  'we’re',
  "we're",
  'we’ve',
  "we've",
]);

/** True when tokens `[from, to]` hold no finite verb (after the first word, names may look like verbs: "Will", "Mark"; but "Aren’t those …" opens a question). */
function verbless(L: Layout, from: number, to: number): boolean {
  const w0 = L.toks[from].lower;
  if (LEADING_AUX.has(w0) || (/n[’']t$/.test(w0) && from < to)) return false;
  for (let k = from + 1; k <= to; k++) {
    const t = L.toks[k];
    if (isWord(t) && FINITE_TAGS.has(tagAt(L, k)) && !isCapitalised(t)) return false;
  }
  return true;
}

/**
 * True when tokens `[from, to]` can be a source: a named entity, a role or
 * group ("officials", "a spokeswoman"), a document or poll ("the report"),
 * a pronoun, or another noun phrase. A phrase holding a finite verb ("We
 * spent much of the rest of the school"), headed by no noun ("Few"), or the
 * writer's own "I" or "we" outside quotes and speaker labels is not one.
 * `entities` are sorted by start.
 */
export function isRealSource(L: Layout, from: number, to: number, entities: readonly Entity[]): boolean {
  if (!verbless(L, from, to)) return false;
  let head = -1;
  for (let k = from; k <= to; k++) if (isWord(L.toks[k])) head = k;
  if (head < 0) return false;
  const start = L.toks[from].start;
  const end = L.toks[to].end;
  for (const e of entities) {
    if (e.start >= end) break;
    if (NAME_TYPES.has(e.type) && e.end > start) return true;
  }
  const h = L.toks[head];
  if (FIRST_PERSON.has(h.lower)) return from === head && (!!L.inQuote[head] || labelledParagraph(L, head));
  if (from === head && (PERSON_PRONOUNS.has(h.lower) || GROUP_PRONOUNS.has(h.lower) || h.lower === 'you')) return true;
  if (HUMAN_NOUNS.has(h.lower) || DOCUMENT_NOUNS.has(h.lower)) return true;
  return NOUN_TAGS.has(tagAt(L, head));
}

/** True when token `k`'s paragraph opens with a speaker or interview label ("A:", "MAYOR:"): its first person is the speaker's. */
function labelledParagraph(L: Layout, k: number): boolean {
  let si = L.sentOf[k];
  while (si > 0 && L.sents[si - 1].para === L.sents[si].para) si--;
  return /^[“"]?\p{Lu}[\p{L}.’' -]{0,30}:/u.test(L.text.slice(L.sents[si].start, L.sents[si].start + 40));
}

/** True when the cue is a passive participle after a form of "be" ("were told", "are warned", "has been reported"): the phrase before it is no source. */
function passiveCue(L: Layout, cueFrom: number): boolean {
  if (tagAt(L, cueFrom) !== 'VN') return false;
  const before = wordsBefore(L, cueFrom);
  return before.length > 0 && (BE.has(before[0]) || (before[0] === 'been' && before.length > 1));
}

/**
 * The real source within tokens `[from, to]`, the range the source finder
 * gave: the whole range when it is one; else, when a clause ran into it,
 * the phrase after its last finite verb that starts with a name or a
 * pronoun ("… was cut to 18 million he says" → "he"), or the clause's
 * subject before its first verb when the cue is a participle or an
 * infinitive ("Trump took to Twitter to accuse" → "Trump"). Null when none
 * is a source, and for the subject of a passive cue ("They were told").
 */
export function realSource(L: Layout, from: number, to: number, cueFrom: number, entities: readonly Entity[]): [number, number] | null {
  if (to < cueFrom && passiveCue(L, cueFrom)) return null;
  if (isRealSource(L, from, to, entities)) return [from, to];
  let first = -1;
  let last = -1;
  for (let k = from + 1; k <= to; k++) {
    const t = L.toks[k];
    if (isWord(t) && FINITE_TAGS.has(tagAt(L, k)) && !isCapitalised(t)) {
      if (first < 0) first = k;
      last = k;
    }
  }
  // the words after the last verb, from the first name or pronoun among them
  for (let k = last + 1; last >= 0 && k <= to; k++) {
    const t = L.toks[k];
    if ((isCapitalised(t) || PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower)) && isRealSource(L, k, to, entities))
      return [k, to];
  }
  const cue = L.toks[cueFrom].lower;
  if (first > from && (/ing$/.test(cue) || L.toks[cueFrom - 1]?.lower === 'to') && isRealSource(L, from, first - 1, entities))
    return [from, first - 1];
  return null;
}
