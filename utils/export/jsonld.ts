/**
 * Export of notes as W3C Web Annotation JSON-LD
 * (https://www.w3.org/TR/annotation-model/ and /annotation-vocab/).
 *
 * Shape: one `AnnotationCollection` whose `first` is an embedded
 * `AnnotationPage` holding every annotation in `items`. Each annotation has a
 * TextualBody for the note (purpose `commenting`, left out when the note is
 * empty), one TextualBody per tag (purpose `tagging`), and a SpecificResource
 * target with a TextQuoteSelector and a TextPositionSelector (an unknown one
 * is left out, see ./selectors.ts), and, for notes that have one, a
 * `newsmark:BlockSelector` (hashes of the paragraph holding the quote and of
 * its neighbours, see ../anchoring/structure.ts). Newsmark's extras are under the
 * `newsmark:` prefix, declared in the `@context`, which other tools ignore.
 *
 * The output is deterministic: fixed key order, notes sorted by created then
 * id, a fixed layout (one annotation per line), a final newline, and no
 * clock reads. The
 * collection's `id` and `generated` come from the caller or from the data,
 * so export → import → export is byte-identical.
 */
import type { NoteRecord } from '../annotation';
import { sortNotes } from './order';
import { knownSelectors } from './selectors';
import { uuidV5 } from './uuid5';

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The IRI behind the `newsmark:` prefix. Not dereferenceable (`.invalid` is
 * reserved); it only keeps Newsmark's terms apart from everyone else's.
 */
export const NEWSMARK_NS = 'https://newsmark.invalid/ns#';

/** Keys of Newsmark's extra properties on an annotation. */
export const NEWSMARK_KEYS = { colour: 'newsmark:colour', pageTitle: 'newsmark:pageTitle' } as const;

/** The type and keys of Newsmark's block selector as exported (the stored form is `BlockSelector` with plain keys). */
export const BLOCK_SELECTOR_KEYS = {
  type: 'newsmark:BlockSelector',
  block: 'newsmark:block',
  before: 'newsmark:before',
  after: 'newsmark:after',
} as const;

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions {
  /** ISO 8601 time of the export; default: the latest `modified` of the notes (left out when there are none). */
  generated?: string;
  /** The collection's IRI; default: a urn:uuid derived from the notes' ids. */
  id?: string;
  /** The collection's label; default "Newsmark notes". */
  label?: string;
}

/** The JSON-LD object of one annotation, keys in their export order. */
export function annotationObject(note: NoteRecord): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (note.body !== '') {
    body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  }
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });

  const { quote, position, block } = knownSelectors(note);
  const selector: Record<string, unknown>[] = [];
  if (quote) selector.push({ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
  if (position) selector.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  if (block) {
    const k = BLOCK_SELECTOR_KEYS;
    selector.push({ type: k.type, [k.block]: block.block, [k.before]: block.before, [k.after]: block.after });
  }

  const out: Record<string, unknown> = {
    id: note.id,
    type: 'Annotation',
    motivation: note.motivation,
    created: note.created,
    modified: note.modified,
  };
  // W3C `creator`: the display name only (settings → sync); sync credentials never enter an export.
  if (note.creator) out.creator = { type: 'Person', name: note.creator };
  if (body.length > 0) out.body = body;
  out.target = { type: 'SpecificResource', source: note.target.source, selector };
  out[NEWSMARK_KEYS.colour] = note.colour;
  out[NEWSMARK_KEYS.pageTitle] = note.pageTitle;
  return out;
}

/** The default collection id: a urn:uuid derived from the sorted note ids. */
export function collectionId(notes: readonly NoteRecord[]): string {
  const ids = notes.map((n) => n.id).sort();
  return `urn:uuid:${uuidV5(`collection\n${ids.join('\n')}`)}`;
}

/** Annotations per part of {@link jsonLdParts}: about 1.5 MB of text each. */
export const PART_NOTES = 2000;

/**
 * The JSON-LD file of {@link toJsonLd} as consecutive parts (the head, then
 * {@link PART_NOTES} annotations per part, then the tail), so that a large
 * export can be handed over while it is being written. Joined, the parts
 * are exactly `toJsonLd(notes, opts)`.
 * Layout: the collection and page indented by two spaces, each annotation
 * on one line (compact, and one line per annotation in a diff).
 */
export function* jsonLdParts(notes: readonly NoteRecord[], opts: JsonLdOptions = {}): Generator<string> {
  const sorted = sortNotes(notes);
  const id = opts.id ?? collectionId(sorted);
  let generated = opts.generated;
  if (generated === undefined) {
    for (const n of sorted) if (generated === undefined || n.modified > generated) generated = n.modified;
  }
  const collection: Record<string, unknown> = {
    '@context': [ANNO_CONTEXT, { newsmark: NEWSMARK_NS }],
    id,
    type: 'AnnotationCollection',
    label: opts.label ?? 'Newsmark notes',
    total: sorted.length,
  };
  if (generated !== undefined) collection.generated = generated;
  collection.generator = { type: 'Software', name: 'Newsmark' };
  const head = JSON.stringify(collection, null, 2);
  if (sorted.length === 0) {
    yield `${head}\n`;
    return;
  }
  const pageId = `urn:uuid:${uuidV5(`page\n${id}\n0`)}`;
  yield [
    `${head.slice(0, -2)},`,
    '  "first": {',
    `    "id": ${JSON.stringify(pageId)},`,
    '    "type": "AnnotationPage",',
    '    "startIndex": 0,',
    '    "items": [\n',
  ].join('\n');
  for (let i = 0; i < sorted.length; i += PART_NOTES) {
    const lines = sorted.slice(i, i + PART_NOTES).map((n) => `      ${JSON.stringify(annotationObject(n))}`);
    // Every annotation but the last ends with a comma.
    yield `${lines.join(',\n')}${i + PART_NOTES < sorted.length ? ',' : ''}\n`;
  }
  yield ['    ]', '  }', '}\n'].join('\n');
}

/** Serialises `notes` as a W3C AnnotationCollection (see the module doc and {@link jsonLdParts}). */
export function toJsonLd(notes: readonly NoteRecord[], opts: JsonLdOptions = {}): string {
  return [...jsonLdParts(notes, opts)].join('');
}
