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
  const s = model.words;
  // Read "word fine coarse" lines in place: splitting 20,000 lines into arrays is a third of the model's load time.
  for (let at = 0; at < s.length;) {
    let end = s.indexOf('\n', at);
    if (end < 0) end = s.length;
    const a = s.indexOf(' ', at);
    const b = s.indexOf(' ', a + 1);
    // Packed: 1 + fine in the low 16 bits, 1 + coarse above (0 = unknown).
    out.set(s.slice(at, a), ((readInt(s, b + 1, end) + 1) << 16) | (readInt(s, a + 1, b) + 1));
    at = end + 1;
  }
  return out;
}

/** The decimal number in `s[from, to)`. */
function readInt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
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
  // Each form is looked up only if it differs from one already missed.
  if (lower !== word) {
    const low = table.get(lower);
    if (low !== undefined) return low;
  }
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  return capitalised === word || capitalised === lower ? 0 : (table.get(capitalised) ?? 0);
}

/** Bits of `lowerWordEvidence`. */
export const LEX = {
  /** The lower-case spelling itself is a word of the unlabelled news ("however", "surprisingly"). */
  LOWER_WORD: 1,
  /** An "-ly" adverb of such a word ("Thankfully" ← "thankful", "Happily" ← "happy", "Unsurprisingly" ← "surprising"). */
  ADVERB: 2,
} as const;

/**
 * What the unlabelled news says about `lower` as an everyday lower-case word:
 * a capitalised sentence-initial word that is one ("Visually,") is rarely a
 * name. Names rarely stem to a lower-case word ("Kelly" → "kel", "Italy" → "ita").
 */
export function lowerWordEvidence(lower: string): number {
  table ??= decode(clustersJson as NerClusters);
  if (!allLowerCaseLetters(lower)) return 0;
  let bits = table.has(lower) ? LEX.LOWER_WORD : 0;
  if (lower.length >= 6 && lower.endsWith('ly')) {
    const stem = lower.slice(0, -2);
    const base = stem.startsWith('un') ? stem.slice(2) : stem;
    const known = (w: string): boolean => w.length >= 4 && table!.has(w);
    if (
      known(stem) ||
      known(base) ||
      (stem.endsWith('i') && known(`${base.slice(0, -1)}y`)) ||
      (stem.endsWith('al') && known(base.slice(0, -2)))
    )
      bits |= LEX.ADVERB;
  }
  return bits;
}

/** `/^\p{Ll}+$/u`, with ASCII answered directly. */
function allLowerCaseLetters(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /^\p{Ll}+$/u.test(w);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
