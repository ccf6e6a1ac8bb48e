/**
 * Issue 21: an open page repaints when sync changed its notes. The article
 * session (PageSession) on a happy-dom page, with the background faked: it
 * keeps notes and anchors them with the real anchoring code, answering
 * `analyze` and `notes:page`. The highlight registry is faked as a Map (happy-dom
 * has no CSS Custom Highlight API); what is painted is read from it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageSession } from '../../../entrypoints/article-session/session';
import { closeEditor, editorOpen } from '../../../entrypoints/article-session/note-editor';
import { uiHost } from '../../../entrypoints/article-session/ui-host';
import { anchorNotes } from '../../../utils/anchoring/notes';
import { describe as describeQuote } from '../../../utils/anchoring/describe';
import { extractArticle } from '../../../utils/article';
import type { NoteRecord } from '../../../utils/annotation';
import type { PageNote } from '../../../utils/messages';
import { normalizeUrl } from '../../../utils/url';

const sentence = (s: string) => `${s} `.repeat(5).trim();
const STAMP = '2026-06-01T10:00:00.000Z';

/** The fake background: its notes, the requests it got, and a way to hold a save. */
interface Background {
  notes: NoteRecord[];
  requests: { type: string }[];
  holdSaves: boolean;
  held: (() => void)[];
}
let bg: Background;
let text = '';
let n = 0;

function setupPage(): void {
  document.head.innerHTML = '<title>Harbour story</title><meta property="og:type" content="article">';
  document.body.innerHTML = `
    <article><h1>Harbour story</h1>
      <p>${sentence('The harbour council voted on Monday to rebuild the tidal mill at the river mouth.')}</p>
      <p>${sentence('Engineers said the wheel and the sluice gates would be monitored for two years.')}</p>
      <p>${sentence('Fishermen asked that the channel stay open while the work goes on.')}</p>
    </article>`;
  text = extractArticle(document, { url: document.location.href }).meta.text;
}

