// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../utils/export/markdown';
import { escapeLine, obsidianTag } from '../../../utils/export/markdown-escape';
import { UNKNOWN_POSITION } from '../../../utils/export/selectors';
import { NASTY_TEXTS, makeNote, nastyNotes } from './fixtures';

/** CommonMark backslash-unescaping: what a renderer shows for escaped text. */
const unescape = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Would this line (inside a block quote or at top level) start a block other than a paragraph? */
const startsBlock = (line: string): boolean =>
  /^(#{1,6}(\s|$)|>|[-+*](\s|$)|\d{1,9}[.)](\s|$)|([-*_])(\s*\2){2,}\s*$|={1,}\s*$| {4}|\t|```|~~~|<)/.test(line);

describe('escapeLine', () => {
  it('renders every nasty text literally: unescaping gives the trimmed text back', () => {
    for (const text of NASTY_TEXTS) {
      for (const line of text.split(/\r\n|\r|\n/)) {
        const escaped = escapeLine(line);
        expect(unescape(escaped)).toBe(line.trim());
        expect(startsBlock(escaped)).toBe(false);
        expect(escaped).not.toMatch(/(^|[^\\])[<>&]/);
      }
    }
  });

  it('escapes block markers only at the start of a line', () => {
    expect(escapeLine('- item')).toBe('\\- item');
    expect(escapeLine('well-known')).toBe('well-known');
    expect(escapeLine('2024. A year')).toBe('2024\\. A year');
    expect(escapeLine('In 2024. A year')).toBe('In 2024. A year');
    expect(escapeLine('#tag')).toBe('\\#tag');
  });
});

describe('obsidianTag', () => {
  it('keeps letters, digits, _ - / and replaces the rest', () => {
    expect(obsidianTag('follow up')).toBe('follow-up');
    expect(obsidianTag('politics/uk')).toBe('politics/uk');
    expect(obsidianTag('Zoë’s  «story»!')).toBe('Zoë-s-story');
    expect(obsidianTag('東京')).toBe('東京');
    expect(obsidianTag('1984')).toBe('_1984');
    expect(obsidianTag('#!?')).toBe('');
    expect(obsidianTag('/a//b/')).toBe('a/b');
  });
});

describe('toMarkdown', () => {
  it('groups notes by article with title, URL and dates, quotes in reading order', () => {
    const md = toMarkdown([makeNote(4), makeNote(0), makeNote(1)]);
    expect(md).toBe(
      [
        '# Newsmark notes',
        '',
        '## Article 0',
        '',
        '<https://news.example.com/article-0>',
        'Annotated 2026-01-01 to 2026-01-05',
        '',
        '> quoted words number 0',
        '',
        'My note 0',
        '',
        '#politics #follow-up',
        '',
        '> quoted words number 4',
        '',
        'My note 4',
        '',
        '## Article 1',
        '',
        '<https://news.example.com/article-1>',
        'Annotated 2026-01-02',
        '',
        '> quoted words number 1',
        '',
      ].join('\n'),
    );
  });

  it('prefixes every quote line, including blank ones, and keeps note paragraphs', () => {
    const n = makeNote(2, { body: 'First para\n\nSecond para\nsame para' });
    n.target.selector[0] = { type: 'TextQuoteSelector', exact: 'Line A\n\nLine B\r\nLine C', prefix: '', suffix: '' };
    const lines = toMarkdown([n]).split('\n');
    const at = lines.indexOf('> Line A');
    expect(lines.slice(at, at + 8)).toEqual(['> Line A', '>', '> Line B', '> Line C', '', 'First para', '', 'Second para']);
    expect(lines[at + 8]).toBe('same para');
  });

  it('never produces HTML: every < and & outside an autolink is escaped', () => {
    const md = toMarkdown(nastyNotes());
    for (const line of md.split('\n')) {
      const withoutAutolink = line.replace(/^<https?:\/\/[^\s<>]+>$/, '');
      expect(withoutAutolink).not.toMatch(/(^|[^\\])[<&]/);
    }
    expect(md).toContain('\\<script\\>');
  });

  it('writes quotes so that no quote line starts a block and unescaping restores them', () => {
    const md = toMarkdown(nastyNotes());
    const quoteLines = md.split('\n').filter((l) => l.startsWith('>'));
    expect(quoteLines.length).toBeGreaterThan(NASTY_TEXTS.length);
    for (const l of quoteLines) {
      if (l === '>') continue;
      expect(l.startsWith('> ')).toBe(true);
      expect(startsBlock(l.slice(2))).toBe(false);
    }
    for (const text of NASTY_TEXTS) {
      const firstLine = text
        .split(/\r\n|\r|\n/)
        .map((l) => l.trim())
        .find((l) => l !== '')!;
      expect(quoteLines.map((l) => unescape(l.slice(2)))).toContain(firstLine);
    }
  });

  it('shows a URL that cannot be an autolink as escaped text', () => {
    const n = makeNote(0);
    n.target.source = 'https://news.example.com/nasty?q=0&x=<y>';
    expect(toMarkdown([n])).toContain('https://news.example.com/nasty?q\\=0\\&x\\=\\<y\\>');
    expect(toMarkdown(nastyNotes().slice(0, 1))).toContain('<https://news.example.com/nasty?q=0&x=%3Cy%3E>');
  });

  it('falls back to the URL when the page has no title, and says when the quote is unknown', () => {
    const n = makeNote(2, { pageTitle: '' });
    n.target.selector[0] = { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' };
    const md = toMarkdown([n]);
    expect(md).toContain('## https://news.example.com/article-2');
    expect(md).toContain('*Characters 174–195 of the article; the quote was not in the imported file.*');
    const p = makeNote(2);
    p.target.selector[1] = { type: 'TextPositionSelector', start: UNKNOWN_POSITION, end: UNKNOWN_POSITION };
    expect(toMarkdown([p])).toContain('> quoted words number 2');
  });

  it('is deterministic for any input order', () => {
    const notes = Array.from({ length: 30 }, (_, i) => makeNote(i));
    expect(toMarkdown([...notes].reverse())).toBe(toMarkdown(notes));
  });
});
