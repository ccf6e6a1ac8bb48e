/** Notes and pages for the library's tests. */
import type { NoteRecord } from '../../../utils/annotation';
import type { PageRecord, PageSummary } from '../../../utils/storage/schema';
import { sampleNote } from '../helpers/notes';

/** A valid urn:uuid from a number. */
export function uuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `urn:uuid:00000000-0000-4000-8000-${hex}`;
}

export function note(n: number, over: Partial<NoteRecord> & { url?: string; quote?: string } = {}): NoteRecord {
  const { url, quote, ...rest } = over;
  const exact = quote ?? `quoted words ${n}`;
  const day = String(1 + (n % 28)).padStart(2, '0');
  return sampleNote({
    id: uuid(n),
    body: `note ${n}`,
    tags: [],
    created: `2026-03-${day}T10:00:00.000Z`,
    modified: `2026-03-${day}T10:00:00.000Z`,
    target: {
      source: url ?? 'https://example.com/story',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: n, end: n + exact.length },
      ],
    },
    ...rest,
  });
}

export function page(url: string, summary: PageSummary, title = 'A story'): PageRecord {
  return {
    url,
    title,
    site: new URL(url).hostname.replace(/^www\./, ''),
    firstSeen: '2026-03-01T00:00:00.000Z',
    lastSeen: '2026-03-01T00:00:00.000Z',
    summary,
    entityNames: [...new Set(summary.entities.map((e) => e.name.toLowerCase()))],
  };
}
