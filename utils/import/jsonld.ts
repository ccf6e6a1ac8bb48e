/**
 * Import of W3C Web Annotation JSON-LD: Newsmark's own export and other
 * tools' (a single Annotation, a list of them, an AnnotationPage, an
 * AnnotationCollection with embedded pages, or a JSON-LD `@graph`).
 *
 * All or nothing: every record is read and checked (see ./annotation.ts and
 * ./validate.ts) before any is returned. The first bad record rejects the
 * whole file, with a message naming its position, its id and the reason.
 * Also refused: files over `maxBytes` (checked before parsing), files that
 * are not JSON, duplicate ids within the file, text over the limits in
 * ./limits.ts (those of utils/note-validation.ts). Annotations whose id is in `existingIds` are checked too,
 * then skipped and counted.
 *
 * Pure: no I/O, no clock, nothing evaluated. Text stays text.
 */
import type { NoteRecord } from '../annotation';
import { validateNote } from '../note-validation';
import { readAnnotation } from './annotation';
import { hasValue, isObject, own, utf8Length } from './json';
import { DEFAULT_MAX_BYTES, MAX_ANNOTATIONS, MAX_PAGES } from './limits';
import { noteProblem } from './validate';

/** What {@link parseImport} gives back: every new note, or why none. */
export type ImportResult = { ok: true; notes: NoteRecord[]; skipped: number; summary: string } | { ok: false; error: string };

/** Options of {@link parseImport}. */
export interface ImportOptions {
  /** Ids already in the library: such annotations are skipped and counted. */
  existingIds?: ReadonlySet<string>;
  /** Largest input accepted, in UTF-8 bytes; default {@link DEFAULT_MAX_BYTES} (20 MiB). */
  maxBytes?: number;
  /** ISO 8601 date for annotations that have neither created nor modified; without it they are refused. */
  now?: string;
}

const NOTHING = 'Nothing was imported.';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The annotations of a parsed file, or why it is not a W3C annotation file. */
function itemsOf(root: unknown): { items: unknown[] } | { error: string } {
  if (Array.isArray(root)) return { items: root };
  if (!isObject(root)) return { error: 'The file is not a W3C Web Annotation file: it holds neither an object nor a list.' };
  const type = own(root, 'type');
  if (hasValue(type, 'Annotation') || hasValue(type, 'oa:Annotation')) return { items: [root] };
  const graph = own(root, '@graph');
  if (type === undefined && Array.isArray(graph)) return { items: graph };
  let page: unknown;
  if (hasValue(type, 'AnnotationPage')) page = root;
  else if (hasValue(type, 'AnnotationCollection')) {
    page = own(root, 'first');
    if (page === undefined) {
      const total = own(root, 'total');
      if (total === undefined || total === 0) return { items: [] };
      return { error: `The collection says it holds ${String(total)} annotations but has no "first" page.` };
    }
  } else {
    return {
      error:
        'The file is not a W3C Web Annotation file: expected an Annotation, a list of them, an AnnotationPage or an AnnotationCollection.',
    };
  }
  const items: unknown[] = [];
  for (let n = 1; page !== undefined; n++) {
    if (n > MAX_PAGES) return { error: `The collection has more than ${MAX_PAGES} pages.` };
    if (typeof page === 'string')
      return {
        error: `Page ${n} of the collection is only a link (${page.slice(0, 100)}), not included in the file; export with embedded pages.`,
      };
    if (!isObject(page)) return { error: `Page ${n} of the collection is not an object.` };
    const pageItems = own(page, 'items');
    if (!Array.isArray(pageItems)) return { error: `Page ${n} of the collection has no "items" list.` };
    for (const item of pageItems) items.push(item);
    if (items.length > MAX_ANNOTATIONS) return { error: `The file holds more than ${MAX_ANNOTATIONS} annotations.` };
    page = own(page, 'next');
  }
  return { items };
}

function recordLabel(item: unknown, index: number, total: number): string {
  const rawId = isObject(item) ? (own(item, 'id') ?? own(item, '@id')) : undefined;
  const id = typeof rawId === 'string' ? ` (id ${JSON.stringify(rawId.length > 100 ? `${rawId.slice(0, 100)}…` : rawId)})` : ' (no id)';
  return `Annotation ${index + 1} of ${total}${id}`;
}

