/**
 * Drafts of claims: for each cue proposal, its source (the noun phrase
 * before it, after it, or after "according to") and its content (the clause
 * after it, or the quote/clause before it), then resolved against the
 * drafts before it so that no claim swallows another.
 */
import { DEFAULT_MODEL, type CueModel } from './cueModel';
import type { Layout } from './layout';
import { findSource, openingSubject, passiveClaim, sentenceSubject, type SourceRange } from './source';
import { findContent, sentenceRest } from './content';
import { allCues, type CueProposal } from './cues';
import { pollOpener } from './patterns';
import { isSayingWord } from './verbClasses';

/** A claim under construction, by token and character offsets. */
export interface Draft {
  cueFrom: number;
  cueTo: number;
  src: [number, number] | null;
  content: [number, number];
  /** Sentence index of the cue. */
  sent: number;
  /** A layout convention made the cue (speaker label, signature dash, a poll opening its sentence): its content is speech or a finding, not to be split by the cues in it. */
  convention?: boolean;
  /** The classifier's (first-pass) score of the cue; 0 for a cue a rule made (a convention's, "records show"). */
  score: number;
}

/**
 * Classifier score above which a cue inside another claim's content (outside
 * quotes) starts a claim of its own and cuts the outer content, rather than
 * being treated as nested in it. Chosen by cross-validation on the train split.
 */
const NESTED_MIN_SCORE = 6;

/**
 * How far a cue's score must exceed that of the claim whose content holds it
 * for the inner claim to replace the outer one, when neither a new clause nor
 * the inner cue's source can cut the outer content ("Friends who have seen
 * him on the trail say that …": a weak "seen" had opened a claim that
 * swallowed the strong "say"), or for a cue to take over a quote before it
 * that the claim before it held (see `takesOver`). Chosen by cross-validation
 * on the train split.
 */
const REPLACE_MARGIN = 50;

/**
 * Classifier score above which a claim of saying keeps its own clause when a
 * later claim's content covers its cue ("Candidates said they back the plan,
 * but they would not fund it, they said": two claims, split at the comma).
 * Chosen by cross-validation on the train split.
 */
const SPLIT_MIN_SCORE = 50;

/** A source range as the draft's token pair. */
function toPair(r: SourceRange | null): [number, number] | null {
  return r ? [r.from, r.to] : null;
}

/**
 * Character offset where a new clause starts just before token `at` (", and",
 * ", adding", "; ", " — "), trimmed of the separator, or -1 when `at` does not
 * start a clause.
 */
function clauseBreakBefore(L: Layout, at: number): number {
  let k = at - 1;
  if (k >= 0 && (L.toks[k].lower === 'and' || L.toks[k].lower === 'but')) k--;
  if (k >= 0 && /^[,;—–―]$/.test(L.toks[k].text)) return L.toks[k].start;
  if (k === at - 2 && k >= 0) return L.toks[k + 1].start; // "X said A and said B"
  return -1;
}

/**
 * True when `d`, a claim whose cue a later claim's content (before its cue)
 * covers, is a confident claim of saying or thinking outside quotes, which
 * keeps its own clause rather than being nested in the later claim.
 */
function keepsOwnClaim(L: Layout, d: Draft): boolean {
  if (L.inQuote[d.cueFrom] || d.convention || d.score <= SPLIT_MIN_SCORE) return false;
  return isSayingWord(L.toks[d.cueFrom].lower) || isSayingWord(L.toks[d.cueTo].lower);
}

/**
 * Start of the first clause after token `from` and before character `limit`:
 * just past a comma, semicolon or colon outside quotes ("X asserted that A:
 * “B,” he claimed"); -1 when there is none.
 */
function boundaryAfter(L: Layout, from: number, limit: number): number {
  for (let k = from; k < L.toks.length && L.toks[k].start < limit; k++) {
    const t = L.toks[k].text;
    if ((t === ',' || t === ';' || t === ':') && !L.inQuote[k] && k + 1 < L.toks.length) return L.toks[k + 1].start;
  }
  return -1;
}

/**
 * End of an outer content cut at `cut`: trailing spaces, separators and a
 * dangling relative or conjunction ("…, which", "… and") left off.
 */
function trimTail(text: string, start: number, cut: number): number {
  let end = cut;
  for (;;) {
    while (end > start && /[\s,;:—–―]/.test(text[end - 1])) end--;
    const m = /(?:^|[^\p{L}])(which|that|who|whom|whose|and|but|as|while)$/iu.exec(text.slice(Math.max(start, end - 8), end));
    if (!m || end - m[1].length <= start) return end;
    end -= m[1].length;
  }
}

