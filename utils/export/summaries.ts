/**
 * Export of what Newsmark found in chosen articles of the library: for each
 * article, its entities (name, type, mentions) and who made its claims
 * (source, number of claims), as kept in the page summaries the library
 * stores. JSON, or CSV with one row per entity or claim source (the same
 * RFC 4180 rules and formula guard as ./csv.ts). Deterministic: articles by
 * URL, then entities and sources by count, then name.
 */
import type { PageSummary } from '../storage/schema';
import { csvRow } from './csv';
import { compareStrings } from './order';

/** One article of the library and its summary. */
export interface SummarisedArticle {
  url: string;
  title: string;
  summary: PageSummary;
}

/** Columns of the findings CSV, in order. */
export const FINDINGS_COLUMNS = ['url', 'page title', 'row', 'name', 'type', 'count'] as const;

function ordered(articles: readonly SummarisedArticle[]) {
  return [...articles]
    .sort((a, b) => compareStrings(a.url, b.url))
    .map((a) => ({
      url: a.url,
      title: a.title,
      entities: [...a.summary.entities].sort((x, y) => y.mentions - x.mentions || compareStrings(x.name, y.name)),
      claims: [...a.summary.claims].sort((x, y) => y.count - x.count || compareStrings(x.source, y.source)),
    }));
}

/** The articles' entities and claim sources as pretty-printed JSON with a final newline. */
export function summariesToJson(articles: readonly SummarisedArticle[]): string {
  const doc = {
    generator: 'Newsmark',
    articles: ordered(articles).map((a) => ({
      url: a.url,
      title: a.title,
      entities: a.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions })),
      claimSources: a.claims.map((c) => ({ source: c.source, claims: c.count })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The same as CSV: BOM, header, then per article its entities ("entity") and claim sources ("claim source"; "" is unattributed). */
export function summariesToCsv(articles: readonly SummarisedArticle[]): string {
  const rows = ordered(articles).flatMap((a) => [
    ...a.entities.map((e) => csvRow([a.url, a.title, 'entity', e.name, e.type, String(e.mentions)])),
    ...a.claims.map((c) => csvRow([a.url, a.title, 'claim source', c.source, '', String(c.count)])),
  ]);
  return `\uFEFF${csvRow(FINDINGS_COLUMNS)}${rows.join('')}`;
}
