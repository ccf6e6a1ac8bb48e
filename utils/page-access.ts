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
export async function notesForPage(
  store: NotesStore,
  pageUrl: string,
  canonical: string | undefined,
  text: string,
  now: string,
): Promise<PageNotes> {
  const key = await resolvePageKey(pageUrl, canonical, text, store.addressBook());
  const alias = key.key === key.own ? null : key.key;
  const keys = await store.keysFor(key.own, alias);
  // Not awaited (the reply need not wait for a write): IndexedDB runs transactions on one store in the order
  // they were created, so a later check of this page's keys (a save, the next visit) sees this record.
  void store.recordVisit(key.own, key.fingerprint, alias, now).catch(() => undefined);
  return { key, notes: await store.forKeys(keys) };
}

/** True if the page at `pageUrl` may write (save or delete) a note stored under `source`. */
export async function mayWriteNote(store: NotesStore, pageUrl: string, source: string): Promise<boolean> {
  return (await store.keysFor(normalizeUrl(pageUrl))).includes(source);
}