function summarise(
  added: NoteRecord[],
  skipped: number,
  counts: Record<'derived' | 'noQuote' | 'noPosition' | 'extraTargets', number>,
): string {
  const parts: string[] = [];
  if (added.length > 0) parts.push(`Imported ${plural(added.length, 'annotation')}.`);
  else if (skipped > 0) parts.push('Nothing new to import.');
  else parts.push('The file holds no annotations.');
  if (skipped > 0) parts.push(`Skipped ${skipped} already in the library.`);
  if (counts.derived > 0)
    parts.push(`${plural(counts.derived, 'annotation')} had ids that are not urn:uuid and were given stable urn:uuid ids.`);
  if (counts.noPosition > 0) parts.push(`${plural(counts.noPosition, 'annotation')} had a quote but no position.`);
  if (counts.noQuote > 0) parts.push(`${plural(counts.noQuote, 'annotation')} had a position but no quote.`);
  if (counts.extraTargets > 0)
    parts.push(
      `${plural(counts.extraTargets, 'extra target')} beyond the first of an annotation ${counts.extraTargets === 1 ? 'was' : 'were'} not kept.`,
    );
  return parts.join(' ');
}

function parseOrThrow(input: string, opts: ImportOptions): ImportResult {
  if (typeof input !== 'string') return { ok: false, error: `The file could not be read as text. ${NOTHING}` };
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // Each UTF-16 unit is at least one UTF-8 byte, so a long string is refused without counting.
  const bytes = input.length > maxBytes ? input.length : utf8Length(input, maxBytes);
  if (bytes > maxBytes) {
    return {
      ok: false,
      error: `The file is ${input.length > maxBytes ? 'over ' : ''}${megabytes(bytes)}; the largest file Newsmark imports is ${megabytes(maxBytes)}. ${NOTHING}`,
    };
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: `The file is empty. ${NOTHING}` };
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message.slice(0, 200) : 'parse error';
    return { ok: false, error: `The file is not valid JSON (${why}). ${NOTHING}` };
  }
  const found = itemsOf(root);
  if ('error' in found) return { ok: false, error: `${found.error} ${NOTHING}` };
  const { items } = found;

  const existing = opts.existingIds ?? new Set<string>();
  const seen = new Map<string, number>();
  const added: NoteRecord[] = [];
  let skipped = 0;
  const counts = { derived: 0, noQuote: 0, noPosition: 0, extraTargets: 0 };
  for (let i = 0; i < items.length; i++) {
    const read = readAnnotation(items[i], { now: opts.now });
    const label = (): string => recordLabel(items[i], i, items.length);
    if (!read.ok) return { ok: false, error: `${label()}: ${read.error}. ${NOTHING}` };
    // Also the extension's own note check, so that storage never refuses what import accepted.
    // (It does not know the one-selector convention, so it checks complete notes only.)
    const problem = noteProblem(read.note) ?? (read.missing === null ? validateNote(read.note) : null);
    if (problem) return { ok: false, error: `${label()}: ${problem}. ${NOTHING}` };
    const { note } = read;
    const first = seen.get(note.id);
    if (first !== undefined) {
      return { ok: false, error: `${label()}: has the same id as annotation ${first + 1}; ids must be unique. ${NOTHING}` };
    }
    seen.set(note.id, i);
    if (existing.has(note.id)) {
      skipped++;
      continue;
    }
    added.push(note);
    if (read.derivedId) counts.derived++;
    if (read.missing === 'quote') counts.noQuote++;
    if (read.missing === 'position') counts.noPosition++;
    counts.extraTargets += read.extraTargets;
  }
  return { ok: true, notes: added, skipped, summary: summarise(added, skipped, counts) };
}

/**
 * Reads an import file (see the module doc). Never throws and never returns
 * part of a file: either every new note, valid, or an error and no notes.
 */
export function parseImport(input: string, opts: ImportOptions = {}): ImportResult {
  try {
    return parseOrThrow(input, opts);
  } catch (e) {
    // Not expected; kept so that a bug cannot turn into a half-finished import.
    const why = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200);
    return { ok: false, error: `The file could not be imported (${why}). ${NOTHING}` };
  }
}
