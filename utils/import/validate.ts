/**
 * The invariants of a NoteRecord that import guarantees, checked on the
 * finished record. Import runs it on every note before returning, so a bug
 * in the reading code shows up as a refused file, never as a bad record.
 */
import { HIGHLIGHT_COLOURS, type NoteRecord } from '../annotation';
import { blockSelectorProblem, syncFieldsProblem } from '../note-validation';
import { UNKNOWN_POSITION } from '../export/selectors';
import { isUuid } from '../export/uuid5';
import { isNormalisedDate } from './dates';
import { FIELD_LIMITS, MAX_TAGS } from './limits';

/** Characters a page URL may not contain (whitespace and control characters). */
const BAD_URL_CHARS = /[\s\u0000-\u001f\u007f-\u009f]/;

/** Why `source` is not an acceptable page URL, or null when it is (absolute http(s), no spaces or controls). */
export function sourceProblem(source: string): string | null {
  if (source.length > FIELD_LIMITS.source) return `target URL is ${source.length} characters long; the limit is ${FIELD_LIMITS.source}`;
  if (BAD_URL_CHARS.test(source)) return 'target URL contains spaces or control characters';
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return 'target URL is not an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `target URL must be http or https, not "${url.protocol}"`;
  return null;
}

/** Why a string field is too long, or null. */
export function lengthProblem(field: string, value: string, limit: number): string | null {
  return value.length > limit ? `${field} is ${value.length} characters long; the limit is ${limit}` : null;
}

/** The first broken invariant of `note`, or null when it is a valid NoteRecord. */
export function noteProblem(note: NoteRecord): string | null {
  if (typeof note.id !== 'string' || !note.id.startsWith('urn:uuid:') || !isUuid(note.id.slice(9)) || note.id !== note.id.toLowerCase()) {
    return 'id is not a lower-case urn:uuid';
  }
  if (note.motivation !== 'highlighting' && note.motivation !== 'commenting') return 'motivation is neither highlighting nor commenting';
  if (typeof note.body !== 'string') return 'note text is not a string';
  const bodyLong = lengthProblem('note text', note.body, FIELD_LIMITS.body);
  if (bodyLong) return bodyLong;
  if (!Array.isArray(note.tags) || note.tags.length > MAX_TAGS) return `tags must be a list of at most ${MAX_TAGS}`;
  for (const tag of note.tags) {
    if (typeof tag !== 'string' || tag.trim() === '') return 'a tag is empty or not text';
    const tagLong = lengthProblem('a tag', tag, FIELD_LIMITS.tag);
    if (tagLong) return tagLong;
  }
  if (!HIGHLIGHT_COLOURS.includes(note.colour)) return "colour is not one of Newsmark's highlight colours";
  if (typeof note.created !== 'string' || !isNormalisedDate(note.created)) return 'created is not an ISO 8601 UTC date';
  if (typeof note.modified !== 'string' || !isNormalisedDate(note.modified)) return 'modified is not an ISO 8601 UTC date';
  if (typeof note.pageTitle !== 'string') return 'page title is not text';
  const titleLong = lengthProblem('page title', note.pageTitle, FIELD_LIMITS.pageTitle);
  if (titleLong) return titleLong;
  const syncProblem = syncFieldsProblem(note as unknown as Record<string, unknown>);
  if (syncProblem) return syncProblem;
  const target = note.target;
  if (typeof target !== 'object' || target === null || typeof target.source !== 'string') return 'target has no URL';
  const urlProblem = sourceProblem(target.source);
  if (urlProblem) return urlProblem;
  const sel = target.selector;
  if (!Array.isArray(sel) || (sel.length !== 2 && sel.length !== 3))
    return 'target must have two selectors, or three with a block selector';
  const [quote, position] = sel;
  if (sel.length === 3) {
    const problem = blockSelectorProblem(sel[2]);
    if (problem) return problem;
  }
  if (quote.type !== 'TextQuoteSelector' || position.type !== 'TextPositionSelector')
    return 'selectors must be [TextQuoteSelector, TextPositionSelector]';
  for (const [name, value, limit] of [
    ['quote', quote.exact, FIELD_LIMITS.exact],
    ['quote prefix', quote.prefix, FIELD_LIMITS.context],
    ['quote suffix', quote.suffix, FIELD_LIMITS.context],
  ] as const) {
    if (typeof value !== 'string') return `${name} is not text`;
    const long = lengthProblem(name, value, limit);
    if (long) return long;
  }
  const { start, end } = position;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return 'position start and end must be whole numbers';
  const unknown = start === UNKNOWN_POSITION && end === UNKNOWN_POSITION;
  if (!unknown && (start < 0 || end <= start)) return 'position must satisfy 0 ≤ start < end';
  if (unknown && quote.exact === '') return 'neither a quote nor a position is known';
  return null;
}
