/**
 * Exact-span evaluation against CoNLL gold (used by scripts/eval-ner.ts and
 * the dev-set test): builds the text the way the evaluation specifies
 * (tokens joined by single spaces, sentences by "\n") with gold character
 * spans, and scores predicted spans (P/R/F1 overall and per class).
 */
import { bioSpans, type ConllSentence } from './conll';
import type { Entity } from '../../types';

/** The evaluated classes. */
export type Kind = 'PER' | 'ORG' | 'LOC';
/** A typed character span. */
export interface CharSpan {
  type: Kind;
  start: number;
  end: number;
}
/** Precision/recall/F1 with counts. */
export interface Score {
  p: number;
  r: number;
  f: number;
  tp: number;
  predicted: number;
  gold: number;
}

/** Text and gold PER/ORG/LOC spans of CoNLL sentences (MISC ignored). */
export function conllText(sentences: ConllSentence[]): { text: string; gold: CharSpan[]; tokens: number } {
  const lines: string[] = [];
  const gold: CharSpan[] = [];
  let offset = 0;
  let tokens = 0;
  for (const s of sentences) {
    const starts: number[] = [];
    let pos = offset;
    for (const t of s.tokens) {
      starts.push(pos);
      pos += t.length + 1;
    }
    for (const sp of bioSpans(s.tags)) {
      if (sp.type !== 'PER' && sp.type !== 'ORG' && sp.type !== 'LOC') continue;
      gold.push({ type: sp.type, start: starts[sp.start], end: starts[sp.end - 1] + s.tokens[sp.end - 1].length });
    }
    const line = s.tokens.join(' ');
    lines.push(line);
    offset += line.length + 1;
    tokens += s.tokens.length;
  }
  return { text: lines.join('\n'), gold, tokens };
}

const TYPE_MAP: Record<string, Kind | undefined> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC' };

/** PERSON→PER, ORG→ORG, PLACE→LOC; other entity types are dropped. */
export function entitySpans(entities: Entity[]): CharSpan[] {
  const out: CharSpan[] = [];
  for (const e of entities) {
    const k = TYPE_MAP[e.type];
    if (k) out.push({ type: k, start: e.start, end: e.end });
  }
  return out;
}

/** Exact-span scores overall ("ALL") and per class. */
export function scoreSpans(pred: CharSpan[], gold: CharSpan[]): Record<Kind | 'ALL', Score> {
  const key = (s: CharSpan): string => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const res = {} as Record<Kind | 'ALL', Score>;
  for (const kind of ['ALL', 'PER', 'ORG', 'LOC'] as const) {
    const P = pred.filter((s) => kind === 'ALL' || s.type === kind);
    const G = gold.filter((s) => kind === 'ALL' || s.type === kind);
    const tp = P.filter((s) => goldKeys.has(key(s))).length;
    const p = P.length ? tp / P.length : 0;
    const r = G.length ? tp / G.length : 0;
    res[kind] = { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, predicted: P.length, gold: G.length };
  }
  return res;
}
