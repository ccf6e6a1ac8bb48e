/**
 * Export files ready to download: content, file name and media type for
 * each format. The content never depends on the clock (see ./jsonld.ts), so
 * exporting the same notes twice gives identical files; only the file name
 * carries the day of the export.
 */
import type { NoteRecord } from '../annotation';
import { toCsv } from './csv';
import { toJsonLd } from './jsonld';
import { toMarkdown } from './markdown';

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

const KINDS: Record<ExportFormat, { ext: string; mime: string; render: (notes: readonly NoteRecord[]) => string }> = {
  jsonld: { ext: 'jsonld', mime: 'application/ld+json', render: (n) => toJsonLd(n) },
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8', render: (n) => toMarkdown(n) },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8', render: toCsv },
};

/** The local calendar day of `date` as YYYY-MM-DD. */
function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The export of `notes` in `format`; `now` only names the file. */
export function exportFile(format: ExportFormat, notes: readonly NoteRecord[], now: Date): ExportFile {
  const kind = KINDS[format];
  return { content: kind.render(notes), name: `newsmark-notes-${localDay(now)}.${kind.ext}`, mime: kind.mime };
}
