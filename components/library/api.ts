/**
 * The library page's calls to the background (utils/library/messages.ts).
 * Every reply is checked for `ok`; a failure becomes an Error with the
 * background's message.
 */
import { browser } from 'wxt/browser';
import type { NoteRecord } from '../../utils/annotation';
import type { LibraryReplies, LibraryRequest } from '../../utils/library/messages';
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
