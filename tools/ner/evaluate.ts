/**
 * Exact-span evaluation against CoNLL gold (used by scripts/eval-ner.ts and
 * the dev-set test): builds the text the way the evaluation specifies
 * (tokens joined by single spaces, sentences by "\n") with gold character
 * spans, and scores predicted spans (P/R/F1 overall and per class).
 */
import { bioSpans, toBioTags, type ConllSentence } from './conll';
import type { Entity } from '../../utils/types';

/** The evaluated classes (ALL counts PER, ORG and LOC; MISC has its own row). */
export type Kind = 'PER' | 'ORG' | 'LOC' | 'MISC';
const NAMED: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC']);
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

/** Text and gold PER/ORG/LOC/MISC spans of CoNLL sentences. */
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
      if (!NAMED.has(sp.type) && sp.type !== 'MISC') continue;
      gold.push({ type: sp.type as Kind, start: starts[sp.start], end: starts[sp.end - 1] + s.tokens[sp.end - 1].length });
    }
    const line = s.tokens.join(' ');
    lines.push(line);
    offset += line.length + 1;
    tokens += s.tokens.length;
  }
  return { text: lines.join('\n'), gold, tokens };
}

// GROUP (nationalities, religions, parties' members) is what CoNLL tags MISC among our types.
const TYPE_MAP: Record<string, Kind | undefined> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', MISC: 'MISC', GROUP: 'MISC' };

/** PERSON→PER, ORG→ORG, PLACE→LOC, MISC and GROUP→MISC; other entity types are dropped. */
export function entitySpans(entities: Entity[]): CharSpan[] {
  const out: CharSpan[] = [];
  for (const e of entities) {
    const k = TYPE_MAP[e.type];
    if (k) out.push({ type: k, start: e.start, end: e.end });
  }
  return out;
}

/**
 * Text and gold spans of a file in the offset format of CoNLL++'s 2020 half
 * (`word start end tag`, character offsets in each document's tokenised
 * text, IOB1 tags, blank lines between sentences). Each document's text is
 * rebuilt at its offsets, so paragraphs stay paragraphs: a one-character
 * gap is a space, a longer one becomes newlines (a paragraph break).
 * Documents are joined by a blank line.
 */
export function offsetText(raw: string): { text: string; gold: CharSpan[]; tokens: number } {
  let text = '';
  const gold: CharSpan[] = [];
  let tokens = 0;
  let base = 0; // text offset of the current document's character 0 (may be negative)
  let newDoc = true;
  let prevEnd = -1;
  let tags: string[] = [];
  let starts: number[] = [];
  let ends: number[] = [];
  const flush = (): void => {
    for (const sp of bioSpans(toBioTags(tags))) {
      if (NAMED.has(sp.type) || sp.type === 'MISC') gold.push({ type: sp.type as Kind, start: starts[sp.start], end: ends[sp.end - 1] });
    }
    tags = [];
    starts = [];
    ends = [];
  };
  for (const line of raw.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) {
      flush();
      continue;
    }
    if (parts[0] === '-DOCSTART-') {
      flush();
      newDoc = true;
      continue;
    }
    const [word, s0, e0, tag] = parts;
    const s = Number(s0);
    if (newDoc) {
      newDoc = false;
      if (text) text += '\n\n';
      base = text.length - s;
      prevEnd = s;
    }
    const gap = s - prevEnd;
    text += gap <= 0 ? '' : gap === 1 ? ' ' : '\n'.repeat(gap);
    const at = base + s;
    text += word;
    starts.push(at);
    ends.push(at + word.length);
    tags.push(tag);
    prevEnd = Number(e0);
    tokens++;
  }
  flush();
  return { text, gold, tokens };
}

/** True when `raw` is in the offset format (`word start end tag`). */
export function isOffsetFormat(raw: string): boolean {
  const first = raw.split('\n').find((l) => l.trim() && !l.startsWith('-DOCSTART-'));
  return !!first && /^\S+ \d+ \d+ [BIO](?:-\w+)?$/.test(first.trim());
}

/** Exact-span scores overall ("ALL": PER, ORG and LOC) and per class. */
export function scoreSpans(pred: CharSpan[], gold: CharSpan[]): Record<Kind | 'ALL', Score> {
  const key = (s: CharSpan): string => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const res = {} as Record<Kind | 'ALL', Score>;
  for (const kind of ['ALL', 'PER', 'ORG', 'LOC', 'MISC'] as const) {
    const P = pred.filter((s) => (kind === 'ALL' ? NAMED.has(s.type) : s.type === kind));
    const G = gold.filter((s) => (kind === 'ALL' ? NAMED.has(s.type) : s.type === kind));
    const tp = P.filter((s) => goldKeys.has(key(s))).length;
    const p = P.length ? tp / P.length : 0;
    const r = G.length ? tp / G.length : 0;
    res[kind] = { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, predicted: P.length, gold: G.length };
  }
  return res;
}
