import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { groupByPage, NoteList, parseTags, safeHref } from '../../../components/library/NoteList';
import { cleanFilter } from '../../../components/library/Filters';
import { tooLarge } from '../../../components/library/ImportPanel';
import { note } from './fixtures';

const noop = () => undefined;

describe('NoteList', () => {
  it('renders hostile note, quote and title text as text, and links only http(s) pages', () => {
    const hostile = '<img src=x onerror="globalThis.__ran=1"><script>globalThis.__ran=1</script>';
    const items = [
      { note: note(1, { body: hostile, pageTitle: hostile, quote: hostile, url: 'https://a.example/x' }), site: 'a.example', orphan: true },
      { note: note(2, { url: 'https://a.example/x' }), site: 'a.example', orphan: false },
      { note: note(3, { url: 'https://b.example/y', pageTitle: 'B' }), site: 'b.example', orphan: false },
    ];
    const root = document.createElement('div');
    render(
      <NoteList
        items={items}
        selected={new Set([items[1].note.id])}
        onToggle={noop}
        onDelete={noop}
        onSaved={noop}
        onError={noop}
        onTag={noop}
      />,
      root,
    );
    expect(root.querySelectorAll('img, script').length).toBe(0);
    expect(root.querySelector('[data-testid=note-body]')!.textContent).toBe(hostile);
    expect(root.querySelector('[data-testid=quote]')!.textContent).toBe(hostile);
    expect(root.querySelectorAll('[data-testid=article]').length).toBe(2);
    expect(root.querySelectorAll('[data-testid=orphan]').length).toBe(1);
    const boxes = [...root.querySelectorAll('[data-testid=select-note]')] as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([false, true, false]);
    expect((root.querySelector('.article-title a') as HTMLAnchorElement).getAttribute('href')).toBe('https://a.example/x');
    expect((globalThis as { __ran?: number }).__ran).toBeUndefined();
  });

  it('helpers', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(parseTags(' a, b ,, a ,c ')).toEqual(['a', 'b', 'c']);
    expect(cleanFilter({ text: '', site: 'x', orphans: false, tag: undefined })).toEqual({ site: 'x' });
    expect(tooLarge(50 * 1024 * 1024)).toBe('The file is 50.0 MB; the largest file Newsmark imports is 20.0 MB. Nothing was imported.');
    expect(tooLarge(1000)).toBeNull();
    const g = groupByPage([
      { note: note(1, { url: 'https://a.example/' }), site: '', orphan: false },
      { note: note(2, { url: 'https://b.example/' }), site: '', orphan: false },
      { note: note(3, { url: 'https://a.example/' }), site: '', orphan: false },
    ]);
    expect(g.map((x) => [x.url, x.items.length])).toEqual([
      ['https://a.example/', 1],
      ['https://b.example/', 1],
      ['https://a.example/', 1],
    ]);
  });
});
