/**
 * Issue 21: a team note on the page names its creator — in the hover tooltip
 * (in our closed shadow root, `data-testid="team-note-by"` for the real-browser
 * tests) and on the popup's note card — and is its creator's: the card offers
 * no place to put it (the session refuses, as the background does).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { noteKind } from '../../../entrypoints/article-session/session';
import { hideTooltip, showTooltip } from '../../../entrypoints/article-session/tooltip';
import { uiHost } from '../../../entrypoints/article-session/ui-host';
import { NotesSection } from '../../../components/NotesSection';
import type { PageNote } from '../../../utils/messages';
import { sampleNote } from '../helpers/notes';

const noop = () => undefined;

afterEach(() => {
  hideTooltip();
  uiHost(document).host.remove();
});

describe('a team note’s creator mark', () => {
  it('the tooltip heading names the creator of a team note, "?" when none was recorded; the reader’s own say so', () => {
    expect(noteKind(sampleNote({ teamNote: true, creator: 'Ann' }))).toBe('Note by Ann (team)');
    expect(noteKind(sampleNote({ teamNote: true }))).toBe('Note by ? (team)');
    expect(noteKind(sampleNote({ teamNote: true, creator: '' }))).toBe('Note by ? (team)');
    // the reader's own note keeps its heading even when it records the reader's name
    expect(noteKind(sampleNote({ creator: 'Bo' }))).toBe('Your note');
    expect(noteKind(sampleNote({ body: '' }))).toBe('Your highlight');
  });

  it('the tooltip marks the team heading with data-testid="team-note-by", any other with "tooltip-kind"', () => {
    showTooltip(document, { kind: 'Note by Ann (team)', lines: ['from the desk'], team: true }, 10, 10);
    const { root } = uiHost(document);
    expect(root.querySelector('.tooltip [data-testid="team-note-by"]')?.textContent).toBe('Note by Ann (team)');
    expect(root.querySelector('[data-testid="tooltip-kind"]')).toBeNull();
    showTooltip(document, { kind: 'Your note', lines: [] }, 10, 10);
    expect(root.querySelector('[data-testid="team-note-by"]')).toBeNull();
    expect(root.querySelector('[data-testid="tooltip-kind"]')?.textContent).toBe('Your note');
  });

  it('the popup’s card names a team note’s creator and offers no place to put it; the reader’s own orphan can be placed', () => {
    const places = [
      { start: 1, end: 5 },
      { start: 9, end: 13 },
    ];
    const notes: PageNote[] = [
      {
        note: sampleNote({ id: 'urn:uuid:00000000-0000-4000-8000-000000000001', teamNote: true, creator: 'Ann' }),
        anchor: null,
        candidates: places,
      },
      { note: sampleNote({ id: 'urn:uuid:00000000-0000-4000-8000-000000000002', creator: 'Bo' }), anchor: null, candidates: places },
    ];
    const root = document.createElement('div');
    render(<NotesSection notes={notes} scrollTo={noop} place={noop} />, root);
    const [team, own] = [...root.querySelectorAll('[data-testid="note-item"]')];
    expect(team.querySelector('[data-testid="note-team-by"]')?.textContent).toBe('Note by Ann (team)');
    expect(own.querySelector('[data-testid="note-team-by"]')).toBeNull();
    expect(team.querySelectorAll('[data-action="show-place"]')).toHaveLength(2);
    expect(team.querySelectorAll('[data-action="choose-place"]')).toHaveLength(0);
    expect(own.querySelectorAll('[data-action="choose-place"]')).toHaveLength(2);
  });
});
