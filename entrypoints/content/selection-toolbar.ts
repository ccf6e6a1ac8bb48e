/**
 * The small toolbar that appears over a text selection in the article:
 * Highlight, or Note (opens an editor). Keyboard reachable; Escape closes.
 */
import { placeNear, uiHost } from './ui-host';

export interface TextSelection {
  start: number;
  end: number;
  /** Viewport rectangle of the selection, to place the toolbar. */
  rect: { left: number; top: number; bottom: number };
}

export interface ToolbarActions {
  highlight(sel: TextSelection): void;
  note(sel: TextSelection, body: string): void;
}

let toolbar: HTMLDivElement | null = null;
let editor: HTMLDivElement | null = null;
let currentSel: TextSelection | null = null;

function button(doc: Document, label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (primary) b.className = 'primary';
  // Keep the page's selection when our button is pressed.
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}

function build(doc: Document, actions: ToolbarActions): void {
  const { container } = uiHost(doc);
  toolbar = doc.createElement('div');
  toolbar.className = 'toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Newsmark');
  toolbar.hidden = true;
  toolbar.append(
    button(doc, 'Highlight', () => {
      if (currentSel) actions.highlight(currentSel);
      hideToolbar();
    }),
    button(doc, 'Note', () => openEditor(doc, actions)),
  );

  editor = doc.createElement('div');
  editor.className = 'editor';
  editor.hidden = true;
  const label = doc.createElement('label');
  label.textContent = 'Note';
  const area = doc.createElement('textarea');
  area.setAttribute('aria-label', 'Note text');
  label.append(area);
  const save = button(
    doc,
    'Save',
    () => {
      if (currentSel) actions.note(currentSel, area.value);
      hideToolbar();
    },
    true,
  );
  const cancel = button(doc, 'Cancel', () => hideToolbar());
  const row = doc.createElement('div');
  row.className = 'row';
  row.append(cancel, save);
  editor.append(area, row);
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save.click();
  });
  container.append(toolbar, editor);
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideToolbar();
  });
}

function openEditor(doc: Document, _actions: ToolbarActions): void {
  if (!editor || !toolbar || !currentSel) return;
  toolbar.hidden = true;
  editor.hidden = false;
  const area = editor.querySelector('textarea');
  if (area) area.value = '';
  placeNear(editor, currentSel.rect.left, currentSel.rect.bottom + 8, doc.defaultView ?? window);
  area?.focus();
}

/** Shows the toolbar for a selection. */
export function showToolbar(doc: Document, sel: TextSelection, actions: ToolbarActions): void {
  if (!toolbar?.isConnected) build(doc, actions);
  if (editor && !editor.hidden) return; // don't disturb a note being written
  currentSel = sel;
  toolbar!.hidden = false;
  placeNear(toolbar!, sel.rect.left, sel.rect.bottom + 8, doc.defaultView ?? window);
}

/** Hides the toolbar (and the editor). */
export function hideToolbar(): void {
  if (toolbar) toolbar.hidden = true;
  if (editor) editor.hidden = true;
  currentSel = null;
}

/** True while the reader is writing a note. */
export function editorOpen(): boolean {
  return !!editor && !editor.hidden;
}

let toastEl: HTMLDivElement | null = null;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** A short status message (role=status), red for errors. */
export function toast(doc: Document, message: string, error = false): void {
  const { container } = uiHost(doc);
  if (!toastEl?.isConnected) {
    toastEl = doc.createElement('div');
    toastEl.setAttribute('role', 'status');
    container.append(toastEl);
  }
  toastEl.className = error ? 'toast error' : 'toast';
  toastEl.textContent = message;
  toastEl.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    if (toastEl) toastEl.hidden = true;
  }, error ? 8000 : 2500);
}
