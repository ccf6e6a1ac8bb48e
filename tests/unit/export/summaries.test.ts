// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FINDINGS_COLUMNS, summariesToCsv, summariesToJson, type SummarisedArticle } from '../../../utils/export/summaries';
import { parseCsv } from './rfc4180';

const articles: SummarisedArticle[] = [
  {
    url: 'https://news.example.com/b',
    title: 'Cables "cut", ministry says',
    summary: {
      entities: [
        { name: 'Oslo', type: 'PLACE', mentions: 2 },
        { name: 'Kari Lindqvist', type: 'PERSON', mentions: 5 },
      ],
      claims: [
        { source: '', count: 1 },
        { source: 'Kari Lindqvist', count: 3 },
      ],
    },
  },
  {
    url: 'https://news.example.com/a',
    title: '=HYPERLINK("x")',
    summary: { entities: [{ name: '@coastguard', type: 'ORG', mentions: 1 }], claims: [] },
  },
];

describe('findings of chosen articles', () => {
  it('JSON: articles by URL, entities by mentions, claim sources by count', () => {
    const doc = JSON.parse(summariesToJson(articles));
    expect(doc.articles.map((a: { url: string }) => a.url)).toEqual(['https://news.example.com/a', 'https://news.example.com/b']);
    expect(doc.articles[1].entities).toEqual([
      { name: 'Kari Lindqvist', type: 'PERSON', mentions: 5 },
      { name: 'Oslo', type: 'PLACE', mentions: 2 },
    ]);
    expect(doc.articles[1].claimSources).toEqual([
      { source: 'Kari Lindqvist', claims: 3 },
      { source: '', claims: 1 },
    ]);
    expect(summariesToJson([...articles].reverse())).toBe(summariesToJson(articles));
  });

  it('CSV: one row per entity and claim source, quoted and formula-guarded', () => {
    const csv = summariesToCsv(articles);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...FINDINGS_COLUMNS]);
    expect(rows).toHaveLength(1 + 1 + 2 + 2);
    expect(rows[1]).toEqual(['https://news.example.com/a', `'=HYPERLINK("x")`, 'entity', "'@coastguard", 'ORG', '1']);
    expect(rows[2]).toEqual(['https://news.example.com/b', 'Cables "cut", ministry says', 'entity', 'Kari Lindqvist', 'PERSON', '5']);
    expect(rows[4]).toEqual(['https://news.example.com/b', 'Cables "cut", ministry says', 'claim source', 'Kari Lindqvist', '', '3']);
  });
});
