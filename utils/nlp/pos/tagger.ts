/**
 * A tiny part-of-speech tagger for the claim extractor's cue features: a
 * greedy left-to-right averaged perceptron over a coarse tag set (verbs keep
 * their form: base, -s, past, participle, -ing), trained by
 * scripts/train-pos.ts on the POS column of the CoNLL++ training data and
 * committed as models/pos-model.json. Pure, no I/O; runs in a service worker.
 */
import type { Tok } from '../claims/tokens';

/** Coarse tags. V = base/present verb, VZ = 3rd-person -s, VD = past, VN = participle, VG = -ing. */
export const POS_TAGS = [
  'N',
  'NP',
  'V',
  'VZ',
  'VD',
  'VN',
  'VG',
  'MD',
  'J',
  'R',
  'D',
  'P',
  'W',
  'I',
  'TO',
  'CC',
  'CD',
  'POS',
  'PU',
] as const;
export type PosTag = (typeof POS_TAGS)[number];

/** Penn Treebank tag → coarse tag. */
export function coarseTag(ptb: string): PosTag {
  switch (ptb) {
    case 'NN':
    case 'NNS':
    case 'FW':
      return 'N';
    case 'NNP':
    case 'NNPS':
      return 'NP';
    case 'VB':
    case 'VBP':
      return 'V';
    case 'VBZ':
      return 'VZ';
    case 'VBD':
      return 'VD';
    case 'VBN':
      return 'VN';
    case 'VBG':
      return 'VG';
    case 'MD':
      return 'MD';
    case 'JJ':
    case 'JJR':
    case 'JJS':
      return 'J';
    case 'RB':
    case 'RBR':
    case 'RBS':
    case 'RP':
      return 'R';
    case 'DT':
    case 'PDT':
    case 'PRP$':
    case 'WP$':
      return 'D';
    case 'PRP':
    case 'EX':
      return 'P';
    case 'WP':
    case 'WDT':
    case 'WRB':
      return 'W';
    case 'IN':
      return 'I';
    case 'TO':
      return 'TO';
    case 'CC':
      return 'CC';
    case 'CD':
      return 'CD';
    case 'POS':
      return 'POS';
    default:
      return 'PU';
  }
}

/** Serialized model: tag names and, per feature, "tag:weight,tag:weight" (weights ×10, integers). */
export interface PosModelData {
  tags: string[];
  f: Record<string, string>;
}

/** A loaded model: feature → row offset into `w` (one weight per tag). */
export interface PosModel {
  tags: readonly string[];
  rows: Map<string, number>;
  w: Float32Array;
}

/** Turn serialized weights into a ready model. */
export function loadPosModel(data: PosModelData): PosModel {
  const n = data.tags.length;
  const keys = Object.keys(data.f);
  const w = new Float32Array(keys.length * n);
  const rows = new Map<string, number>();
  keys.forEach((k, r) => {
    rows.set(k, r * n);
    for (const part of data.f[k].split(',')) {
      const c = part.indexOf(':');
      w[r * n + Number(part.slice(0, c))] = Number(part.slice(c + 1)) / 10;
    }
  });
  return { tags: data.tags, rows, w };
}

/** The word as the tagger sees it: lower case, curly apostrophes straightened. */
export function posWord(text: string): string {
  const l = text.toLowerCase();
  return l.indexOf('’') >= 0 ? l.replace(/’/g, "'") : l;
}

/** Spelling shape: capitalisation, digits, hyphens. */
function wordShape(text: string, first: boolean): string {
  const c = text.charCodeAt(0);
  let s: string;
  if (c >= 48 && c <= 57) s = 'd';
  else if (text !== text.toLowerCase()) s = text === text.toUpperCase() && text.length > 1 ? 'XX' : 'X';
  else if (text !== text.toUpperCase()) s = 'x';
  else s = 'p';
  if (text.indexOf('-') > 0) s += '-';
  return first ? s + '^' : s;
}

/**
 * Feature strings of token `i` among `words` (posWord forms) / `texts`
 * (original forms) in `[from, to)`, given the two previous tags. Shared by
 * training and tagging. Pushed into `out` (cleared first).
 */
export function posFeatures(
  words: string[],
  texts: string[],
  from: number,
  to: number,
  i: number,
  t1: string,
  t2: string,
  out: string[],
): string[] {
  out.length = 0;
  const w = words[i];
  const pw = i > from ? words[i - 1] : '<s>';
  const nw = i + 1 < to ? words[i + 1] : '</s>';
  out.push(
    'b',
    'w=' + w,
    's1=' + w.slice(-1),
    's2=' + w.slice(-2),
    's3=' + w.slice(-3),
    'sh=' + wordShape(texts[i], i === from),
    'pw=' + pw,
    'nw=' + nw,
    'n3=' + nw.slice(-3),
    't1=' + t1,
    't2=' + t2 + '|' + t1,
    'tw=' + t1 + '|' + w,
  );
  return out;
}

