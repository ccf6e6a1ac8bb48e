/**
 * The library page's calls to the background (utils/library/messages.ts).
 * Every reply is checked for `ok`; a failure becomes an Error with the
 * background's message.
 */
import type { ExportFormat } from '../../utils/export/files';
import { MAX_SLICE, type LibraryRequest } from '../../utils/library/messages';
import { succeeded, type BackgroundReplies, type Success } from '../../utils/messages';
import { sendToBackground } from '../../utils/send';
import { receiveExport } from '../../utils/library/export-stream';
import type { LibraryFilter } from '../../utils/library/search';

export async function ask<R extends LibraryRequest>(req: R): Promise<Success<BackgroundReplies[R['type']]>> {
  const reply = await sendToBackground(req);
  if (!reply) throw new Error('The background did not answer.');
  if (succeeded(reply)) return reply;
  // (TypeScript narrows a reply of a generic request type only through the predicate, not in its else branch.)
  throw new Error('error' in reply ? reply.error : 'The background sent no result.');
}

/**
 * An export file rendered by the background: streamed over a MessageChannel
 * where this page is controlled by the background's service worker
 * (Chromium), else read in slices through runtime messages (Firefox). The
 * notes stay in the background; only the file's text crosses to the page.
 */
export async function exportFromBackground(
  format: ExportFormat,
  filter: LibraryFilter,
  ids?: string[],
): Promise<{ parts: BlobPart[]; name: string; mime: string; count: number }> {
  const worker = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : null;
  if (worker) return receiveExport(worker, { format, filter, ids });
  const head = await ask({ type: 'library:export-file', format, filter, ids });
  const parts: string[] = [];
  for (let offset = 0; offset < head.chars; offset += MAX_SLICE) {
    const r = await ask({ type: 'library:export-slice', token: head.token, offset, length: MAX_SLICE });
    parts.push(r.text);
  }
  return { parts, name: head.name, mime: head.mime, count: head.count };
}
