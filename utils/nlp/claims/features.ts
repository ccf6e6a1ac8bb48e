/**
 * Context features for the cue classifier: for each token, the strings the
 * trained weights are keyed by (word, neighbours, shape, quote state,
 * part-of-speech tags of the token and its neighbours, the kind and word of
 * the subject before it and the kind of complement after it, the clause
 * before it (a finite verb already? a bare noun phrase?), the nearest saying
 * or thinking word on either side in the sentence, the attribution class of
 * the noun after it and of the verb before a noun ("voiced concerns"), and
 * the attribution class of the word from the hand-written lexicon of
 * verbClasses.ts, so unseen cue words share weights with known ones).
 * Shared by the training script and the runtime so both see the same view.
 */
import type { Tok } from './tokens';
import { HUMAN_NOUNS, cueClass } from './verbClasses';
import { POS_TAGS } from '../pos/tagger';

/** Tag name of token `k` of the sentence (or a boundary marker). */
function tg(pos: Uint8Array | undefined, k: number, n: number): string {
  if (!pos) return '?';
  return k < 0 ? '<s>' : k >= n ? '</s>' : POS_TAGS[pos[k]];
}

/** The kind of subject ending at token `j` (after auxiliaries were skipped). */
function subjKind(toks: Tok[], pos: Uint8Array | undefined, j: number): string {
  if (j < 0) return 'NONE';
  const t = toks[j];
  if (HUMAN_NOUNS.has(t.lower)) return 'HUM';
  if (PRONOUNS.has(t.lower)) return t.lower === 'who' || t.lower === 'which' ? 'REL' : 'PRON';
  const tag = tg(pos, j, toks.length);
  return tag === 'NP' ? 'NAME' : tag;
}

function shape(t: Tok | undefined): string {
  if (!t) return '∅';
  const c = t.text[0];
  if (/[\p{Lu}]/u.test(c)) return 'X';
  if (/[\p{Ll}]/u.test(c)) return 'x';
  if (/\p{N}/u.test(c)) return 'd';
  return t.text;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'which']);
/** Auxiliaries and adverbs a cue's subject phrase may hold (the cue features' NP scan). */
export const AUX = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'would',
  'will',
  'also',
  'not',
  'did',
  'does',
  'do',
  'could',
  'may',
  'might',
  'can',
  'should',
  'previously',
  'repeatedly',
  'reportedly',
  'later',
  'then',
  'never',
  'often',
]);

/** Coarse class of a neighbouring token for frame features. */
function cls(t: Tok | undefined): string {
  if (!t) return 'END';
  if (PRONOUNS.has(t.lower)) return t.lower === 'who' || t.lower === 'which' ? 'REL' : 'PRON';
  if (t.lower === 'that' || t.lower === 'to' || t.lower === 'the' || t.lower === 'a') return t.lower;
  return shape(t);
}

const POSSESSIVE = new Set(['’s', "'s", 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const COMP_WORDS = new Set([
  'that',
  'to',
  'whether',
  'if',
  'how',
  'what',
  'why',
  'for',
  'against',
  'about',
  'on',
  'with',
  'of',
  'in',
  'by',
  'at',
  'as',
  'from',
]);
const DETS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'no', 'any']);

/** The subject side of a verb: human nouns, pronouns, names, relatives. */
function subjCls(t: Tok | undefined): string {
  if (!t) return 'END';
  if (HUMAN_NOUNS.has(t.lower)) return 'HUM';
  return cls(t);
}

/** What follows a cue: a clause ("that", quote, colon), a preposition, a name, a determiner, a stop. */
function compCls(t: Tok | undefined): string {
  if (!t) return 'END';
  const w = t.lower;
  if (COMP_WORDS.has(w)) return w;
  if (w === '“' || w === '"') return 'Q';
  if (PRONOUNS.has(w) || w === 'him' || w === 'them' || w === 'us' || w === 'me') return 'PRON';
  if (DETS.has(w)) return 'DET';
  return shape(t);
}

/** Tags a noun phrase's head may sit behind ("several", "intense", "his"). */
const PRE_HEAD = new Set(['D', 'J', 'R', 'CD', 'POS']);

/**
 * The attribution class of the noun heading the object after token `i`
 * ("made several statements" → NOUN, "drew intense criticism" → STANCE),
 * 'n' for another noun, 'none' when no noun follows.
 */
function objectClass(toks: Tok[], pos: Uint8Array | undefined, i: number): string {
  const n = toks.length;
  for (let k = i + 1; k < n && k <= i + 4; k++) {
    const t = tg(pos, k, n);
    if (PRE_HEAD.has(t)) continue;
    return t === 'N' ? (cueClass(toks[k].lower) ?? 'n') : 'none';
  }
  return 'none';
}

/**
 * For a noun at token `i`, the attribution class of the verb it is the
 * object of ("voiced concerns", "issued a statement"): '-' for another verb,
 * 'none' when no verb governs it.
 */
function governorClass(toks: Tok[], pos: Uint8Array | undefined, i: number): string {
  const n = toks.length;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tg(pos, k, n);
    if (PRE_HEAD.has(t)) continue;
    return t[0] === 'V' ? (cueClass(toks[k].lower) ?? '-') : 'none';
  }
  return 'none';
}

