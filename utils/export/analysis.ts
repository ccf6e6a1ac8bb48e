/**
 * Export of what Newsmark found in chosen articles: their entities and
 * claims (types in ../types.ts), as JSON or as CSV (one file for entities,
 * one for claims, each with the same RFC 4180 rules and formula guard as
 * ./csv.ts). Deterministic: articles sorted by URL, entities and claims by
 * position, fixed key order.
 */
import type { Analysis, Claim, ClaimSource, Entity, Span } from '../types';
import { csvRow } from './csv';
import { localDay, type ExportFile } from './files';
import { compareStrings } from './order';

/** One article and what the engine found in it. */
export interface AnalysedArticle {
  url: string;
  title: string;
  analysis: Analysis;
}

/** Entity CSV columns, in order. */
export const ENTITY_COLUMNS = ['url', 'page title', 'type', 'subtype', 'text', 'canonical', 'entity id', 'start', 'end'] as const;
/** Claim CSV columns, in order. */
export const CLAIM_COLUMNS = [
  'url',
  'page title',
  'kind',
  'claim',
  'source',
  'source canonical',
  'cue',
  'content',
  'start',
  'end',
] as const;

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function sortedArticles(articles: readonly AnalysedArticle[]): AnalysedArticle[] {
  return [...articles].sort((a, b) => compareStrings(a.url, b.url));
}

function span(s: Span): { text: string; start: number; end: number } {
  return { text: s.text, start: s.start, end: s.end };
}

function entityJson(e: Entity): Record<string, unknown> {
  const out: Record<string, unknown> = { type: e.type };
  if (e.subtype !== undefined) out.subtype = e.subtype;
  Object.assign(out, span(e));
  if (e.entityId !== undefined) out.entityId = e.entityId;
  if (e.canonical !== undefined) out.canonical = e.canonical;
  return out;
}

function sourceJson(s: ClaimSource | null): Record<string, unknown> | null {
  if (!s) return null;
  const out: Record<string, unknown> = span(s);
  if (s.entityId !== undefined) out.entityId = s.entityId;
  if (s.canonical !== undefined) out.canonical = s.canonical;
  return out;
}

function claimJson(c: Claim): Record<string, unknown> {
  return { kind: c.kind, ...span(c), source: sourceJson(c.source), cue: c.cue ? span(c.cue) : null, content: span(c.content) };
}

/** The entities and claims of `articles` as pretty-printed JSON with a final newline. */
export function analysisToJson(articles: readonly AnalysedArticle[]): string {
  const doc = {
    generator: 'Newsmark',
    articles: sortedArticles(articles).map((a) => ({
      url: a.url,
      title: a.title,
      entities: [...a.analysis.entities].sort((x, y) => bySpan(x, y) || compareStrings(x.type, y.type)).map(entityJson),
      claims: [...a.analysis.claims].sort(bySpan).map(claimJson),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The entities of `articles` as CSV (BOM, header, one row per mention). */
export function entitiesToCsv(articles: readonly AnalysedArticle[]): string {
  const rows = sortedArticles(articles).flatMap((a) =>
    [...a.analysis.entities]
      .sort((x, y) => bySpan(x, y) || compareStrings(x.type, y.type))
      .map((e) =>
        csvRow([a.url, a.title, e.type, e.subtype ?? '', e.text, e.canonical ?? '', e.entityId ?? '', String(e.start), String(e.end)]),
      ),
  );
  return `\uFEFF${csvRow(ENTITY_COLUMNS)}${rows.join('')}`;
}

/** The claims of `articles` as CSV (BOM, header, one row per claim). */
export function claimsToCsv(articles: readonly AnalysedArticle[]): string {
  const rows = sortedArticles(articles).flatMap((a) =>
    [...a.analysis.claims]
      .sort(bySpan)
      .map((c) =>
        csvRow([
          a.url,
          a.title,
          c.kind,
          c.text,
          c.source?.text ?? '',
          c.source?.canonical ?? '',
          c.cue?.text ?? '',
          c.content.text,
          String(c.start),
          String(c.end),
        ]),
      ),
  );
  return `\uFEFF${csvRow(CLAIM_COLUMNS)}${rows.join('')}`;
}

/** The files of an analysis export. */
export type AnalysisFormat = 'json' | 'entities-csv' | 'claims-csv';

/** The formats with a label for buttons, in the order to offer them. */
export const ANALYSIS_FORMATS: readonly { id: AnalysisFormat; label: string }[] = [
  { id: 'json', label: 'Entities and claims (JSON)' },
  { id: 'entities-csv', label: 'Entities (CSV)' },
  { id: 'claims-csv', label: 'Claims (CSV)' },
];

/** The analysis export of `articles` in `format`; `now` only names the file. */
export function analysisFile(format: AnalysisFormat, articles: readonly AnalysedArticle[], now: Date): ExportFile {
  const day = localDay(now);
  switch (format) {
    case 'json':
      return { content: analysisToJson(articles), name: `newsmark-findings-${day}.json`, mime: 'application/json' };
    case 'entities-csv':
      return { content: entitiesToCsv(articles), name: `newsmark-entities-${day}.csv`, mime: 'text/csv;charset=utf-8' };
    case 'claims-csv':
      return { content: claimsToCsv(articles), name: `newsmark-claims-${day}.csv`, mime: 'text/csv;charset=utf-8' };
  }
}
