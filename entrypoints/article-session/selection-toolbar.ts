/**
 * The small toolbar that appears over a text selection in the article:
 * Highlight (in a chosen colour), Note, Tag. Keyboard reachable (Tab moves
 * through it, Escape closes). Note and Tag open the note editor.
 */
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../utils/annotation';
import { openEditor, editorOpen, closeEditor, type EditorResult } from './note-editor';
import { makeButton, onlyTrusted, placeNear, uiHost } from './ui-host';
import { t, type MessageKey } from '../../utils/i18n';

export interface TextSelection {
  start: number;
  end: number;
  /** Viewport rectangle of the selection, to place the toolbar. */
  rect: { left: number; top: number; bottom: number };
}

export interface ToolbarActions {
  highlight(sel: TextSelection, colour: HighlightColour): void;
  note(sel: TextSelection, result: EditorResult): void;
}

let toolbar: HTMLDivElement | null = null;
let currentSel: TextSelection | null = null;
let lastColour: HighlightColour = 'yellow';

export const COLOUR_LABEL: Record<HighlightColour, MessageKey> = {
  yellow: 'colour_yellow',
  green: 'colour_green',
  blue: 'colour_blue',
  pink: 'colour_pink',
  purple: 'colour_purple',
};

function build(doc: Document, actions: ToolbarActions): HTMLDivElement {
  const { container } = uiHost(doc);
  const bar = doc.createElement('div');
  bar.className = 'toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Newsmark');
  bar.hidden = true;
  const highlight = makeButton(doc, t('highlight'), () => {
    if (currentSel) actions.highlight(currentSel, lastColour);
    hideToolbar();
  });
  highlight.dataset.action = 'highlight';
  const swatches = HIGHLIGHT_COLOURS.map((c) => {
    const b = makeButton(doc, '', () => {
      lastColour = c;
      if (currentSel) actions.highlight(currentSel, c);
      hideToolbar();
    });
    b.className = `swatch ${c}`;
    b.dataset.colour = c;
    b.setAttribute('aria-label', t('highlightIn', t(COLOUR_LABEL[c])));
    b.title = t('highlightIn', t(COLOUR_LABEL[c]));
    return b;
  });
  const note = makeButton(doc, t('noteLabel'), () => edit(doc, actions, 'note'));
  note.dataset.action = 'note';
  const tag = makeButton(doc, t('tagButton'), () => edit(doc, actions, 'tags'));
  tag.dataset.action = 'tag';
  bar.append(highlight, ...swatches, note, tag);
  bar.addEventListener(
    'keydown',
    onlyTrusted((e: KeyboardEvent) => {
      if (e.key === 'Escape') hideToolbar();
    }),
  );
  container.append(bar);
  return bar;
}

function edit(doc: Document, actions: ToolbarActions, focus: 'note' | 'tags'): void {
  const sel = currentSel;
  if (!sel) return;
  if (toolbar) toolbar.hidden = true;
  openEditor(doc, {
    title: t('newNote'),
    body: '',
    tags: [],
    colour: lastColour,
    focus,
    at: { x: sel.rect.left, y: sel.rect.bottom + 8 },
    onSave: (result) => {
      lastColour = result.colour;
      actions.note(sel, result);
    },
  });
}

/** Shows the toolbar for a selection. */
export function showToolbar(doc: Document, sel: TextSelection, actions: ToolbarActions): void {
  if (!toolbar?.isConnected) toolbar = build(doc, actions);
  if (editorOpen()) return; // don't disturb a note being written
  currentSel = sel;
  toolbar.hidden = false;
  placeNear(toolbar, sel.rect.left, sel.rect.bottom + 8, doc.defaultView ?? window);
}

/** Hides the toolbar (and any editor opened from it). */
export function hideToolbar(): void {
  if (toolbar) toolbar.hidden = true;
  closeEditor();
  currentSel = null;
}

/** The selection the toolbar is showing, if any (for the keyboard shortcut). */
export function toolbarSelection(): TextSelection | null {
  return toolbar && !toolbar.hidden ? currentSel : null;
}

export { editorOpen };
