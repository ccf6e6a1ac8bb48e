/**
 * Export files ready to download: content, file name and media type for
 * each format. The content never depends on the clock (see ./jsonld.ts), so
 * exporting the same notes twice gives identical files; only the file name
 * carries the day of the export.
 */
import type { NoteRecord } from '../annotation';
import { csvParts } from './csv';
import { jsonLdParts } from './jsonld';
import { markdownParts } from './markdown';

/** The export formats. */
export type ExportFormat = 'jsonld' | 'markdown' | 'csv';

/** The formats with a label for buttons, in the order to offer them. */
export const EXPORT_FORMATS: readonly { id: ExportFormat; label: string }[] = [
  { id: 'jsonld', label: 'W3C JSON-LD' },
  { id: 'markdown', label: 'Markdown' },
  { id: 'csv', label: 'CSV' },
];

/** One file to offer for download. */
export interface ExportFile {
  content: string;
  /** e.g. "newsmark-notes-2026-11-27.jsonld" */
  name: string;
  /** For the Blob's type. */
  mime: string;
}

const KINDS: Record<ExportFormat, { ext: string; mime: string; parts: (notes: readonly NoteRecord[]) => Iterable<string> }> = {
  jsonld: { ext: 'jsonld', mime: 'application/ld+json', parts: (n) => jsonLdParts(n) },
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8', parts: (n) => markdownParts(n) },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8', parts: csvParts },
};

/** The local calendar day of `date` as YYYY-MM-DD (for file names). */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An export file as consecutive parts of its text, made as they are read (for large exports). */
export interface ExportParts {
  parts: Iterable<string>;
  name: string;
  mime: string;
}

/** The export of `notes` in `format` as parts; `now` only names the file. Joined, the parts are `exportFile(…).content`. */
export function exportParts(format: ExportFormat, notes: readonly NoteRecord[], now: Date): ExportParts {
  const kind = KINDS[format];
  return { parts: kind.parts(notes), name: `newsmark-notes-${localDay(now)}.${kind.ext}`, mime: kind.mime };
}

/** The export of `notes` in `format`; `now` only names the file. */
export function exportFile(format: ExportFormat, notes: readonly NoteRecord[], now: Date): ExportFile {
  const { parts, name, mime } = exportParts(format, notes, now);
  return { content: [...parts].join(''), name, mime };
}
