// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../utils/annotation';
import { toJsonLd } from '../../../utils/export/jsonld';
import { URL_UUID_NAMESPACE, uuidV5 } from '../../../utils/export/uuid5';
import { normaliseDate } from '../../../utils/import/dates';
import { parseImport, type ImportResult } from '../../../utils/import/jsonld';
import { FIELD_LIMITS } from '../../../utils/import/limits';
import { noteProblem } from '../../../utils/import/validate';
import { makeNote } from '../export/fixtures';

function ok(r: ImportResult): { notes: NoteRecord[]; skipped: number; summary: string } {
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  for (const n of r.notes) expect(noteProblem(n)).toBeNull();
  return r;
}

function err(r: ImportResult): string {
  if (r.ok) throw new Error(`expected an error, got ${r.notes.length} notes`);
  expect(r).toEqual({ ok: false, error: expect.any(String) });
  expect(r.error).toMatch(/Nothing was imported\.$/);
  return r.error;
}

/** A minimal annotation as another tool (Hypothesis-like, W3C-shaped) might write it. */
function foreign(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://hypothes.is/a/abc',
    type: 'Annotation',
    created: '2025-05-01T10:00:00+02:00',
    body: 'A plain string note',
    target: {
      source: 'https://news.example.com/story',
      selector: [
        { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' } },
        { type: 'TextPositionSelector', start: 10, end: 20 },
        { type: 'TextQuoteSelector', exact: 'the quote', prefix: 'x ', suffix: ' y' },
      ],
    },
    ...extra,
  };
}

