/**
 * Validation of a NoteRecord received from another part of the extension.
 * Limits are explicit: a note that is too long is refused with a message
 * that says so, never silently truncated.
 */
import { HIGHLIGHT_COLOURS } from './annotation';

export const MAX_NOTE_BODY = 100_000;
export const MAX_QUOTE = 200_000;
export const MAX_TAGS = 64;
export const MAX_TAG = 100;
export const MAX_CREATOR = 200;
/** Most losing versions a note keeps from sync conflicts (the oldest go first). */
export const MAX_ELSEWHERE = 20;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIso = (x: unknown): x is string => typeof x === 'string' && x.length < 40 && !Number.isNaN(Date.parse(x));
const isOffset = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

const HASH = /^[0-9a-f]{8}$/;

/** Returns null if `x` is a valid BlockSelector (8 hex digits for the block, 8 or none for each neighbour), else why not. */
export function blockSelectorProblem(x: unknown): string | null {
  if (!isObject(x) || x.type !== 'BlockSelector') return 'third selector must be a BlockSelector';
  if (typeof x.block !== 'string' || !HASH.test(x.block)) return 'block selector: block must be 8 hex digits';
  for (const side of ['before', 'after'] as const) {
    const v = x[side];
    if (typeof v !== 'string' || (v !== '' && !HASH.test(v))) return `block selector: ${side} must be 8 hex digits or empty`;
  }
  return null;
}

/** Returns null if the optional sync fields of a note (creator, teamNote, elsewhere) are well-formed, else why not. */
export function syncFieldsProblem(x: Record<string, unknown>): string | null {
  if (x.creator !== undefined && (typeof x.creator !== 'string' || x.creator.length > MAX_CREATOR))
    return `creator must be a name of at most ${MAX_CREATOR} characters`;
  if (x.teamNote !== undefined && x.teamNote !== true) return 'teamNote must be true or absent';
  if (x.elsewhere === undefined) return null;
  if (!Array.isArray(x.elsewhere) || x.elsewhere.length > MAX_ELSEWHERE) return `elsewhere must be a list of at most ${MAX_ELSEWHERE}`;
  for (const e of x.elsewhere as unknown[]) {
    if (!isObject(e) || typeof e.body !== 'string' || e.body.length > MAX_NOTE_BODY) return 'an edit from elsewhere has no valid text';
    if (!Array.isArray(e.tags) || e.tags.length > MAX_TAGS || e.tags.some((t) => typeof t !== 'string' || t.length > MAX_TAG))
      return 'an edit from elsewhere has bad tags';
    if (typeof e.colour !== 'string' || !(HIGHLIGHT_COLOURS as readonly string[]).includes(e.colour))
      return 'an edit from elsewhere has an unknown colour';
    if (!isIso(e.modified)) return 'an edit from elsewhere has no ISO date';
    if (e.creator !== undefined && (typeof e.creator !== 'string' || e.creator.length > MAX_CREATOR))
      return 'an edit from elsewhere has a bad creator';
  }
  return null;
}

/** Returns null if `x` is a valid NoteRecord, else why it is not. */
export function validateNote(x: unknown): string | null {
  if (!isObject(x)) return 'note must be an object';
  if (typeof x.id !== 'string' || !/^urn:uuid:[0-9a-f-]{36}$/i.test(x.id)) return 'note id must be a urn:uuid';
  if (x.motivation !== 'highlighting' && x.motivation !== 'commenting') return 'motivation must be highlighting or commenting';
  if (typeof x.body !== 'string') return 'body must be a string';
  if (x.body.length > MAX_NOTE_BODY)
    return `the note is ${x.body.length.toLocaleString('en')} characters long; the limit is ${MAX_NOTE_BODY.toLocaleString('en')}`;
  if (!Array.isArray(x.tags) || x.tags.length > MAX_TAGS) return `tags must be a list of at most ${MAX_TAGS}`;
  for (const t of x.tags) if (typeof t !== 'string' || !t.trim() || t.length > MAX_TAG) return `each tag must be 1–${MAX_TAG} characters`;
  if (typeof x.colour !== 'string' || !(HIGHLIGHT_COLOURS as readonly string[]).includes(x.colour)) return 'unknown colour';
  if (!isIso(x.created) || !isIso(x.modified)) return 'created and modified must be ISO dates';
  if (typeof x.pageTitle !== 'string' || x.pageTitle.length > 2000) return 'pageTitle must be a string';
  const extra = syncFieldsProblem(x);
  if (extra) return extra;
  const target = x.target;
  if (!isObject(target)) return 'target must be an object';
  if (typeof target.source !== 'string' || !/^https?:\/\//.test(target.source) || target.source.length > 8192)
    return 'target.source must be an http(s) URL';
  if (!Array.isArray(target.selector) || (target.selector.length !== 2 && target.selector.length !== 3))
    return 'target.selector must hold a quote, a position and maybe a block selector';
  const [quote, position, block] = target.selector as unknown[];
  if (target.selector.length === 3) {
    const problem = blockSelectorProblem(block);
    if (problem) return problem;
  }
  if (!isObject(quote) || quote.type !== 'TextQuoteSelector') return 'first selector must be a TextQuoteSelector';
  if (typeof quote.exact !== 'string' || !quote.exact || quote.exact.length > MAX_QUOTE) return 'quote must be 1–200,000 characters';
  if (typeof quote.prefix !== 'string' || typeof quote.suffix !== 'string' || quote.prefix.length > 200 || quote.suffix.length > 200)
    return 'quote prefix and suffix must be short strings';
  if (!isObject(position) || position.type !== 'TextPositionSelector') return 'second selector must be a TextPositionSelector';
  if (!isOffset(position.start) || !isOffset(position.end) || position.end <= position.start)
    return 'position must be offsets with start < end';
  return null;
}
