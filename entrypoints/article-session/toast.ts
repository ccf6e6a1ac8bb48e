/**
 * A short status message in our shadow root (role=status), red for errors,
 * optionally with one action button ("Undo", "Retry").
 */
import { makeButton, uiHost } from './ui-host';

let toastEl: HTMLDivElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export function toast(doc: Document, message: string, opts: { error?: boolean; action?: { label: string; run(): void } } = {}): void {
  const { container } = uiHost(doc);
  if (!toastEl?.isConnected) {
    toastEl = doc.createElement('div');
    toastEl.setAttribute('role', 'status');
    container.append(toastEl);
  }
  const el = toastEl;
  el.className = opts.error ? 'toast error' : 'toast';
  const text = doc.createElement('span');
  text.textContent = message;
  el.replaceChildren(text);
  if (opts.action) {
    const { label, run } = opts.action;
    const b = makeButton(doc, label, () => {
      el.hidden = true;
      run();
    });
    b.dataset.action = label.toLowerCase();
    el.append(b);
  }
  el.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => (el.hidden = true), opts.error ? 10_000 : opts.action ? 8000 : 2500);
}
