/**
 * The engine's public types: what the CLI prints and what the extension's
 * parts pass to each other. Offsets are JavaScript string indices (UTF-16
 * code units) into the article text, `[start, end)`.
 *
 * This is the contract evaluations run against: keep it stable.
 */

/** A piece of the article text. `text === articleText.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'DATE' | 'NUMBER' | 'GROUP';
/** What the recogniser tells apart internally: the painted types and MISC, other names (products, works, events, laws, software), never painted. */
export type MentionType = EntityType | 'MISC';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'DATE', 'NUMBER', 'GROUP'];

export interface Entity extends Span {
  type: EntityType;
  /** DATE: date | time | day | month | year | duration | relative …; NUMBER: count | quantity | money | percent | ordinal … */
  subtype?: string;
  /** Mentions of the same thing in one article share an id, e.g. "e3". */
  entityId?: string;
  /** The canonical (usually longest) name of the linked entity, e.g. "John Kirby". */
  canonical?: string;
}

/**
 * A statement's form — quoted from start to end (direct), in part (mixed) or
 * not at all (indirect) — or `belief` for an attribution that reports no
 * statement: what a source believes, knows, intends, perceives, feels or
 * wants (kept in the output, painted only when the reader asks).
 */
export type ClaimKind = 'direct' | 'indirect' | 'mixed' | 'belief';

/** A claim's source: a span, resolved to a linked entity where possible. */
export interface ClaimSource extends Span {
  entityId?: string;
  /** The name the source resolves to ("John Kirby" for "he"). */
  canonical?: string;
}

export interface Claim extends Span {
  kind: ClaimKind;
  source: ClaimSource | null;
  cue: Span | null;
  content: Span;
}

/** What article detection says about a page. */
export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** The article's language as BCP 47 ("en", "fr"): identified from its text by the CLI and the background; the page's declared language where detection alone filled it. */
  lang: string | null;
  /** How `lang` was decided (see ArticleLanguage); absent where only the page's declaration was read. */
  langSource?: LanguageSource;
  /** The article's text: blocks separated by "\n\n". */
  text: string;
  /** False for front pages, section pages, search results, apps: no highlights there. */
  isArticle: boolean;
}

/** The NLP engine's output for one text. */
export interface Analysis {
  entities: Entity[];
  claims: Claim[];
}

/** `text`: identified from the article's words; `attribute`: the text was too short to tell, the page's `lang` decided; `given`: the caller said (CLI `--lang`). */
export type LanguageSource = 'text' | 'attribute' | 'given';

/** The article's language and what the engine did with it. */
export interface ArticleLanguage {
  /** BCP 47 primary tag ("en", "fr"); "und" when nothing could tell. */
  lang: string;
  source: LanguageSource;
  /** The engine has a model for this language (utils/nlp/models.ts). */
  supported: boolean;
  /** Entities and claims were computed: a supported language, or one the reader forced. */
  analysed: boolean;
}