const CLAUSE_BREAK = /^[“”"—–―(]$/;
const FINITE = new Set(['V', 'VZ', 'VD', 'MD']);
const NP_TAGS = new Set(['N', 'NP', 'D', 'J', 'CD', 'POS']);

/** Clause codes of a sentence's tokens, per tokens array (and tags): cueFeatures asks once per candidate. */
const clauseMemo = new WeakMap<Tok[], { pos: Uint8Array | undefined; codes: string[] }>();

function clausesOf(toks: Tok[], pos: Uint8Array | undefined): string[] {
  const hit = clauseMemo.get(toks);
  if (hit && hit.pos === pos && hit.codes.length === toks.length) return hit.codes;
  const codes = clauseCodes(toks, pos);
  clauseMemo.set(toks, { pos, codes });
  return codes;
}

/**
 * For each token, the clause before it, back to the nearest comma, semicolon,
 * colon, "that", "and", "but", quote mark, dash or bracket: "v" if it holds a
 * finite verb else "n", "np" if it is a bare noun phrase else "x", then how it
 * opens ("s" the sentence, "," a comma, "o" another break). One forward pass:
 * scanning back from every token made long unpunctuated runs quadratic.
 */
function clauseCodes(toks: Tok[], pos: Uint8Array | undefined): string[] {
  const n = toks.length;
  const codes = new Array<string>(n);
  let brk = -1; // the last break before the current token
  let verb = -1; // the last finite verb after `brk`
  let notNp = -1; // the last token after `brk` that a noun phrase cannot hold
  for (let i = 0; i < n; i++) {
    const fv = verb > brk ? 'v' : 'n';
    const np = notNp > brk ? 'x' : 'np';
    codes[i] = fv + np + (brk < 0 ? 's' : toks[brk].text === ',' ? ',' : 'o');
    const t = toks[i];
    if (
      t.text === ',' ||
      t.text === ';' ||
      t.text === ':' ||
      t.lower === 'that' ||
      t.lower === 'and' ||
      t.lower === 'but' ||
      CLAUSE_BREAK.test(t.text)
    ) {
      brk = i;
      continue;
    }
    const tk = tg(pos, i, n);
    if (FINITE.has(tk)) verb = i;
    if (!(NP_TAGS.has(tk) || AUX.has(t.lower))) notNp = i;
  }
  return codes;
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
export function cueFeatures(toks: Tok[], inq: Uint8Array, i: number, out: string[], pos?: Uint8Array): string[] {
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
  const vc = cueClass(w) ?? '-';
  const sc = subjCls(toks[j]);
  const cc = compCls(toks[i + 1]);
  const poss = i > 0 && POSSESSIVE.has(p1) ? 'P' : 'n';
  const n = toks.length;
  const ti = tg(pos, i, n);
  const sk = subjKind(toks, pos, j);
  const tr = tg(pos, i + 1, n);
  const sj = j >= 0 ? lemma(toks[j].lower) : '<s>';
  // the nearest saying/thinking word before and after the token in the sentence (outside quotes)
  let ls = 'n';
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const c = inq[k] ? undefined : cueClass(toks[k].lower);
    if (c === 'SAY' || c === 'THINK') {
      ls = c + (i - k <= 3 ? 'near' : 'far');
      break;
    }
  }
  let rs = 'n';
  for (let k = i + 1; k < n && k <= i + 6; k++) {
    const c = inq[k] ? undefined : cueClass(toks[k].lower);
    if (c === 'SAY' || c === 'THINK') {
      rs = c + (toks[k - 1].text === ',' || (k >= 2 && toks[k - 2].text === ',') ? 'c' : '');
      break;
    }
  }
  // the clause before the token: does a finite verb precede it, and is the rest a bare noun phrase?
  const cl = clausesOf(toks, pos)[i];
  // light verb and communication noun ("made several statements", "voiced concerns")
  const ob = objectClass(toks, pos, i);
  const gv = ti === 'N' || ti === 'NP' ? governorClass(toks, pos, i) : 'none';
  out.push(
    'obv=' + ob + '|' + vc,
    'obt=' + ob + '|' + ti,
    'lvc=' + gv + '|' + vc,
    'cl=' + cl + '|' + vc,
    'clt=' + cl + '|' + ti,
    'clw=' + cl + '|' + lw,
    'sjw=' + sj,
    'sjv=' + sj + '|' + vc,
    'ls=' + ls + '|' + vc,
    'rs=' + rs + '|' + vc,
    'ptr2=' + ti + '|' + tr + '|' + tg(pos, i + 2, n),
    'pt=' + ti + '|' + vc,
    'ptw=' + ti + '|' + lw,
    'ptl=' + tg(pos, j, n) + '|' + ti,
    'ptr=' + ti + '|' + tr,
    'pt3=' + tg(pos, i - 1, n) + '|' + ti + '|' + tr,
    'sk=' + sk + '|' + ti + '|' + vc,
    'skw=' + sk + '|' + lw,
    'ptc=' + ti + '|' + vc + '|' + cc,
    'vc=' + vc,
    'vcs=' + vc + '|' + sc,
    'vcc=' + vc + '|' + cc,
    'vsc=' + vc + '|' + sc + '|' + cc,
    'cc=' + lw + '|' + cc,
    'scc=' + sc + '|' + cc,
    'vq=' + vc + q,
    'vp=' + vc + poss,
    'sx4=' + w.slice(-4),
    'sx2=' + w.slice(-2),
    'lc=' + lc + '|' + lw,
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
