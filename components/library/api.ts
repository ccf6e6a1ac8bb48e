/**
 * The library page's calls to the background (utils/library/messages.ts).
 * Every reply is checked for `ok`; a failure becomes an Error with the
 * background's message.
 */
import { browser } from 'wxt/browser';
import type { ExportFormat } from '../../utils/export/files';
import { MAX_SLICE, type LibraryReplies, type LibraryRequest } from '../../utils/library/messages';
import { receiveExport } from '../../utils/library/export-stream';
import type { LibraryFilter } from '../../utils/library/search';

type Success<K extends keyof LibraryReplies> = Extract<LibraryReplies[K], { ok: true }>;

export async function ask<K extends LibraryRequest['type']>(req: Extract<LibraryRequest, { type: K }>): Promise<Success<K>> {
  const reply = (await browser.runtime.sendMessage(req)) as LibraryReplies[K] | undefined;
  if (!reply) throw new Error('The background did not answer.');
  if (!reply.ok) throw new Error((reply as { error: string }).error);
  return reply as Success<K>;
}

/**
 * An export file rendered by the background: streamed over a MessageChannel
 * where this page is controlled by the background's service worker
 * (Chromium), else read in slices through runtime messages (Firefox). The
 * notes stay in the background; only the file's text crosses to the page.
 */
export async function exportFromBackground(format: ExportFormat, filter: LibraryFilter, ids?: string[]): Promise<{ parts: BlobPart[]; name: string; mime: string; count: number }> {
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
