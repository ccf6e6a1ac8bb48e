/**
 * The library's requests to the background and their validation. Part of the
 * one message contract (utils/messages.ts routes every `library:*` message
 * here); each field is checked for type and size before the background acts.
 */
import type { HighlightColour, NoteRecord } from '../annotation';
import { HIGHLIGHT_COLOURS } from '../annotation';
import { MAX_NOTE_BODY, MAX_TAG, MAX_TAGS } from '../note-validation';
import { DEFAULT_MAX_BYTES } from '../import/limits';
import { noteProblem } from '../import/validate';
import type { ExportFormat } from '../export/files';
import type { EntityRow, Facet, LibraryFilter, LibraryItem } from './search';

/** Most notes one library request returns (a screen, or a chunk of an export). */
export const MAX_CHUNK = 20_000;
/** Most notes one delete or restore carries. */
export const MAX_BATCH = 100_000;
/** Most characters of an export file one reply carries (well under any browser's message size limit). */
export const MAX_SLICE = 8_000_000;
const FORMATS: readonly ExportFormat[] = ['jsonld', 'markdown', 'csv'];

/** Formats of the findings file. */
export type FindingsFormat = 'json' | 'csv';

export type LibraryRequest =
  /** One screen of notes matching the filter, newest first. */
  | { type: 'library:query'; filter: LibraryFilter; offset: number; limit: number }
  /** Sites, tags and the entity index (needs the full index: may wait for it). */
  | { type: 'library:facets' }
  /**
   * Renders an export file in the background (where the notes already are) and
   * keeps it for `library:export-slice`: the file crosses to the page as text
   * in slices, not as 100,000 note objects.
   */
  | { type: 'library:export-file'; format: ExportFormat; filter: LibraryFilter; ids?: string[] }
  | { type: 'library:export-slice'; token: string; offset: number; length: number }
  /** What Newsmark found in the articles of the notes matching `filter` (or of `ids`): entities and claim sources, as a file. */
  | { type: 'library:findings'; format: FindingsFormat; filter: LibraryFilter; ids?: string[] }
  | { type: 'library:update'; id: string; body: string; tags: string[]; colour: HighlightColour }
  /** Deletes notes; the reply carries them so the library can undo. */
  | { type: 'library:delete'; ids: string[] }
  /** Undo of a delete: puts the notes back, all or none. */
  | { type: 'library:restore'; notes: NoteRecord[] }
  /** Imports a W3C Web Annotation JSON-LD file's text, all or nothing. */
  | { type: 'library:import'; text: string };

export interface LibraryReplies {
  /** `total` is null when the index is not built yet and the notes were not counted. */
  'library:query': { ok: true; total: number | null; items: LibraryItem[]; indexed: boolean } | { ok: false; error: string };
  'library:facets':
    | {
        ok: true;
        sites: Facet[];
        tags: Facet[];
        /** The display names notes were made under (issue 21); the store passes on LibraryIndex.facets() whole. */
        creators?: Facet[];
        entities: EntityRow[];
        notes: number;
        pages: number;
      }
    | { ok: false; error: string };
  'library:export-file':
    { ok: true; token: string; name: string; mime: string; chars: number; count: number } | { ok: false; error: string };
  'library:export-slice': { ok: true; text: string; done: boolean } | { ok: false; error: string };
  'library:findings': { ok: true; name: string; mime: string; content: string; articles: number } | { ok: false; error: string };
  'library:update': { ok: true; note: NoteRecord } | { ok: false; error: string };
  'library:delete': { ok: true; deleted: NoteRecord[] } | { ok: false; error: string };
  'library:restore': { ok: true; restored: number } | { ok: false; error: string };
  'library:import': { ok: true; added: number; skipped: number; summary: string } | { ok: false; error: string };
}

/** True for the library's requests (all named `library:*`). */
export function isLibraryRequest(req: { type: string }): req is LibraryRequest {
  return req.type.startsWith('library:');
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown, max: number): x is number => Number.isSafeInteger(x) && (x as number) >= 0 && (x as number) <= max;
const isId = (x: unknown): x is string => typeof x === 'string' && /^urn:uuid:[0-9a-f-]{36}$/i.test(x);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter if `x` is a well-formed LibraryFilter, else why not. */
export function parseFilter(x: unknown): LibraryFilter | string {
  if (x === undefined) return {};
  if (!isObject(x)) return 'filter must be an object';
  const f: LibraryFilter = {};
  for (const key of ['text', 'site', 'tag', 'entity', 'creator'] as const) {
    const v = x[key];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string' || v.length > 500) return `filter.${key} must be a string of at most 500 characters`;
    f[key] = v;
  }
  for (const key of ['from', 'to'] as const) {
    const v = x[key];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string' || !DAY.test(v)) return `filter.${key} must be a date YYYY-MM-DD`;
    f[key] = v;
  }
  if (x.orphans !== undefined) {
    if (typeof x.orphans !== 'boolean') return 'filter.orphans must be true or false';
    if (x.orphans) f.orphans = true;
  }
  return f;
}

