/**
 * Word clusters learnt from unlabelled news (scripts/train-ner-clusters.ts):
 * each known word's cluster at two granularities, as tagger features, so a
 * word never seen in labelled training still looks like the words it is
 * used like. Imported statically; decoded once on first use.
 */
import clustersJson from '../../../models/ner-clusters.json';

/** The shipped form: one "word fine coarse" line per word. */
export interface NerClusters {
  fine: number;
  coarse: number;
  words: string;
}

let table: Map<string, number> | null = null;

function decode(model: NerClusters): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of model.words.split('\n')) {
    const [w, f, c] = line.split(' ');
    // Packed: 1 + fine in the low 16 bits, 1 + coarse above (0 = unknown).
    out.set(w, ((Number(c) + 1) << 16) | (Number(f) + 1));
  }
  return out;
}

/**
 * Packed clusters of `word` (exact spelling first, then lower case, then
 * capitalised, so headline and all-caps forms find their word); 0 unknown.
 * In a headline, where capitals say little, `lowerFirst` tries the lower-case
 * word first ("Asks" is the verb "asks").
 */
export function wordCluster(word: string, lower: string, lowerFirst = false): number {
  table ??= decode(clustersJson as NerClusters);
  if (lowerFirst) {
    const low = table.get(lower);
    if (low !== undefined) return low;
  }
  const exact = table.get(word);
  if (exact !== undefined) return exact;
  const low = table.get(lower);
  if (low !== undefined) return low;
  return table.get(lower.charAt(0).toUpperCase() + lower.slice(1)) ?? 0;
}
