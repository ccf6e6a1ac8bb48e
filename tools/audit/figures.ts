/**
 * The audit's figures from judgements and the recall spot check, always
 * with their counts ("81 of 142"). UNSURE items are counted apart and left
 * out of the denominators.
 */
import type { Analysis } from '../../utils/types';
import { isPaintedClaim } from '../../utils/nlp/claims';
import { groupOf } from './sample';
import type { Expected, Judgement } from './judgements';

export interface Ratio {
  right: number;
  of: number;
}

export function ratio(right: number, of: number): Ratio {
  return { right, of };
}

export function show(r: Ratio): string {
  return `${r.right} of ${r.of}${r.of ? ` (${(r.right / r.of).toFixed(3)})` : ''}`;
}

export interface Precision {
  /** Judged items outside furniture. */
  article: Ratio;
  /** All judged items, furniture ones counted wrong. */
  all: Ratio;
  unsure: number;
}

/** Precision of one group of judgements. */
export function precision(js: readonly Judgement[], group: 'names' | 'values' | 'claims'): Precision {
  const good = group === 'claims' ? 'VALID' : 'CORRECT';
  const mine = js.filter((j) => groupOf(j.type) === group);
  const sure = mine.filter((j) => j.verdict !== 'UNSURE');
  const inArticle = sure.filter((j) => !j.furniture && j.verdict !== 'FURNITURE');
  return {
    article: ratio(inArticle.filter((j) => j.verdict === good).length, inArticle.length),
    all: ratio(sure.filter((j) => j.verdict === good && !j.furniture).length, sure.length),
    unsure: mine.length - sure.length,
  };
}

const overlap = (a: readonly [number, number], s: number, e: number) => a[0] < e && s < a[1];

/** True when the analysis finds the expected item: a name with its exact span and type; a statement painted with its source. */
export function found(x: Expected, analysis: Analysis, text: string): boolean {
  if (x.what === 'name') return analysis.entities.some((e) => e.start === x.start && e.end === x.end && e.type === x.type);
  const src = x.source;
  return analysis.claims.some((c) => {
    if (!isPaintedClaim(c) || !c.source) return false;
    const parts: Array<[number, number]> = [[c.content.start, c.content.end]];
    if (c.cue) parts.push([c.cue.start, c.cue.end]);
    if (!parts.some((p) => overlap(p, x.start, x.end))) return false;
    if (!src) return true;
    if (overlap([c.source.start, c.source.end], src[0], src[1])) return true;
    // a pronoun resolved to the name the text gives
    return (c.source.canonical ?? '') === text.slice(src[0], src[1]);
  });
}
