/**
 * Export of notes as CSV for spreadsheets (RFC 4180).
 *
 * - UTF-8 with a byte-order mark (U+FEFF first), so Excel reads accents and
 *   non-Latin text correctly; CRLF after every record, the last included.
 * - A header row, then one row per annotation, sorted by created then id.
 *   Columns: id, created, modified, url, page title, quote, prefix, suffix,
 *   start, end, note, tags, colour, motivation. Tags are joined with "; ".
 *   An unknown quote or position (see ./selectors.ts) gives empty cells.
 * - Fields holding a comma, a double quote, CR or LF are enclosed in double
 *   quotes, with inner quotes doubled.
 * - Formula injection guard: a cell whose text starts with = + - @, a tab or
 *   a CR would be run as a formula by spreadsheet programs, so it gets a
 *   leading apostrophe (`'=1+1`), which they show as text. The apostrophe is
 *   visible in plain-text readers; this export is for spreadsheets.
 */
import type { NoteRecord } from '../annotation';
import { sortNotes } from './order';
import { knownSelectors } from './selectors';

/** The header row's column names, in order. */
export const CSV_COLUMNS = [
  'id',
  'created',
  'modified',
  'url',
  'page title',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'note',
  'tags',
  'colour',
  'motivation',
] as const;

/** How tags are joined in the tags column. */
export const CSV_TAG_SEPARATOR = '; ';

const FORMULA_START = /^[=+\-@\t\r]/;

/** `value` with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted (inner quotes doubled) when it holds a comma, quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The cells of one note, in {@link CSV_COLUMNS} order, before quoting. */
export function csvCells(note: NoteRecord): string[] {
  const { quote, position } = knownSelectors(note);
  return [
    note.id,
    note.created,
    note.modified,
    note.target.source,
    note.pageTitle,
    quote?.exact ?? '',
    quote?.prefix ?? '',
    quote?.suffix ?? '',
    position ? String(position.start) : '',
    position ? String(position.end) : '',
    note.body,
    note.tags.join(CSV_TAG_SEPARATOR),
    note.colour,
    note.motivation,
  ];
}

/** One CSV record: every cell formula-guarded and quoted as needed, CRLF at the end. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map((c) => csvField(neutraliseFormula(c))).join(',')}\r\n`;
}

/** Rows per part of {@link csvParts}. */
const PART_ROWS = 5000;

/**
 * The CSV file as consecutive parts: the BOM and header, then
 * {@link PART_ROWS} rows per part. Joined, they are exactly `toCsv(notes)`.
 * (The BOM stays alone in the first part: text after it can then stay in
 * one-byte strings, half the memory for Latin text.)
 */
export function* csvParts(notes: readonly NoteRecord[]): Generator<string> {
  yield '\uFEFF';
  yield csvRow(CSV_COLUMNS);
  const sorted = sortNotes(notes);
  for (let i = 0; i < sorted.length; i += PART_ROWS) {
    yield sorted
      .slice(i, i + PART_ROWS)
      .map((n) => csvRow(csvCells(n)))
      .join('');
  }
}

/** Serialises `notes` as CSV (see the module doc), BOM first. */
export function toCsv(notes: readonly NoteRecord[]): string {
  return [...csvParts(notes)].join('');
}