describe('parseImport: shapes other tools write', () => {
  it('reads a single foreign annotation: derived id, string body, selectors in any order, dates normalised', () => {
    const { notes, summary } = ok(parseImport(JSON.stringify(foreign())));
    expect(notes).toEqual([
      {
        id: `urn:uuid:${uuidV5('https://hypothes.is/a/abc', URL_UUID_NAMESPACE)}`,
        motivation: 'commenting',
        body: 'A plain string note',
        tags: [],
        colour: 'yellow',
        created: '2025-05-01T08:00:00.000Z',
        modified: '2025-05-01T08:00:00.000Z',
        target: {
          source: 'https://news.example.com/story',
          selector: [
            { type: 'TextQuoteSelector', exact: 'the quote', prefix: 'x ', suffix: ' y' },
            { type: 'TextPositionSelector', start: 10, end: 20 },
          ],
        },
        pageTitle: '',
      },
    ]);
    expect(summary).toContain('Imported 1 annotation.');
    expect(summary).toContain('stable urn:uuid ids');
  });

  it('reads a list, an AnnotationPage, a collection with chained embedded pages, and @graph', () => {
    const a = foreign({ id: 'urn:uuid:AAAAAAAA-0000-4000-8000-000000000001' });
    const b = foreign({ id: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000002' });
    const ids = ['urn:uuid:aaaaaaaa-0000-4000-8000-000000000001', 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000002'];
    expect(ok(parseImport(JSON.stringify([a, b]))).notes.map((n) => n.id)).toEqual(ids);
    expect(ok(parseImport(JSON.stringify({ type: 'AnnotationPage', items: [a, b] }))).notes).toHaveLength(2);
    const chained = {
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage', items: [a], next: { type: 'AnnotationPage', items: [b] } },
    };
    expect(ok(parseImport(JSON.stringify(chained))).notes.map((n) => n.id)).toEqual(ids);
    expect(ok(parseImport(JSON.stringify({ '@context': {}, '@graph': [a, b] }))).notes).toHaveLength(2);
  });

  it('reads object and array bodies, bodyValue, tags from purpose tagging, motivation lists', () => {
    const anno = foreign({
      motivation: ['oa:tagging', 'commenting'],
      body: [
        { type: 'TextualBody', value: 'First', purpose: 'commenting' },
        { type: 'TextualBody', value: 'news', purpose: ['tagging'] },
        { value: 'Second', purpose: 'describing' },
      ],
      bodyValue: 'Zero',
    });
    const [n] = ok(parseImport(JSON.stringify(anno))).notes;
    expect(n.body).toBe('Zero\n\nFirst\n\nSecond');
    expect(n.tags).toEqual(['news']);
    expect(n.motivation).toBe('commenting');
    const tagOnly = foreign({ body: { type: 'TextualBody', value: 'x', purpose: 'tagging' }, motivation: 'tagging' });
    expect(ok(parseImport(JSON.stringify(tagOnly))).notes[0]).toMatchObject({ body: '', tags: ['x'], motivation: 'highlighting' });
  });

  it('fills the missing selector and says so: quote only, position only', () => {
    const quoteOnly = foreign({ target: { source: 'https://a.example/x', selector: { type: 'TextQuoteSelector', exact: 'q' } } });
    const r1 = ok(parseImport(JSON.stringify(quoteOnly)));
    expect(r1.notes[0].target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: -1, end: -1 },
    ]);
    expect(r1.summary).toContain('1 annotation had a quote but no position.');
    const posOnly = foreign({
      target: [{ source: 'https://a.example/x', selector: [{ type: 'TextPositionSelector', start: 3, end: 9 }] }],
    });
    const r2 = ok(parseImport(JSON.stringify(posOnly)));
    expect(r2.notes[0].target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' });
    expect(r2.summary).toContain('1 annotation had a position but no quote.');
  });

  it('takes the first target with selectors from a list of targets and reports the rest', () => {
    const anno = foreign({
      target: [
        'https://a.example/whole-page',
        { source: 'https://a.example/y', selector: { type: 'TextQuoteSelector', exact: 'q' } },
        { source: 'https://a.example/z', selector: { type: 'TextQuoteSelector', exact: 'r' } },
      ],
    });
    const r = ok(parseImport(JSON.stringify(anno)));
    expect(r.notes[0].target.source).toBe('https://a.example/y');
    expect(r.summary).toContain('2 extra targets');
  });

  it('uses created for a missing modified, and `now` when both are missing', () => {
    expect(ok(parseImport(JSON.stringify(foreign()))).notes[0].modified).toBe('2025-05-01T08:00:00.000Z');
    const undated = foreign({ created: undefined });
    expect(err(parseImport(JSON.stringify(undated)))).toContain('has no created or modified date');
    expect(ok(parseImport(JSON.stringify(undated), { now: '2026-11-27T12:00:00Z' })).notes[0].created).toBe('2026-11-27T12:00:00.000Z');
  });

  it('accepts a BOM and an empty collection', () => {
    expect(ok(parseImport(`\uFEFF${toJsonLd([makeNote(1)])}`)).notes).toHaveLength(1);
    const empty = ok(parseImport(toJsonLd([])));
    expect(empty.notes).toEqual([]);
    expect(empty.summary).toBe('The file holds no annotations.');
  });
});

describe('parseImport: the block selector', () => {
  const block = { type: 'BlockSelector', block: '0123abcd', before: '', after: 'ffff0000' } as const;

  it('exports it after the quote and position and reads it back, by prefixed name or full IRI', () => {
    const base = makeNote(0);
    const note: NoteRecord = { ...base, target: { ...base.target, selector: [base.target.selector[0], base.target.selector[1], block] } };
    const doc = JSON.parse(toJsonLd([note]));
    expect(doc.first.items[0].target.selector[2]).toEqual({
      type: 'newsmark:BlockSelector',
      'newsmark:block': '0123abcd',
      'newsmark:before': '',
      'newsmark:after': 'ffff0000',
    });
    expect(ok(parseImport(JSON.stringify(doc))).notes[0].target.selector).toEqual(note.target.selector);
    const ns = 'https://newsmark.invalid/ns#';
    doc.first.items[0].target.selector[2] = {
      type: `${ns}BlockSelector`,
      [`${ns}block`]: '0123abcd',
      [`${ns}before`]: '',
      [`${ns}after`]: 'ffff0000',
    };
    expect(ok(parseImport(JSON.stringify(doc))).notes[0].target.selector[2]).toEqual(block);
  });

  it('leaves notes without one as they were, and a block selector alone places nothing', () => {
    const { notes } = ok(parseImport(JSON.stringify(foreign())));
    expect(notes[0].target.selector).toHaveLength(2);
    const alone = foreign({
      target: {
        source: 'https://news.example.com/story',
        selector: [{ type: 'newsmark:BlockSelector', 'newsmark:block': '0123abcd', 'newsmark:before': '', 'newsmark:after': '' }],
      },
    });
    expect(err(parseImport(JSON.stringify(alone)))).toMatch(/has no TextQuoteSelector or TextPositionSelector/);
  });
});

describe('parseImport: existing ids', () => {
  it('skips and counts annotations already in the library', () => {
    const notes = [makeNote(0), makeNote(1), makeNote(2)];
    const r = ok(parseImport(toJsonLd(notes), { existingIds: new Set([notes[0].id, notes[2].id]) }));
    expect(r.notes.map((n) => n.id)).toEqual([notes[1].id]);
    expect(r.skipped).toBe(2);
    expect(r.summary).toBe('Imported 1 annotation. Skipped 2 already in the library.');
    const all = ok(parseImport(toJsonLd(notes), { existingIds: new Set(notes.map((n) => n.id)) }));
    expect(all.summary).toBe('Nothing new to import. Skipped 3 already in the library.');
  });

  it('still refuses a file whose skipped records are invalid', () => {
    const doc = JSON.parse(toJsonLd([makeNote(0), makeNote(1)]));
    doc.first.items[0].created = 'yesterday';
    expect(err(parseImport(JSON.stringify(doc), { existingIds: new Set([makeNote(0).id]) }))).toContain('Annotation 1 of 2');
  });
});

describe('parseImport: refusals name the record and the reason', () => {
  const two = (): any => JSON.parse(toJsonLd([makeNote(0), makeNote(1)]));
  const cases: [string, (d: any) => void, RegExp][] = [
    ['no id', (d) => delete d.first.items[1].id, /Annotation 2 of 2 \(no id\): has no id/],
    ['id not an IRI', (d) => (d.first.items[1].id = 'not an iri'), /Annotation 2 of 2 \(id "not an iri"\): id is not an IRI/],
    ['bad urn:uuid', (d) => (d.first.items[1].id = 'urn:uuid:123'), /not followed by a valid UUID/],
    ['duplicate id', (d) => (d.first.items[1].id = d.first.items[0].id), /Annotation 2 of 2 .*same id as annotation 1/],
    [
      'duplicate after normalising',
      (d) => (d.first.items[1].id = d.first.items[0].id.toUpperCase().replace('URN:UUID:', 'urn:uuid:')),
      /same id as annotation 1/,
    ],
    ['wrong type', (d) => (d.first.items[0].type = 'Note'), /Annotation 1 of 2 .*not of type "Annotation"/],
    ['bad date', (d) => (d.first.items[0].created = '2026-02-30T00:00:00Z'), /created "2026-02-30T00:00:00Z" is not an ISO 8601/],
    ['date without zone', (d) => (d.first.items[0].modified = '2026-02-03T00:00:00'), /modified .* is not an ISO 8601/],
    ['number body', (d) => (d.first.items[0].body = 5), /body 1 must be text or an object, not a number/],
    [
      'body without value',
      (d) => (d.first.items[0].body = [{ type: 'Image', id: 'https://x.example/a.png' }]),
      /body 1 has no text "value"/,
    ],
    ['empty tag', (d) => (d.first.items[0].body[1].value = '  '), /body 2 is an empty tag/],
    ['no target', (d) => delete d.first.items[0].target, /has no target/],
    [
      'no selectors',
      (d) => (d.first.items[0].target.selector = [{ type: 'CssSelector', value: 'p' }]),
      /has no TextQuoteSelector or TextPositionSelector/,
    ],
    ['empty exact', (d) => (d.first.items[0].target.selector[0].exact = ''), /non-empty "exact"/],
    ['negative start', (d) => (d.first.items[0].target.selector[1].start = -5), /0 ≤ start < end/],
    ['end before start', (d) => (d.first.items[0].target.selector[1].end = 1), /0 ≤ start < end/],
    ['fractional start', (d) => (d.first.items[0].target.selector[1].start = 1.5), /whole-number/],
    ['string start', (d) => (d.first.items[0].target.selector[1].start = '10'), /whole-number/],
    ['javascript: source', (d) => (d.first.items[0].target.source = 'javascript:alert(1)'), /must be http or https, not "javascript:"/],
    ['relative source', (d) => (d.first.items[0].target.source = '/story'), /not an absolute URL/],
    ['source with newline', (d) => (d.first.items[0].target.source = 'https://a.example/\n<script>'), /spaces or control characters/],
    ['unknown colour', (d) => (d.first.items[0]['newsmark:colour'] = 'red'), /newsmark:colour must be one of/],
    ['title not text', (d) => (d.first.items[0]['newsmark:pageTitle'] = { a: 1 }), /newsmark:pageTitle must be text, not an object/],
    ['motivation number', (d) => (d.first.items[0].motivation = 3), /motivation must be text/],
    ['item is a string', (d) => (d.first.items[1] = 'urn:uuid:x'), /Annotation 2 of 2 \(no id\): must be an object, not a string/],
    ['prefix not text', (d) => (d.first.items[0].target.selector[0].prefix = ['a']), /prefix must be text, not a list/],
    [
      'block hash too long',
      (d) =>
        d.first.items[0].target.selector.push({
          type: 'newsmark:BlockSelector',
          'newsmark:block': 'a'.repeat(9),
          'newsmark:before': '',
          'newsmark:after': '',
        }),
      /newsmark:BlockSelector needs "newsmark:block" of 8 hex digits/,
    ],
    [
      'block hash not hex',
      (d) =>
        d.first.items[0].target.selector.push({
          type: 'newsmark:BlockSelector',
          'newsmark:block': '<script>',
          'newsmark:before': '',
          'newsmark:after': '',
        }),
      /needs "newsmark:block" of 8 hex/,
    ],
    [
      'block neighbour a number',
      (d) =>
        d.first.items[0].target.selector.push({
          type: 'newsmark:BlockSelector',
          'newsmark:block': '0123abcd',
          'newsmark:before': 5,
          'newsmark:after': '',
        }),
      /needs "newsmark:before" of 8 hex digits or empty/,
    ],
    [
      'block neighbour missing',
      (d) => d.first.items[0].target.selector.push({ type: 'newsmark:BlockSelector', 'newsmark:block': '0123abcd', 'newsmark:before': '' }),
      /needs "newsmark:after"/,
    ],
  ];
  for (const [name, mutate, expected] of cases) {
    it(name, () => {
      const d = two();
      mutate(d);
      expect(err(parseImport(JSON.stringify(d)))).toMatch(expected);
    });
  }

  it('refuses text over each limit, naming the field and the limit, never truncating', () => {
    const over = (n: number): string => 'x'.repeat(n + 1);
    const mutations: [(d: any) => void, string][] = [
      [
        (d) => (d.first.items[0].body[0].value = over(FIELD_LIMITS.body)),
        `note text is ${FIELD_LIMITS.body + 1} characters long; the limit is ${FIELD_LIMITS.body}`,
      ],
      [(d) => (d.first.items[0].body[1].value = over(FIELD_LIMITS.tag)), `the limit is ${FIELD_LIMITS.tag}`],
      [(d) => (d.first.items[0].target.selector[0].exact = over(FIELD_LIMITS.exact)), `quote is ${FIELD_LIMITS.exact + 1} characters long`],
      [(d) => (d.first.items[0].target.selector[0].suffix = over(FIELD_LIMITS.context)), `quote suffix is ${FIELD_LIMITS.context + 1}`],
      [(d) => (d.first.items[0]['newsmark:pageTitle'] = over(FIELD_LIMITS.pageTitle)), `page title is ${FIELD_LIMITS.pageTitle + 1}`],
      [(d) => (d.first.items[0].target.source = `https://a.example/${over(FIELD_LIMITS.source)}`), `the limit is ${FIELD_LIMITS.source}`],
      [
        (d) => (d.first.items[0].id = `https://a.example/${over(FIELD_LIMITS.id)}`),
        `id is ${FIELD_LIMITS.id + 19} characters long; the limit is ${FIELD_LIMITS.id}`,
      ],
    ];
    for (const [mutate, message] of mutations) {
      const d = two();
      mutate(d);
      expect(err(parseImport(JSON.stringify(d)))).toContain(message);
    }
    const d = two();
    d.first.items[0].body[0].value = 'x'.repeat(FIELD_LIMITS.body);
    expect(ok(parseImport(JSON.stringify(d))).notes.find((n) => n.id === makeNote(0).id)!.body).toHaveLength(FIELD_LIMITS.body);
  });

  it('refuses a file over maxBytes before parsing it, counting UTF-8 bytes', () => {
    expect(err(parseImport('x'.repeat(2_000), { maxBytes: 1_000 }))).toMatch(
      /^The file is over 0\.0 MB; the largest file Newsmark imports is 0\.0 MB/,
    );
    const euro = JSON.stringify(foreign({ body: '€'.repeat(400) })); // 3 bytes each in UTF-8
    expect(euro.length).toBeLessThan(1_500);
    expect(err(parseImport(euro, { maxBytes: 1_500 }))).toContain('the largest file Newsmark imports');
    expect(ok(parseImport(euro, { maxBytes: 3_000 })).notes).toHaveLength(1);
  });

  it('refuses non-JSON, empty files and files that are not annotations', () => {
    expect(err(parseImport(''))).toBe('The file is empty. Nothing was imported.');
    expect(err(parseImport('{"type": "Annotation",'))).toMatch(/^The file is not valid JSON/);
    expect(err(parseImport('42'))).toMatch(/neither an object nor a list/);
    expect(err(parseImport('{"type":"Person"}'))).toMatch(/expected an Annotation/);
    expect(err(parseImport('{"type":"AnnotationCollection","total":3}'))).toMatch(/holds 3 annotations but has no "first" page/);
    expect(err(parseImport('{"type":"AnnotationCollection","first":"https://x.example/page1"}'))).toMatch(/only a link/);
    expect(err(parseImport('{"type":"AnnotationPage","items":{}}'))).toMatch(/has no "items" list/);
  });
});

describe('parseImport: text stays text', () => {
  it('keeps script and markup in every field exactly, and prototype keys are data', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const anno = foreign({
      body: [
        { type: 'TextualBody', value: evil, purpose: 'commenting' },
        { type: 'TextualBody', value: evil, purpose: 'tagging' },
      ],
      'newsmark:pageTitle': evil,
      target: {
        source: 'https://a.example/?q=%3Cscript%3E',
        selector: { type: 'TextQuoteSelector', exact: evil, prefix: evil, suffix: evil },
      },
      __proto__: { polluted: true },
      constructor: { prototype: { polluted: true } },
    });
    const text = JSON.stringify(anno).replace('"constructor"', '"__proto__":{"polluted":true},"constructor"');
    const [n] = ok(parseImport(text)).notes;
    expect([n.body, n.tags[0], n.pageTitle, n.target.selector[0].exact, n.target.selector[0].prefix]).toEqual([
      evil,
      evil,
      evil,
      evil,
      evil,
    ]);
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(n)).toBe(Object.prototype);
  });
});

