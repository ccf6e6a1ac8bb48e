/**
 * Speed figures for anchoring, for `npm run eval:anchoring` and the
 * project's benchmark: 200 notes that match exactly (with valid and with
 * stale positions), and notes whose quote was edited so that only the fuzzy
 * strategy finds them.
 */
import { anchor, anchorMany, describe, type AnchorTarget } from '../../utils/anchoring/index';
import { pick, randomInt, seededRandom } from '../random';
import { median } from '../stats';
import { wordSpans } from '../../utils/anchoring/words';

/** Timings for one text. */
export interface AnchoringBenchResult {
  label: string;
  textChars: number;
  notes: number;
  /** anchorMany of all notes on the unchanged text (position strategy), ms: first run and median of the next runs. */
  exactMs: { first: number; median: number };
  /** anchorMany after a paragraph was inserted at the top (positions stale: quote strategy), ms. */
  shiftedMs: { first: number; median: number };
  /** How many of the notes anchored in each of those two runs. */
  exactAnchored: number;
  shiftedAnchored: number;
  /** One anchor() per note whose quote had a word replaced (fuzzy strategy), ms per note (best of 3 runs each). */
  fuzzy: { notes: number; anchored: number; maxMs: number; medianMs: number };
}

/** Options of the benchmark. */
export interface AnchoringBenchOptions {
  notes?: number;
  fuzzyNotes?: number;
  runs?: number;
  seed?: number;
}

const INSERTED =
  "Editor's note: this article was updated on Wednesday to add comments from the harbour authority and to correct the spelling of a name.\n\n";

/** Rounds to a hundredth of a millisecond. */
function ms(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Draws note ranges of 1 to 40 words at random. */
export function randomNotes(text: string, count: number, rand: () => number): AnchorTarget[] {
  const words = wordSpans(text);
  const out: AnchorTarget[] = [];
  if (words.length === 0) return out;
  for (let i = 0; i < count; i++) {
    const a = randomInt(rand, 0, words.length - 1);
    const b = Math.min(words.length - 1, a + randomInt(rand, 0, 39));
    out.push(describe(text, words[a].start, words[b].end));
  }
  return out;
}

/** Times `fn` once cold and `runs` times warm. */
function time(fn: () => number, runs: number): { first: number; median: number; value: number } {
  let t = performance.now();
  const value = fn();
  const first = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    fn();
    warm.push(performance.now() - t);
  }
  return { first: ms(first), median: ms(median(warm)), value };
}

/** Benchmarks anchoring on each text. */
export function benchAnchoring(texts: { label: string; text: string }[], options: AnchoringBenchOptions = {}): AnchoringBenchResult[] {
  const { notes = 200, fuzzyNotes = 20, runs = 5, seed = 2026 } = options;
  return texts.map(({ label, text }) => {
    const rand = seededRandom(seed);
    const targets = randomNotes(text, notes, rand);
    const countAnchored = (t: string) => anchorMany(t, targets).filter((r) => r !== null).length;
    const exact = time(() => countAnchored(text), runs);
    const shiftedText = INSERTED + text;
    const shifted = time(() => countAnchored(shiftedText), runs);

    // Fuzzy: replace one word inside a quote of 6 to 40 words with another word of the text.
    const words = wordSpans(text);
    const perNote: number[] = [];
    let anchored = 0;
    for (let i = 0; i < fuzzyNotes && words.length > 50; i++) {
      const a = randomInt(rand, 0, words.length - 41);
      const b = a + randomInt(rand, 5, 39);
      const target = describe(text, words[a].start, words[b].end);
      const w = words[randomInt(rand, a + 1, b - 1)];
      let repl = pick(rand, words);
      while (text.slice(repl.start, repl.end) === text.slice(w.start, w.end)) repl = pick(rand, words);
      const edited = text.slice(0, w.start) + text.slice(repl.start, repl.end) + text.slice(w.end);
      // Best of three runs: the figure is the algorithm's cost, not another process's time slice.
      let best = Infinity;
      let r = null;
      for (let run = 0; run < 3; run++) {
        const t = performance.now();
        r = anchor(edited, target);
        best = Math.min(best, performance.now() - t);
      }
      perNote.push(best);
      if (r) anchored++;
    }
    return {
      label,
      textChars: text.length,
      notes: targets.length,
      exactMs: { first: exact.first, median: exact.median },
      shiftedMs: { first: shifted.first, median: shifted.median },
      exactAnchored: exact.value,
      shiftedAnchored: shifted.value,
      fuzzy: {
        notes: perNote.length,
        anchored,
        maxMs: perNote.length ? ms(Math.max(...perNote)) : 0,
        medianMs: perNote.length ? ms(median(perNote)) : 0,
      },
    };
  });
}
