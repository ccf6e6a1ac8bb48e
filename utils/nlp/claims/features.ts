/**
 * Context features for the cue classifier: for each token, the strings the
 * trained weights are keyed by (word, neighbours, shape, quote state).
 * Shared by the training script and the runtime so both see the same view.
 */
import type { Tok } from './tokens';

function shape(t: Tok | undefined): string {
  if (!t) return '∅';
  const c = t.text[0];
  if (/[\p{Lu}]/u.test(c)) return 'X';
  if (/[\p{Ll}]/u.test(c)) return 'x';
  if (/\p{N}/u.test(c)) return 'd';
  return t.text;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'which']);
const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'would', 'will', 'also', 'not', 'did', 'does', 'do', 'could', 'may', 'might', 'can', 'should', 'previously', 'repeatedly', 'reportedly', 'later', 'then', 'never', 'often']);

/** Coarse class of a neighbouring token for frame features. */
function cls(t: Tok | undefined): string {
  if (!t) return 'END';
  if (PRONOUNS.has(t.lower)) return t.lower === 'who' || t.lower === 'which' ? 'REL' : 'PRON';
  if (t.lower === 'that' || t.lower === 'to' || t.lower === 'the' || t.lower === 'a') return t.lower;
  return shape(t);
}

/** A crude lemma: strips -ing, -ed, -es, -s ("warned" → "warn"). */
export function lemma(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * Feature strings for token `i` of a sentence's tokens `toks` (with quote
 * flags `inq`). Pushed into `out` (cleared first) to avoid allocation.
 */
export function cueFeatures(toks: Tok[], inq: Uint8Array, i: number, out: string[]): string[] {
  out.length = 0;
  const w = toks[i].lower;
  const p1 = i > 0 ? toks[i - 1].lower : '<s>';
  const p2 = i > 1 ? toks[i - 2].lower : '<s>';
  const n1 = i + 1 < toks.length ? toks[i + 1].lower : '</s>';
  const n2 = i + 2 < toks.length ? toks[i + 2].lower : '</s>';
  const q = inq[i] ? 'Q' : 'O';
  let that = 'n';
  for (let k = i + 1; k <= i + 3 && k < toks.length; k++) if (toks[k].lower === 'that') that = String(k - i);
  let j = i - 1;
  while (j >= 0 && AUX.has(toks[j].lower)) j--;
  const lc = cls(toks[j]);
  const rc = cls(toks[i + 1]);
  const lw = lemma(w);
  out.push(
    'lc=' + lc + '|' + lw,
    'rc=' + lw + '|' + rc,
    'fr=' + lc + '|' + lw + '|' + rc,
    'aux=' + (j < i - 1 ? 'y' : 'n') + lw,
    'l=' + lw,
    'th=' + that + lemma(w),
    'ps=' + shape(toks[i - 1]) + '|' + w,
    'ns=' + w + '|' + shape(toks[i + 1]),
    'b',
    'w=' + w,
    'p1=' + p1,
    'n1=' + n1,
    'p2=' + p2,
    'n2=' + n2,
    'p1w=' + p1 + '|' + w,
    'wn1=' + w + '|' + n1,
    's=' + w.slice(-3),
    'sh=' + shape(toks[i - 1]) + shape(toks[i]) + shape(toks[i + 1]),
    'q=' + q,
    'qw=' + q + w,
    'pos=' + (i === 0 ? 'first' : i === toks.length - 1 ? 'last' : i < 4 ? 'early' : 'mid'),
  );
  return out;
}
