/**
 * The speech-verb baseline: every sentence containing said/says/told/
 * "according to" (any case) is one claim; cue = that word, content = the
 * sentence, no source. Sentences are split naively (a run of characters
 * other than . ! ? and newline, with its closing punctuation), as in the
 * reference numbers of issue 5.
 */
import type { PredAttribution } from './score';

const CUE_RE = /\b(?:said|says|told|according to)\b/i;
const SENT_RE = /[^.!?\n]+(?:[.!?]+["”’]?|$)/g;

/** Baseline predictions for `text`. */
export function baselineClaims(text: string): PredAttribution[] {
  const out: PredAttribution[] = [];
  for (const m of text.matchAll(SENT_RE)) {
    const s = m.index ?? 0;
    const c = CUE_RE.exec(m[0]);
    if (!c) continue;
    const cs = s + c.index;
    out.push({ source: null, cue: [[cs, cs + c[0].length]], content: [[s, s + m[0].length]] });
  }
  return out;
}