function parseIds(x: unknown, what: string): string[] | string {
  if (!Array.isArray(x) || x.length > MAX_BATCH) return `${what} must be a list of at most ${MAX_BATCH} ids`;
  for (const id of x) if (!isId(id)) return `${what} must hold urn:uuid ids`;
  return x as string[];
}

/** The request if `msg` is a well-formed library request, else an error message. */
export function parseLibraryRequest(msg: Record<string, unknown>): LibraryRequest | string {
  switch (msg.type) {
    case 'library:query': {
      const filter = parseFilter(msg.filter);
      if (typeof filter === 'string') return `library:query: ${filter}`;
      if (!isCount(msg.offset, Number.MAX_SAFE_INTEGER) || !isCount(msg.limit, MAX_CHUNK)) return 'library:query: bad offset or limit';
      return { type: 'library:query', filter, offset: msg.offset, limit: msg.limit };
    }
    case 'library:facets':
      return { type: 'library:facets' };
    case 'library:export-file': {
      if (typeof msg.format !== 'string' || !(FORMATS as readonly string[]).includes(msg.format))
        return 'library:export-file: unknown format';
      const filter = parseFilter(msg.filter);
      if (typeof filter === 'string') return `library:export-file: ${filter}`;
      const format = msg.format as ExportFormat;
      if (msg.ids === undefined) return { type: 'library:export-file', format, filter };
      const ids = parseIds(msg.ids, 'library:export-file: ids');
      if (typeof ids === 'string') return ids;
      return { type: 'library:export-file', format, filter, ids };
    }
    case 'library:findings': {
      if (msg.format !== 'json' && msg.format !== 'csv') return 'library:findings: format must be json or csv';
      const filter = parseFilter(msg.filter);
      if (typeof filter === 'string') return `library:findings: ${filter}`;
      if (msg.ids === undefined) return { type: 'library:findings', format: msg.format, filter };
      const ids = parseIds(msg.ids, 'library:findings: ids');
      if (typeof ids === 'string') return ids;
      return { type: 'library:findings', format: msg.format, filter, ids };
    }
    case 'library:export-slice':
      if (typeof msg.token !== 'string' || !/^[0-9a-f-]{36}$/.test(msg.token)) return 'library:export-slice: bad token';
      if (!isCount(msg.offset, Number.MAX_SAFE_INTEGER) || !isCount(msg.length, MAX_SLICE) || msg.length === 0)
        return 'library:export-slice: bad offset or length';
      return { type: 'library:export-slice', token: msg.token, offset: msg.offset, length: msg.length };
    case 'library:update': {
      if (!isId(msg.id)) return 'library:update: id must be a urn:uuid';
      if (typeof msg.body !== 'string' || msg.body.length > MAX_NOTE_BODY)
        return `library:update: the note must be text of at most ${MAX_NOTE_BODY} characters`;
      if (!Array.isArray(msg.tags) || msg.tags.length > MAX_TAGS) return `library:update: at most ${MAX_TAGS} tags`;
      for (const t of msg.tags)
        if (typeof t !== 'string' || !t.trim() || t.length > MAX_TAG) return `library:update: each tag must be 1–${MAX_TAG} characters`;
      if (typeof msg.colour !== 'string' || !(HIGHLIGHT_COLOURS as readonly string[]).includes(msg.colour))
        return 'library:update: unknown colour';
      return { type: 'library:update', id: msg.id, body: msg.body, tags: msg.tags as string[], colour: msg.colour as HighlightColour };
    }
    case 'library:delete': {
      const ids = parseIds(msg.ids, 'library:delete: ids');
      return typeof ids === 'string' ? ids : { type: 'library:delete', ids };
    }
    case 'library:restore': {
      if (!Array.isArray(msg.notes) || msg.notes.length > MAX_BATCH) return `library:restore: notes must be a list of at most ${MAX_BATCH}`;
      for (let i = 0; i < msg.notes.length; i++) {
        const n = msg.notes[i] as unknown;
        let problem: string | null;
        try {
          problem = isObject(n) ? noteProblem(n as unknown as NoteRecord) : 'not an object';
        } catch {
          problem = 'malformed note';
        }
        if (problem) return `library:restore: note ${i + 1}: ${problem}`;
      }
      return { type: 'library:restore', notes: msg.notes as NoteRecord[] };
    }
    case 'library:import':
      if (typeof msg.text !== 'string') return 'library:import: text must be a string';
      // parseImport checks UTF-8 bytes; a string longer than the limit in UTF-16 units is over it in bytes too.
      if (msg.text.length > DEFAULT_MAX_BYTES) return `library:import: the file is over ${DEFAULT_MAX_BYTES / (1024 * 1024)} MB`;
      return { type: 'library:import', text: msg.text };
    default:
      return `unknown message type ${JSON.stringify(String(msg.type).slice(0, 40))}`;
  }
}
