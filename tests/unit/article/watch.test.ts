import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../../utils/article/index';
import { watchArticle } from '../../../utils/article/watch';

const para = (s: string): string => `<p>${(s + ' ').repeat(6)}</p>`;

function setup(): void {
  document.head.innerHTML = '<title>Mill story</title><meta property="og:type" content="article">';
  document.body.innerHTML = `<article><h1>Mill story</h1><div class="story-body" id="body">
    ${para('The council voted to rebuild the tidal mill at the harbour mouth after a long debate.')}
    ${para('Engineers will monitor the wheel and the sluice gates for two years after the work.')}
  </div></article>`;
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('watchArticle', () => {
  let stop: (() => void) | null = null;
  afterEach(() => stop?.());

  it('picks up late paragraphs once, debounced', async () => {
    setup();
    const first = extractArticle(document);
    const onChange = vi.fn();
    stop = watchArticle(document, first, onChange, { debounceMs: 30 });
    const body = document.getElementById('body')!;
    for (let i = 0; i < 3; i++) {
      body.insertAdjacentHTML('beforeend', para(`Late paragraph number ${i} arrives after the page has loaded and adds more text.`));
    }
    await wait(120);
    expect(onChange).toHaveBeenCalledTimes(1);
    const [next, reason] = onChange.mock.calls[0];
    expect(reason).toBe('content');
    expect(next.meta.text).toContain('Late paragraph number 2 arrives');
    expect(next.meta.text.length).toBeGreaterThan(first.meta.text.length);
  });

  it('ignores small mutations (no re-analysis)', async () => {
    setup();
    const onChange = vi.fn();
    stop = watchArticle(document, extractArticle(document), onChange, { debounceMs: 20 });
    document.body.insertAdjacentHTML('beforeend', '<span>ok</span>');
    await wait(80);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('re-runs detection on single-page-app navigation', async () => {
    setup();
    let url = 'https://example.test/a';
    const onChange = vi.fn();
    stop = watchArticle(document, extractArticle(document), onChange, { debounceMs: 20, currentUrl: () => url });
    url = 'https://example.test/b';
    document.getElementById('body')!.innerHTML = para('A different story about the lifeboat crew and their winter rescue off the headland.') + para('The crew of seven reached the trawler after two hours in a force ten gale at night.');
    await wait(80);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0][1]).toBe('navigation');
    expect(onChange.mock.calls[0][0].meta.text).toContain('lifeboat crew');
  });
});
