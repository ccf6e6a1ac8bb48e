/**
 * Sorting gold attributions into statements and beliefs with the same rule
 * the extractor uses on its own cues (claims/statement.ts), so that painted
 * claims can be scored against the gold statements alone. PolNeAR does not
 * label the sort; this is an estimate of it, from the gold cue's words.
 */
import type { GoldAttribution } from './brat';
import { buildLayout, type Layout } from '../../utils/nlp/claims/layout';
import { attributionSort, type AttributionSort } from '../../utils/nlp/claims/statement';

/** The sort of one gold attribution: by its cue's words; a cue-less attribution (a quote with its speaker) is a statement. */
export function goldSort(L: Layout, g: GoldAttribution): AttributionSort {
  if (!g.cue || !g.cue.length) return 'statement';
  const [s, e] = [g.cue[0][0], g.cue[g.cue.length - 1][1]];
  let from = -1;
  let to = -1;
  for (let k = 0; k < L.toks.length; k++) {
    const t = L.toks[k];
    if (t.end <= s) continue;
    if (t.start >= e) break;
    if (from < 0) from = k;
    to = k;
  }
  if (from < 0) return 'statement';
  const content: [number, number] = g.content?.length
    ? [g.content[0][0], g.content[g.content.length - 1][1]]
    : [L.toks[to].end, L.toks[to].end];
  return attributionSort(L, from, to, content, false);
}

/** The gold statements of a document. */
export function goldStatements(text: string, gold: GoldAttribution[]): GoldAttribution[] {
  const L = buildLayout(text);
  return gold.filter((g) => goldSort(L, g) === 'statement');
}
