/**
 * The claim-extraction scorer: greedy one-to-one matching of predictions to
 * gold attributions (cue overlap, or content overlap where either lacks a
 * cue), then P/R/F1, source accuracy and content token F1.
 */
import type { Frags, GoldAttribution } from './brat';
import type { Claim } from '../../utils/types';

/** A prediction in fragment form (what the scorer compares). */
export interface PredAttribution {
  source: Frags | null;
  cue: Frags | null;
  content: Frags | null;
}

/** A claim of the extractor in the scorer's form. */
export function claimToPred(c: Claim): PredAttribution {
  return {
    source: c.source ? [[c.source.start, c.source.end]] : null,
    cue: c.cue ? [[c.cue.start, c.cue.end]] : null,
    content: [[c.content.start, c.content.end]],
  };
}

/** Running totals over a corpus. */
export interface Tally {
  gold: number;
  pred: number;
  matched: number;
  srcGold: number;
  srcOk: number;
  contentF1Sum: number;
}

/** A fresh, zeroed tally. */
export function newTally(): Tally {
  return { gold: 0, pred: 0, matched: 0, srcGold: 0, srcOk: 0, contentF1Sum: 0 };
}

/** True when two fragment lists share at least one character. */
export function overlaps(a: Frags | null, b: Frags | null): boolean {
  if (!a || !b) return false;
  for (const [s1, e1] of a) for (const [s2, e2] of b) if (s1 < e2 && s2 < e1) return true;
  return false;
}

/** Word-token start offsets of `text` that fall inside `f`. */
function tokensIn(tokStarts: number[], tokEnds: number[], f: Frags | null): Set<number> {
  const out = new Set<number>();
  if (!f) return out;
  for (const [s, e] of f) {
    for (let i = 0; i < tokStarts.length; i++) if (tokStarts[i] >= s && tokEnds[i] <= e) out.add(tokStarts[i]);
  }
  return out;
}

/** Token-level F1 of two spans over the document's word tokens. */
export function tokenF1(tokStarts: number[], tokEnds: number[], gold: Frags | null, pred: Frags | null): number {
  const g = tokensIn(tokStarts, tokEnds, gold);
  const p = tokensIn(tokStarts, tokEnds, pred);
  if (g.size === 0 && p.size === 0) return 1;
  let inter = 0;
  for (const x of p) if (g.has(x)) inter++;
  if (inter === 0) return 0;
  const prec = inter / p.size;
  const rec = inter / g.size;
  return (2 * prec * rec) / (prec + rec);
}

function firstOf(x: { source: Frags | null; cue: Frags | null; content: Frags | null }): number {
  let m = Infinity;
  for (const f of [x.cue, x.content, x.source]) if (f && f.length) m = Math.min(m, f[0][0]);
  return m;
}

/** True when a prediction matches a gold attribution under the bar's rule. */
export function matches(g: GoldAttribution, p: PredAttribution): boolean {
  if (g.cue && p.cue) return overlaps(g.cue, p.cue);
  return overlaps(g.content, p.content);
}

/**
 * Score one document: greedy matching in text order, adding to `tally`.
 * Returns the index pairs matched (gold, pred) for inspection.
 */
export function scoreDocument(text: string, gold: GoldAttribution[], pred: PredAttribution[], tally: Tally): Array<[number, number]> {
  const tokStarts: number[] = [];
  const tokEnds: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    tokStarts.push(m.index ?? 0);
    tokEnds.push((m.index ?? 0) + m[0].length);
  }
  const gi = gold.map((_, i) => i).sort((a, b) => firstOf(gold[a]) - firstOf(gold[b]));
  const pi = pred.map((_, i) => i).sort((a, b) => firstOf(pred[a]) - firstOf(pred[b]));
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const a of gi) {
    for (const b of pi) {
      if (used.has(b) || !matches(gold[a], pred[b])) continue;
      used.add(b);
      pairs.push([a, b]);
      const g = gold[a];
      const p = pred[b];
      tally.matched++;
      if (g.source) {
        tally.srcGold++;
        if (overlaps(g.source, p.source)) tally.srcOk++;
      }
      tally.contentF1Sum += tokenF1(tokStarts, tokEnds, g.content, p.content);
      break;
    }
  }
  tally.gold += gold.length;
  tally.pred += pred.length;
  return pairs;
}

/** Precision, recall, F1, source accuracy and mean content token F1. */
export function summarize(t: Tally): { p: number; r: number; f1: number; srcAcc: number; contentF1: number } {
  const p = t.pred ? t.matched / t.pred : 0;
  const r = t.gold ? t.matched / t.gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, srcAcc: t.srcGold ? t.srcOk / t.srcGold : 0, contentF1: t.matched ? t.contentF1Sum / t.matched : 0 };
}