describe('normaliseDate', () => {
  it('accepts zoned date-times and normalises to UTC milliseconds', () => {
    expect(normaliseDate('2026-01-31T23:30:00-01:00')).toBe('2026-02-01T00:30:00.000Z');
    expect(normaliseDate('2024-02-29T00:00Z')).toBe('2024-02-29T00:00:00.000Z');
    expect(normaliseDate('2026-01-01T00:00:00.123456Z')).toBe('2026-01-01T00:00:00.123Z');
  });
  it('refuses impossible or unzoned dates', () => {
    for (const s of [
      '2023-02-29T00:00Z',
      '2026-13-01T00:00Z',
      '2026-01-01',
      '2026-01-01T24:00Z',
      '0999-01-01T00:00Z',
      '9999-12-31T23:00:00-05:00',
      'yesterday',
    ]) {
      expect(normaliseDate(s)).toBeNull();
    }
  });
});

describe('parseImport: page URLs', () => {
  it('normalises a foreign source to Newsmark page key form (tracking parameters and fragment dropped)', () => {
    const anno = foreign({
      target: { source: 'https://News.Example.com/story?utm_source=x&b=2&a=1#frag', selector: { type: 'TextQuoteSelector', exact: 'q' } },
    });
    const r = parseImport(JSON.stringify(anno));
    expect(r.ok && r.notes[0].target.source).toBe('https://news.example.com/story?a=1&b=2');
  });
});
