/**
 * The note editor in our shadow root: note text, tags, colour; Save, Cancel,
 * and Delete for an existing note. Ctrl/Cmd+Enter saves, Escape cancels.
 * Everything is text: nothing the reader or the page wrote becomes HTML.
 */
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../utils/annotation';
import { MAX_NOTE_BODY, MAX_TAG, MAX_TAGS } from '../../utils/note-validation';
import { makeButton, onlyTrusted, placeNear, uiHost } from './ui-host';
import { formatNumber, t, type MessageKey } from '../../utils/i18n';

export interface EditorResult {
  body: string;
  tags: string[];
  colour: HighlightColour;
}

export interface EditorOptions extends EditorResult {
  title: string;
  focus: 'note' | 'tags';
  at: { x: number; y: number };
  onSave(result: EditorResult): void;
  onDelete?(): void;
  /** Called once when this editor closes, however (save, cancel, delete, Escape, another editor opening), before onSave/onDelete. */
  onClose?(): void;
}

let editor: HTMLDivElement | null = null;
let onClosed: (() => void) | null = null;

/** Splits "a, b ,c" into distinct trimmed tags. */
export function parseTags(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(',')
        .map((t) => t.trim().replace(/^#/, ''))
        .filter(Boolean),
    ),
  ];
}

/** Why these inputs cannot be saved, or null. Limits are stated, never applied silently. */
export function editorProblem(body: string, tags: string[]): string | null {
  if (body.length > MAX_NOTE_BODY) return t('noteTooLong', formatNumber(body.length), formatNumber(MAX_NOTE_BODY));
  if (tags.length > MAX_TAGS) return t('tooManyTags', formatNumber(MAX_TAGS));
  const long = tags.find((t) => t.length > MAX_TAG);
  if (long) return t('tagTooLong', formatNumber(MAX_TAG));
  return null;
}

export function openEditor(doc: Document, opts: EditorOptions): void {
  closeEditor();
  const { container } = uiHost(doc);
  const ed = doc.createElement('div');
  ed.className = 'editor';
  ed.setAttribute('role', 'dialog');
  ed.setAttribute('aria-label', opts.title);

  const heading = doc.createElement('div');
  heading.className = 'editor-title';
  heading.textContent = opts.title;

  const area = doc.createElement('textarea');
  area.setAttribute('aria-label', t('noteText'));
  area.placeholder = t('yourNote');
  area.value = opts.body;

  const tags = doc.createElement('input');
  tags.type = 'text';
  tags.setAttribute('aria-label', t('tagsLabel'));
  tags.placeholder = t('tagsLabel');
  tags.value = opts.tags.join(', ');

  let colour = opts.colour;
  const swatches = doc.createElement('div');
  swatches.className = 'swatches';
  swatches.setAttribute('role', 'radiogroup');
  swatches.setAttribute('aria-label', t('colourLabel'));
  const paintSwatches = () => {
    for (const b of swatches.querySelectorAll('button')) b.setAttribute('aria-checked', String(b.dataset.colour === colour));
  };
  for (const c of HIGHLIGHT_COLOURS) {
    const b = makeButton(doc, '', () => {
      colour = c;
      paintSwatches();
    });
    b.className = `swatch ${c}`;
    b.dataset.colour = c;
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-label', t(`colour_${c}` as MessageKey));
    swatches.append(b);
  }
  paintSwatches();

  const problem = doc.createElement('div');
  problem.className = 'problem';
  problem.setAttribute('role', 'alert');

  const submit = () => {
    const result = { body: area.value, tags: parseTags(tags.value), colour };
    const why = editorProblem(result.body, result.tags);
    if (why) {
      problem.textContent = why; // keep the editor open: nothing the reader wrote is lost
      return;
    }
    closeEditor();
    opts.onSave(result);
  };
  const save = makeButton(doc, t('save'), submit, true);
  save.dataset.action = 'save';
  const cancel = makeButton(doc, t('cancel'), () => closeEditor());
  cancel.dataset.action = 'cancel';
  const row = doc.createElement('div');
  row.className = 'row';
  if (opts.onDelete) {
    const del = makeButton(doc, t('delete'), () => {
      closeEditor();
      opts.onDelete?.();
    });
    del.className = 'danger';
    del.dataset.action = 'delete';
    row.append(del);
  }
  row.append(cancel, save);
  ed.append(heading, area, tags, swatches, problem, row);
  ed.addEventListener(
    'keydown',
    onlyTrusted((e: KeyboardEvent) => {
      e.stopPropagation(); // typing here is not the page's business
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(); // not save.click(): that click would be untrusted
      if (e.key === 'Escape') closeEditor();
    }),
  );
  container.append(ed);
  editor = ed;
  onClosed = opts.onClose ?? null;
  placeNear(ed, opts.at.x, opts.at.y, doc.defaultView ?? window);
  (opts.focus === 'tags' ? tags : area).focus();
}

export function closeEditor(): void {
  editor?.remove();
  editor = null;
  const closed = onClosed;
  onClosed = null;
  closed?.();
}

export function editorOpen(): boolean {
  return !!editor?.isConnected;
}
