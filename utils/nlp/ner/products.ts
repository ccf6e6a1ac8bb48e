/**
 * Products, works, software, games and events are MISC (never painted), not
 * PERSON/ORG/PLACE. The tagger, trained on 1996 news, often forces them into
 * a painted type ("Minecraft" as ORG, "Siri" as PERSON, "Destiny" from
 * "Destiny 2" as a person). A name is a product when:
 * - it is, begins with or ends with a listed product ("Apple AirPods");
 * - a model or version number follows it ("Destiny 2", "LC 500"), which
 *   then belongs to the name;
 * - it ends in a product word ("Vision Pro", "Premiere Editions") or an
 *   event word ("Los Angeles Auto Show"), or such a capitalised run follows
 *   it ("Amsterdam" + "Light Festival");
 * - a product noun follows or precedes it ("the Minecraft protocol", "the
 *   online game Minecraft", "a Mario game").
 * Once a name is a product on a page, every mention of it in the same
 * block is.
 */
import type { Tokens } from '../tokenize';
import type { TokenAttrs } from './features';
import { PRODUCTS } from './gazetteer-brands';
import { knownOrganisation } from './companies';
import type { Claim } from './propagate';

const PRODUCT_NAMES = new Set(PRODUCTS);
const MAX_PRODUCT_WORDS = 4;
// First and last words of listed products: most names hold neither, and need no phrase built to say so.
const PRODUCT_FIRST_WORDS = new Set(PRODUCTS.map((p) => p.split(' ')[0]));
const PRODUCT_LAST_WORDS = new Set(PRODUCTS.map((p) => p.split(' ').pop()!));

/** Last words that make a name a product or an edition of one. */
const PRODUCT_HEADS = new Set(['Pro', 'Max', 'Mini', 'Ultra', 'Edition', 'Editions', 'Convertible', 'Coupe', 'Concept']);
/** Last words that make a name an event (CoNLL's MISC: "World Cup", "Paris Air Show"). */
const EVENT_HEADS = new Set([
  'Festival',
  'Show',
  'Awards',
  'Expo',
  'Games',
  'Cup',
  'Championship',
  'Championships',
  'Open',
  'Marathon',
  'Olympics',
  'Prix',
  // Laws and treaties are MISC too ("Data Retention Bill", "Clean Air Act").
  'Act',
  'Bill',
  'Treaty',
  'Accord',
  'Accords',
  'Amendment',
]);
/** Lower-case nouns that, right after a name, make it a product, a work or software. */
const NOUNS_AFTER = new Set(
  'app apps console consoles headset headsets smartphone smartphones laptop laptops keyboard keyboards browser software firmware update updates version versions protocol exploit display franchise sequel remaster trilogy album song film movie novel episode gameplay'.split(
    ' ',
  ),
);
/** Nouns after a one-word person name that make it a character or a game ("a Mario game"). */
const NOUNS_AFTER_PERSON = new Set(['game', 'games', 'character', 'characters']);
/** Lower-case nouns that, right before a name, introduce a product or a work ("the online game Minecraft"). */
const NOUNS_BEFORE = new Set(
  'game app console headset smartphone software browser film movie album song novel franchise title sequel device gadget'.split(' '),
);
/** Tokens that may follow a model number inside a product name ("Xbox One X", "LC 500 Convertible"). */
const MODEL_TAILS = new Set([...PRODUCT_HEADS, 'X', 'S', 'Plus']);
/** Words after a number that make it a count, a score or a measure, not a model. */
const UNLIKE_MODEL_NEXT = new Set(
  'not out of to and or for per in percent pct point cent million billion thousand hundred second minute hour day week month year metre meter mile foot inch lap goal run vote point'.split(
    ' ',
  ),
);

