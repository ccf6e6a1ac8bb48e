/**
 * The guideline's stratified sample of one page's highlights: at most 15
 * named entities (PERSON, ORG, PLACE, GROUP), 5 dates or numbers and 6
 * claims, drawn with a seeded PRNG (seed `SAMPLE_SEED` mixed with the page
 * name), in text order. Claims are those the extension paints by default.
 */
import { isPaintedClaim } from '../../utils/nlp/claims';
import { seededRandom } from '../random';
import type { Analysis } from '../../utils/types';
import { shuffled } from './pages';

export const SAMPLE_SEED = 2025;
export const MAX_NAMES = 15;
export const MAX_VALUES = 5;
export const MAX_CLAIMS = 6;

const NAME_TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP']);

/** What the judge looks at: a highlight's span and type; a claim also its source and cue. */
export interface AuditItem {
  page: string;
  start: number;
  end: number;
  /** An entity type, or "claim". */
  type: string;
  /** A claim's kind (direct, indirect, mixed). */
  kind?: string;
  source?: [number, number] | null;
  cue?: [number, number] | null;
  content?: [number, number];
}

/** Group of an item in the figures. */
export function groupOf(type: string): 'names' | 'values' | 'claims' {
  return type === 'claim' ? 'claims' : NAME_TYPES.has(type) ? 'names' : 'values';
}

/** The key a judgement is re-used by: page, span, type, and a claim's source. */
export function itemKey(x: Pick<AuditItem, 'page' | 'start' | 'end' | 'type' | 'source'>): string {
  const src = x.source ? `${x.source[0]}-${x.source[1]}` : '';
  return `${x.page}|${x.start}|${x.end}|${x.type}|${src}`;
}

/** A number from a string, to mix the page into the seed. */
function stringSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function draw<T>(items: readonly T[], n: number, rand: () => number): T[] {
  return shuffled(items, rand).slice(0, n);
}

/** The sample of one page. */
export function samplePage(page: string, analysis: Analysis): AuditItem[] {
  const rand = seededRandom(SAMPLE_SEED ^ stringSeed(page));
  const ent = (e: Analysis['entities'][number]): AuditItem => ({ page, start: e.start, end: e.end, type: e.type });
  const names = draw(
    analysis.entities.filter((e) => NAME_TYPES.has(e.type)),
    MAX_NAMES,
    rand,
  ).map(ent);
  const values = draw(
    analysis.entities.filter((e) => !NAME_TYPES.has(e.type)),
    MAX_VALUES,
    rand,
  ).map(ent);
  const claims = draw(
    analysis.claims.filter((c) => isPaintedClaim(c)),
    MAX_CLAIMS,
    rand,
  ).map((c): AuditItem => ({
    page,
    start: c.start,
    end: c.end,
    type: 'claim',
    kind: c.kind,
    source: c.source ? [c.source.start, c.source.end] : null,
    cue: c.cue ? [c.cue.start, c.cue.end] : null,
    content: [c.content.start, c.content.end],
  }));
  return [...names, ...values, ...claims].sort((a, b) => a.start - b.start || a.type.localeCompare(b.type));
}