/**
 * A participle cue with no source of its own ("…, he said, adding that …")
 * shares the source of the claim just before it in the same sentence; with
 * no claim before it, the sentence's subject ("The mayor rebutted the
 * charge, saying …").
 */
function inheritedSource(L: Layout, cueFrom: number, prev: Draft | undefined): [number, number] | null {
  const participle = /ing$/.test(L.toks[cueFrom].lower);
  if (!prev || !prev.src || prev.sent !== L.sentOf[cueFrom]) {
    if (!participle) return null;
    const subj = sentenceSubject(L, cueFrom);
    return subj ? [subj.from, subj.to] : null;
  }
  return participle || L.toks[cueFrom - 1]?.lower === 'and' ? prev.src : null;
}

/**
 * True when `inner`, a cue inside `outer`'s content in the same sentence, is
 * so much more likely a cue than `outer`'s that it replaces `outer` (never
 * in quotes or a transcript's speech, whose words stay their speaker's).
 */
function outranks(L: Layout, inner: Draft, outer: Draft): boolean {
  if (L.inQuote[inner.cueFrom] || L.inQuote[outer.cueFrom] || outer.convention || outer.sent !== inner.sent) return false;
  return inner.score > outer.score + REPLACE_MARGIN;
}

/**
 * True when `d`, whose content lies inside the content of `prev`, the claim
 * before it, is so much more likely a cue that it takes that part of the
 * content over: "… interrupted the candidate:¶“They stole the country,” the
 * man shouted" is the man's quote (never in quotes, nor against a layout
 * convention, whose content is a transcript's speech).
 */
function takesOver(L: Layout, d: Draft, prev: Draft): boolean {
  return !L.inQuote[d.cueFrom] && !prev.convention && d.score > prev.score + REPLACE_MARGIN;
}

/**
 * Source and content that the cue's construction fixes, before the general
 * finders: a poll opening the sentence is the source and the rest its content
 * ("In a CBS poll, she led by 24 points"); a passive cue's agent is the
 * source and the phrase before it the content ("The plan was backed by the
 * mayor"). `own` is the token where the claim's own words begin. Null for
 * any other cue.
 */
function constructionClaim(L: Layout, cue: CueProposal): { src: SourceRange; content: [number, number] | null; own: number } | null {
  const poll = cue.convention ? pollOpener(L, cue.from) : -1;
  if (poll >= 0) return { src: { from: cue.from + 1, to: poll - 1, side: 'right' }, content: sentenceRest(L, poll + 1), own: cue.from };
  const passive = passiveClaim(L, cue.from, cue.to);
  if (!passive) return null;
  const { source, content } = passive;
  return { src: source, content: [L.toks[content.from].start, L.toks[content.to].end], own: content.from };
}

/** A cue's draft before it meets the drafts before it. */
interface Proposal {
  draft: Draft;
  /** The token where the claim's own words begin: as its construction says, else its source when before the cue, else the cue. */
  ownFrom: number;
  /** Its source is its own (found for its cue, or its sentence's opening phrase), not inherited from the claim before it. */
  ownSource: boolean;
}

/**
 * The draft of one cue: source and content as its construction fixes them,
 * else as the finders find them; a cue with no source of its own takes the
 * sentence's opening phrase, or inherits one from `prev`, the claim before
 * it. Null when the cue has no content.
 */
function proposeDraft(L: Layout, cue: CueProposal, prev: Draft | undefined): Proposal | null {
  const fixed = constructionClaim(L, cue);
  const src = fixed ? fixed.src : findSource(L, cue.from, cue.to);
  const content = fixed ? fixed.content : findContent(L, cue.from, cue.to, src);
  if (!content) return null;
  // "Sam Ode, 45, a retiree, said he …": a cue after a comma with no source of its own takes the sentence's opening phrase
  const opening = src ? null : toPair(openingSubject(L, cue.from));
  const draft: Draft = {
    cueFrom: cue.from,
    cueTo: cue.to,
    src: toPair(src) ?? opening ?? inheritedSource(L, cue.from, prev),
    content,
    sent: L.sentOf[cue.from],
    convention: cue.convention,
    score: cue.score,
  };
  return { draft, ownFrom: fixed ? fixed.own : src && src.side === 'left' ? src.from : cue.from, ownSource: !!src || !!opening };
}

