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

export type Selector = TextQuoteSelector | TextPositionSelector;

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
    selector: [TextQuoteSelector, TextPositionSelector];
  };
  /** The article's title when the note was made. */
  pageTitle: string;
}

/** Returns the quote and position selectors of a note, whatever their order. */
export function selectorsOf(note: NoteRecord): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const quote = note.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = note.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!quote || !position) throw new Error(`note ${note.id} lacks a quote or position selector`);
  return { quote, position };
}
