/**
 * Size limits for imported files and for each text field. Import refuses
 * anything beyond them with a message naming the field and the limit; it
 * never truncates. Lengths are in characters (UTF-16 code units).
 *
 * The per-note limits are those of utils/note-validation.ts (what the
 * extension accepts for any note), so an import never holds a note the
 * library would refuse to store; tests/unit/import/limits.test.ts checks
 * that the two agree.
 */
import { MAX_NOTE_BODY, MAX_QUOTE, MAX_TAG, MAX_TAGS as NOTE_MAX_TAGS } from '../note-validation';

/** Default largest file accepted, in bytes of UTF-8 (20 MiB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Largest length, in characters, of each text field of an imported note. */
export const FIELD_LIMITS = {
  /** The annotation's id (an IRI). */
  id: 2_048,
  /** The target page's URL (as in note-validation.ts). */
  source: 8_192,
  /** The page title (as in note-validation.ts). */
  pageTitle: 2_000,
  /** The quoted words (TextQuoteSelector.exact). */
  exact: MAX_QUOTE,
  /** The context before or after the quote (as in note-validation.ts). */
  context: 200,
  /** The reader's note. */
  body: MAX_NOTE_BODY,
  /** One tag. */
  tag: MAX_TAG,
} as const;

/** Most tags one note may carry. */
export const MAX_TAGS = NOTE_MAX_TAGS;

/** Most annotations one file may hold. */
export const MAX_ANNOTATIONS = 500_000;

/** Most AnnotationPages followed through `next` links in one collection. */
export const MAX_PAGES = 10_000;
