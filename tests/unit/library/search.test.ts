import { describe, expect, it } from 'vitest';
import { describeEntity, entityIndex, fold, LibraryIndex, searchTerms } from '../../../utils/library/search';
import { note, page } from './fixtures';

const A = 'https://www.nrk.no/norge/trawlers';
const B = 'https://news.example.org/cables';
const C = 'https://www.bbc.co.uk/news/other';

function library() {
  const notes = [
    note(1, {
      url: A,
      body: 'Check the coast guard logs',
      tags: ['cables', 'Norway'],
      pageTitle: 'Trawlers mapped cables',
      quote: 'mapping undersea data cables',
    }),
    note(2, { url: A, body: '', motivation: 'highlighting', tags: [], pageTitle: 'Trawlers mapped cables', quote: 'Kari Lindqvist said' }),
    note(3, { url: B, body: 'Zoë Müller disagrees', tags: ['cables'], pageTitle: 'Cable cuts in the Baltic' }),
    note(4, { url: C, body: 'unrelated', tags: ['sport'], pageTitle: 'Football' }),
  ];
  const pages = [
    page(A, {
      entities: [
        { name: 'Kari Lindqvist', type: 'PERSON', mentions: 4 },
        { name: 'Norway', type: 'PLACE', mentions: 2 },
      ],
      claims: [
        { source: 'Kari Lindqvist', count: 3 },
        { source: '', count: 1 },
      ],
    }),
    page(B, {
      entities: [
        { name: 'kari lindqvist', type: 'PERSON', mentions: 1 },
        { name: 'Kari Lindqvist', type: 'PERSON', mentions: 1 },
      ],
      claims: [{ source: 'Kari Lindqvist', count: 2 }],
    }),
    page(C, { entities: [{ name: 'Kari Lindqvist', type: 'PERSON', mentions: 1 }], claims: [] }),
  ];
  return { notes, pages, idx: new LibraryIndex(notes, pages) };
}

describe('search terms', () => {
  it('folds case and accents, keeps quoted phrases whole', () => {
    expect(fold('Zoë MÜLLER')).toBe('zoe muller');
    expect(searchTerms('  Cables "coast guard"  Zoë ')).toEqual(['cables', 'coast guard', 'zoe']);
    expect(searchTerms('""')).toEqual([]);
  });
});

describe('LibraryIndex', () => {
  it('lists every note newest first with no filter', () => {
    const { idx } = library();
    const r = idx.query({}, 0, 10);
    expect(r.total).toBe(4);
    expect(r.items.map((i) => i.note.body)).toEqual(['unrelated', 'Zoë Müller disagrees', '', 'Check the coast guard logs']);
    expect(idx.query({}, 1, 2).items.map((i) => i.note.id)).toEqual([r.items[1].note.id, r.items[2].note.id]);
  });

  it('searches note text, quotes, titles and tags; every word must match', () => {
    const { idx } = library();
    const ids = (text: string) => idx.filter({ text }).map((n) => n.body);
    expect(ids('coast guard')).toEqual(['Check the coast guard logs']);
    expect(ids('lindqvist')).toEqual(['']); // the quote of a plain highlight
    expect(ids('baltic')).toEqual(['Zoë Müller disagrees']); // page title
    expect(ids('norway')).toEqual(['Check the coast guard logs']); // tag
    expect(ids('zoe muller')).toEqual(['Zoë Müller disagrees']); // accents folded
    expect(ids('cables logs')).toEqual(['Check the coast guard logs']);
    expect(ids('"guard coast"')).toEqual([]);
    expect(ids('nothing-like-this')).toEqual([]);
  });

  it('filters by site, tag, dates, entity and orphans, together', () => {
    const { idx } = library();
    expect(idx.filter({ site: 'nrk.no' }).length).toBe(2);
    expect(
      idx
        .filter({ tag: 'CABLES' })
        .map((n) => n.id)
        .sort(),
    ).toEqual([note(1).id, note(3).id]);
    // note n is created on day 1 + n % 28 of March 2026
    expect(idx.filter({ from: '2026-03-03', to: '2026-03-04' }).map((n) => n.id)).toEqual([note(3).id, note(2).id]);
    expect(idx.filter({ to: '2026-03-02' }).map((n) => n.id)).toEqual([note(1).id]);
    expect(idx.filter({ entity: 'norway' }).map((n) => n.target.source)).toEqual([A, A]);
    expect(idx.filter({ entity: 'Kari Lindqvist', tag: 'cables' }).length).toBe(2);
    expect(idx.filter({ orphans: true })).toEqual([]);
    idx.setPage({ ...library().pages[0], orphanIds: [note(2).id] });
    expect(idx.filter({ orphans: true }).map((n) => n.id)).toEqual([note(2).id]);
    expect(idx.query({}, 0, 10).items.find((i) => i.note.id === note(2).id)?.orphan).toBe(true);
  });

  it('stays current through upsert and remove', () => {
    const { idx } = library();
    idx.upsert({ ...note(4, { url: C }), body: 'now about cables' });
    expect(idx.filter({ text: 'cables' }).map((n) => n.id)).toContain(note(4).id);
    idx.remove(note(1).id);
    expect(idx.size).toBe(3);
    expect(idx.filter({ text: 'coast' })).toEqual([]);
  });

  it('counts sites and tags', () => {
    const { idx } = library();
    const f = idx.facets();
    expect(f.sites).toEqual([
      { name: 'nrk.no', count: 2 },
      { name: 'bbc.co.uk', count: 1 },
      { name: 'news.example.org', count: 1 },
    ]);
    expect(f.tags[0]).toEqual({ name: 'cables', count: 2 });
  });
});

describe('entity index', () => {
  it('counts articles and claims per entity across annotated pages', () => {
    const { idx } = library();
    const rows = idx.entityIndex();
    const kari = rows.find((r) => r.key === 'kari lindqvist')!;
    expect(kari.name).toBe('Kari Lindqvist');
    expect(kari.articles).toBe(3);
    expect(kari.claims).toBe(5);
    expect(kari.mentions).toBe(7);
    expect(describeEntity(kari)).toBe('in 3 articles, 5 claims');
    expect(rows[0].key).toBe('kari lindqvist');
    expect(describeEntity(rows.find((r) => r.key === 'norway')!)).toBe('in 1 article, 0 claims');
  });

  it('leaves out pages that no longer hold a note', () => {
    const { pages } = library();
    const rows = entityIndex(pages, new Set([A]));
    expect(rows.find((r) => r.key === 'kari lindqvist')?.articles).toBe(1);
  });
});
