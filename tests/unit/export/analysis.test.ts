// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  CLAIM_COLUMNS,
  ENTITY_COLUMNS,
  analysisToJson,
  claimsToCsv,
  entitiesToCsv,
  type AnalysedArticle,
} from '../../../utils/export/analysis';
import { parseCsv } from './rfc4180';

const text = 'John Kirby said on Monday that "=the talks, in Geneva, will go on".';
const at = (s: string): { text: string; start: number; end: number } => ({
  text: s,
  start: text.indexOf(s),
  end: text.indexOf(s) + s.length,
});

const article: AnalysedArticle = {
  url: 'https://news.example.com/b',
  title: 'Talks "continue", officials say',
  analysis: {
    entities: [
      { ...at('Geneva'), type: 'PLACE' },
      { ...at('John Kirby'), type: 'PERSON', entityId: 'e1', canonical: 'John Kirby' },
      { ...at('Monday'), type: 'DATE', subtype: 'day' },
    ],
    claims: [
      {
        ...at('John Kirby said on Monday that "=the talks, in Geneva, will go on"'),
        kind: 'direct',
        source: { ...at('John Kirby'), entityId: 'e1', canonical: 'John Kirby' },
        cue: at('said'),
        content: at('=the talks, in Geneva, will go on'),
      },
    ],
  },
};
const other: AnalysedArticle = { url: 'https://news.example.com/a', title: 'Empty', analysis: { entities: [], claims: [] } };

describe('analysis export', () => {
  it('writes JSON sorted by URL with entities in text order and optional fields only when present', () => {
    const doc = JSON.parse(analysisToJson([article, other]));
    expect(doc.articles.map((a: any) => a.url)).toEqual([other.url, article.url]);
    const ents = doc.articles[1].entities;
    expect(ents.map((e: any) => e.text)).toEqual(['John Kirby', 'Monday', 'Geneva']);
    expect(ents[0]).toEqual({ type: 'PERSON', text: 'John Kirby', start: 0, end: 10, entityId: 'e1', canonical: 'John Kirby' });
    expect(ents[2]).toEqual({ type: 'PLACE', text: 'Geneva', start: text.indexOf('Geneva'), end: text.indexOf('Geneva') + 6 });
    expect(doc.articles[1].claims[0].source.canonical).toBe('John Kirby');
    expect(doc.articles[1].claims[0].cue.text).toBe('said');
    expect(analysisToJson([other, article])).toBe(analysisToJson([article, other]));
  });

  it('writes entity and claim CSVs that an RFC 4180 reader reads back, formulas guarded', () => {
    const ents = parseCsv(entitiesToCsv([article]).slice(1));
    expect(ents[0]).toEqual([...ENTITY_COLUMNS]);
    expect(ents[1]).toEqual([article.url, article.title, 'PERSON', '', 'John Kirby', 'John Kirby', 'e1', '0', '10']);
    const claims = parseCsv(claimsToCsv([article]).slice(1));
    expect(claims[0]).toEqual([...CLAIM_COLUMNS]);
    expect(claims[1].slice(2, 8)).toEqual([
      'direct',
      article.analysis.claims[0].text,
      'John Kirby',
      'John Kirby',
      'said',
      "'=the talks, in Geneva, will go on",
    ]);
  });
});

describe('analysisFile', () => {
  it('names each file by its kind and day and carries the matching content', async () => {
    const { analysisFile, ANALYSIS_FORMATS } = await import('../../../utils/export/analysis');
    const day = new Date(2026, 10, 27, 15);
    expect(ANALYSIS_FORMATS.map((f) => f.id)).toEqual(['json', 'entities-csv', 'claims-csv']);
    expect(analysisFile('json', [article], day)).toEqual({
      content: analysisToJson([article]),
      name: 'newsmark-findings-2026-11-27.json',
      mime: 'application/json',
    });
    expect(analysisFile('entities-csv', [article], day)).toMatchObject({
      content: entitiesToCsv([article]),
      name: 'newsmark-entities-2026-11-27.csv',
    });
    expect(analysisFile('claims-csv', [article], day)).toMatchObject({
      content: claimsToCsv([article]),
      name: 'newsmark-claims-2026-11-27.csv',
      mime: 'text/csv;charset=utf-8',
    });
  });
});