/** A word after a number that makes it a count or a measure: a unit, or a plural noun ("68 votes", "46 seconds"). */
function countsOrMeasures(lw: string): boolean {
  return UNLIKE_MODEL_NEXT.has(lw) || (lw.length > 3 && lw.endsWith('s') && !lw.endsWith('ss'));
}
const MODEL_NUMBER = /^(?:\d{1,4}|II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Retype product mentions as MISC; input and output are sorted, non-overlapping claims. */
export function typeProducts(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const productNames = new Set<string>();
  // A longer name may take in the claims after the k-th only whole.
  const fitsAfter = (k: number, e: number): boolean => {
    for (let j = k + 1; j < claims.length && claims[j].start < e; j++) if (claims[j].end > e) return false;
    return true;
  };
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.type === 'DATE' || c.type === 'NUMBER' || c.type === 'GROUP') {
      out.push(c);
      continue;
    }
    const words = t.words.slice(c.start, c.end);
    const name = words.join(' ');
    let end = c.end;
    let product = isListedProduct(words);
    // A claim inside a listed product's name ("Face" + "ID", "Black" + "Friday") is a fragment of it.
    const listed = product ? null : listedAround(t, c.start, c.end, out.length ? out[out.length - 1].end : 0);
    if (listed && fitsAfter(k, listed[1])) {
      productNames.add(name);
      out.push({ start: listed[0], end: listed[1], type: 'MISC' });
      while (k + 1 < claims.length && claims[k + 1].end <= listed[1]) k++;
      continue;
    }
    const model = c.type === 'PERSON' && words.length > 1 ? c.end : modelNumberEnd(t, a, c.end);
    if (model > c.end && fitsAfter(k, model) && !knownOrganisation(name)) {
      product = true;
      end = model;
    }
    const quoted = quotedTitle(t, a, c.start, c.end);
    if (quoted && fitsAfter(k, quoted[1]) && (out.length === 0 || out[out.length - 1].end <= quoted[0])) {
      productNames.add(name);
      out.push({ start: quoted[0], end: quoted[1], type: 'MISC' });
      while (k + 1 < claims.length && claims[k + 1].end <= quoted[1]) k++;
      continue;
    }
    const run = headRunEnd(t, c.end);
    if (run > c.end && fitsAfter(k, run)) {
      product = true;
      end = Math.max(end, run);
    }
    if (!product && !knownOrganisation(name)) {
      const last = words[words.length - 1];
      product =
        PRODUCT_HEADS.has(last) ||
        (words.length > 1 && EVENT_HEADS.has(last)) ||
        NOUNS_AFTER.has(a.lower[c.end] ?? '') ||
        (c.type === 'PERSON' && words.length === 1 && NOUNS_AFTER_PERSON.has(a.lower[c.end] ?? '')) ||
        introducedAsProduct(t, a, c.start);
    }
    if (c.type === 'MISC' && !product) out.push(c);
    else if (product) {
      productNames.add(name);
      out.push({ start: c.start, end, type: 'MISC' });
      // Claims the longer product name now covers are part of it.
      while (k + 1 < claims.length && claims[k + 1].end <= end) k++;
    } else out.push(c);
  }
  // One name, one type: a product somewhere on the page is a product everywhere in its block.
  const block = a.block;
  const productKeys = new Set<string>();
  for (const c of out) if (c.type === 'MISC') productKeys.add(block[c.start] + ':' + t.words.slice(c.start, c.end).join(' '));
  if (productNames.size === 0) return out;
  for (const c of out) {
    if (c.type !== 'PERSON' && c.type !== 'ORG' && c.type !== 'PLACE') continue;
    const name = t.words.slice(c.start, c.end).join(' ');
    if (productNames.has(name) && productKeys.has(block[c.start] + ':' + name)) c.type = 'MISC';
  }
  return out;
}

/** The name is a listed product, or begins or ends with one ("Apple AirPods", "Google Stadia Founder"). */
function isListedProduct(words: string[]): boolean {
  const n = words.length;
  if (!PRODUCT_FIRST_WORDS.has(words[0]) && !PRODUCT_LAST_WORDS.has(words[n - 1])) return false;
  for (let len = Math.min(n, MAX_PRODUCT_WORDS); len >= 1; len--) {
    if (PRODUCT_NAMES.has(words.slice(0, len).join(' ')) || PRODUCT_NAMES.has(words.slice(n - len).join(' '))) return true;
  }
  return false;
}

/** The token range of a listed product that holds [start, end) and begins no earlier than `from`, or null. */
function listedAround(t: Tokens, start: number, end: number, from: number): [number, number] | null {
  for (let s = Math.max(from, start - MAX_PRODUCT_WORDS + 1); s <= start; s++) {
    if (s < start && t.lineStart[start]) continue;
    if (!PRODUCT_FIRST_WORDS.has(t.words[s])) continue;
    for (let e = Math.min(t.words.length, s + MAX_PRODUCT_WORDS); e >= end; e--) {
      if (e - s <= end - start) continue;
      let sameLine = true;
      for (let i = s + 1; i < e; i++) if (t.lineStart[i]) sameLine = false;
      if (sameLine && PRODUCT_NAMES.has(t.words.slice(s, e).join(' '))) return [s, e];
    }
  }
  return null;
}

