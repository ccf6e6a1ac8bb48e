/**
 * Reading one W3C Web Annotation (already JSON-parsed) into a NoteRecord.
 *
 * Accepted, beyond Newsmark's own export:
 * - `body` as a string (taken as the note's text), a TextualBody object, or a
 *   list of them; `bodyValue` as plain text. Bodies with purpose `tagging`
 *   become tags; every other textual body is note text (several are joined
 *   with a blank line). Bodies without a text `value` are refused.
 * - `target` as an object with `source` and `selector` (one selector or a
 *   list), or a list of such targets: the first target with a usable selector
 *   is used. TextQuoteSelector and TextPositionSelector are read, and so is
 *   Newsmark's `newsmark:BlockSelector` (its three hashes must each be 8 hex
 *   digits, the neighbours' may be empty); others (CSS, XPath, Range …) are
 *   ignored. With only one of quote and position, the other is marked unknown
 *   (see ../export/selectors.ts). A block selector alone places nothing.
 * - `motivation` as a string or a list; `commenting` or `highlighting` are
 *   kept, anything else becomes `commenting` when there is note text and
 *   `highlighting` otherwise.
 * - the target's `source` is normalised with ../url.ts (tracking parameters
 *   and fragment dropped), so notes land on the page key Newsmark uses.
 * - a body's `format` and `language` are not interpreted: an HTML body is
 *   kept as its source text.
 * - `newsmark:colour` / `newsmark:pageTitle` (or their full IRIs); without
 *   them colour is yellow and the title empty.
 * - a missing `created` or `modified` takes the other's value; with neither,
 *   the caller's `now` is used, or the record is refused.
 * Text is kept exactly as written: nothing is trimmed, truncated, decoded or
 * interpreted (`<script>` stays the text "<script>").
 */
import type { BlockSelector, HighlightColour, Motivation, NoteRecord, TextPositionSelector, TextQuoteSelector } from '../annotation';
import { HIGHLIGHT_COLOURS } from '../annotation';
import { BLOCK_SELECTOR_KEYS, NEWSMARK_KEYS, NEWSMARK_NS } from '../export/jsonld';
import { UNKNOWN_POSITION } from '../export/selectors';
import { normaliseDate } from './dates';
import { normaliseId } from './ids';
import { asList, hasValue, isObject, isStringOrStrings, own, type JsonObject } from './json';
import { FIELD_LIMITS, MAX_TAGS } from './limits';
import { normalizeUrl } from '../url';
import { lengthProblem, sourceProblem } from './validate';
import { MAX_CREATOR } from '../note-validation';

/** Which selector a note read from another tool lacked, if any. */
export type MissingSelector = 'quote' | 'position' | null;

/** The result of {@link readAnnotation}. */
export type ReadResult =
  { ok: true; note: NoteRecord; missing: MissingSelector; derivedId: boolean; extraTargets: number } | { ok: false; error: string };

/** Options of {@link readAnnotation}. */
export interface ReadOptions {
  /** ISO 8601 date used when an annotation has neither created nor modified. */
  now?: string;
}

class Refusal extends Error {}

function refuse(why: string): never {
  throw new Refusal(why);
}

function checkLength(field: string, value: string, limit: number): string {
  const problem = lengthProblem(field, value, limit);
  if (problem) refuse(problem);
  return value;
}

function optionalString(obj: JsonObject, key: string, field: string): string | undefined {
  const v = own(obj, key);
  if (v === undefined) return undefined;
  if (typeof v !== 'string') refuse(`${field} must be text, not ${describe(v)}`);
  return v;
}

