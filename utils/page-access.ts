/**
 * What a content script's page may read and write of the reader's notes
 * (issue 22): the notes of its page key and of the addresses accepted for
 * that key, never any other. The background calls these with the page's
 * address taken from the message's sender, never from the message.
 */
import type { NoteRecord } from './annotation';
import { resolvePageKey, type PageKey } from './page-key';
import type { NotesStore } from './storage/notes-store';
import { normalizeUrl } from './url';

export interface PageNotes {
  key: PageKey;
  notes: NoteRecord[];
}

/**
 * Chooses the page's key (recording what the reader saw at its address) and
 * returns the notes the page shows: those of every key it may write.
 */
export async function notesForPage(store: NotesStore, pageUrl: string, canonical: string | undefined, text: string, now: string): Promise<PageNotes> {
  const key = await resolvePageKey(pageUrl, canonical, text, store.addressBook());
  await store.recordVisit(key.own, key.fingerprint, key.key === key.own ? null : key.key, now);
  return { key, notes: await store.forKeys(await store.keysFor(key.own)) };
}

/** True if the page at `pageUrl` may write (save or delete) a note stored under `source`. */
export async function mayWriteNote(store: NotesStore, pageUrl: string, source: string): Promise<boolean> {
  return (await store.keysFor(normalizeUrl(pageUrl))).includes(source);
}
