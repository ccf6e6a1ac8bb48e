/**
 * Which open tabs show notes of some pages: after sync saved or deleted notes
 * (issue 21), the background tells those tabs to read their notes again. A
 * tab shows a page's notes when the page key of its address — the address
 * itself or the canonical one accepted for it (utils/page-key.ts) — or an
 * address accepted for that key is one of the pages: the very keys
 * `notesForPage` reads for it (utils/page-access.ts, NotesStore.keysFor).
 */
import { normalizeUrl } from './url';

/** The parts of a browser tab read here. */
export interface TabInfo {
  id?: number;
  /** The top frame's address; absent where the extension may not see it. */
  url?: string;
}

const isWeb = (u: string): boolean => /^https?:\/\//i.test(u);

/**
 * The ids of the tabs whose page shows notes stored under any of `pages`
 * (page keys, i.e. notes' `target.source`). `keysFor` gives the keys a page
 * at a normalised address shows (NotesStore.keysFor). Tabs of other schemes,
 * or whose address is not visible, are left out.
 */
export async function tabsShowing(
  tabs: readonly TabInfo[],
  pages: readonly string[],
  keysFor: (own: string) => Promise<string[]>,
): Promise<number[]> {
  if (pages.length === 0) return [];
  const wanted = new Set(pages);
  const keysOf = new Map<string, Promise<string[]>>(); // tabs on one address cost one look-up
  const out: number[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || !isWeb(tab.url)) continue;
    const own = normalizeUrl(tab.url);
    let keys = keysOf.get(own);
    if (!keys) {
      keys = keysFor(own);
      keysOf.set(own, keys);
    }
    if ((await keys).some((k) => wanted.has(k))) out.push(tab.id);
  }
  return out;
}