/** A short description of a JSON value's kind, for messages. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function readBodies(anno: JsonObject): { text: string; tags: string[] } {
  const texts: string[] = [];
  const tags: string[] = [];
  const bodyValue = own(anno, 'bodyValue');
  if (bodyValue !== undefined) {
    if (typeof bodyValue !== 'string') refuse(`bodyValue must be text, not ${describe(bodyValue)}`);
    texts.push(bodyValue);
  }
  asList(own(anno, 'body')).forEach((body, i) => {
    const where = `body ${i + 1}`;
    if (typeof body === 'string') {
      texts.push(body);
      return;
    }
    if (!isObject(body)) refuse(`${where} must be text or an object, not ${describe(body)}`);
    const value = own(body, 'value');
    if (typeof value !== 'string') refuse(`${where} has no text "value" (only textual bodies can be imported)`);
    const purpose = own(body, 'purpose');
    if (purpose !== undefined && !isStringOrStrings(purpose)) refuse(`${where} has a purpose that is not text`);
    if (hasValue(purpose, 'tagging')) {
      if (value.trim() === '') refuse(`${where} is an empty tag`);
      tags.push(checkLength(`tag "${value.slice(0, 40)}…"`, value, FIELD_LIMITS.tag));
    } else {
      texts.push(value);
    }
  });
  if (tags.length > MAX_TAGS) refuse(`has ${tags.length} tags; the limit is ${MAX_TAGS}`);
  const text = texts.filter((t) => t !== '').join('\n\n');
  return { text: checkLength('note text', text, FIELD_LIMITS.body), tags };
}

function readQuote(sel: JsonObject, where: string): TextQuoteSelector {
  const exact = own(sel, 'exact');
  if (typeof exact !== 'string' || exact === '') refuse(`${where}: TextQuoteSelector needs a non-empty "exact" text`);
  const prefix = optionalString(sel, 'prefix', `${where}: prefix`) ?? '';
  const suffix = optionalString(sel, 'suffix', `${where}: suffix`) ?? '';
  return {
    type: 'TextQuoteSelector',
    exact: checkLength('quote', exact, FIELD_LIMITS.exact),
    prefix: checkLength('quote prefix', prefix, FIELD_LIMITS.context),
    suffix: checkLength('quote suffix', suffix, FIELD_LIMITS.context),
  };
}

function readPosition(sel: JsonObject, where: string): TextPositionSelector {
  const start = own(sel, 'start');
  const end = own(sel, 'end');
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    refuse(`${where}: TextPositionSelector needs whole-number "start" and "end"`);
  }
  if (start < 0 || end <= start) refuse(`${where}: TextPositionSelector needs 0 ≤ start < end (got ${start}–${end})`);
  return { type: 'TextPositionSelector', start, end };
}

const HASH = /^[0-9a-f]{8}$/;

/** A `newsmark:` term by its prefixed name or its full IRI. */
function newsmarkTerm(sel: JsonObject, prefixed: string): unknown {
  const short = own(sel, prefixed);
  return short !== undefined ? short : own(sel, NEWSMARK_NS + prefixed.slice('newsmark:'.length));
}

function readBlock(sel: JsonObject, where: string): BlockSelector {
  const k = BLOCK_SELECTOR_KEYS;
  const [block, before, after] = [k.block, k.before, k.after].map((key) => newsmarkTerm(sel, key));
  if (typeof block !== 'string' || !HASH.test(block)) refuse(`${where}: ${k.type} needs "${k.block}" of 8 hex digits`);
  for (const [key, v] of [
    [k.before, before],
    [k.after, after],
  ] as const) {
    if (typeof v !== 'string' || (v !== '' && !HASH.test(v))) refuse(`${where}: ${k.type} needs "${key}" of 8 hex digits or empty`);
  }
  return { type: 'BlockSelector', block, before: before as string, after: after as string };
}

interface TargetRead {
  source: string;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  block: BlockSelector | null;
}

function readTarget(target: unknown, where: string): TargetRead | null {
  if (typeof target === 'string') return null; // a whole page: nothing to anchor to
  if (!isObject(target)) refuse(`${where} must be an object or an IRI, not ${describe(target)}`);
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  let block: BlockSelector | null = null;
  asList(own(target, 'selector')).forEach((sel, i) => {
    const at = `${where} selector ${i + 1}`;
    if (!isObject(sel)) refuse(`${at} must be an object, not ${describe(sel)}`);
    const type = own(sel, 'type');
    if (hasValue(type, 'TextQuoteSelector')) quote ??= readQuote(sel, at);
    else if (hasValue(type, 'TextPositionSelector')) position ??= readPosition(sel, at);
    else if (hasValue(type, BLOCK_SELECTOR_KEYS.type) || hasValue(type, `${NEWSMARK_NS}BlockSelector`)) block ??= readBlock(sel, at);
  });
  if (!quote && !position) return null;
  const raw = own(target, 'source');
  if (typeof raw !== 'string') refuse(`${where} has selectors but no "source" URL`);
  const rawProblem = sourceProblem(raw);
  if (rawProblem) refuse(rawProblem);
  // The page key Newsmark files notes under (idempotent: our own exports are already normalised).
  const source = normalizeUrl(raw);
  const problem = sourceProblem(source);
  if (problem) refuse(`${problem} (after normalising)`);
  return { source, quote, position, block };
}

function readMotivation(v: unknown, hasText: boolean): Motivation {
  if (v !== undefined && !isStringOrStrings(v)) refuse(`motivation must be text or a list of texts, not ${describe(v)}`);
  if (hasValue(v, 'commenting') || hasValue(v, 'oa:commenting')) return 'commenting';
  if (hasValue(v, 'highlighting') || hasValue(v, 'oa:highlighting')) return 'highlighting';
  return hasText ? 'commenting' : 'highlighting';
}