/** Sum of the weight rows of `feats` into `acc` (n tags). */
function addRows(m: PosModel, feats: string[], acc: Float32Array): void {
  const n = m.tags.length;
  for (const f of feats) {
    const r = m.rows.get(f);
    if (r === undefined) continue;
    for (let k = 0; k < n; k++) acc[k] += m.w[r + k];
  }
}

/**
 * Per-word partial scores, so a token costs a few vector additions instead
 * of a dozen feature lookups: the token's own features (word, suffixes,
 * shape), its contribution as the previous word and as the next word, and
 * the tag-history rows. Caches are per model and bounded.
 */
interface PosCache {
  own: Map<string, Float32Array>;
  prev: Map<string, Float32Array>;
  next: Map<string, Float32Array>;
  hist: Map<string, Float32Array>;
}

const CACHE_MAX = 50000;
const caches = new WeakMap<PosModel, PosCache>();

function cacheOf(m: PosModel): PosCache {
  let c = caches.get(m);
  if (!c) caches.set(m, (c = { own: new Map(), prev: new Map(), next: new Map(), hist: new Map() }));
  return c;
}

function cached(map: Map<string, Float32Array>, key: string, n: number, feats: () => string[], m: PosModel): Float32Array {
  let v = map.get(key);
  if (!v) {
    if (map.size >= CACHE_MAX) map.clear();
    v = new Float32Array(n);
    addRows(m, feats(), v);
    map.set(key, v);
  }
  return v;
}

/**
 * Tag the tokens `toks[from, to)` (one sentence) greedily; writes tag
 * indices (into model.tags) to `out[from, to)`. The same scores as summing
 * the rows of posFeatures, computed from cached per-word parts. Linear time.
 */
export function tagSentence(m: PosModel, toks: Tok[], from: number, to: number, out: Uint8Array): void {
  const n = m.tags.length;
  const c = cacheOf(m);
  const scores = new Float32Array(n);
  let t1 = '<s>';
  let t2 = '<s>';
  let w = posWord(toks[from].text);
  for (let i = from; i < to; i++) {
    const text = toks[i].text;
    const first = i === from;
    const pw = first ? '<s>' : posWord(toks[i - 1].text);
    const nw = i + 1 < to ? posWord(toks[i + 1].text) : '</s>';
    const own = cached(
      c.own,
      (first ? '^' : ' ') + text,
      n,
      () => ['b', 'w=' + w, 's1=' + w.slice(-1), 's2=' + w.slice(-2), 's3=' + w.slice(-3), 'sh=' + wordShape(text, first)],
      m,
    );
    const prev = cached(c.prev, pw, n, () => ['pw=' + pw], m);
    const next = cached(c.next, nw, n, () => ['nw=' + nw, 'n3=' + nw.slice(-3)], m);
    const hist = cached(c.hist, t2 + '|' + t1, n, () => ['t1=' + t1, 't2=' + t2 + '|' + t1], m);
    const twr = m.rows.get('tw=' + t1 + '|' + w);
    for (let k = 0; k < n; k++) scores[k] = own[k] + prev[k] + next[k] + hist[k] + (twr === undefined ? 0 : m.w[twr + k]);
    let best = 0;
    for (let k = 1; k < n; k++) if (scores[k] > scores[best]) best = k;
    out[i] = best;
    t2 = t1;
    t1 = m.tags[best];
    w = nw;
  }
}

/** Reference tagging straight from posFeatures (tests check tagSentence against it). */
export function tagSentenceSlow(m: PosModel, toks: Tok[], from: number, to: number, out: Uint8Array): void {
  const n = m.tags.length;
  const words: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < to; i++) {
    words.push(i >= from ? posWord(toks[i].text) : '');
    texts.push(i >= from ? toks[i].text : '');
  }
  const scores = new Float32Array(n);
  const buf: string[] = [];
  let t1 = '<s>';
  let t2 = '<s>';
  for (let i = from; i < to; i++) {
    scores.fill(0);
    addRows(m, posFeatures(words, texts, from, to, i, t1, t2, buf), scores);
    let best = 0;
    for (let k = 1; k < n; k++) if (scores[k] > scores[best]) best = k;
    out[i] = best;
    t2 = t1;
    t1 = m.tags[best];
  }
}
