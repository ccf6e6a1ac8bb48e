/** Notes for export/import tests: ordinary ones and ones full of awkward text. */
import type { HighlightColour, NoteRecord } from '../../../utils/annotation';
import { HIGHLIGHT_COLOURS } from '../../../utils/annotation';
export { seededRandom as rng } from '../../../tools/random';

/** A deterministic urn:uuid for test note `n`. */
export function testId(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `urn:uuid:00000000-0000-4000-8000-${hex}`;
}

/** One valid note; `overrides` replace fields. */
export function makeNote(n: number, overrides: Partial<NoteRecord> = {}): NoteRecord {
  const start = 100 + n * 37;
  const exact = `quoted words number ${n}`;
  return {
    id: testId(n),
    motivation: n % 2 === 0 ? 'commenting' : 'highlighting',
    body: n % 2 === 0 ? `My note ${n}` : '',
    tags: n % 3 === 0 ? ['politics', 'follow up'] : [],
    colour: HIGHLIGHT_COLOURS[n % HIGHLIGHT_COLOURS.length] as HighlightColour,
    created: new Date(Date.UTC(2026, 0, 1 + (n % 20), 9, n % 60)).toISOString(),
    modified: new Date(Date.UTC(2026, 1, 1 + (n % 20), 9, n % 60)).toISOString(),
    target: {
      source: `https://news.example.com/article-${n % 4}`,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    pageTitle: `Article ${n % 4}`,
    ...overrides,
  };
}

/** Text that tries every escaping mistake: markup, HTML, script, formulas, quotes, line breaks, non-Latin. */
export const NASTY_TEXTS = [
  '<script>alert("x")</script>',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil.example","click")',
  '+1',
  '-2+3',
  '@SUM(A1)',
  '\tTabbed',
  '\rReturn',
  'Line one\nLine two\r\nLine three\rLine four',
  '"Quoted", with commas, and ""doubles""',
  '# Not a heading',
  '> not a quote',
  '- not a list',
  '1. not ordered',
  '---',
  '***',
  '===',
  '**bold** _em_ `code` ~~strike~~ ==mark== %%comment%% $math$ [[wiki]] [link](http://x) ![img](http://x) ^block',
  '&amp; &lt;b&gt; <b>bold</b> <img src=x onerror=alert(1)>',
  '| a | b |',
  '    indented code',
  'trailing spaces  ',
  '\\ backslash \\*',
  'Zoë said «ça va» — 東京 🎉 עברית',
  '[!note] callout',
];

/** Notes whose every text field holds one of {@link NASTY_TEXTS}. */
export function nastyNotes(): NoteRecord[] {
  return NASTY_TEXTS.map((text, i) =>
    makeNote(1000 + i, {
      body: text,
      motivation: 'commenting',
      tags: [text.slice(0, 50).trim() || 'tag', 'x'],
      pageTitle: text,
      target: {
        source: `https://news.example.com/nasty?q=${i}&x=%3Cy%3E`,
        selector: [
          { type: 'TextQuoteSelector', exact: text, prefix: text, suffix: text },
          { type: 'TextPositionSelector', start: i, end: i + text.length },
        ],
      },
    }),
  );
}
