/**
 * Finding a cue's source span: the noun phrase just before the cue
 * (skipping auxiliaries and adverbs: "The US has previously accused"), or,
 * for inverted and prepositional cues ("…,” said Kirby", "according to X"),
 * the noun phrase after it.
 */
import type { Layout } from './layout';
import type { Tok } from './tokens';
import { AUX_ADVERBS, NP_STOP } from './lexicon';

/** A source as an inclusive token range, and which side of the cue it is on. */
export interface SourceRange {
  from: number;
  to: number;
  side: 'left' | 'right';
}

const MAX_NP = 12;

/** True for a word token (starts with a letter or digit). */
export function isWord(t: Tok): boolean {
  return /^[\p{L}\p{N}]/u.test(t.text);
}

/** True when the cue's last word takes its source after it ("according to", "by"). */
export function prepositionalCue(L: Layout, to: number): boolean {
  const w = L.toks[to].lower;
  return w === 'to' || w === 'by' || w === 'from';
}

/** The noun phrase ending at token `end` (inclusive), walking left to `min`. */
function npLeft(L: Layout, end: number, min: number): SourceRange | null {
  let j = end;
  while (j >= min && isWord(L.toks[j]) && !NP_STOP.has(L.toks[j].lower) && end - j < MAX_NP) j--;
  return j < end ? { from: j + 1, to: end, side: 'left' } : null;
}

/** The noun phrase starting at token `start`, walking right to `max` (exclusive). */
function npRight(L: Layout, start: number, max: number): SourceRange | null {
  let j = start;
  while (j < max && isWord(L.toks[j]) && !NP_STOP.has(L.toks[j].lower) && j - start < MAX_NP) j++;
  return j > start ? { from: start, to: j - 1, side: 'right' } : null;
}

/**
 * "Name, the role, said": with a comma at `comma` just before the cue, the
 * appositive and the name before it (the whole "Name, role," span).
 */
function apposition(L: Layout, comma: number, min: number): SourceRange | null {
  const role = npLeft(L, comma - 1, min);
  if (!role) return null;
  const c2 = role.from - 1;
  if (c2 > min && L.toks[c2].text === ',') {
    const name = npLeft(L, c2 - 1, min);
    if (name && /^\p{Lu}/u.test(L.toks[name.to].text)) return { from: name.from, to: comma, side: 'left' };
  }
  return null;
}

/** The source of the cue spanning tokens `[from, to]`, or null. */
export function findSource(L: Layout, from: number, to: number): SourceRange | null {
  const s = L.sents[L.sentOf[from]];
  if (prepositionalCue(L, to)) return npRight(L, to + 1, s.to);
  let j = from - 1;
  while (j >= s.from && AUX_ADVERBS.has(L.toks[j].lower)) j--;
  const left = j < s.from ? null : L.toks[j].text === ',' ? apposition(L, j, s.from) : npLeft(L, j, s.from);
  if (left) return left;
  const before = from > s.from ? L.toks[from - 1].text : '';
  // "…, saying it would …": a participle's subject is the main clause's (inherited)
  if (before === ',' && L.toks[from].lower.endsWith('ing')) return null;
  if (from === s.from || /^[,”"’―—–:(]$/.test(before)) return npRight(L, to + 1, s.to);
  return null;
}