/**
 * Drops the claims before `draft` in its sentence whose cue lies inside its
 * content: they are nested in it ("A told B that C, the source added"), and
 * the outer claim wins, unless one is a confident claim of saying with a
 * clause of its own ("X said A, but B, they said"): then this content starts
 * at the next clause and that claim keeps its own.
 */
function dropNestedBefore(L: Layout, drafts: Draft[], draft: Draft): void {
  const content = draft.content;
  const cs = L.toks[draft.cueFrom].start;
  while (drafts.length && content[1] <= cs) {
    const last = drafts[drafts.length - 1];
    const cueStart = L.toks[last.cueFrom].start;
    if (!(last.sent === draft.sent && cueStart >= content[0] && cueStart < content[1])) break;
    const split = keepsOwnClaim(L, last) ? boundaryAfter(L, last.cueTo + 1, content[1]) : -1;
    if (split > last.content[0] && split < content[1]) {
      content[0] = split;
      // its content ends where this one begins, or before its own source and cue when it came first ("A, X said, B")
      const own = L.toks[last.src ? Math.min(last.src[0], last.cueFrom) : last.cueFrom].start;
      const end = last.content[0] < own ? own : split;
      last.content[1] = Math.min(last.content[1], trimTail(L.text, last.content[0], end));
      break;
    }
    drafts.pop();
  }
}

/**
 * A cue inside the previous claim's content: a new clause ("…, adding that
 * …") or a confident cue ends that content; otherwise it is nested and the
 * outer claim keeps it (PolNeAR-style univocal annotation), unless the inner
 * cue outranks it and replaces it. False when `draft` is dropped.
 */
function cutPrevious(L: Layout, drafts: Draft[], draft: Draft, ownFrom: number): boolean {
  const prev = drafts[drafts.length - 1];
  const cs = L.toks[draft.cueFrom].start;
  if (!prev || !(cs >= prev.content[0] && cs < prev.content[1])) return true;
  let cut = clauseBreakBefore(L, ownFrom);
  // a confident cue outside quotes is its own claim ("…, which the probe
  // said was …"): the outer content ends where the inner claim begins
  if (cut < 0 && !L.inQuote[draft.cueFrom] && draft.score > NESTED_MIN_SCORE) cut = L.toks[ownFrom].start;
  // inside quotes or a transcript's speech the speaker's own words stay theirs
  if (cut < 0 || L.inQuote[draft.cueFrom] || prev.convention || cut <= prev.content[0]) {
    if (!outranks(L, draft, prev)) return false;
    drafts.pop();
  } else prev.content[1] = trimTail(L.text, prev.content[0], cut);
  return true;
}

/**
 * Overlapping contents: the earlier one is kept and this one starts after
 * it; where this one ends first, it is dropped unless it takes the shared
 * part over (then the previous claim keeps what comes before it, or gives
 * way when nothing does). False when `draft` is dropped.
 */
function settleOverlap(L: Layout, drafts: Draft[], draft: Draft): boolean {
  const prev = drafts[drafts.length - 1];
  const content = draft.content;
  if (!prev || !(content[0] < prev.content[1] && content[1] > prev.content[0])) return true;
  if (prev.content[1] < content[1]) content[0] = Math.max(content[0], prev.content[1]);
  else if (!takesOver(L, draft, prev)) return false;
  else {
    const end = trimTail(L.text, prev.content[0], content[0]);
    if (end > prev.content[0]) prev.content[1] = end;
    else drafts.pop();
  }
  return true;
}

/**
 * The drafts of a laid-out text: cue proposals with their source and
 * content, nested and overlapping ones resolved, in cue order.
 */
export function buildDrafts(L: Layout, model: CueModel = DEFAULT_MODEL): Draft[] {
  const drafts: Draft[] = [];
  for (const cue of allCues(L, model)) {
    const before = drafts[drafts.length - 1];
    const proposal = proposeDraft(L, cue, before);
    if (!proposal) continue;
    const { draft, ownFrom, ownSource } = proposal;
    dropNestedBefore(L, drafts, draft);
    if (!cutPrevious(L, drafts, draft, ownFrom) || !settleOverlap(L, drafts, draft)) continue;
    // the claim before this one is another now: an inherited source is inherited from it
    const prev = drafts[drafts.length - 1];
    if (prev !== before && !ownSource) draft.src = inheritedSource(L, cue.from, prev);
    drafts.push(draft);
  }
  return drafts;
}
