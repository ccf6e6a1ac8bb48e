/**
 * Named-entity recognition for Newsmark: people, organisations and places
 * from the trained tagger; groups (nationalities, parties, religions),
 * dates and numbers from rules; then mentions of one entity are linked
 * (`entityId`, `canonical`). Pure: runs in a service worker and in Node.
 */
import type { Entity, EntityType, MentionType } from '../types';
import { recognize, type TokenSpan } from './ner/recognize';
import { WordMemo } from './ner/word-memo';
import * as dates from './ner/dates';
import * as numbers from './ner/numbers';
import * as groups from './ner/groups';
import { trimSpan } from './ner/trim';
import { dropGalleryLabels, dropHeadlineGuesses } from './ner/headlines';
import { linkMentions } from './ner/link';
import { propagateNames, type Claim } from './ner/propagate';
import { repairSpans } from './ner/repair';
import { dropAdverbs } from './ner/adverbs';
import { isNeverName, mergeInitials, refineType } from './ner/refine';
import { splitTitles } from './ner/titles';
import { unifyTypes } from './ner/consistency';
import { dropCommonWords, dropLowerCaseWords } from './ner/common-words';
import { typeByHeads } from './ner/heads';
import { retypeCompanies } from './ner/companies';
import { joinModelNumbers, typeProducts } from './ner/products';
import { takeLeadingThe } from './ner/leading-the';
import { typeDatelines } from './ner/datelines';
import { typeTownsBeforeStates } from './ner/town-state';
import { typeShortNames } from './ner/short-names';
import { typeFamilies } from './ner/family-names';
import type { Tokens } from './tokenize';

// Local copies: hot loops must not go through module binding accessors.
const matchDate = dates.matchDate;
const mayStartDate = dates.mayStartDate;
const matchNumber = numbers.matchNumber;
const mayStartNumber = numbers.mayStartNumber;
const isGroupWord = groups.isGroupWord;
const isGroupMention = groups.isGroupMention;

/** How far (characters) a tagged name lends its type to untagged repeats. */
const PROPAGATION_WINDOW = 3000;

const MODEL_TYPES: Record<TokenSpan['type'], MentionType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'MISC' };

/** A MISC name (product, work, event, law, software): recognised so it is not forced into PERSON/ORG/PLACE, never painted. */
export interface MiscName {
  text: string;
  start: number;
  end: number;
}

/**
 * Find entities in `text`: sorted by start, non-overlapping, with
 * `text.slice(start, end) === entity.text`.
 */
export function findEntities(text: string): Entity[] {
  return findMentions(text).entities;
}

/** `findEntities`, and the MISC names found beside them (for evaluation and the CLI). */
export function findMentions(text: string): { entities: Entity[]; misc: MiscName[] } {
  const { tokens, attrs, spans } = recognize(text);
  const lower = attrs.lower;
  const n = tokens.words.length;
  // Token ranges claimed by the tagger, in order.
  let claimed: Claim[] = [];
  for (const s of mergeInitials(tokens, spans)) {
    const r = trimSpan(tokens, s.start, s.end, s.type === 'PER');
    if (!r) continue;
    let type = MODEL_TYPES[s.type];
    // Nationalities and groups of people are GROUP ("Democrats", "Palestinian"), parties ORG ("Labour").
    if (isGroupMention(s.type, tokens.words.slice(r[0], r[1]))) type = 'GROUP';
    if (isNeverName(tokens, r[0], r[1], type)) continue;
    claimed.push({ start: r[0], end: r[1], type: refineType(tokens, r[0], r[1], type) });
  }
  claimed = splitTitles(tokens, attrs, repairSpans(tokens, attrs, dropAdverbs(attrs, claimed)));
  // Post-model typing: common words out, head words, known companies, products as MISC.
  claimed = typeProducts(
    tokens,
    attrs,
    retypeCompanies(tokens, attrs, typeByHeads(tokens, attrs, dropLowerCaseWords(tokens, attrs, dropCommonWords(tokens, claimed)))),
  );
  claimed = typeFamilies(
    tokens,
    attrs,
    typeShortNames(tokens, attrs, typeTownsBeforeStates(tokens, attrs, typeDatelines(tokens, takeLeadingThe(tokens, attrs, claimed)))),
  );
  claimed = unifyTypes(tokens, attrs.block, joinModelNumbers(tokens, attrs, propagateNames(tokens, claimed, PROPAGATION_WINDOW)));
  // Rules fill the gaps between tagged mentions.
  const out: Entity[] = [];
  const misc: MiscName[] = [];
  let c = 0;
  for (let i = 0; i < n;) {
    while (c < claimed.length && claimed[c].end <= i) c++;
    const nextClaim = c < claimed.length ? claimed[c] : null;
    if (nextClaim && nextClaim.start <= i) {
      if (nextClaim.type === 'MISC') misc.push(miscName(text, tokens, nextClaim.start, nextClaim.end));
      else out.push(toEntity(text, tokens, nextClaim.start, nextClaim.end, nextClaim.type));
      i = nextClaim.end;
      continue;
    }
    const starts = ruleStarts(tokens.words[i], lower[i]);
    const m = starts & MAY_START_DATE ? matchDate(tokens, i) : null;
    const rule = m ? { ...m, type: 'DATE' as const } : starts & MAY_START_NUMBER ? ruleNumber(tokens, i) : null;
    if (rule && rule.end > i) {
      // A date expression wins over tagged names it wholly contains ("8 p.m. EST").
      if (rule.type === 'DATE') while (c < claimed.length && claimed[c].end <= rule.end) c++;
      const limit = c < claimed.length ? claimed[c].start : n;
      const end = Math.min(rule.end, limit);
      out.push(toEntity(text, tokens, rule.start, end, rule.type, rule.subtype));
      i = end;
      continue;
    }
    if (attrs.capital[i] === 1 && starts & GROUP_WORD) out.push(toEntity(text, tokens, i, i + 1, 'GROUP'));
    i++;
  }
  const kept = dropGalleryLabels(text, dropHeadlineGuesses(text, out));
  linkMentions(text, kept);
  return { entities: kept, misc };
}

const MAY_START_DATE = 1;
const MAY_START_NUMBER = 2;
const GROUP_WORD = 4;
/** `ruleStarts` by word: a dozen set lookups and a regex per token become one lookup. */
const startsByWord = new WordMemo<number>();

/** Which rules may begin at a token (`word`, `lower` its normalised lower case): a date, a number, a group word. */
function ruleStarts(word: string, lower: string): number {
  return (
    startsByWord.get(word) ??
    startsByWord.keep(
      word,
      (mayStartDate(lower) ? MAY_START_DATE : 0) |
        (mayStartNumber(word, lower) ? MAY_START_NUMBER : 0) |
        (isGroupWord(word) ? GROUP_WORD : 0),
    )
  );
}

function ruleNumber(tokens: Tokens, i: number): { start: number; end: number; subtype: string; type: EntityType } | null {
  const m = matchNumber(tokens, i);
  return m && m.start >= i ? { ...m, type: 'NUMBER' } : m ? { ...m, start: i, type: 'NUMBER' } : null;
}

function toEntity(text: string, t: Tokens, start: number, end: number, type: EntityType, subtype?: string): Entity {
  const s = t.starts[start];
  const e = t.ends[end - 1];
  const entity: Entity = { text: text.slice(s, e), start: s, end: e, type };
  if (subtype) entity.subtype = subtype;
  return entity;
}

function miscName(text: string, t: Tokens, start: number, end: number): MiscName {
  const s = t.starts[start];
  const e = t.ends[end - 1];
  return { text: text.slice(s, e), start: s, end: e };
}