/**
 * The end of a model or version number right after a name ("Destiny 2 is",
 * "LC 500 Convertible"), or `end` when there is none. A number followed by
 * a capitalised word, a digit or a bracket is a score or a table cell
 * ("Chelsea 2 Arsenal 1"), not a model.
 */
function modelNumberEnd(t: Tokens, a: TokenAttrs, end: number): number {
  const w = t.words;
  const limit = w.length;
  if (end >= limit || t.lineStart[end] || !MODEL_NUMBER.test(w[end]) || t.starts[end] !== t.ends[end - 1] + 1) return end;
  let j = end + 1;
  while (j < limit && !t.lineStart[j] && MODEL_TAILS.has(w[j]) && j < end + 3) j++;
  const next = j < limit && !t.lineStart[j] ? w[j] : '';
  // After a model word ("LC 500 Convertible"), anything but a number may follow.
  if (j > end + 1) return /^\d/.test(next) ? end : j;
  // A bare number must be followed by a lower-case word, not a unit or a count's noun.
  return /^\p{Ll}+$/u.test(next) && !countsOrMeasures(next) ? j : end;
}

/**
 * The end of a capitalised run right after a name, on its line, that ends
 * in an event or product word ("Amsterdam" + "Light Festival"), or `end`.
 * The run may hold at most two words.
 */
function headRunEnd(t: Tokens, end: number): number {
  let j = end;
  while (j < t.words.length && j < end + 2 && !t.lineStart[j] && isCapitalised(t.words[j])) j++;
  for (let k = j; k > end; k--) {
    const w = t.words[k - 1];
    if (EVENT_HEADS.has(w) || PRODUCT_HEADS.has(w)) return k;
  }
  return end;
}

/** Opening quotation marks and the mark that closes each. */
const QUOTE_PAIRS = new Map([
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
]);
/** Lower-case words a title may hold ("Takin' It to the Streets"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'for', 'at', 'by', 'with', 'from', 'or', 'is']);

/**
 * The token range of a short title in quotation marks around the name,
 * every word capitalised but small ones ("Super Mario Run", “God View”),
 * two to six words, or null. A quoted single word is often a nickname.
 */
function quotedTitle(t: Tokens, a: TokenAttrs, start: number, end: number): [number, number] | null {
  let open = start - 1;
  while (open >= 0 && open >= start - 5 && !QUOTE_PAIRS.has(t.words[open]) && isTitleWord(t.words[open], a.lower[open])) open--;
  const closer = open >= 0 ? QUOTE_PAIRS.get(t.words[open]) : undefined;
  if (!closer || t.lineStart[start]) return null;
  let close = end;
  while (close < t.words.length && close <= open + 8 && t.words[close] !== closer && isTitleWord(t.words[close], a.lower[close])) close++;
  if (close >= t.words.length || t.words[close] !== closer) return null;
  // Punctuation inside the closing quote ("Streets.") stays out of the title.
  let last = close;
  while (last > end && /^[.,!?]$/.test(t.words[last - 1])) last--;
  const words = t.words.slice(open + 1, last).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 6 || !/^\p{Lu}/u.test(t.words[last - 1])) return null;
  return [open + 1, last];
}

function isTitleWord(w: string, lw: string): boolean {
  return /^\p{Lu}/u.test(w) || /^\d/.test(w) || TITLE_SMALL_WORDS.has(lw) || /^['’][\p{L}]*$/u.test(w) || /^[.,!?:-]$/.test(w);
}

/** A product noun right before the name, or before its comma ("the streaming service, Stadia"). */
function introducedAsProduct(t: Tokens, a: TokenAttrs, start: number): boolean {
  let i = start - 1;
  if (i >= 0 && t.words[i] === ',') i--;
  return i >= 0 && !t.lineStart[i + 1] && NOUNS_BEFORE.has(a.lower[i]);
}

/**
 * After propagation: a bare number right after a product's mention is its
 * model or version ("Destiny 2, which"), part of the name; returns `claims`.
 */
export function joinModelNumbers(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    const j = c.end;
    if (c.type !== 'MISC' || j >= t.words.length || t.lineStart[j] || !MODEL_NUMBER.test(t.words[j])) continue;
    if (t.starts[j] !== t.ends[j - 1] + 1 || (k + 1 < claims.length && claims[k + 1].start <= j)) continue;
    const next = j + 1 < t.words.length && !t.lineStart[j + 1] ? a.lower[j + 1] : '';
    if (next === '%' || /^\d/.test(next) || countsOrMeasures(next)) continue;
    c.end = j + 1;
  }
  return claims;
}
