// @vitest-environment node
/**
 * Issue 21: which open tabs the background tells that sync changed their
 * page's notes: those whose page key (own address or accepted canonical one,
 * utils/page-key.ts) or an address accepted for it is among the changed pages,
 * against a real store (fake-indexeddb).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NotesStore } from '../../../utils/storage/notes-store';
import { notesForPage } from '../../../utils/page-access';
import { tabsShowing } from '../../../utils/tabs-showing';
import { STORY, STORY_VARIANT } from '../helpers/articles';

let n = 0;
const NOW = '2026-06-01T10:00:00.000Z';
const KEY = 'https://news.example.com/victim/story';
const AMP = 'https://amp.news.example.com/victim/story/amp';
const OTHER = 'https://news.example.com/other/story';

async function store(): Promise<NotesStore> {
  return NotesStore.open(`newsmark-tabs-${++n}`);
}

describe('tabsShowing', () => {
  it('matches a tab by its normalised address: fragment and tracking parameters do not matter', async () => {
    const s = await store();
    const tabs = [
      { id: 1, url: `${KEY}?utm_source=feed#comments` },
      { id: 2, url: OTHER },
      { id: 3, url: 'https://news.example.com/victim/story?page=2' },
    ];
    expect(await tabsShowing(tabs, [KEY], (own) => s.keysFor(own))).toEqual([1]);
    expect(await tabsShowing(tabs, [OTHER, KEY], (own) => s.keysFor(own))).toEqual([1, 2]);
    s.close();
  });

  it('an AMP tab whose canonical key was accepted is told about the canonical page, and the canonical tab about the AMP page', async () => {
    const s = await store();
    await notesForPage(s, KEY, KEY, STORY, NOW); // the canonical page seen: its fingerprint recorded
    await notesForPage(s, AMP, KEY, STORY_VARIANT, NOW); // the AMP page takes the canonical key
    const tabs = [
      { id: 7, url: AMP },
      { id: 8, url: KEY },
    ];
    expect(await tabsShowing(tabs, [KEY], (own) => s.keysFor(own))).toEqual([7, 8]);
    // a note saved under the AMP address earlier is shown on both too
    expect(await tabsShowing(tabs, [AMP], (own) => s.keysFor(own))).toEqual([7, 8]);
    s.close();
  });

  it('a canonical link that was refused does not tie the tabs together', async () => {
    const s = await store();
    await notesForPage(s, AMP, KEY, STORY_VARIANT, NOW); // the canonical page never seen: refused
    expect(await tabsShowing([{ id: 7, url: AMP }], [KEY], (own) => s.keysFor(own))).toEqual([]);
    s.close();
  });

  it('leaves out tabs without an id, without a visible address, or not on the web, and asks once per address', async () => {
    const asked: string[] = [];
    const keysFor = async (own: string) => {
      asked.push(own);
      return [own];
    };
    const tabs = [
      { url: KEY },
      { id: 2 },
      { id: 3, url: 'chrome-extension://abc/library.html' },
      { id: 4, url: 'about:blank' },
      { id: 5, url: KEY },
      { id: 6, url: `${KEY}#again` },
    ];
    expect(await tabsShowing(tabs, [KEY, 'chrome-extension://abc/library.html'], keysFor)).toEqual([5, 6]);
    expect(asked).toEqual([KEY]);
    expect(await tabsShowing(tabs, [], keysFor)).toEqual([]);
    expect(asked).toEqual([KEY]);
  });
});