/** A note on the first occurrence of `words` in the article. */
function noteOn(words: string, over: Partial<NoteRecord> = {}): NoteRecord {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in the article: ${words}`);
  const { quote, position, block } = describeQuote(text, start, start + words.length);
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    motivation: 'commenting',
    body: `note on ${words}`,
    tags: [],
    colour: 'yellow',
    created: STAMP,
    modified: STAMP,
    target: { source: normalizeUrl(document.location.href), selector: [quote, position, block] },
    pageTitle: 'Harbour story',
    ...over,
  };
}

function answer(msg: { type: string; note?: NoteRecord; id?: string; text?: string }): unknown {
  bg.requests.push(msg);
  const key = normalizeUrl(document.location.href);
  const anchored = (): PageNote[] => anchorNotes(msg.text ?? '', bg.notes);
  switch (msg.type) {
    case 'analyze':
      return {
        ok: true,
        analysis: { entities: [], claims: [] },
        language: { lang: 'en', source: 'text', supported: true, analysed: true },
        notes: anchored(),
        ms: 1,
        key,
      };
    case 'notes:page':
      return { ok: true, notes: anchored(), key };
    case 'notes:save': {
      const note = msg.note!;
      const store = () => (bg.notes = [...bg.notes.filter((x) => x.id !== note.id), note]);
      if (!bg.holdSaves) {
        store();
        return { ok: true, note };
      }
      return new Promise((resolve) => bg.held.push(() => resolve({ ok: true, note: store() && note })));
    }
    case 'notes:delete':
      bg.notes = bg.notes.filter((x) => x.id !== msg.id);
      return { ok: true, deleted: true };
    default:
      return { ok: false, error: `unexpected ${msg.type}` };
  }
}

/** What each note colour's highlight paints, as text. */
function painted(): Record<string, string[]> {
  const reg = (window.CSS as unknown as { highlights: Map<string, { ranges: Range[] }> }).highlights;
  const out: Record<string, string[]> = {};
  for (const kind of ['note', 'note-green', 'note-blue', 'note-pink', 'note-purple'])
    out[kind] = (reg.get(`newsmark-${kind}`)?.ranges ?? []).map((r) => r.toString());
  return out;
}

/** Lets queued work (a refresh the editor's close started) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const refreshMarks = () => performance.getEntriesByName('newsmark:notes-refreshed').length;
const bodies = (s: PageSession) => s.state().notes.map((x) => x.note.body);

beforeEach(() => {
  bg = { notes: [], requests: [], holdSaves: false, held: [] };
  const w = window as unknown as { CSS: Record<string, unknown>; Highlight: unknown };
  // happy-dom makes a new CSS object on every read of window.CSS: one object of ours, with the registry
  const css = { highlights: new Map(), escape: (s: string) => s, supports: () => false };
  Object.defineProperty(window, 'CSS', { value: css, configurable: true, writable: true });
  w.Highlight = class {
    priority = 0;
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  const g = globalThis as unknown as { chrome: Record<string, unknown> };
  g.chrome.runtime = { id: 'test', sendMessage: async (msg: { type: string }) => answer(msg) };
  g.chrome.storage = { local: { get: async () => ({}) }, onChanged: { addListener: () => undefined, removeListener: () => undefined } };
  setupPage();
});

afterEach(() => {
  closeEditor();
  uiHost(document).host.remove();
});

async function openSession(): Promise<PageSession> {
  const session = new PageSession(document);
  await session.schedule();
  expect(session.state().reason).toBeNull();
  return session;
}

describe('PageSession.refreshNotes', () => {
  it('paints a note added elsewhere, repaints an edited one, unpaints a deleted one, and sets the mark', async () => {
    const mill = noteOn('tidal mill');
    const wheel = noteOn('sluice gates');
    bg.notes = [mill, wheel];
    const session = await openSession();
    expect(painted().note.sort()).toEqual(['sluice gates', 'tidal mill']);

    // What a sync cycle did in the store: an edit (body, tags, colour), a delete, a new note.
    bg.notes = [
      { ...mill, body: 'edited on the laptop', tags: ['mill'], colour: 'blue', modified: '2026-06-02T10:00:00.000Z' },
      noteOn('channel stay open', { colour: 'green', body: 'new from the phone' }),
    ];
    const marks = refreshMarks();
    expect(await session.refreshNotes()).toBe(true);
    expect(painted()).toEqual({
      note: [],
      'note-green': ['channel stay open'],
      'note-blue': ['tidal mill'],
      'note-pink': [],
      'note-purple': [],
    });
    expect(bodies(session)).toEqual(['edited on the laptop', 'new from the phone']);
    expect(session.state().notes[0].note.tags).toEqual(['mill']);
    expect(refreshMarks()).toBe(marks + 1);
    // Only the notes were read again: no second analysis.
    expect(bg.requests.filter((r) => r.type === 'analyze')).toHaveLength(1);
    expect(bg.requests.filter((r) => r.type === 'notes:page')).toHaveLength(1);
  });

  it('a team note comes in with its creator and mark, and cannot be placed from the page', async () => {
    const session = await openSession();
    bg.notes = [noteOn('tidal mill', { creator: 'Ann', teamNote: true, body: 'from the desk' }), noteOn('sluice gates')];
    await session.refreshNotes();
    const [team, own] = session.state().notes;
    expect(team.note).toMatchObject({ creator: 'Ann', teamNote: true });
    expect(painted().note.sort()).toEqual(['sluice gates', 'tidal mill']);
    // Both as orphans with one candidate place: the reader's own may be placed, the team's not (its creator's).
    for (const entry of [team, own]) {
      const place = entry.anchor!;
      entry.anchor = null;
      entry.candidates = [place];
    }
    const asked = bg.requests.length;
    expect(await session.placeNote(team.note.id, team.candidates![0].start, team.candidates![0].end)).toBe(false);
    expect(bg.requests.length).toBe(asked);
    expect(await session.placeNote(own.note.id, own.candidates![0].start, own.candidates![0].end)).toBe(true);
    expect(bg.requests.slice(asked).map((r) => r.type)).toEqual(['notes:save']);
  });

  it('keeps the reader’s text in an open editor; the store’s version shows once they cancel', async () => {
    const mill = noteOn('tidal mill', { body: 'before' });
    bg.notes = [mill];
    const session = await openSession();
    // happy-dom has no trusted clicks: open the editor as a click on the highlight does.
    const entry = session.state().notes[0];
    (session as unknown as { editNote(e: PageNote, x: number, y: number): void }).editNote(entry, 10, 10);
    const area = uiHost(document).root.querySelector('textarea')!;
    area.value = 'my draft, half written';

    bg.notes = [{ ...mill, body: 'edited on the laptop', colour: 'pink', modified: '2026-06-02T10:00:00.000Z' }];
    expect(await session.refreshNotes()).toBe(true);
    expect(editorOpen()).toBe(true);
    expect(uiHost(document).root.querySelector('textarea')!.value).toBe('my draft, half written');
    expect(bodies(session)).toEqual(['before']);
    expect(session.state().notes[0]).toBe(entry);
    expect(painted().note).toEqual(['tidal mill']);

    const asked = bg.requests.length;
    closeEditor(); // Cancel: the note as the store has it now comes in, with nobody asking again
    await settle();
    expect(bg.requests.slice(asked).map((r) => r.type)).toEqual(['notes:page']);
    expect(bodies(session)).toEqual(['edited on the laptop']);
    expect(painted()['note-pink']).toEqual(['tidal mill']);
  });

  it('a note deleted elsewhere while the reader edits it stays until the editor closes', async () => {
    const mill = noteOn('tidal mill');
    bg.notes = [mill];
    const session = await openSession();
    (session as unknown as { editNote(e: PageNote, x: number, y: number): void }).editNote(session.state().notes[0], 10, 10);
    bg.notes = [];
    await session.refreshNotes();
    expect(bodies(session)).toEqual([mill.body]);
    closeEditor();
    await settle();
    expect(bodies(session)).toEqual([]);
    expect(painted().note).toEqual([]);
  });

  it('a note whose save is under way is not dropped by a refresh that read the store before it', async () => {
    const session = await openSession();
    const t = document.querySelectorAll('p')[1].firstChild as Text;
    const i = t.data.indexOf('sluice gates');
    const r = document.createRange();
    r.setStart(t, i);
    r.setEnd(t, i + 'sluice gates'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
    bg.holdSaves = true;
    expect(session.highlightSelection()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bg.held).toHaveLength(1);

    await session.refreshNotes(); // the store does not have it yet
    expect(painted().note).toEqual(['sluice gates']);
    expect(session.state().notes).toHaveLength(1);

    bg.held[0]();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await session.refreshNotes();
    expect(session.state().notes).toHaveLength(1);
    expect(painted().note).toEqual(['sluice gates']);
  });

  it('requests made while one refresh waits join it; before the page is painted there is nothing to refresh', async () => {
    const session = new PageSession(document);
    const running = session.schedule();
    const a = session.refreshNotes();
    const b = session.refreshNotes();
    expect(b).toBe(a);
    await running;
    expect(await a).toBe(true);
    expect(bg.requests.filter((r) => r.type === 'notes:page')).toHaveLength(1);

    document.body.innerHTML = '<p>Not an article any more.</p>';
    await session.schedule();
    expect(await session.refreshNotes()).toBe(false);
  });
});
