/**
 * A reader's note, stored in the shape of the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/) so that export is a projection,
 * not a translation.
 */

/** W3C TextQuoteSelector: the quoted words with some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: offsets into the article text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Newsmark's fingerprint of where a quote sits in the article's structure:
 * short hashes of the block (paragraph) or blocks that hold it and of the
 * blocks just before and after it (`''` where there is none). Exported as
 * `newsmark:BlockSelector`; it only breaks ties between identical passages
 * (see utils/anchoring/structure.ts).
 */
export interface BlockSelector {
  type: 'BlockSelector';
  /** Hash of the folded text of the block(s) holding the quote: 8 hex digits. */
  block: string;
  /** Hash of the block before, or '' when the quote is in the first block. */
  before: string;
  /** Hash of the block after, or '' when the quote is in the last block. */
  after: string;
}

export type Selector = TextQuoteSelector | TextPositionSelector | BlockSelector;

export type HighlightColour = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';
export const HIGHLIGHT_COLOURS: readonly HighlightColour[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

export type Motivation = 'highlighting' | 'commenting';

/** One annotation as Newsmark stores it. */
export interface NoteRecord {
  /** `urn:uuid:…` */
  id: string;
  motivation: Motivation;
  /** The note's text; empty for a plain highlight. */
  body: string;
  tags: string[];
  colour: HighlightColour;
  /** ISO 8601 */
  created: string;
  /** ISO 8601 */
  modified: string;
  target: {
    /** The page's normalised URL (see utils/url.ts). */
    source: string;
    /** Quote and position; the block selector is absent on notes made before it existed and on most imported ones. */
    selector: [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector, TextPositionSelector, BlockSelector];
  };
  /** The article's title when the note was made. */
  pageTitle: string;
  /** The display name of whoever made the note (settings → sync); absent on notes made before it existed or without one. */
  creator?: string;
  /** Set on a note received from a team database: someone else's, shown read-only. */
  teamNote?: true;
  /**
   * Versions of this note that lost a sync conflict (the same note edited on
   * two devices): kept, newest last, and shown as "edited elsewhere".
   */
  elsewhere?: ElsewhereEdit[];
}

/** A losing version of a note, kept by sync's conflict resolution (utils/sync/conflict.ts). */
export interface ElsewhereEdit {
  body: string;
  tags: string[];
  colour: HighlightColour;
  /** ISO 8601: that version's `modified`. */
  modified: string;
  /** That version's creator, when it had one. */
  creator?: string;
}

/** Returns the quote and position selectors of a note, whatever their order, and its block selector if it has one. */
export function selectorsOf(note: NoteRecord): { quote: TextQuoteSelector; position: TextPositionSelector; block?: BlockSelector } {
  const selectors: readonly Selector[] = note.target.selector;
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const block = selectors.find((s): s is BlockSelector => s.type === 'BlockSelector');
  if (!quote || !position) throw new Error(`note ${note.id} lacks a quote or position selector`);
  return block ? { quote, position, block } : { quote, position };
}