function readDate(anno: JsonObject, key: 'created' | 'modified'): string | undefined {
  const raw = optionalString(anno, key, key);
  if (raw === undefined) return undefined;
  const date = normaliseDate(raw);
  if (date === null) refuse(`${key} "${raw.slice(0, 40)}" is not an ISO 8601 date-time with time zone`);
  return date;
}

function readExtra(anno: JsonObject, key: 'colour' | 'pageTitle'): unknown {
  const short = own(anno, NEWSMARK_KEYS[key]);
  return short !== undefined ? short : own(anno, NEWSMARK_NS + key);
}

/** The W3C `creator`: a name, or an agent (or the first of a list) with a `name`; undefined when there is none. */
function readCreator(raw: unknown): string | undefined {
  const first = Array.isArray(raw) ? (raw as unknown[])[0] : raw;
  if (first === undefined) return undefined;
  const name = typeof first === 'string' ? first : isObject(first) ? own(first, 'name') : undefined;
  if (name === undefined) return undefined;
  if (typeof name !== 'string') refuse(`creator name must be text, not ${describe(name)}`);
  return checkLength('creator', name.trim(), MAX_CREATOR) || undefined;
}

function readAnnotationOrThrow(anno: unknown, opts: ReadOptions): ReadResult {
  if (!isObject(anno)) refuse(`must be an object, not ${describe(anno)}`);
  if (!hasValue(own(anno, 'type'), 'Annotation') && !hasValue(own(anno, 'type'), 'oa:Annotation')) {
    refuse('is not of type "Annotation"');
  }
  const rawId = own(anno, 'id') ?? own(anno, '@id');
  if (typeof rawId !== 'string') refuse(rawId === undefined ? 'has no id' : `id must be text, not ${describe(rawId)}`);
  checkLength('id', rawId, FIELD_LIMITS.id);
  const id = normaliseId(rawId);
  if (!id.ok) refuse(id.error);

  const { text, tags } = readBodies(anno);

  const targets = asList(own(anno, 'target'));
  if (targets.length === 0) refuse('has no target');
  let found: TargetRead | null = null;
  for (let i = 0; i < targets.length; i++) {
    const read = readTarget(targets[i], targets.length > 1 ? `target ${i + 1}` : 'target');
    if (!found) found = read;
  }
  if (!found) refuse('has no TextQuoteSelector or TextPositionSelector, so it cannot be placed on a page');
  const { source, quote, position, block } = found;
  const quoteSel: TextQuoteSelector = quote ?? { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' };
  const positionSel: TextPositionSelector = position ?? { type: 'TextPositionSelector', start: UNKNOWN_POSITION, end: UNKNOWN_POSITION };

  let created = readDate(anno, 'created');
  let modified = readDate(anno, 'modified');
  created ??= modified;
  modified ??= created;
  if (created === undefined || modified === undefined) {
    const now = opts.now === undefined ? null : normaliseDate(opts.now);
    if (now === null) refuse('has no created or modified date');
    created = modified = now;
  }

  const colour = readExtra(anno, 'colour');
  if (colour !== undefined && !HIGHLIGHT_COLOURS.includes(colour as HighlightColour)) {
    refuse(`newsmark:colour must be one of ${HIGHLIGHT_COLOURS.join(', ')}`);
  }
  const title = readExtra(anno, 'pageTitle');
  if (title !== undefined && typeof title !== 'string') refuse(`newsmark:pageTitle must be text, not ${describe(title)}`);

  const creator = readCreator(own(anno, 'creator'));

  const note: NoteRecord = {
    id: id.id,
    motivation: readMotivation(own(anno, 'motivation'), text !== ''),
    body: text,
    tags,
    colour: (colour as HighlightColour | undefined) ?? 'yellow',
    created,
    modified,
    target: {
      source,
      selector: block ? [quoteSel, positionSel, block] : [quoteSel, positionSel],
    },
    pageTitle: checkLength('page title', title ?? '', FIELD_LIMITS.pageTitle),
  };
  if (creator) note.creator = creator;
  const missing: MissingSelector = quote ? (position ? null : 'position') : 'quote';
  return { ok: true, note, missing, derivedId: id.derived, extraTargets: targets.length - 1 };
}

/** Reads one parsed annotation into a NoteRecord, or says why it cannot (see the module doc). Never throws. */
export function readAnnotation(anno: unknown, opts: ReadOptions = {}): ReadResult {
  try {
    return readAnnotationOrThrow(anno, opts);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.message };
    throw e;
  }
}
