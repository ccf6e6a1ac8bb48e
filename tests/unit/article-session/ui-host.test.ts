/**
 * The UI host against a hostile page (issue 22): the shadow root is closed,
 * and untrusted events (a page's dispatchEvent or .click()) drive nothing.
 * In happy-dom no dispatched event is trusted, as a page's would not be. The
 * reader's trusted input, and a page that defines <newsmark-ui> first (happy-dom
 * has no `:defined`), are covered in real browsers: tests/e2e/hostile-page.
 */
import { describe, expect, it, vi } from 'vitest';
import { cameFromUi, HOST_TAG, makeButton, onlyTrusted, uiHost } from '../../../entrypoints/article-session/ui-host';

describe('the UI host', () => {
  it('keeps its shadow root closed: the page sees the host, not what is inside', () => {
    const { host, root, container } = uiHost(document);
    container.textContent = 'a note the page must not read';
    expect(host.localName).toBe(HOST_TAG);
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(document.documentElement.textContent).not.toContain('a note the page must not read');
    host.remove();
  });

  it('says whether an event passed through our host', () => {
    const { host, container } = uiHost(document);
    const inside = document.createElement('button');
    container.append(inside);
    let fromInside: boolean | null = null;
    let fromPage: boolean | null = null;
    const listen = (e: Event) => {
      if (e.type === 'mousedown') fromInside = cameFromUi(e);
      else fromPage = cameFromUi(e);
    };
    document.addEventListener('mousedown', listen);
    document.addEventListener('mouseup', listen);
    inside.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    document.removeEventListener('mousedown', listen);
    document.removeEventListener('mouseup', listen);
    expect(fromInside).toBe(true);
    expect(fromPage).toBe(false);
    host.remove();
  });
});

describe('untrusted events', () => {
  it('a synthetic .click() on one of our buttons does nothing, and does not reach the page either', () => {
    const pressed = vi.fn();
    const pageHeard = vi.fn();
    const b = makeButton(document, 'Delete', pressed);
    document.body.append(b);
    document.body.addEventListener('click', pageHeard);
    b.click();
    b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.body.removeEventListener('click', pageHeard);
    b.remove();
    expect(pressed).not.toHaveBeenCalled();
    expect(pageHeard).not.toHaveBeenCalled();
  });

  it('onlyTrusted passes trusted events and drops the others', () => {
    const listener = vi.fn();
    const guarded = onlyTrusted(listener);
    guarded(new MouseEvent('mouseup'));
    guarded({ isTrusted: false, type: 'mouseup' } as unknown as MouseEvent); // as a browser marks a page's dispatchEvent
    expect(listener).not.toHaveBeenCalled();
    const real = { isTrusted: true, type: 'mouseup' } as unknown as MouseEvent; // as the browser makes for real input
    guarded(real);
    expect(listener).toHaveBeenCalledWith(real);
  });
});
