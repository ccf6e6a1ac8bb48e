/**
 * The claim filter: a linear model over a finished draft (cue word and
 * classifier score, where the source and content sit, what the source looks
 * like) that rejects drafts unlike PolNeAR's annotated attributions. Trained
 * by scripts/train-claims.ts on drafts the extractor makes on held-out
 * training documents.
 */
import type { Layout } from './layout';
import { lemma } from './features';
import { PERSON_PRONOUNS, GROUP_PRONOUNS } from './lexicon';

/** What the filter sees of a draft. */
export interface DraftView {
  cueFrom: number;
  cueTo: number;
  src: [number, number] | null;
  content: [number, number];
  score: number;
  convention: boolean;
}

function srcClass(L: Layout, src: [number, number] | null): string {
  if (!src) return 'none';
  const t = L.toks[src[1]];
  if (PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower) || t.lower === 'i') return 'pron';
  if (/^\p{Lu}/u.test(t.text)) return 'cap';
  return 'low';
}

function bucket(x: number, edges: number[]): string {
  let i = 0;
  while (i < edges.length && x > edges[i]) i++;
  return String(i);
}

/** Feature strings of a draft (pushed into `out`, cleared first). */
export function draftFeatures(L: Layout, d: DraftView, out: string[]): string[] {
  out.length = 0;
  const head = lemma(L.toks[d.cueTo].lower);
  const first = lemma(L.toks[d.cueFrom].lower);
  const sc = srcClass(L, d.src);
  const cueStart = L.toks[d.cueFrom].start;
  const pos = d.content[1] <= cueStart ? 'before' : d.content[0] >= cueStart ? 'after' : 'around';
  const text = L.text.slice(d.content[0], d.content[1]);
  const quoted = /[“”"]/.test(text) ? 'q' : 'nq';
  let words = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  const len = bucket(words, [2, 5, 10, 20, 40]);
  const s = bucket(d.score, [-1, 0, 1, 2, 4, 8]);
  out.push(
    'b',
    'h=' + head,
    'f=' + first,
    'n=' + String(Math.min(4, d.cueTo - d.cueFrom + 1)),
    's=' + s,
    'sc=' + sc,
    'pos=' + pos,
    'q=' + quoted,
    'len=' + len,
    'conv=' + (d.convention ? 'y' : 'n'),
    'hsc=' + head + '|' + sc,
    'hpos=' + head + '|' + pos,
    'ss=' + s + '|' + sc,
    'sp=' + s + '|' + pos + '|' + quoted,
    'scpos=' + sc + '|' + pos + '|' + quoted,
    'lenpos=' + len + '|' + pos,
  );
  return out;
}

/** Filter score of a draft: keep when positive (no weights: always keep). */
export function filterScore(w: Map<string, number> | null, L: Layout, d: DraftView, buf: string[]): number {
  if (!w) return 1;
  let s = 0;
  for (const f of draftFeatures(L, d, buf)) s += w.get(f) ?? 0;
  return s;
}
