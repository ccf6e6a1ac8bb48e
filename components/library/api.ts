/**
 * The library page's calls to the background (utils/library/messages.ts).
 * Every reply is checked for `ok`; a failure becomes an Error with the
 * background's message.
 */
import { browser } from 'wxt/browser';
import type { NoteRecord } from '../../utils/annotation';
import type { ExportFormat } from '../../utils/export/files';
import { MAX_SLICE, type LibraryReplies, type LibraryRequest } from '../../utils/library/messages';
import { EXPORT_CACHE, exportUrl } from '../../utils/library/handler';
import type { LibraryFilter } from '../../utils/library/search';

type Success<K extends keyof LibraryReplies> = Extract<LibraryReplies[K], { ok: true }>;

export async function ask<K extends LibraryRequest['type']>(req: Extract<LibraryRequest, { type: K }>): Promise<Success<K>> {
  const reply = (await browser.runtime.sendMessage(req)) as LibraryReplies[K] | undefined;
  if (!reply) throw new Error('The background did not answer.');
  if (!reply.ok) throw new Error((reply as { error: string }).error);
  return reply as Success<K>;
}

/** Notes per request when exporting: large enough to be quick, small enough for any message size limit. */
export const EXPORT_CHUNK = 10_000;

/** Every note matching `filter`, or exactly `ids`, fetched in chunks. */
export async function notesToExport(filter: LibraryFilter, ids?: string[]): Promise<NoteRecord[]> {
  const out: NoteRecord[] = [];
  for (let offset = 0; ; offset += EXPORT_CHUNK) {
    const r = await ask({ type: 'library:export', filter, ids, offset, limit: EXPORT_CHUNK });
    for (const n of r.notes) out.push(n);
    if (offset + EXPORT_CHUNK >= r.total) break;
  }
  return out;
}

/**
 * An export file rendered by the background, read in slices: the notes stay
 * in the background and only the file's text crosses to the page.
 */
export async function exportFromBackground(format: ExportFormat, filter: LibraryFilter, ids?: string[]): Promise<{ parts: BlobPart[]; name: string; mime: string; count: number }> {
  const head = await ask({ type: 'library:export-file', format, filter, ids });
  if (head.via === 'cache') {
    const cache = await caches.open(EXPORT_CACHE);
    const res = await cache.match(exportUrl(head.token));
    if (!res) throw new Error('The export file was not found; export again.');
    const blob = await res.blob();
    await cache.delete(exportUrl(head.token));
    return { parts: [blob], name: head.name, mime: head.mime, count: head.count };
  }
  const parts: string[] = [];
  for (let offset = 0; offset < head.chars; offset += MAX_SLICE) {
    const r = await ask({ type: 'library:export-slice', token: head.token, offset, length: MAX_SLICE });
    parts.push(r.text);
  }
  return { parts, name: head.name, mime: head.mime, count: head.count };
}
