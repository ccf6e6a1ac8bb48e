import { afterEach, describe, expect, it } from 'vitest';
import { watchForChanges, type ChangeReason } from '../../../entrypoints/article-session/page-changes';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const para = (s: string) => {
  const p = document.createElement('p');
  p.textContent = `${s} `.repeat(6);
  return p;
};

describe('watchForChanges', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    document.body.replaceChildren();
  });

  it('asks for one re-run after late paragraphs, debounced', async () => {
    const calls: ChangeReason[] = [];
    stop = watchForChanges(document, (r) => calls.push(r), { debounceMs: 40 });
    document.body.append(para('The harbour council voted to rebuild the tidal mill.'));
    await wait(10);
    document.body.append(para('Engineers will monitor the wheel for two years.'));
    await wait(120);
    expect(calls).toEqual(['content']);
  });

  it('ignores small mutations', async () => {
    const calls: ChangeReason[] = [];
    stop = watchForChanges(document, (r) => calls.push(r), { debounceMs: 20 });
    const clock = document.createElement('span');
    document.body.append(clock);
    for (let i = 0; i < 5; i++) {
      clock.textContent = `12:0${i}`;
      await wait(5);
    }
    await wait(60);
    expect(calls).toEqual([]);
  });

  it('re-runs on single-page-app navigation', async () => {
    const calls: ChangeReason[] = [];
    stop = watchForChanges(document, (r) => calls.push(r), { debounceMs: 20 });
    history.pushState({}, '', '/story-2');
    document.body.append(document.createElement('div'));
    await wait(80);
    expect(calls).toEqual(['navigation']);
  });

  it('caps re-runs per minute on a page that keeps rewriting itself', async () => {
    const calls: ChangeReason[] = [];
    stop = watchForChanges(document, (r) => calls.push(r), { debounceMs: 5, maxRunsPerMinute: 3 });
    for (let i = 0; i < 12; i++) {
      document.body.replaceChildren(para(`Rewrite number ${i} of the same long block of text, again and again.`));
      await wait(15);
    }
    await wait(40);
    expect(calls.length).toBe(3);
  });
});
